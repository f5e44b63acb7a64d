#pragma once

#include "CchMetric.h"
#include "CchQuery.h"
#include "Congestion.h"
#include "DijkstraSearch.h"
#include "RoadGraph.h"
#include "RoadProfile.h"
#include "RoadSnap.h"
#include "TravelConditions.h"
#include "TravelModel.h"

#include <limits>
#include <memory>
#include <span>
#include <vector>

namespace wf::maps {

struct RoadRoute
{
    bool found = false;
    double meters = 0;
    double seconds = 0; // the traveller's time (the profile's penalties choose, they do not count)
    std::vector<int> edges; // every edge driven, the first and the last perhaps only in part
    double startMeters = 0; // where on the first edge the route starts
    double endMeters = 0; // where on the last edge it ends
    std::vector<LatLon> path; // the line driven, from the start point to the end point
};

// A part of an edge reached within a time limit: [0, reachedMeters) of the edge from its start,
// or a piece further on for the edge the area starts on.
struct ReachedEdge
{
    int edge = -1;
    double fromMeters = 0;
    double toMeters = 0;
};

struct Isochrone
{
    std::vector<ReachedEdge> edges;
    // The area around the reached roads (blocks between them included): one ring per piece,
    // counter-clockwise with north up, closed (the first point is repeated at the end).
    std::vector<std::vector<LatLon>> rings;
};

// Routing on one road graph for one world: its own congestion, its customised metrics and its
// search state. Not thread-safe; each thread that routes has its own router over the shared
// graph.
//
// - route(): point to point on the customised hierarchy (CchQuery), or by plain Dijkstra when
//   asked (the reference and the benchmark's baseline). Same weights, same answer.
// - secondsTo() / secondsFrom(): many-to-one and one-to-many travel times within a limit, by a
//   bounded Dijkstra from the one end (cost grows with the area covered, not the graph).
// - isochrone(): the roads reachable within a time and the area they cover.
//
// A metric is customised on first use for a profile, the conditions' key and the congestion's
// version, and kept (the last few); a change of congestion makes the next query customise again.
class RoadRouter
{
public:
    enum class Algorithm { Hierarchy, Dijkstra };
    static constexpr double kUnreachable = std::numeric_limits<double>::infinity();

    explicit RoadRouter(std::shared_ptr<const RoadGraph> graph);
    ~RoadRouter();

    const RoadGraph &graph() const { return *m_graph; }
    std::shared_ptr<const RoadGraph> sharedGraph() const { return m_graph; }
    Congestion &congestion() { return m_congestion; }
    const Congestion &congestion() const { return m_congestion; }

    RoadRoute route(const RoadSnap &from, const RoadSnap &to, const RoadProfile &profile,
        const TravelConditions &conditions, Algorithm algorithm = Algorithm::Hierarchy);
    RoadRoute routeNodes(int fromNode, int toNode, const RoadProfile &profile,
        const TravelConditions &conditions, Algorithm algorithm = Algorithm::Hierarchy);

    // Travel time in seconds from each origin to the destination (weighted by the profile's
    // penalties, which only the evading profile has), or kUnreachable beyond limitSeconds.
    std::vector<double> secondsTo(std::span<const RoadSnap> origins, const RoadSnap &destination,
        const RoadProfile &profile, const TravelConditions &conditions, double limitSeconds);
    std::vector<double> secondsFrom(const RoadSnap &origin, std::span<const RoadSnap> destinations,
        const RoadProfile &profile, const TravelConditions &conditions, double limitSeconds);

    // cellMeters: the resolution of the area's outline (0: from the reach, ~1/60 of it).
    Isochrone isochrone(const RoadSnap &origin, double limitSeconds, const RoadProfile &profile,
        const TravelConditions &conditions, double cellMeters = 0);

    // The customised metric for these travellers and conditions (customising it if needed).
    const CchMetric &metric(const RoadProfile &profile, const TravelConditions &conditions);
    // Edge weights alone (no customisation): what the bounded searches use.
    std::span<const quint32> weights(const RoadProfile &profile, const TravelConditions &conditions);

    // Seeds of a snapped point: leaving it along each edge the profile may use, or arriving at it.
    std::vector<RouteSeed> leaving(const RoadSnap &s, std::span<const quint32> weights) const;
    std::vector<RouteSeed> arriving(const RoadSnap &s, std::span<const quint32> weights) const;

private:
    struct Cached;
    Cached &cached(const RoadProfile &profile, const TravelConditions &conditions, bool customised);
    // Where on edge e (0..1 from its tail) a snap on its link lies.
    double positionOn(int edge, const RoadSnap &s) const;
    quint32 direct(
        const RoadSnap &from, const RoadSnap &to, std::span<const quint32> weights, int *edge) const;
    RoadRoute finish(const RoadSnap &from, const RoadSnap &to, const RouteSeed *source,
        const RouteSeed *target, std::vector<int> middle, int directEdge, const TravelModel &model) const;

    std::shared_ptr<const RoadGraph> m_graph;
    Congestion m_congestion;
    std::vector<std::unique_ptr<Cached>> m_cache;
    quint64 m_useCounter = 0;
    CchQuery m_query;
    DijkstraSearch m_dijkstra;
};

} // namespace wf::maps
