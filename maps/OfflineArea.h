#pragma once

#include "Geodesy.h"
#include "TileSource.h"

#include <QObject>
#include <QString>
#include <QThread>
#include <atomic>
#include <optional>

namespace wf::maps {

class BaseMap;
class PlaceDirectory;

// A geographic box in WGS-84 degrees.
struct GeoBox
{
    double west = 0;
    double south = 0;
    double east = 0;
    double north = 0;
    bool isValid() const
    {
        return west < east && south < north && west >= -180 && east <= 180 && south >= -85.06
            && north <= 85.06;
    }
};

// An area to keep offline: a box and a range of whole zoom levels.
struct OfflineArea
{
    GeoBox box;
    int minZoom = 0;
    int maxZoom = 0;

    // How many tiles cover it (the number fetched at most).
    qint64 tileCount() const;
    // Calls f for every tile, coarse zooms first; stops when f returns false.
    template<typename F> void forEachTile(F &&f) const;
};

// "W,S,E,N" in degrees, or the name of a prefecture or district of the base map (its bounds),
// or of a place in the directory (a 10 km square around it). Error when none of these.
std::optional<GeoBox> resolveRegion(
    const QString &text, const BaseMap &baseMap, const PlaceDirectory *places, QString *error);

// Checks an area before anything is fetched: valid box and zooms, and no more than maxTiles.
bool checkOfflineArea(const OfflineArea &area, qint64 maxTiles, QString *error);

// Pre-seeds the disk cache with every tile of an area from the upstream server, on a worker
// thread of its own, a few requests at a time. Tiles already in the cache are skipped, so a
// cancelled or interrupted run resumes where it stopped. Progress and the end are signalled on
// the thread that owns the seeder.
class OfflineAreaSeeder : public QObject
{
    Q_OBJECT
public:
    struct Progress
    {
        qint64 total = 0;
        qint64 fetched = 0;
        qint64 skipped = 0; // already in the cache
        qint64 failed = 0;
        qint64 done() const { return fetched + skipped + failed; }
    };

    explicit OfflineAreaSeeder(TileSourceConfig config, QObject *parent = nullptr);
    ~OfflineAreaSeeder() override;

    // Starts seeding; false with a message when the area is refused, no upstream or no cache is
    // configured, the cache cannot be opened or a run is already going.
    bool start(const OfflineArea &area, qint64 maxTiles, QString *error);
    void cancel(); // the requests in flight finish, no new ones start; finished follows
    bool isRunning() const { return m_running; }
    Progress progress() const { return m_progress; }

    int parallelRequests = 4;

signals:
    void progressChanged();
    // cancelled: cancel() was called; error: why the run could not go on (e.g. the cache broke).
    void finished(bool cancelled, const QString &error);

private:
    class Job;
    TileSourceConfig m_config;
    QThread m_thread;
    Job *m_job = nullptr;
    std::atomic<bool> m_cancel { false };
    bool m_running = false;
    Progress m_progress;
};

template<typename F> void OfflineArea::forEachTile(F &&f) const
{
    for (int z = minZoom; z <= maxZoom; ++z) {
        const TileId nw = tileAt({ box.north, box.west }, z);
        const TileId se = tileAt({ box.south, box.east }, z);
        for (int y = nw.y; y <= se.y; ++y) {
            for (int x = nw.x; x <= se.x; ++x) {
                if (!f(TileId { z, x, y }))
                    return;
            }
        }
    }
}

} // namespace wf::maps
