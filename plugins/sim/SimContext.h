#pragma once

#include "Event.h"
#include "HubeiMap.h"
#include "Region.h"
#include "Rng.h"
#include "RoadGraph.h"
#include "RoadRouter.h"
#include "SimOptions.h"
#include "TravelConditions.h"

#include <memory>
#include <vector>

namespace wf::sim {

// What every part of one training world shares: the map and the region of it this world
// simulates, the roads with this world's congestion, the clock, the weather and the one stream
// of random numbers. The parts draw from that stream in the order SimWorld::tick calls them,
// which is what makes a seed give the same world every time. Owned by SimWorld; the parts hold
// a reference. Not copyable: the router's congestion is this world's own.
struct SimContext
{
    explicit SimContext(const SimOptions &options);
    SimContext(const SimContext &) = delete;
    SimContext &operator=(const SimContext &) = delete;

    std::shared_ptr<const HubeiMap> map;
    maps::RoadRouter router; // the shared graph, this world's congestion
    Region region;
    Rng rng;
    qint64 now; // the sim clock (ms since epoch)
    maps::Weather weather;
    // What the scenario and the instructor inject between steps, posted with the next step.
    std::vector<Event> injected;

    const maps::RoadGraph &roads() const { return router.graph(); }
    GeoPoint nodePos(int node) const;
    int nearestNode(GeoPoint p, quint8 classMask = maps::kAllRoadClasses, double maxMeters = 50'000) const;
    // A beat node of the region (one draw), or the node nearest the centre of Wuhan if it has none.
    int randomUrbanNode();
    // The hour of day in China Standard Time, and the weather.
    maps::TravelConditions conditions() const;
    // An event of this world at the current time.
    Event make(EventPayload payload) const;
};

} // namespace wf::sim
