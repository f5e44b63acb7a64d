#pragma once

#include "AutoDispatcher.h"
#include "Scenario.h"
#include "ScenarioDirector.h"
#include "Scorer.h"
#include "SimWorld.h"

#include <QJsonObject>
#include <memory>
#include <vector>

namespace wf::sim {

// A whole headless run: world, director, dispatcher policy and scorer on one clock.
class ScenarioRun
{
public:
    ScenarioRun(const Scenario &scenario, quint64 seed, bool autoDispatch = true);
    // A world made from these options rather than the scenario's (a free shift's own scale,
    // units and start time).
    ScenarioRun(const Scenario &scenario, const SimOptions &options, bool autoDispatch);
    std::vector<Event> start();
    // Advances by stepMs of sim time; returns every event of the step (world and policy).
    std::vector<Event> step(qint64 stepMs);
    // A trainee's order: into the world, and into the score like the built-in dispatcher's.
    bool acceptOrder(const OrderIssued &order, QString *error);
    // A trainee's cordon set, moved (CordonSet) or lifted (CordonCleared): scored like the
    // built-in dispatcher's, against the suspects.
    bool acceptCordon(const Event &event, QString *error);
    // A trainee's mark on a camera's picture: judged by the score against what the cameras saw.
    void markSighting(const SightingMarked &mark);
    // Ends the run now (the instructor's "end run"); the clock stops and report() is final.
    void end() { m_ended = true; }
    bool finished() const;
    QJsonObject report() const;
    SimWorld &world() { return m_world; }
    const Scorer &scorer() const { return m_scorer; }
    const ScenarioDirector &director() const { return m_director; }
    const Scenario &scenario() const { return m_scenario; }
    qint64 elapsedMs() const { return m_world.now() - m_scenario.startMs; }

private:
    Scenario m_scenario;
    quint64 m_seed;
    SimWorld m_world;
    ScenarioDirector m_director;
    std::unique_ptr<AutoDispatcher> m_dispatcher;
    Scorer m_scorer;
    bool m_ended = false;
};

// The world options a scenario asks for, with this seed.
SimOptions optionsFor(const Scenario &scenario, quint64 seed);

} // namespace wf::sim
