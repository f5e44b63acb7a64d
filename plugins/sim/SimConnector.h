#pragma once

#include "Connector.h"
#include "ScenarioRun.h"
#include "SimWorld.h"

#include <QObject>
#include <QTimer>
#include <memory>

namespace wf::sim {

// Drives a SimWorld in real time (scaled by the training time control) and delivers its events.
// With a scenario, the scenario's timeline plays into the world; the trainee dispatches.
class SimConnector : public QObject, public Connector
{
    Q_OBJECT
public:
    explicit SimConnector(const SimOptions &options);
    explicit SimConnector(const Scenario &scenario, quint64 seed);

    QString id() const override { return QStringLiteral("sim"); }
    bool isTraining() const override { return true; }
    bool start(EventSink *sink, QString *error) override;
    void stop() override;
    bool submit(const Event &command, QString *error) override;
    void setTimeScale(double scale) override;

private:
    void tick();
    SimWorld &world() { return m_run ? m_run->world() : *m_world; }

    std::unique_ptr<SimWorld> m_world;
    std::unique_ptr<ScenarioRun> m_run;
    EventSink *m_sink = nullptr;
    QTimer m_timer;
    double m_scale = 1.0;
    static constexpr int kTickMs = 500;
};

class SimConnectorFactory : public QObject, public ConnectorFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID WatchfloorConnectorFactory_iid FILE "sim.json")
    Q_INTERFACES(wf::ConnectorFactory)
public:
    QString connectorId() const override { return QStringLiteral("sim"); }
    // Settings: seed (int), units (int: mobile units, 0 = the scale's strength), scale (small,
    // wuhan, province), start_time_ms (int, default now), incidents_per_hour, scenario (an id
    // or a file: plays that scenario instead of a plain shift).
    std::unique_ptr<Connector> create(const QVariantMap &settings) override;
};

} // namespace wf::sim
