#include "WorldClock.h"

#include <algorithm>

namespace wf::wall {

void WorldClock::update(qint64 worldMs, qint64 wallMs)
{
    std::lock_guard lock(m_mutex);
    if (worldMs == m_world)
        return;
    if (m_world <= 0 || worldMs < m_world) {
        // The first step, or the world went back: show it as it is, no run-up.
        m_world = worldMs;
        m_from = worldMs;
        m_wall = wallMs;
        m_rate = 0;
        m_shown = 0;
        return;
    }
    const qint64 dWall = std::max<qint64>(1, wallMs - m_wall);
    const double rate = double(worldMs - m_world) / double(dWall);
    if (rate > kMaxRate) {
        m_from = worldMs; // a jump is shown as one
        m_rate = 0;
    } else {
        // One step behind the world: the picture runs over the step just made, at its pace.
        m_from = m_world;
        m_rate = rate;
    }
    m_world = worldMs;
    m_wall = wallMs;
}

qint64 WorldClock::at(qint64 wallMs) const
{
    std::lock_guard lock(m_mutex);
    if (m_world <= 0)
        return 0;
    const qint64 run = qint64(double(std::max<qint64>(0, wallMs - m_wall)) * m_rate);
    const qint64 t = std::min(m_world, m_from + run);
    m_shown = std::max(m_shown, t);
    return m_shown;
}

qint64 WorldClock::latest() const
{
    std::lock_guard lock(m_mutex);
    return m_world;
}

} // namespace wf::wall
