#pragma once

#include "Connector.h"
#include "ScenarioRun.h"

#include <QObject>
#include <QTimer>
#include <memory>

namespace wf::sim {

// Drives a training run in real time, scaled by the time control, and delivers its events.
// With a scenario its timeline plays into the world and the trainee dispatches; without one it
// is a free shift. Either way the run is scored by the same Scorer as a headless run, and its
// end (the scenario's end time, or the instructor's) is delivered as a ScenarioScored event.
class SimConnector : public QObject, public Connector
{
    Q_OBJECT
public:
    // debriefPath: where the score report is saved when the run ends; empty: not saved.
    explicit SimConnector(const SimOptions &options, const QString &debriefPath = {});
    SimConnector(const Scenario &scenario, quint64 seed, const QString &debriefPath = {});

    QString id() const override { return QStringLiteral("sim"); }
    bool isTraining() const override { return true; }
    bool start(EventSink *sink, QString *error) override;
    void stop() override;
    bool submit(const Event &command, QString *error) override;
    void setTimeScale(double scale) override;
    void step() override;
    std::shared_ptr<const GroundTruth> groundTruth() const override { return m_truth; }

    // What the timer calls every kTickMs of wall time: the world moves wallMs × the time scale.
    void advance(qint64 wallMs);
    double timeScale() const { return m_scale; }
    bool ended() const { return m_scored; }
    const SimWorld &world() const { return m_run->world(); }
    const ScenarioRun &run() const { return *m_run; }

    static constexpr int kTickMs = 500;
    // The instructor's list of cameras that had a suspect in view: the latest this many.
    static constexpr std::size_t kChancesShown = 200;

private:
    void deliver(std::vector<Event> events);
    void takeGroundTruth();
    void finishIfOver();
    void finish(const QString &reason);
    bool instruct(const TrainingCommand &command, QString *error);
    Event make(EventPayload payload) const;

    std::unique_ptr<ScenarioRun> m_run;
    QString m_debriefPath;
    EventSink *m_sink = nullptr;
    QTimer m_timer;
    double m_scale = 1.0;
    bool m_scored = false;
    int m_nextInjected = 1;
    std::shared_ptr<const GroundTruth> m_truth;
};

} // namespace wf::sim
