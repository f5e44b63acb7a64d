#pragma once

#include "CordonEngine.h"

#include <QObject>
#include <QString>
#include <QThreadPool>
#include <functional>
#include <map>
#include <memory>

namespace wf {

// Drive-time rings worked out on a thread of their own, for the redraws nobody asked for (a
// ring growing as the world's clock runs): a province-scale ring is two road searches of
// 200-400 ms, which on the GUI thread would freeze the map every time it grows. One search
// at a time on its own CordonEngine (an engine is one per thread); for each key only the
// latest request waits, since a newer ring makes an older one pointless.
class DriveRingWorker : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        GeoPoint from;
        double elapsedSeconds = 0;
        double leadSeconds = 0;
        maps::RoadProfile profile = maps::RoadProfile::car();
    };
    using Done = std::function<void(const DriveRing &)>;

    explicit DriveRingWorker(std::shared_ptr<const maps::RoadGraph> graph, QObject *parent = nullptr);
    ~DriveRingWorker() override; // waits for the search under way

    // `done` runs on this object's thread with the ring, unless a later request of the same
    // key replaced this one before it started, or the worker is gone.
    void compute(const QString &key, const Request &request, Done done);
    // Drops what waits under the key; a search under way still finishes but is not delivered.
    void cancel(const QString &key);
    bool busy() const { return m_running; }

private:
    struct Job
    {
        Request request;
        Done done;
        quint64 generation = 0;
    };
    void startNext();

    std::unique_ptr<CordonEngine> m_engine; // touched only by the pool's thread
    QThreadPool m_pool;
    std::map<QString, Job> m_waiting;
    std::map<QString, quint64> m_latest; // key -> generation of the latest request
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace wf
