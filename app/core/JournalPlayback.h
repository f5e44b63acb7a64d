#pragma once

#include "Journal.h"

#include <QString>
#include <optional>

namespace wf {

class WorldState;

// A journal as the event source of a WorldState: brings the world to the state at any moment
// (every event received at or before it, applied in order) from the nearest keyframe plus the
// events after it, or by applying the next events when the moment is just ahead. Reads only.
class JournalPlayback
{
public:
    explicit JournalPlayback(WorldState *world);

    bool open(const QString &path, QString *error);
    bool isOpen() const { return m_open; }
    JournalReader &reader() { return m_reader; }
    qint64 startMs() const { return m_startMs; }
    qint64 endMs() const { return m_endMs; }
    // The moment --at asks for (a time, or an offset from the start when isOffset) as a time of
    // this journal; nothing, with the journal's range in words, when it lies outside it.
    std::optional<qint64> moment(qint64 at, bool isOffset, QString *error) const;

    struct SeekResult
    {
        bool fromKeyframe = false;
        qint64 keyframeSeq = 0;
        qint64 eventsApplied = 0;
    };
    SeekResult seek(qint64 timeMs);
    // The baseline: the world rebuilt from the first event, ignoring keyframes.
    SeekResult replayFromStart(qint64 timeMs);
    qint64 positionMs() const { return m_positionMs; }
    qint64 currentSeq() const { return m_seq; }

private:
    qint64 applyTo(qint64 seq);

    WorldState *m_world;
    JournalReader m_reader;
    bool m_open = false;
    qint64 m_startMs = 0;
    qint64 m_endMs = 0;
    qint64 m_positionMs = 0;
    qint64 m_seq = 0;
};

} // namespace wf
