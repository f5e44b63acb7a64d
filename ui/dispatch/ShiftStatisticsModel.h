#pragma once

#include "ResponseZoneModel.h"
#include "ShiftStatistics.h"
#include "WorldState.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariantList>
#include <QtQmlIntegration>
#include <memory>

namespace wf {

namespace maps {
class BoundaryCatalog;
}

// The shift's statistics for the dispatch panel: arrivals within target per response class,
// median and 90th percentile response times, per unit and per district, recomputed (a moment
// after the incidents or orders change) from the world; and the CSV export.
class ShiftStatisticsModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(wf::WorldState *world READ world WRITE setWorld NOTIFY inputsChanged)
    Q_PROPERTY(wf::ResponseZoneModel *zones READ zones WRITE setZones NOTIFY inputsChanged)
    // Where the district boundaries come from (the base map's, by default).
    Q_PROPERTY(QString boundaryFolder READ boundaryFolder WRITE setBoundaryFolder NOTIFY inputsChanged)
    // The centre's time zone, for the CSV's times (the lists show the same).
    Q_PROPERTY(int utcOffsetMinutes READ utcOffsetMinutes WRITE setUtcOffsetMinutes NOTIFY inputsChanged)
    Q_PROPERTY(int incidents READ incidents NOTIFY changed)
    Q_PROPERTY(int arrivals READ arrivals NOTIFY changed)
    // One map per line: key, label, incidents, reached, targeted, within, percent, median, p90
    // (seconds), firstOnScene; a figure that does not exist (no target, no arrival) is -1.
    Q_PROPERTY(QVariantList classes READ classes NOTIFY changed)
    Q_PROPERTY(QVariantList units READ units NOTIFY changed)
    Q_PROPERTY(QVariantList districts READ districts NOTIFY changed)
    Q_PROPERTY(QVariantMap overall READ overall NOTIFY changed)
    // Why districts are not shown, when the boundaries cannot be read.
    Q_PROPERTY(QString districtProblem READ districtProblem NOTIFY changed)
public:
    explicit ShiftStatisticsModel(QObject *parent = nullptr);
    ~ShiftStatisticsModel() override;

    WorldState *world() const { return m_world; }
    void setWorld(WorldState *world);
    ResponseZoneModel *zones() const { return m_zones; }
    void setZones(ResponseZoneModel *zones);
    QString boundaryFolder() const { return m_boundaryFolder; }
    void setBoundaryFolder(const QString &folder);
    int utcOffsetMinutes() const { return m_utcOffsetMinutes; }
    void setUtcOffsetMinutes(int minutes);

    int incidents() const { return m_stats.overall().incidents; }
    int arrivals() const { return m_stats.arrivals(); }
    QVariantList classes() const;
    QVariantList units() const;
    QVariantList districts() const;
    QVariantMap overall() const;
    QString districtProblem() const { return m_districtProblem; }
    const ShiftStatistics &statistics() const { return m_stats; }

    // Recomputes now (the panel does when it is shown).
    Q_INVOKABLE void refresh();
    // Writes the CSV (ShiftStatistics::csv) to a file path or a file:// URL, replacing the file
    // whole or not at all. Returns "" when written, else why not in words.
    Q_INVOKABLE QString exportCsv(const QString &pathOrUrl);

signals:
    void inputsChanged();
    void changed();

private:
    void schedule();
    void rewire();
    const maps::BoundaryCatalog *boundaries();

    QPointer<WorldState> m_world;
    QPointer<ResponseZoneModel> m_zones;
    QString m_boundaryFolder = QStringLiteral(":/watchfloor/basemap");
    int m_utcOffsetMinutes = 8 * 60;
    std::unique_ptr<maps::BoundaryCatalog> m_boundaries;
    bool m_boundariesTried = false;
    QString m_districtProblem;
    ShiftStatistics::PlaceOf m_placeOf;
    ShiftStatistics m_stats;
    QTimer m_later;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace wf
