#pragma once

#include <QtGlobal>

namespace wf {

class Journal;
class WorldState;
struct Event;

// Decides when the world is written into the journal as a keyframe: every interval of receive
// time or every maxEvents events, whichever comes first, so that playback reaches any moment from
// a keyframe plus a bounded number of events. Called after each event is applied.
class Keyframer
{
public:
    static constexpr qint64 kDefaultIntervalMs = 60'000;
    static constexpr qint64 kDefaultMaxEvents = 20'000;

    Keyframer(Journal *journal, const WorldState *world, qint64 intervalMs = kDefaultIntervalMs,
        qint64 maxEvents = kDefaultMaxEvents);

    // A session that continues a journal starts from an empty world, not from the last session's:
    // a keyframe of the empty world after the journal's last event marks where it begins.
    void sessionStarted(qint64 lastSeqBefore, qint64 nowMs);
    void observe(const Event &applied);
    qint64 written() const { return m_written; }

private:
    void write(qint64 seq, qint64 timeMs);

    Journal *m_journal;
    const WorldState *m_world;
    qint64 m_intervalMs;
    qint64 m_maxEvents;
    qint64 m_lastTimeMs = -1;
    qint64 m_eventsSince = 0;
    qint64 m_written = 0;
};

} // namespace wf
