#pragma once

#include "TileRenderer.h"
#include "TileSource.h"

#include <QCache>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QThread>
#include <memory>

class QTcpSocket;

namespace wf::maps {

// Serves base-map tiles on loopback as http://127.0.0.1:PORT/Z/X/Y.png, the form QtLocation's
// osm plugin asks a custom host for. The tiles come from a TileSource (disk cache, upstream
// server or the embedded renderer) on a worker thread, never from the thread that owns the
// server (the UI thread). A tile the source cannot get is answered 404, so the map shows it as
// missing, and counted.
class TileServer : public QObject
{
    Q_OBJECT
public:
    explicit TileServer(std::shared_ptr<const TileRenderer> renderer, TileSourceConfig config = {},
        QObject *parent = nullptr);
    ~TileServer() override;

    bool listen(QString *error); // any free port on 127.0.0.1
    QString baseUrl() const; // with trailing slash
    quint16 port() const;

    const TileSourceConfig &config() const { return m_config; }
    // Why the configured disk cache is not in use; empty when it is (or none is configured).
    QString cacheError() const { return m_cacheError; }
    bool hasCache() const { return !m_config.cachePath.isEmpty() && m_cacheError.isEmpty(); }

    qint64 tilesServed() const { return m_served; }
    qint64 badRequests() const { return m_badRequests; }
    qint64 failedTiles() const { return m_failed; }
    QString lastFailure() const { return m_lastFailure; }

    // Forget the tiles held in memory, e.g. after tiles were imported into the disk cache.
    void clearMemoryCache() { m_cache.clear(); }

signals:
    void failedTilesChanged();

private:
    void onConnection();
    void onReadyRead(QTcpSocket *socket);
    void reply(QTcpSocket *socket, int status, const QByteArray &type, const QByteArray &body);
    void deliver(TileId tile, const QByteArray &png);
    void fail(TileId tile, const QString &reason);

    TileSourceConfig m_config;
    QThread m_thread;
    TileSource *m_source = nullptr; // lives on m_thread
    QString m_cacheError;
    QTcpServer m_server;
    QCache<quint64, QByteArray> m_cache;
    QHash<quint64, QList<QPointer<QTcpSocket>>> m_waiting; // tile being fetched -> who asked
    qint64 m_served = 0;
    qint64 m_badRequests = 0;
    qint64 m_failed = 0;
    QString m_lastFailure;
};

} // namespace wf::maps
