#pragma once

#include "GeoShape.h"
#include "RoadClass.h"

#include <vector>

namespace wf::maps {

class RoadGraph;

// A place where a road of the graph crosses a ring's boundary.
struct RoadCrossing
{
    int link = -1;
    double fraction = 0; // along the link by length, 0 at its start node (as RoadSnap)
    LatLon point;
    RoadClass roadClass = RoadClass::Village;
    int ringSegment = -1; // which boundary segment it crosses (index over all rings in order)
};

// Every crossing of the shape's boundary (outer rings and holes) by a road of the allowed
// classes, ordered by link and position along it. Two ways to the same answer:
// - Indexed: the boundary's segments are put in the road graph's own snapping grid, so only the
//   roads in cells the boundary passes are looked at; cost follows the boundary, not the graph.
// - EveryRoad: every road of the graph against the boundary through GEOS (a prepared boundary,
//   then the intersection): the reference the tests and the benchmark compare with.
enum class CrossingSearch { Indexed, EveryRoad };
std::vector<RoadCrossing> findRoadCrossings(const RoadGraph &graph, const GeoShape &shape,
    quint8 classMask = kAllRoadClasses, CrossingSearch search = CrossingSearch::Indexed);

} // namespace wf::maps
