#pragma once

#include <QThreadPool>
#include <atomic>
#include <functional>

namespace wf::wall {

// The threads the wall's video receivers decode on: one pool for the whole process, as many
// threads as the machine has cores. A wall of 36 streams then runs 36 small demux threads that
// mostly wait on the network, and at most a core's worth of decoders each, instead of 36 decoder
// threads (and 36 malloc arenas) competing for two cores.
//
// It also counts the receivers' demux threads, which are detached so that closing a tile never
// waits on the network; at exit the pool asks them to stop and waits for them (bounded), so no
// thread is left running while the process tears down the libraries it uses.
class DecodePool
{
public:
    static DecodePool &instance();

    void start(std::function<void()> task);
    // A demux thread announces itself and says goodbye; shuttingDown() tells it to stop.
    void threadStarted() { m_threads.fetch_add(1); }
    void threadFinished() { m_threads.fetch_sub(1); }
    bool shuttingDown() const { return m_shutdown.load(std::memory_order_relaxed); }
    int activeThreads() const { return m_threads.load(); }
    int maxThreads() const { return m_pool.maxThreadCount(); }

private:
    DecodePool();
    ~DecodePool();

    QThreadPool m_pool;
    std::atomic<int> m_threads { 0 };
    std::atomic<bool> m_shutdown { false };
};

} // namespace wf::wall
