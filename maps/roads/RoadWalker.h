#pragma once

#include "RoadGraph.h"

#include <vector>

namespace wf::maps {

// A traveller's place on the road graph and its movement along the edges: on an edge some metres
// from its start, or standing at a node. Everything in the training world that drives or walks
// (patrol units, suspects) moves with this, following a route or choosing its way at each node.
struct RoadWalker
{
    int edge = -1; // on this edge ...
    double along = 0; // ... this many metres from its start
    int atNode = -1; // or standing here (edge < 0)
    int lastEdge = -1; // the edge it came by
    std::vector<int> route; // edges to drive when following a route
    std::size_t routeIndex = 0;

    void follow(std::vector<int> edges)
    {
        route = std::move(edges);
        routeIndex = 0;
    }
    bool routeDone() const { return edge < 0 && routeIndex >= route.size(); }

    // Moves for the given seconds. At a node the next edge is the route's next one (followRoute)
    // or nextEdge(atNode), which may return -1 to stand still; speedMps(edge) is the speed on an
    // edge (> 0) and reached(node) is told of every node passed. Returns the speed of the last
    // edge driven (m/s), 0 when it did not move.
    template<class NextEdge, class SpeedMps, class Reached>
    double advance(const RoadGraph &graph, double seconds, bool followRoute, NextEdge &&nextEdge,
        SpeedMps &&speedMps, Reached &&reached)
    {
        double speed = 0;
        // Bounded: a tick never crosses more than a few dozen short edges.
        for (int guard = 0; guard < 64 && seconds > 1e-9; ++guard) {
            if (edge < 0) {
                if (followRoute) {
                    if (routeIndex >= route.size())
                        break;
                    edge = route[routeIndex++];
                } else {
                    edge = nextEdge(atNode);
                    if (edge < 0)
                        break;
                }
                along = 0;
            }
            speed = speedMps(edge);
            const double left = graph.edgeLength(edge) - along;
            if (speed * seconds < left) {
                along += speed * seconds;
                seconds = 0;
            } else {
                seconds -= left / speed;
                atNode = graph.edgeTo(edge);
                lastEdge = edge;
                edge = -1;
                along = 0;
                reached(atNode);
            }
        }
        return speed;
    }

    LatLon position(const RoadGraph &graph) const
    {
        if (edge >= 0)
            return graph.pointAlong(edge, along);
        return atNode >= 0 ? graph.nodePosition(atNode) : LatLon {};
    }
    double heading(const RoadGraph &graph) const { return edge >= 0 ? graph.headingAlong(edge, along) : 0; }
};

} // namespace wf::maps
