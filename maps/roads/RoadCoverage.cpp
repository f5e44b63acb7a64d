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
            m_reaches.push_back({ seed.edge, float(along * graph.edgeLength(seed.edge)), offMs,
                w[std::size_t(seed.edge)], walking });
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
    return areas(std::span(&seconds, 1), cellMeters).front();
}

std::vector<std::vector<std::vector<LatLon>>> RoadCoverage::areas(
    std::span<const double> seconds, double cellMeters) const
{
    std::vector<std::vector<std::vector<LatLon>>> out(seconds.size());
    if (m_starts.empty() || !(cellMeters > 0))
        return out;
    quint32 widest = 0;
    for (const double s : seconds)
        widest = std::max(widest, std::min(toMs(s), m_limitMs));
    const RoadGraph &graph = m_router.graph();
    const LocalFrame frame(m_starts.front());
    // The grid: around every junction reached and every start, with room for the way off the
    // road and two cells of margin for the outline.
    double minX = 1e300, minY = 1e300, maxX = -1e300, maxY = -1e300;
    auto grow = [&](LatLon p) {
        const QPointF m = frame.toMeters(p);
        minX = std::min(minX, m.x());
        minY = std::min(minY, m.y());
        maxX = std::max(maxX, m.x());
        maxY = std::max(maxY, m.y());
    };
    for (const LatLon &p : m_starts)
        grow(p);
    for (const int n : m_reached)
        grow(graph.nodePosition(n));
    // An edge reached from a junction may end beyond every reached junction: its far end counts.
    for (const Reach &r : m_reaches) {
        if (r.startMs <= widest)
            grow(graph.nodePosition(graph.edgeTo(r.edge)));
    }
    const double margin = kOffRoadMeters + 3 * cellMeters;
    CellGrid grid;
    grid.origin = m_starts.front();
    grid.cellMeters = cellMeters;
    grid.x0 = minX - margin;
    grid.y0 = minY - margin;
    grid.cols = long((maxX - minX + 2 * margin) / cellMeters) + 1;
    grid.rows = long((maxY - minY + 2 * margin) / cellMeters) + 1;
    if (double(grid.cols) * double(grid.rows) > kMaxOutlineCells)
        return out;
    // The least time at which each cell is reached, in one pass over the reached roads.
    std::vector<quint32> best(std::size_t(grid.cols * grid.rows), kInf);
    auto mark = [&](double x, double y, quint32 ms) {
        const long cx = long((x - grid.x0) / cellMeters), cy = long((y - grid.y0) / cellMeters);
        if (cx < 0 || cy < 0 || cx >= grid.cols || cy >= grid.rows)
            return;
        quint32 &b = best[std::size_t(cy * grid.cols + cx)];
        b = std::min(b, ms);
    };
    std::vector<LatLon> line;
    std::vector<QPointF> xy;
    std::vector<double> at;
    const double step = cellMeters / 2;
    for (const Reach &r : m_reaches) {
        if (r.startMs > widest)
            continue;
        const double length = graph.edgeLength(r.edge);
        const double to
            = std::min(length, double(r.fromM) + double(widest - r.startMs) / double(r.weight) * length);
        if (!(length > 0) || to < r.fromM)
            continue;
        line.clear();
        graph.edgePolyline(r.edge, line);
        xy.resize(line.size());
        at.assign(line.size(), 0);
        for (std::size_t i = 0; i < line.size(); ++i) {
            xy[i] = frame.toMeters(line[i]);
            if (i > 0)
                at[i] = at[i - 1] + std::hypot(xy[i].x() - xy[i - 1].x(), xy[i].y() - xy[i - 1].y());
        }
        // The stored length and the drawn line's differ by rounding: walk the line to scale.
        const double scale = at.back() / length;
        const double offRoadMs = kOffRoadMeters / (r.walking ? kOffRoadWalkMps : kOffRoadCarMps) * 1000;
        std::size_t seg = 1;
        for (double m = r.fromM;; m = std::min(to, m + step)) {
            const double lm = m * scale;
            while (seg + 1 < line.size() && at[seg] < lm)
                ++seg;
            const double segLength = at[seg] - at[seg - 1];
            const double f = segLength > 0 ? std::clamp((lm - at[seg - 1]) / segLength, 0.0, 1.0) : 0.0;
            const double x = xy[seg - 1].x() + f * (xy[seg].x() - xy[seg - 1].x());
            const double y = xy[seg - 1].y() + f * (xy[seg].y() - xy[seg - 1].y());
            const quint32 ms
                = quint32(std::min(double(kInf) - 1, r.startMs + (m - r.fromM) / length * r.weight));
            mark(x, y, ms);
            // Beside the road, where time is left to go kOffRoadMeters off it.
            const double aside = ms + offRoadMs;
            if (aside <= widest) {
                for (const auto &[dx, dy] : { std::pair { 1, 0 }, { -1, 0 }, { 0, 1 }, { 0, -1 } })
                    mark(x + dx * kOffRoadMeters, y + dy * kOffRoadMeters, quint32(aside));
            }
            if (m >= to)
                break;
        }
    }
    grid.hit.resize(best.size());
    for (std::size_t k = 0; k < seconds.size(); ++k) {
        const quint32 limit = std::min(toMs(seconds[k]), m_limitMs);
        for (std::size_t i = 0; i < best.size(); ++i)
            grid.hit[i] = best[i] <= limit;
        out[k] = outlineOfCells(grid);
    }
    return out;
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
