#include "TimeControl.h"

#include "ConnectorHost.h"
#include "Dispatch.h"

namespace wf {

TimeControl::TimeControl(ConnectorHost *host, Dispatch *audit, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_audit(audit)
{ }

bool TimeControl::available() const
{
    return m_host->training();
}

void TimeControl::setSpeed(double speed)
{
    if (!available() || speed <= 0 || (speed == m_speed && !m_paused))
        return;
    m_speed = speed;
    m_paused = false;
    apply(QStringLiteral("speed %1").arg(speed));
}

void TimeControl::pause()
{
    if (!available() || m_paused)
        return;
    m_paused = true;
    apply(QStringLiteral("pause"));
}

void TimeControl::resume()
{
    if (!available() || !m_paused)
        return;
    m_paused = false;
    apply(QStringLiteral("resume at %1").arg(m_speed));
}

void TimeControl::togglePause()
{
    if (m_paused)
        resume();
    else
        pause();
}

void TimeControl::step()
{
    if (!available() || !m_paused)
        return;
    m_audit->record(QStringLiteral("time_control"), QStringLiteral("step"));
    m_host->step();
}

void TimeControl::apply(const QString &what)
{
    m_audit->record(QStringLiteral("time_control"), what);
    m_host->setTimeScale(m_paused ? 0 : m_speed);
    emit changed();
}

} // namespace wf
