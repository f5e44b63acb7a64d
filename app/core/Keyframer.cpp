#include "Keyframer.h"

#include "Journal.h"
#include "WorldSnapshot.h"
#include "WorldState.h"

namespace wf {

Keyframer::Keyframer(Journal *journal, const WorldState *world, qint64 intervalMs, qint64 maxEvents)
    : m_journal(journal)
    , m_world(world)
    , m_intervalMs(intervalMs)
    , m_maxEvents(maxEvents)
{ }

void Keyframer::sessionStarted(qint64 lastSeqBefore, qint64 nowMs)
{
    if (lastSeqBefore > 0)
        write(lastSeqBefore, nowMs);
    else
        m_lastTimeMs = -1;
}

void Keyframer::observe(const Event &applied)
{
    if (m_lastTimeMs < 0) {
        m_lastTimeMs = applied.receiveTimeMs;
        m_eventsSince = 0;
    }
    ++m_eventsSince;
    if (applied.receiveTimeMs - m_lastTimeMs >= m_intervalMs || m_eventsSince >= m_maxEvents)
        write(applied.seq, applied.receiveTimeMs);
}

void Keyframer::write(qint64 seq, qint64 timeMs)
{
    m_journal->appendKeyframe(seq, timeMs, encodeWorld(*m_world));
    m_lastTimeMs = timeMs;
    m_eventsSince = 0;
    ++m_written;
}

} // namespace wf
