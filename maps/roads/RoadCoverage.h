#pragma once

#include "DijkstraSearch.h"
#include "RoadRouter.h"
#include "TravelRanking.h"

#include <span>
#include <vector>

namespace wf::maps {

// Where the units can be within a time: for every junction of the road graph, the least time any
// of them needs to get there, cars with lights and siren and those on foot walking, with the way
// onto the road. One bounded search per profile seeded with all of them at once (a multi-source
// Dijkstra), so each junction is settled once however many units there are: 1,000 units over a
// city cost about what one unit does over the same area. The coverage layer draws the 1, 3 and
// 5-minute areas from it and measures the response zones against them.
//
// Not thread-safe; the search state is the object's own (one per worker thread), the router
// supplies the weights (its congestion and conditions) and is used from the same thread.
class RoadCoverage
{
public:
    explicit RoadCoverage(RoadRouter &router);

    // Every junction within limitSeconds of one of the travellers.
    void compute(
        std::span<const Traveller> travellers, const TravelConditions &conditions, double limitSeconds);

    double limitSeconds() const { return m_limitMs / 1000.0; }
    // The least time to the junction, RoadRouter::kUnreachable beyond the limit.
    double secondsTo(int node) const;
    // The junctions reached, in no particular order.
    std::span<const int> reached() const { return m_reached; }
    // How many travellers could not be put on a road (too far from any the profile may use).
    int offRoad() const { return m_offRoad; }

    // The area reachable within seconds (at most the limit): one ring per piece, counter-clockwise,
    // closed; cellMeters is the resolution of the outline. A place counts as reached when a road
    // point is reached with time enough left to cover kOffRoadMeters off the road (at the
    // ranking's off-road pace): incidents happen beside streets, in yards and squares, not only
    // on the centre line.
    static constexpr double kOffRoadMeters = 150;
    // Several areas from one pass over the reached roads (each time at most the limit), in the
    // order of seconds: what the coverage layer draws (1, 3 and 5 minutes).
    std::vector<std::vector<std::vector<LatLon>>> areas(
        std::span<const double> seconds, double cellMeters) const;
    std::vector<std::vector<LatLon>> area(double seconds, double cellMeters) const;

    // The same times by one bounded search per traveller, the least kept: the reference the
    // tests and the benchmark hold the multi-source search to (it must give the same times).
    static std::vector<quint32> perTravellerReference(RoadRouter &router,
        std::span<const Traveller> travellers, const TravelConditions &conditions, double limitSeconds);
    // The time per node in milliseconds (TravelModel::kForbidden when not reached).
    std::vector<quint32> nodeMilliseconds() const;

private:
    // A stretch of road reached: an edge from fromM onwards, entered at startMs, costing weight
    // for the whole edge.
    struct Reach
    {
        int edge;
        float fromM;
        quint32 startMs;
        quint32 weight;
        bool walking;
    };
    void searchProfile(
        std::span<const Traveller> travellers, bool walking, const TravelConditions &conditions);

    RoadRouter &m_router;
    DijkstraSearch m_search;
    quint32 m_limitMs = 0;
    std::vector<quint32> m_nodeMs; // per node; kForbidden when not reached
    std::vector<int> m_reached;
    std::vector<Reach> m_reaches;
    std::vector<LatLon> m_starts; // where the travellers join the road
    int m_offRoad = 0;
};

} // namespace wf::maps
