#pragma once

#include "RoadWalker.h"
#include "SimContext.h"
#include "SimGeometry.h"
#include "SimUnit.h"
#include "TravelModel.h"

#include <optional>
#include <utility>

namespace wf::sim {

// How things move on one world's roads: the speed traffic makes on an edge now, the one step
// along the edges that units and suspects both take, and how a unit moves in a tick (its beat
// when free, its route or a straight leg when sent). Holds the world's context; the speed model
// is remade only when the conditions change, since every moving unit asks for it every tick.
class RoadMovement
{
public:
    explicit RoadMovement(SimContext &world)
        : m_world(world)
    { }

    // The speed traffic makes on an edge now (conditions and this world's congestion).
    double trafficKmh(int edge) const;

    // Moves a walker for the given seconds (maps::RoadWalker::advance: the route when
    // followRoute, else nextEdge(node) at each node) and puts pos where it stands; a walker that
    // is nowhere on the graph leaves pos as it was. Returns the speed of the last edge (m/s).
    template<class NextEdge, class SpeedMps, class Reached>
    double step(maps::RoadWalker &walk, GeoPoint &pos, double seconds, bool followRoute, NextEdge &&nextEdge,
        SpeedMps &&speedMps, Reached &&reached) const
    {
        const auto &g = m_world.roads();
        const double mps = walk.advance(g, seconds, followRoute, std::forward<NextEdge>(nextEdge),
            std::forward<SpeedMps>(speedMps), std::forward<Reached>(reached));
        if (walk.edge >= 0 || walk.atNode >= 0)
            pos = geoPoint(walk.position(g));
        return mps;
    }

    // Moves a unit for the given time: a free one along its beat, one en route along its route
    // (or straight at the target when no road leads there). Arriving is the orders' business.
    void advance(SimUnit &u, double seconds);

private:
    int pickPatrolEdge(SimUnit &u);
    double unitSpeedMps(const SimUnit &u, int edge) const;

    SimContext &m_world;
    mutable std::optional<maps::TravelModel> m_traffic;
    mutable int m_trafficKey = -1;
};

} // namespace wf::sim
