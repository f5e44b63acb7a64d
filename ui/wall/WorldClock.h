#pragma once

#include <QtGlobal>
#include <mutex>

namespace wf::wall {

// The world's time as the synthetic cameras show it. The world's clock (WorldState::clock)
// moves in steps, once per tick of the training world (or per event live and in playback);
// a camera shows 12 to 25 pictures a second. The clock runs smoothly between the two most
// recent steps at the rate the world itself moved (the time control's speed, a pause, a
// playback's pace) and never past the newest step, so a picture never shows a moment the
// world has not reached and the time burnt into the video agrees with the lists and the map.
// A paused world holds the picture's time still. A world clock that goes back (a playback
// seek, a new session) starts over from there.
//
// Thread-safe: the GUI thread reports steps, the render threads ask for the time.
class WorldClock
{
public:
    // The world's clock reached worldMs at the wall time wallMs (any monotonic milliseconds).
    void update(qint64 worldMs, qint64 wallMs);
    // The world time to show at wallMs; 0 while the world has not started.
    qint64 at(qint64 wallMs) const;
    // The newest world time reported.
    qint64 latest() const;

    // Faster than this is a jump (a seek, a fast-forward), not a pace to follow.
    static constexpr double kMaxRate = 64;

private:
    mutable std::mutex m_mutex;
    qint64 m_world = 0; // the newest step
    qint64 m_wall = 0; // when it came
    qint64 m_from = 0; // the world time the picture runs from towards m_world
    double m_rate = 0; // world ms per wall ms between the last two steps
    mutable qint64 m_shown = 0; // the latest time handed out: pictures never go back
};

} // namespace wf::wall
