#pragma once

#include "CrewOrders.h"
#include "Fleet.h"
#include "Incidents.h"
#include "SimContext.h"
#include "TrainingStart.h"

#include <QString>
#include <vector>

namespace wf::sim {

// The units coming on duty when the world starts: the scale's own fleet (patrol cars spread over
// the beats, foot and joint armed patrols around the key sites, a fixed post at each key site,
// with call signs by county), or the units of a recorded moment as they stood, the busy ones on
// their task. Puts them into the fleet and reports each.
class Shift
{
public:
    Shift(SimContext &world, Fleet &fleet, Incidents &incidents, CrewOrders &orders)
        : m_world(world)
        , m_fleet(fleet)
        , m_incidents(incidents)
        , m_orders(orders)
    { }

    // The scale's strength, or this many mobile units (a fifth on foot, a tenth joint armed patrols).
    void comeOnDuty(Scale scale, int units, std::vector<Event> &out);
    // The units and open incidents of a recording, each unit as it was (on its task, when busy).
    void takeOver(const TrainingStart &start, std::vector<Event> &out);

private:
    double beatRadius(UnitKind kind, int node) const;
    void addUnit(
        UnitKind kind, int node, double beat, int site, const QString &callSign, std::vector<Event> &out);
    void report(SimUnit u, std::vector<Event> &out);

    SimContext &m_world;
    Fleet &m_fleet;
    Incidents &m_incidents;
    CrewOrders &m_orders;
};

} // namespace wf::sim
