#pragma once

#include "Geodesy.h"
#include "RoadClass.h"

namespace wf::maps {

class RoadGraph;

// A point put on the nearest road: the link, how far along it (0 at its start node, 1 at its
// end), the point on the road and how far the given point was from it.
struct RoadSnap
{
    int link = -1;
    double fraction = 0;
    LatLon point;
    double distanceM = 0;
    bool valid() const { return link >= 0; }
};

// The nearest point on a road of an allowed class within maxMeters, or an invalid snap. Looks
// at the cells of the graph's snapping grid ring by ring and stops as soon as no farther ring
// can hold anything closer.
RoadSnap snapToRoad(
    const RoadGraph &graph, LatLon p, quint8 classMask = kAllRoadClasses, double maxMeters = 500);

// The nearest junction node with a road of an allowed class, or -1: where a traveller that
// thinks in nodes (the training world) starts.
int nearestNode(
    const RoadGraph &graph, LatLon p, quint8 classMask = kAllRoadClasses, double maxMeters = 50'000);

// A snap exactly on a node (fraction 0 or 1 of one of its links), for routing between nodes.
RoadSnap snapAtNode(const RoadGraph &graph, int node);

} // namespace wf::maps
