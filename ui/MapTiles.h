#pragma once

#include "BaseMap.h"
#include "OfflineArea.h"
#include "PlaceDirectory.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantMap>
#include <QtQmlIntegration>
#include <memory>

namespace wf::maps {
class TileServer;
}

namespace wf {

// The base map's tiles as the map panel sees them: whose they are (attribution), how many
// failed to load, and the offline tools of a real deployment: preparing an area (pre-seeding
// the disk cache from the upstream server, with progress, cancel and resume) and importing an
// MBTiles file. The work runs on worker threads; this object only reports.
class MapTiles : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("MapTiles is made by the application")
    Q_PROPERTY(bool upstream READ upstream CONSTANT)
    Q_PROPERTY(QString attribution READ attribution CONSTANT)
    Q_PROPERTY(QString cachePath READ cachePath CONSTANT)
    Q_PROPERTY(QString cacheError READ cacheError CONSTANT)
    Q_PROPERTY(qint64 maxTiles READ maxTiles CONSTANT)
    Q_PROPERTY(int failedTiles READ failedTiles NOTIFY failedTilesChanged)
    Q_PROPERTY(QString lastFailure READ lastFailure NOTIFY failedTilesChanged)
    Q_PROPERTY(bool preparing READ preparing NOTIFY progressChanged)
    Q_PROPERTY(qint64 progressTotal READ progressTotal NOTIFY progressChanged)
    Q_PROPERTY(qint64 progressDone READ progressDone NOTIFY progressChanged)
    Q_PROPERTY(qint64 progressSkipped READ progressSkipped NOTIFY progressChanged)
    Q_PROPERTY(qint64 progressFailed READ progressFailed NOTIFY progressChanged)
    Q_PROPERTY(bool importing READ importing NOTIFY importingChanged)
public:
    struct Config
    {
        maps::TileServer *server = nullptr; // none: the embedded map, no offline tools
        const maps::BaseMap *baseMap = nullptr; // for named regions
        qint64 maxTiles = 100000;
        QString attribution; // of the upstream tiles, from the settings
    };
    explicit MapTiles(QObject *parent = nullptr); // no tile server: the embedded map only
    explicit MapTiles(Config config, QObject *parent = nullptr);
    ~MapTiles() override;

    bool upstream() const;
    QString attribution() const;
    QString cachePath() const;
    QString cacheError() const;
    qint64 maxTiles() const { return m_config.maxTiles; }
    int failedTiles() const;
    QString lastFailure() const;
    bool preparing() const { return m_seeder && m_seeder->isRunning(); }
    qint64 progressTotal() const { return m_seeder ? m_seeder->progress().total : 0; }
    qint64 progressDone() const { return m_seeder ? m_seeder->progress().done() : 0; }
    qint64 progressSkipped() const { return m_seeder ? m_seeder->progress().skipped : 0; }
    qint64 progressFailed() const { return m_seeder ? m_seeder->progress().failed : 0; }
    bool importing() const { return m_importing; }

    // A named prefecture, district or place, or "W,S,E,N": {found, north, west, south, east, error}.
    Q_INVOKABLE QVariantMap regionBox(const QString &name) const;
    // Tiles of a box at zooms minZoom..maxZoom.
    Q_INVOKABLE double estimate(
        double north, double west, double south, double east, int minZoom, int maxZoom) const;
    // Why such an area cannot be prepared (translated), or "" when it can.
    Q_INVOKABLE QString refusal(
        double north, double west, double south, double east, int minZoom, int maxZoom) const;
    // Starts preparing; returns "" or why it did not start. prepareFinished follows.
    Q_INVOKABLE QString prepare(
        double north, double west, double south, double east, int minZoom, int maxZoom);
    Q_INVOKABLE void cancelPrepare();
    // Merges an MBTiles file into the cache, on a worker thread; importFinished follows.
    Q_INVOKABLE void importFile(const QUrl &file);

signals:
    void failedTilesChanged();
    void progressChanged();
    void prepareFinished(bool cancelled, const QString &error);
    void importingChanged();
    void importFinished(bool ok, const QString &message);

private:
    maps::OfflineArea area(
        double north, double west, double south, double east, int minZoom, int maxZoom) const;

    Config m_config;
    maps::PlaceDirectory m_places;
    std::unique_ptr<maps::OfflineAreaSeeder> m_seeder;
    bool m_importing = false;
};

} // namespace wf
