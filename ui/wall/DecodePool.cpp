#include "DecodePool.h"

#include <QElapsedTimer>
#include <QThread>

namespace wf::wall {

DecodePool &DecodePool::instance()
{
    static DecodePool pool;
    return pool;
}

DecodePool::DecodePool()
{
    m_pool.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
    m_pool.setObjectName(QStringLiteral("wall-decode"));
}

DecodePool::~DecodePool()
{
    m_shutdown.store(true);
    // Demux threads notice within one network poll (FFmpeg polls its interrupt callback every
    // 100 ms); three seconds is a generous bound that still never hangs an exit.
    QElapsedTimer t;
    t.start();
    while (m_threads.load() > 0 && t.elapsed() < 3000)
        QThread::msleep(10);
    m_pool.waitForDone(3000);
}

void DecodePool::start(std::function<void()> task)
{
    m_pool.start(std::move(task));
}

} // namespace wf::wall
