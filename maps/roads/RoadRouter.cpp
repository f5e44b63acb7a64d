#include "RoadRouter.h"

#include "AreaOutline.h"
#include "TravelModel.h"

#include <algorithm>
#include <cmath>

namespace wf::maps {

namespace {

constexpr quint32 kInf = TravelModel::kForbidden;
constexpr std::size_t kCachedMetrics = 4;

quint32 toMs(double seconds)
{
    if (!(seconds > 0))
        return 0;
    return quint32(std::min(seconds * 1000.0, double(kInf) - 1));
}

} // namespace

struct RoadRouter::Cached
{
    RoadProfile profile;
    int conditionsKey = 0;
    quint64 congestionVersion = 0;
    std::vector<quint32> weights;
    std::vector<quint32> inWeights; // the weights in the order of incoming edges, made when first needed
    std::unique_ptr<CchMetric> metric;
    quint64 lastUse = 0;
};

RoadRouter::RoadRouter(std::shared_ptr<const RoadGraph> graph)
    : m_graph(std::move(graph))
    , m_congestion(m_graph->edgeCount())
    , m_query(*m_graph)
    , m_dijkstra(*m_graph)
{ }

RoadRouter::~RoadRouter() = default;

RoadRouter::Cached &RoadRouter::cached(
    const RoadProfile &profile, const TravelConditions &conditions, bool customised)
{
    Cached *hit = nullptr;
    for (auto &c : m_cache) {
        if (c->profile == profile && c->conditionsKey == conditions.key()
            && c->congestionVersion == m_congestion.version())
            hit = c.get();
    }
    if (!hit) {
        if (m_cache.size() >= kCachedMetrics) {
            auto oldest = std::min_element(m_cache.begin(), m_cache.end(),
                [](const auto &a, const auto &b) { return a->lastUse < b->lastUse; });
            m_cache.erase(oldest);
        }
        auto c = std::make_unique<Cached>();
        c->profile = profile;
        c->conditionsKey = conditions.key();
        c->congestionVersion = m_congestion.version();
        c->weights = TravelModel(*m_graph, profile, conditions, &m_congestion).weights();
        hit = c.get();
        m_cache.push_back(std::move(c));
    }
    if (customised && !hit->metric)
        hit->metric = std::make_unique<CchMetric>(*m_graph, hit->weights);
    hit->lastUse = ++m_useCounter;
    return *hit;
}

const CchMetric &RoadRouter::metric(const RoadProfile &profile, const TravelConditions &conditions)
{
    return *cached(profile, conditions, true).metric;
}

std::span<const quint32> RoadRouter::weights(const RoadProfile &profile, const TravelConditions &conditions)
{
    return cached(profile, conditions, false).weights;
}

double RoadRouter::positionOn(int edge, const RoadSnap &s) const
{
    return m_graph->edgeAgainstLink(edge) ? 1.0 - s.fraction : s.fraction;
}

std::vector<RouteSeed> RoadRouter::leaving(const RoadSnap &s, std::span<const quint32> weights) const
{
    std::vector<RouteSeed> seeds;
    if (!s.valid())
        return seeds;
    for (int e : { m_graph->linkForward(s.link), m_graph->linkBackward(s.link) }) {
        if (e >= 0 && weights[std::size_t(e)] != kInf)
            seeds.push_back({ m_graph->edgeTo(e),
                TravelModel::partOf(weights[std::size_t(e)], 1 - positionOn(e, s)), e });
    }
    return seeds;
}

std::vector<RouteSeed> RoadRouter::arriving(const RoadSnap &s, std::span<const quint32> weights) const
{
    std::vector<RouteSeed> seeds;
    if (!s.valid())
        return seeds;
    for (int e : { m_graph->linkForward(s.link), m_graph->linkBackward(s.link) }) {
        if (e >= 0 && weights[std::size_t(e)] != kInf)
            seeds.push_back(
                { m_graph->edgeFrom(e), TravelModel::partOf(weights[std::size_t(e)], positionOn(e, s)), e });
    }
    return seeds;
}

quint32 RoadRouter::direct(
    const RoadSnap &from, const RoadSnap &to, std::span<const quint32> weights, int *edge) const
{
    quint32 best = kInf;
    *edge = -1;
    if (!from.valid() || from.link != to.link)
        return best;
    for (int e : { m_graph->linkForward(from.link), m_graph->linkBackward(from.link) }) {
        if (e < 0 || weights[std::size_t(e)] == kInf)
            continue;
        const double a = positionOn(e, from), b = positionOn(e, to);
        if (a > b)
            continue;
        const quint32 c = TravelModel::partOf(weights[std::size_t(e)], b - a);
        if (c < best) {
            best = c;
            *edge = e;
        }
    }
    return best;
}

RoadRoute RoadRouter::route(const RoadSnap &from, const RoadSnap &to, const RoadProfile &profile,
    const TravelConditions &conditions, Algorithm algorithm)
{
    if (!from.valid() || !to.valid())
        return {};
    Cached &c = cached(profile, conditions, algorithm == Algorithm::Hierarchy);
    const std::vector<RouteSeed> sources = leaving(from, c.weights), targets = arriving(to, c.weights);
    int directEdge = -1;
    const quint32 directCost = direct(from, to, c.weights, &directEdge);
    std::vector<int> middle;
    quint32 best = kInf;
    int sourceSeed = -1, targetSeed = -1;
    if (!sources.empty() && !targets.empty()) {
        if (algorithm == Algorithm::Hierarchy) {
            best = m_query.run(*c.metric, sources, targets);
            if (best != kInf) {
                m_query.unpack(*c.metric, middle);
                sourceSeed = m_query.sourceSeed();
                targetSeed = m_query.targetSeed();
            }
        } else {
            best = m_dijkstra.route(c.weights, sources, targets, &middle);
            sourceSeed = m_dijkstra.sourceSeed();
            targetSeed = m_dijkstra.targetSeed();
        }
    }
    const TravelModel model(*m_graph, profile, conditions, &m_congestion);
    if (directCost != kInf && directCost <= best)
        return finish(from, to, nullptr, nullptr, {}, directEdge, model);
    if (best == kInf || sourceSeed < 0 || targetSeed < 0)
        return {};
    return finish(from, to, &sources[std::size_t(sourceSeed)], &targets[std::size_t(targetSeed)],
        std::move(middle), -1, model);
}

RoadRoute RoadRouter::routeNodes(int fromNode, int toNode, const RoadProfile &profile,
    const TravelConditions &conditions, Algorithm algorithm)
{
    if (fromNode < 0 || toNode < 0 || fromNode >= m_graph->nodeCount() || toNode >= m_graph->nodeCount())
        return {};
    Cached &c = cached(profile, conditions, algorithm == Algorithm::Hierarchy);
    const RouteSeed source { fromNode, 0, -1 }, target { toNode, 0, -1 };
    std::vector<int> middle;
    quint32 best = kInf;
    if (algorithm == Algorithm::Hierarchy) {
        best = m_query.run(*c.metric, { &source, 1 }, { &target, 1 });
        if (best != kInf)
            m_query.unpack(*c.metric, middle);
    } else {
        best = m_dijkstra.route(c.weights, { &source, 1 }, { &target, 1 }, &middle);
    }
    if (best == kInf)
        return {};
    const TravelModel model(*m_graph, profile, conditions, &m_congestion);
    const RoadSnap a = snapAtNode(*m_graph, fromNode), b = snapAtNode(*m_graph, toNode);
    return finish(a, b, &source, &target, std::move(middle), -1, model);
}

RoadRoute RoadRouter::finish(const RoadSnap &from, const RoadSnap &to, const RouteSeed *source,
    const RouteSeed *target, std::vector<int> middle, int directEdge, const TravelModel &model) const
{
    RoadRoute r;
    r.found = true;
    if (directEdge >= 0) {
        r.edges = { directEdge };
        r.startMeters = positionOn(directEdge, from) * m_graph->edgeLength(directEdge);
        r.endMeters = positionOn(directEdge, to) * m_graph->edgeLength(directEdge);
    } else {
        if (source->edge >= 0) {
            r.edges.push_back(source->edge);
            r.startMeters = positionOn(source->edge, from) * m_graph->edgeLength(source->edge);
        }
        r.edges.insert(r.edges.end(), middle.begin(), middle.end());
        if (target->edge >= 0) {
            r.edges.push_back(target->edge);
            r.endMeters = positionOn(target->edge, to) * m_graph->edgeLength(target->edge);
        } else if (!r.edges.empty()) {
            r.endMeters = m_graph->edgeLength(r.edges.back());
        }
    }
    if (r.edges.empty()) {
        r.path = { from.point };
        return r;
    }
    for (std::size_t i = 0; i < r.edges.size(); ++i) {
        const int e = r.edges[i];
        const double length = m_graph->edgeLength(e);
        const double a = i == 0 ? r.startMeters : 0.0;
        const double b = i + 1 == r.edges.size() ? r.endMeters : length;
        r.meters += std::max(0.0, b - a);
        r.seconds += length > 0 ? model.seconds(e) * std::max(0.0, b - a) / length : 0.0;
        m_graph->edgeSection(e, a, b, r.path);
    }
    return r;
}

std::vector<double> RoadRouter::secondsTo(std::span<const RoadSnap> origins, const RoadSnap &destination,
    const RoadProfile &profile, const TravelConditions &conditions, double limitSeconds)
{
    std::vector<double> out(origins.size(), kUnreachable);
    if (!destination.valid())
        return out;
    Cached &c = cached(profile, conditions, false);
    const std::span<const quint32> w = c.weights;
    if (c.inWeights.empty()) {
        c.inWeights.resize(w.size());
        for (int i = 0; i < m_graph->edgeCount(); ++i)
            c.inWeights[std::size_t(i)] = w[std::size_t(m_graph->inEdgeAt(i))];
    }
    const quint32 limit = toMs(limitSeconds);
    const auto targets = arriving(destination, w);
    m_dijkstra.bounded(w, targets, DijkstraSearch::Direction::Backward, limit, c.inWeights);
    for (std::size_t i = 0; i < origins.size(); ++i) {
        const RoadSnap &o = origins[i];
        int edge = -1;
        quint32 best = direct(o, destination, w, &edge);
        if (!o.valid())
            continue;
        // leaving() without its vector: this loop runs for every unit of a centre, once per
        // place asked about (a cordon's crossings one after another), and the allocations were
        // most of its cost.
        for (int e : { m_graph->linkForward(o.link), m_graph->linkBackward(o.link) }) {
            if (e < 0 || w[std::size_t(e)] == kInf)
                continue;
            const quint32 onward = m_dijkstra.distance(m_graph->edgeTo(e));
            if (onward > limit)
                continue;
            best = std::min(
                best, TravelModel::add(TravelModel::partOf(w[std::size_t(e)], 1 - positionOn(e, o)), onward));
        }
        if (best <= limit)
            out[i] = best / 1000.0;
    }
    return out;
}

std::vector<double> RoadRouter::secondsFrom(const RoadSnap &origin, std::span<const RoadSnap> destinations,
    const RoadProfile &profile, const TravelConditions &conditions, double limitSeconds)
{
    std::vector<double> out(destinations.size(), kUnreachable);
    if (!origin.valid())
        return out;
    const std::span<const quint32> w = weights(profile, conditions);
    const quint32 limit = toMs(limitSeconds);
    m_dijkstra.bounded(w, leaving(origin, w), DijkstraSearch::Direction::Forward, limit);
    for (std::size_t i = 0; i < destinations.size(); ++i) {
        int edge = -1;
        quint32 best = direct(origin, destinations[i], w, &edge);
        for (const RouteSeed &s : arriving(destinations[i], w))
            best = std::min(best, TravelModel::add(m_dijkstra.distance(s.node), s.offset));
        if (best <= limit)
            out[i] = best / 1000.0;
    }
    return out;
}

Isochrone RoadRouter::isochrone(const RoadSnap &origin, double limitSeconds, const RoadProfile &profile,
    const TravelConditions &conditions, double cellMeters)
{
    Isochrone iso;
    if (!origin.valid())
        return iso;
    const std::span<const quint32> w = weights(profile, conditions);
    const quint32 limit = toMs(limitSeconds);
    const auto seeds = leaving(origin, w);
    m_dijkstra.bounded(w, seeds, DijkstraSearch::Direction::Forward, limit);
    // The edge the area starts on: from the point onwards, as far as the time allows.
    for (const RouteSeed &s : seeds) {
        const double length = m_graph->edgeLength(s.edge);
        const double start = positionOn(s.edge, origin) * length;
        const double reach = double(limit) / double(w[std::size_t(s.edge)]) * length;
        iso.edges.push_back({ s.edge, start, std::min(length, start + reach) });
    }
    for (const int u : m_dijkstra.settled()) {
        const quint32 d = m_dijkstra.distance(u);
        if (d > limit)
            continue;
        const auto [b, e] = m_graph->outEdges(u);
        for (int edge = b; edge < e; ++edge) {
            const quint32 we = w[std::size_t(edge)];
            if (we == kInf)
                continue;
            const double length = m_graph->edgeLength(edge);
            const double part = std::min(1.0, double(limit - d) / double(we));
            if (part > 0)
                iso.edges.push_back({ edge, 0, part * length });
        }
    }
    // The outline: points along the reached parts, no farther apart than half a cell.
    std::vector<LatLon> samples { origin.point };
    double reachM = 0;
    for (const int u : m_dijkstra.settled())
        reachM = std::max(reachM, distanceMeters(origin.point, m_graph->nodePosition(u)));
    const double cell = cellMeters > 0 ? cellMeters : std::clamp(reachM / 60, 25.0, 1000.0);
    std::vector<LatLon> section;
    for (const ReachedEdge &r : iso.edges) {
        section.clear();
        m_graph->edgeSection(r.edge, r.fromMeters, r.toMeters, section);
        sampleLine(section, cell / 2, samples);
    }
    iso.rings = areaOutline(samples, origin.point, cell);
    return iso;
}

} // namespace wf::maps
