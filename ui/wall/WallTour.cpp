#include "WallTour.h"

#include <algorithm>

namespace wf::wall {

WallTour::WallTour(std::function<int()> freeTiles, QObject *parent)
    : QObject(parent)
    , m_freeTiles(std::move(freeTiles))
{
    m_timer.setInterval(kDefaultDwellSeconds * 1000);
    connect(&m_timer, &QTimer::timeout, this, &WallTour::advance);
}

void WallTour::setDwellSeconds(int seconds)
{
    seconds = std::clamp(seconds, kMinDwellSeconds, kMaxDwellSeconds);
    if (seconds * 1000 == m_timer.interval())
        return;
    m_timer.setInterval(seconds * 1000);
    emit changed();
}

void WallTour::start(const QStringList &cameraIds)
{
    m_cameras = cameraIds;
    // Nothing to show: a running tour stops rather than tick on over an empty list.
    if (m_cameras.isEmpty()) {
        stop();
        return;
    }
    m_pos = 0;
    advance();
    m_timer.start();
    emit changed();
}

void WallTour::stop()
{
    if (!m_timer.isActive())
        return;
    m_timer.stop();
    emit changed();
}

void WallTour::advance()
{
    const int free = m_freeTiles();
    if (m_cameras.isEmpty() || free <= 0)
        return;
    const int n = int(m_cameras.size());
    if (n <= free) {
        emit show(0, m_cameras[m_pos % n]);
        m_pos = (m_pos + 1) % n;
        return;
    }
    for (int i = 0; i < free; ++i)
        emit show(i, m_cameras[(m_pos + i) % n]);
    m_pos = (m_pos + free) % n;
}

} // namespace wf::wall
