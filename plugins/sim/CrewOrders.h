#pragma once

#include "Fleet.h"
#include "Incidents.h"
#include "SimContext.h"
#include "TrafficJams.h"

#include <QString>
#include <map>
#include <vector>

namespace wf::sim {

// Whether a task holds its place (a checkpoint, an interception, a hold) until released.
bool holdsPosition(const QString &task);
// The protocol's task names, as the field's crews understand them here.
QString crewTask(const QString &task);

// Orders as the field's crews carry them out: the radio delivers an order within seconds, the
// crew acknowledges when it can (or does not answer, or cannot go), drives there, stays on scene
// for the job (or holds until released) and is free again. What happens to an order comes out as
// OrderStateChanged events at the times it happens.
class CrewOrders
{
public:
    CrewOrders(SimContext &world, Fleet &fleet, Incidents &incidents, TrafficJams &jams)
        : m_world(world)
        , m_fleet(fleet)
        , m_incidents(incidents)
        , m_jams(jams)
    { }

    // Takes an order and schedules its steps; false (with a reason) for an unknown unit or task.
    bool accept(const OrderIssued &order, QString *error);
    // The steps of the orders that are due: deliveries, answers, units setting off.
    void runDue(std::vector<Event> &out);
    // A unit en route reached its target.
    void arrive(SimUnit &u, std::vector<Event> &out);
    // A unit's job is over (note: why, for the order's last state); it is free again.
    void finish(SimUnit &u, const QString &note, std::vector<Event> &out);
    // Routes a unit to its target (straight there when no road leads there).
    void startDriving(SimUnit &u);
    // How long a unit stays on a scene it reaches (0: until released).
    qint64 onSceneMs(const SimUnit &u);

private:
    struct PendingStep
    {
        QString orderId;
        QString unitId;
        OrderState state;
        QString note;
    };

    SimContext &m_world;
    Fleet &m_fleet;
    Incidents &m_incidents;
    TrafficJams &m_jams;
    std::multimap<qint64, PendingStep> m_steps;
    std::map<QString, OrderIssued> m_pending; // accepted, not yet under way
};

} // namespace wf::sim
