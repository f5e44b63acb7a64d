#pragma once

#include "Scenario.h"
#include "SimWorld.h"
#include "ZoneLayer.h"

#include <QJsonObject>
#include <map>
#include <memory>
#include <set>
#include <vector>

namespace wf::sim {

// Plays a scenario's timeline into a world at the right sim times.
class ScenarioDirector
{
public:
    ScenarioDirector(const Scenario &scenario, SimWorld &world, quint64 seed);
    // Injects every step that is due; call before each world step.
    void update();
    bool finished() const;

    struct Tip
    {
        QString id;
        QString suspect;
        GeoPoint pos;
        qint64 atMs = 0;
    };
    const std::vector<Tip> &tips() const { return m_tips; }
    QStringList problems() const { return m_problems; } // steps that could not be played

private:
    void play(const TimelineStep &s, int burstIndex);

    const Scenario &m_scenario;
    SimWorld &m_world;
    Rng m_rng;
    struct Due
    {
        qint64 atMs;
        std::size_t step;
        int burstIndex;
    };
    std::vector<Due> m_due; // sorted by time
    std::size_t m_next = 0;
    std::vector<Tip> m_tips;
    QStringList m_problems;
};

// A cordon the dispatcher set: a ring of checkpoints that is closed once each has a unit.
struct CordonPlan
{
    QString id;
    QString level; // county, city, province
    QString name;
    std::vector<int> sites;
    qint64 setAtMs = 0;
    qint64 closedAtMs = 0; // 0: not (yet) closed
};

// The built-in automatic dispatcher: the fastest available unit by road to each incident, re-dispatch on
// refusal or silence, officers to bad jams, and for a fleeing suspect ring cordons plus the
// checkpoints ahead of each sighting. Its orders go into the world and out as events.
class AutoDispatcher
{
public:
    AutoDispatcher(const Scenario &scenario, SimWorld &world, const ScenarioDirector &director);
    // Looks at what happened and appends its own actions (orders, cordons) to events.
    void react(std::vector<Event> &events);
    const std::vector<CordonPlan> &cordons() const { return m_cordons; }
    void updateCordons();

private:
    QString order(const QString &unitId, const QString &task, GeoPoint target, const QString &incidentId,
        std::vector<Event> &out);
    QString nearestAvailable(GeoPoint p, bool mobileOnly, double maxM = 1e12) const;
    // The available units by road travel time to a place, fastest first (the ranking the
    // workstation recommends by).
    std::vector<const SimUnit *> byTravelTime(GeoPoint p, double limitSeconds) const;
    void dispatchIncident(const QString &incidentId, std::vector<Event> &out);
    void setCordons(GeoPoint origin, std::vector<Event> &out);
    void manAhead(GeoPoint from, GeoPoint to, std::vector<Event> &out);

    const Scenario &m_scenario;
    SimWorld &m_world;
    const ScenarioDirector &m_director;
    struct Incident
    {
        GeoPoint pos;
        Severity severity;
        QString type;
        bool covered = false; // a unit is on scene or on the way
        int tries = 0;
    };
    std::map<QString, Incident> m_incidents;
    std::map<QString, QString> m_orderIncident; // order -> incident
    std::map<QString, QString> m_orderUnit;
    std::set<QString> m_busy; // units with a live order from us
    std::set<QString> m_jamsSent;
    std::set<int> m_manned; // checkpoint sites given a unit
    std::vector<CordonPlan> m_cordons;
    std::map<QString, GeoPoint> m_lastKnown; // suspect -> last known position
    std::size_t m_seenSightings = 0;
    std::size_t m_seenTips = 0;
    int m_nextOrder = 1;
    bool m_cordonsSet = false;
};

// Scores a run from the event stream and the world: response times against the 1/3/5-minute
// targets, suspects intercepted, cordons closed, orders acknowledged and completed.
class Scorer
{
public:
    Scorer(const Scenario &scenario, const SimWorld &world);
    void observe(const std::vector<Event> &events);
    QJsonObject report(const std::vector<CordonPlan> &cordons, quint64 seed) const;

private:
    struct Incident
    {
        QString id;
        QString type;
        QString zone;
        GeoPoint pos;
        qint64 reportedMs = 0;
        qint64 firstOnSceneMs = 0;
        QString firstUnit;
    };
    struct Order
    {
        QString unitId;
        QString incidentId;
        QString task;
        std::set<int> states;
    };
    QString zoneOf(GeoPoint p) const;
    double targetSeconds(const QString &zone) const;

    const Scenario &m_scenario;
    const SimWorld &m_world;
    std::optional<maps::ZoneLayer> m_zones;
    std::vector<Incident> m_incidents;
    std::map<QString, std::size_t> m_incidentIndex;
    std::map<QString, Order> m_orders;
    std::vector<QString> m_orderSequence;
    qint64 m_events = 0;
};

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
    // Ends the run now (the instructor's "end run"); the clock stops and report() is final.
    void end() { m_ended = true; }
    bool finished() const;
    QJsonObject report() const;
    SimWorld &world() { return m_world; }
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

SimOptions optionsFor(const Scenario &scenario, quint64 seed);

} // namespace wf::sim
