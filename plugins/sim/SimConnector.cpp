#include "SimConnector.h"

#include <QDateTime>

namespace wf::sim {

SimConnector::SimConnector(const SimOptions &options)
    : m_world(options)
{
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &SimConnector::tick);
}

bool SimConnector::start(EventSink *sink, QString *error)
{
    if (!sink) {
        *error = QStringLiteral("no event sink");
        return false;
    }
    m_sink = sink;
    for (auto &e : m_world.initialEvents())
        m_sink->post(std::move(e));
    m_timer.start();
    return true;
}

void SimConnector::stop()
{
    m_timer.stop();
    m_sink = nullptr;
}

bool SimConnector::submit(const Event &command, QString *error)
{
    if (const auto *order = std::get_if<OrderIssued>(&command.payload))
        return m_world.acceptOrder(*order, error);
    *error = QStringLiteral("the simulator does not take %1 commands").arg(eventKindName(command.kind()));
    return false;
}

void SimConnector::setTimeScale(double scale)
{
    m_scale = std::max(0.0, scale);
    if (m_scale == 0)
        m_timer.stop();
    else if (m_sink)
        m_timer.start();
}

void SimConnector::tick()
{
    if (!m_sink)
        return;
    for (auto &e : m_world.step(qint64(kTickMs * m_scale)))
        m_sink->post(std::move(e));
}

std::unique_ptr<Connector> SimConnectorFactory::create(const QVariantMap &settings)
{
    SimOptions o;
    bool ok = true;
    o.seed = settings.value(QStringLiteral("seed"), 1).toULongLong(&ok);
    if (!ok)
        return nullptr;
    o.units = settings.value(QStringLiteral("units"), 60).toInt(&ok);
    if (!ok || o.units < 0 || o.units > 100'000)
        return nullptr;
    o.startTimeMs = settings.value(QStringLiteral("start_time_ms"), QDateTime::currentMSecsSinceEpoch()).toLongLong();
    o.incidentsPerHour = settings.value(QStringLiteral("incidents_per_hour"), 40.0).toDouble();
    return std::make_unique<SimConnector>(o);
}

} // namespace wf::sim
