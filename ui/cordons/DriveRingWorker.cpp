#include "DriveRingWorker.h"

#include <QPointer>

namespace wf {

DriveRingWorker::DriveRingWorker(std::shared_ptr<const maps::RoadGraph> graph, QObject *parent)
    : QObject(parent)
    , m_engine(std::make_unique<CordonEngine>(std::move(graph)))
{
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("wf-drive-rings"));
}

DriveRingWorker::~DriveRingWorker()
{
    m_waiting.clear();
    m_pool.waitForDone();
}

void DriveRingWorker::compute(const QString &key, const Request &request, Done done)
{
    m_latest[key] = ++m_generation;
    m_waiting[key] = Job { request, std::move(done), m_generation };
    startNext();
}

void DriveRingWorker::cancel(const QString &key)
{
    m_waiting.erase(key);
    m_latest[key] = ++m_generation; // a result under way is no longer the latest
}

void DriveRingWorker::startNext()
{
    if (m_running || m_waiting.empty())
        return;
    auto first = m_waiting.begin();
    const QString key = first->first;
    Job job = std::move(first->second);
    m_waiting.erase(first);
    m_running = true;
    const QPointer<DriveRingWorker> self(this);
    m_pool.start([self, engine = m_engine.get(), key, job = std::move(job)]() mutable {
        // The engine outlives the search: the destructor waits for the pool.
        DriveRing ring = engine->driveRing(job.request.from, job.request.elapsedSeconds,
            job.request.leadSeconds, job.request.profile, maps::TravelConditions {});
        QMetaObject::invokeMethod(
            self.data(),
            [self, key, job = std::move(job), ring = std::move(ring)] {
                if (!self)
                    return;
                self->m_running = false;
                const auto latest = self->m_latest.find(key);
                if (latest != self->m_latest.end() && latest->second == job.generation && job.done)
                    job.done(ring);
                if (self)
                    self->startNext();
            },
            Qt::QueuedConnection);
    });
}

} // namespace wf
