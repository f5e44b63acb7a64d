#include "RoadCoverage.h"

#include "AreaOutline.h"
#include "RoadSnap.h"
#include "TravelModel.h"

#include <algorithm>
#include <cmath>

namespace wf::maps {

namespace {

constexpr quint32 kInf = TravelModel::kForbidden;

quint32 toMs(double seconds)
{
    if (!(seconds > 0))
        return 0;
    return quint32(std::min(std::round(seconds * 1000.0), double(kInf) - 1));
}

} // namespace

RoadCoverage::RoadCoverage(RoadRouter &router)
    : m_router(router)
    , m_search(router.graph())
    , m_nodeMs(std::size_t(router.graph().nodeCount()), kInf)
{ }

void RoadCoverage::compute(
    std::span<const Traveller> travellers, const TravelConditions &conditions, double limitSeconds)
{
    // Only what the last search touched is cleared: a city's worth, not the province's.
    for (const int n : m_reached)
        m_nodeMs[std::size_t(n)] = kInf;
    m_reached.clear();
    m_reaches.clear();
    m_starts.clear();
    m_offRoad = 0;
    m_limitMs = toMs(limitSeconds);
    searchProfile(travellers, false, conditions);
    searchProfile(travellers, true, conditions);
}

void RoadCoverage::searchProfile(
    std::span<const Traveller> travellers, bool walking, const TravelConditions &conditions)
{
    const RoadGraph &graph = m_router.graph();
    const RoadProfile profile = walking ? RoadProfile::walking() : RoadProfile::emergency();
    const double offRoadMps = walking ? kOffRoadWalkMps : kOffRoadCarMps;
    const std::span<const quint32> w = m_router.weights(profile, conditions);
    std::vector<RouteSeed> seeds;
    for (const Traveller &t : travellers) {
        if (t.walks != walking)
            continue;
        const RoadSnap s = snapToRoad(graph, t.position, profile.classMask, kTravelSnapMeters);
        if (!s.valid()) {
            ++m_offRoad;
            continue;
        }
        const quint32 offMs = toMs(s.distanceM / offRoadMps);
        if (offMs > m_limitMs)
            continue;
        m_starts.push_back(s.point);
        for (RouteSeed seed : m_router.leaving(s, w)) {
            // The stretch from the traveller's point to the end of its edge is covered too.
            const double along = graph.edgeAgainstLink(seed.edge) ? 1.0 - s.fraction : s.fraction;
            m_reaches.push_back(
                { seed.edge, float(along * graph.edgeLength(seed.edge)), offMs, w[std::size_t(seed.edge)] });
            seed.offset = TravelModel::add(seed.offset, offMs);
            seeds.push_back(seed);
        }
    }
    if (seeds.empty())
        return;
    m_search.bounded(w, seeds, DijkstraSearch::Direction::Forward, m_limitMs);
    for (const int u : m_search.settled()) {
        const quint32 d = m_search.distance(u);
        if (d > m_limitMs)
            continue;
        quint32 &best = m_nodeMs[std::size_t(u)];
        if (best == kInf)
            m_reached.push_back(u);
        best = std::min(best, d);
        const auto [b, e] = graph.outEdges(u);
        for (int edge = b; edge < e; ++edge) {
            if (w[std::size_t(edge)] != kInf)
                m_reaches.push_back({ edge, 0.0f, d, w[std::size_t(edge)], walking });
        }
    }
}

double RoadCoverage::secondsTo(int node) const
{
    const quint32 ms = m_nodeMs[std::size_t(node)];
    return ms == kInf ? RoadRouter::kUnreachable : ms / 1000.0;
}

std::vector<quint32> RoadCoverage::nodeMilliseconds() const
{
    return m_nodeMs;
}

std::vector<std::vector<LatLon>> RoadCoverage::area(double seconds, double cellMeters) const
{
    const quint32 limit = std::min(toMs(seconds), m_limitMs);
    const RoadGraph &graph = m_router.graph();
    std::vector<LatLon> samples;
    std::vector<LatLon> section;
    for (const LatLon &p : m_starts)
        samples.push_back(p);
    for (const Reach &r : m_reaches) {
        if (r.startMs > limit)
            continue;
        const double length = graph.edgeLength(r.edge);
        const double reach = double(limit - r.startMs) / double(r.weight) * length;
        const double to = std::min(length, double(r.fromM) + reach);
        if (to <= r.fromM)
            continue;
        section.clear();
        graph.edgeSection(r.edge, r.fromM, to, section);
        const std::size_t first = samples.size();
        sampleLine(section, cellMeters / 2, samples);
        // Beside the road: where time is left to walk or drive kOffRoadMeters off it, the points
        // that far to each side are reached too (the samples are evenly spaced along the piece).
        const double offRoadMs = kOffRoadMeters / (r.walking ? kOffRoadWalkMps : kOffRoadCarMps) * 1000;
        const std::size_t last = samples.size();
        for (std::size_t k = first; k < last; k += 2) {
            const double along = last - first > 1 ? double(k - first) / double(last - first - 1) : 0;
            const double atMs = r.startMs + along * (to - r.fromM) / length * r.weight;
            if (atMs + offRoadMs > limit)
                continue;
            const LatLon p = samples[k];
            for (const auto [north, east] : { std::pair { 1, 0 }, { -1, 0 }, { 0, 1 }, { 0, -1 } })
                samples.push_back(offsetMeters(p, east * kOffRoadMeters, north * kOffRoadMeters));
        }
    }
    if (samples.empty())
        return {};
    return areaOutline(samples, samples.front(), cellMeters);
}

std::vector<quint32> RoadCoverage::perTravellerReference(RoadRouter &router,
    std::span<const Traveller> travellers, const TravelConditions &conditions, double limitSeconds)
{
    std::vector<quint32> best(std::size_t(router.graph().nodeCount()), kInf);
    RoadCoverage one(router);
    for (const Traveller &t : travellers) {
        one.compute(std::span(&t, 1), conditions, limitSeconds);
        for (const int n : one.reached())
            best[std::size_t(n)] = std::min(best[std::size_t(n)], one.m_nodeMs[std::size_t(n)]);
    }
    return best;
}

} // namespace wf::maps
