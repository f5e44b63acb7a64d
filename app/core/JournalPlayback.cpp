#include "JournalPlayback.h"

#include "WorldSnapshot.h"
#include "WorldState.h"

namespace wf {

JournalPlayback::JournalPlayback(WorldState *world)
    : m_world(world)
{ }

bool JournalPlayback::open(const QString &path, QString *error)
{
    if (!m_reader.open(path, error))
        return false;
    m_open = true;
    m_startMs = m_reader.firstTimeMs();
    m_endMs = m_reader.lastTimeMs();
    m_world->reset();
    m_seq = 0;
    m_positionMs = m_startMs;
    return true;
}

qint64 JournalPlayback::applyTo(qint64 seq)
{
    const qint64 n = m_reader.readSeqs(m_seq, seq, [&](const Event &e) { m_world->apply(e); });
    m_seq = seq;
    return std::max<qint64>(0, n);
}

JournalPlayback::SeekResult JournalPlayback::seek(qint64 timeMs)
{
    SeekResult result;
    const qint64 target = m_reader.lastSeqAt(timeMs);
    m_positionMs = timeMs;
    if (target == m_seq)
        return result;
    const auto keyframe = m_reader.keyframeAtOrBefore(target);
    const bool ahead = target > m_seq;
    // Forward from where the world is, unless a keyframe is nearer to the target.
    if (ahead && (!keyframe || keyframe->seq <= m_seq)) {
        result.eventsApplied = applyTo(target);
        return result;
    }
    if (keyframe && restoreWorld(*m_world, keyframe->world)) {
        m_seq = keyframe->seq;
        result.fromKeyframe = true;
        result.keyframeSeq = keyframe->seq;
    } else {
        m_world->reset();
        m_seq = 0;
    }
    result.eventsApplied = applyTo(target);
    return result;
}

JournalPlayback::SeekResult JournalPlayback::replayFromStart(qint64 timeMs)
{
    m_world->reset();
    m_seq = 0;
    m_positionMs = timeMs;
    SeekResult result;
    result.eventsApplied = applyTo(m_reader.lastSeqAt(timeMs));
    return result;
}

} // namespace wf
