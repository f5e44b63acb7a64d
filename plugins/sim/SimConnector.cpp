#include "SimConnector.h"

#include <QDateTime>
#include <cstdio>

namespace wf::sim {

SimConnector::SimConnector(const SimOptions &options)
    : m_world(std::make_unique<SimWorld>(options))
{
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &SimConnector::tick);
}

SimConnector::SimConnector(const Scenario &scenario, quint64 seed)
    : m_run(std::make_unique<ScenarioRun>(scenario, seed, false))
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
    for (auto &e : m_run ? m_run->start() : m_world->initialEvents())
        m_sink->post(std::move(e));
    if (m_scale > 0)
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
        return world().acceptOrder(*order, error);
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
    const qint64 ms = qint64(kTickMs * m_scale);
    for (auto &e : m_run ? m_run->step(ms) : m_world->step(ms))
        m_sink->post(std::move(e));
}

std::unique_ptr<Connector> SimConnectorFactory::create(const QVariantMap &settings)
{
    SimOptions o;
    bool ok = true;
    o.seed = settings.value(QStringLiteral("seed"), 1).toULongLong(&ok);
    if (!ok)
        return nullptr;
    const QString scenario = settings.value(QStringLiteral("scenario")).toString();
    if (!scenario.isEmpty()) {
        ScenarioError error;
        const auto s = loadScenario(scenario, &error);
        if (!s) {
            std::fprintf(stderr, "sim: %s\n", qPrintable(error.toString()));
            return nullptr;
        }
        return std::make_unique<SimConnector>(*s, o.seed);
    }
    o.units = settings.value(QStringLiteral("units"), 0).toInt(&ok);
    if (!ok || o.units < 0 || o.units > 100'000)
        return nullptr;
    const auto scale
        = scaleFromName(settings.value(QStringLiteral("scale"), QStringLiteral("small")).toString());
    if (!scale)
        return nullptr;
    o.scale = *scale;
    o.startTimeMs
        = settings.value(QStringLiteral("start_time_ms"), QDateTime::currentMSecsSinceEpoch()).toLongLong();
    o.incidentsPerHour = settings.value(QStringLiteral("incidents_per_hour"), -1.0).toDouble();
    return std::make_unique<SimConnector>(o);
}

} // namespace wf::sim
