#include "JournalPlayback.h"

#include "WorldSnapshot.h"
#include "WorldState.h"

#include <QDateTime>

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

std::optional<qint64> JournalPlayback::moment(qint64 at, bool isOffset, QString *error) const
{
    const qint64 ms = isOffset ? m_startMs + at : at;
    if (ms >= m_startMs && ms <= m_endMs)
        return ms;
    if (error)
        *error = QStringLiteral("--at %1 is outside the journal, which runs from %2 to %3")
                     .arg(QDateTime::fromMSecsSinceEpoch(ms).toString(Qt::ISODate),
                         QDateTime::fromMSecsSinceEpoch(m_startMs).toString(Qt::ISODate),
                         QDateTime::fromMSecsSinceEpoch(m_endMs).toString(Qt::ISODate));
    return std::nullopt;
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
