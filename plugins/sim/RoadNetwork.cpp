#include "RoadNetwork.h"

#include "SimGeo.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>

namespace wf::sim {

QString roadClassName(RoadClass c)
{
    switch (c) {
    case RoadClass::Expressway:
        return QStringLiteral("expressway");
    case RoadClass::UrbanRing:
        return QStringLiteral("urban_ring");
    case RoadClass::Arterial:
        return QStringLiteral("arterial");
    case RoadClass::County:
        return QStringLiteral("county");
    case RoadClass::Village:
        return QStringLiteral("village");
    }
    return QStringLiteral("unknown");
}

std::optional<Weather> weatherFromName(QStringView name)
{
    for (auto w : { Weather::Clear, Weather::Rain, Weather::HeavyRain, Weather::Fog }) {
        if (weatherName(w) == name)
            return w;
    }
    return std::nullopt;
}

QString weatherName(Weather w)
{
    switch (w) {
    case Weather::Clear:
        return QStringLiteral("clear");
    case Weather::Rain:
        return QStringLiteral("rain");
    case Weather::HeavyRain:
        return QStringLiteral("heavy_rain");
    case Weather::Fog:
        return QStringLiteral("fog");
    }
    return QStringLiteral("clear");
}

RouteProfile RouteProfile::emergency()
{
    RouteProfile p;
    p.speedBoost = 1.25f; // lights and siren: faster than traffic, not twice as fast
    return p;
}

RouteProfile RouteProfile::walking()
{
    RouteProfile p;
    p.classMask
        = (1u << int(RoadClass::Arterial)) | (1u << int(RoadClass::County)) | (1u << int(RoadClass::Village));
    p.speedCapKmh = 5;
    return p;
}

RouteProfile RouteProfile::evading()
{
    RouteProfile p;
    p.classPenalty[int(RoadClass::Expressway)] = 6; // tolls, cameras and checkpoints at every gate
    p.classPenalty[int(RoadClass::UrbanRing)] = 3;
    p.classPenalty[int(RoadClass::Arterial)] = 1.6f;
    p.classPenalty[int(RoadClass::County)] = 1.2f;
    return p;
}

int RoadNetwork::addNode(GeoPoint p)
{
    m_nodes.push_back({ p, -1, -1 });
    return int(m_nodes.size()) - 1;
}

int RoadNetwork::addRoad(int a, int b, RoadClass cls, int name)
{
    const float m = float(geo::distanceM(m_nodes[std::size_t(a)].pos, m_nodes[std::size_t(b)].pos));
    m_edges.push_back({ a, b, std::max(m, 1.f), cls, name, 1 });
    m_edges.push_back({ b, a, std::max(m, 1.f), cls, name, 1 });
    return int(m_edges.size()) - 2;
}

int RoadNetwork::addName(const QString &name)
{
    m_names.push_back(name);
    return int(m_names.size()) - 1;
}

const QString &RoadNetwork::name(int i) const
{
    static const QString none;
    return i >= 0 && std::size_t(i) < m_names.size() ? m_names[std::size_t(i)] : none;
}

void RoadNetwork::finalize()
{
    m_adjStart.assign(m_nodes.size() + 1, 0);
    for (const auto &e : m_edges)
        ++m_adjStart[std::size_t(e.from) + 1];
    for (std::size_t i = 1; i < m_adjStart.size(); ++i)
        m_adjStart[i] += m_adjStart[i - 1];
    m_adj.assign(m_edges.size(), 0);
    auto fill = m_adjStart;
    m_nodeClasses.assign(m_nodes.size(), 0);
    for (std::size_t i = 0; i < m_edges.size(); ++i) {
        m_adj[std::size_t(fill[std::size_t(m_edges[i].from)]++)] = int(i);
        m_nodeClasses[std::size_t(m_edges[i].from)] |= quint8(1u << int(m_edges[i].cls));
    }
    m_grid.clear();
    for (std::size_t i = 0; i < m_nodes.size(); ++i)
        m_grid[cellKey(m_nodes[i].pos)].push_back(int(i));
}

long RoadNetwork::cellKey(GeoPoint p) const
{
    const long x = long(std::floor(p.lon / kCellDeg));
    const long y = long(std::floor(p.lat / kCellDeg));
    return y * 100'000 + x;
}

double RoadNetwork::postedSpeedKmh(RoadClass c)
{
    switch (c) {
    case RoadClass::Expressway:
        return 100;
    case RoadClass::UrbanRing:
        return 70;
    case RoadClass::Arterial:
        return 45;
    case RoadClass::County:
        return 60;
    case RoadClass::Village:
        return 35;
    }
    return 30;
}

namespace {

// Rush hours choke city roads most; at night the city is fast but dark county and village
// roads are driven more carefully. All factors are <= 1 so A*'s heuristic stays admissible.
double timeOfDayFactor(RoadClass c, int hour)
{
    const bool rush = (hour >= 7 && hour < 9) || (hour >= 17 && hour < 19);
    const bool night = hour >= 22 || hour < 6;
    switch (c) {
    case RoadClass::UrbanRing:
    case RoadClass::Arterial:
        return rush ? 0.55 : (night ? 1.0 : 0.8);
    case RoadClass::Expressway:
        return rush ? 0.85 : 1.0;
    case RoadClass::County:
    case RoadClass::Village:
        return night ? 0.85 : 1.0;
    }
    return 1;
}

double weatherFactor(RoadClass c, Weather w)
{
    const bool fast = c == RoadClass::Expressway || c == RoadClass::UrbanRing;
    switch (w) {
    case Weather::Clear:
        return 1;
    case Weather::Rain:
        return 0.85;
    case Weather::HeavyRain:
        return fast ? 0.6 : 0.7;
    case Weather::Fog:
        return fast ? 0.45 : 0.75; // expressways are slowed or closed in fog
    }
    return 1;
}

} // namespace

double RoadNetwork::speedKmh(int edge, const TravelConditions &c) const
{
    const auto &e = m_edges[std::size_t(edge)];
    return postedSpeedKmh(e.cls) * timeOfDayFactor(e.cls, c.hourOfDay) * weatherFactor(e.cls, c.weather)
        * e.congestion;
}

double RoadNetwork::travelSeconds(int edge, const TravelConditions &c, const RouteProfile &p) const
{
    double kmh = speedKmh(edge, c) * p.speedBoost;
    if (p.speedCapKmh > 0)
        kmh = std::min<double>(kmh, p.speedCapKmh);
    return m_edges[std::size_t(edge)].metres / (std::max(kmh, 1.0) / 3.6);
}

void RoadNetwork::setCongestion(int edge, float factor)
{
    m_edges[std::size_t(edge)].congestion = std::clamp(factor, 0.05f, 1.f);
}

int RoadNetwork::nearestNode(GeoPoint p, quint8 classMask, double maxMetres) const
{
    int best = -1;
    double bestM = maxMetres;
    const long cx = long(std::floor(p.lon / kCellDeg));
    const long cy = long(std::floor(p.lat / kCellDeg));
    const int maxRing = int(maxMetres / (kCellDeg * 90'000)) + 1;
    for (int r = 0; r <= maxRing; ++r) {
        for (long y = cy - r; y <= cy + r; ++y) {
            for (long x = cx - r; x <= cx + r; ++x) {
                if (std::max(std::labs(x - cx), std::labs(y - cy)) != r)
                    continue; // only the new ring of cells
                auto it = m_grid.find(y * 100'000 + x);
                if (it == m_grid.end())
                    continue;
                for (int n : it->second) {
                    if (!(m_nodeClasses[std::size_t(n)] & classMask))
                        continue;
                    const double d = geo::distanceM(p, m_nodes[std::size_t(n)].pos);
                    if (d < bestM || (d == bestM && n < best)) {
                        bestM = d;
                        best = n;
                    }
                }
            }
        }
        // Cells of ring r cover at least r * cell size around p: stop once nothing closer is possible.
        if (best >= 0 && bestM < r * kCellDeg * 95'000)
            break;
    }
    return best;
}

Route RoadNetwork::route(int fromNode, int toNode, const TravelConditions &c, const RouteProfile &p) const
{
    Route out;
    if (fromNode < 0 || toNode < 0 || fromNode >= nodeCount() || toNode >= nodeCount() || fromNode == toNode)
        return out;
    const double maxMps = postedSpeedKmh(RoadClass::Expressway) * p.speedBoost / 3.6;
    const double vmax = p.speedCapKmh > 0 ? std::min<double>(maxMps, p.speedCapKmh / 3.6) : maxMps;
    const GeoPoint goal = m_nodes[std::size_t(toNode)].pos;
    std::vector<double> cost(m_nodes.size(), std::numeric_limits<double>::infinity());
    std::vector<int> via(m_nodes.size(), -1);
    using Item = std::pair<double, int>; // (estimated total, node)
    std::priority_queue<Item, std::vector<Item>, std::greater<>> open;
    cost[std::size_t(fromNode)] = 0;
    open.push({ 0, fromNode });
    while (!open.empty()) {
        const auto [f, n] = open.top();
        open.pop();
        if (n == toNode)
            break;
        const double g = cost[std::size_t(n)];
        if (f > g + geo::distanceM(m_nodes[std::size_t(n)].pos, goal) / vmax + 1e-6)
            continue; // a stale queue entry
        const auto [b, e] = outEdges(n);
        for (const int *it = b; it != e; ++it) {
            const auto &edge = m_edges[std::size_t(*it)];
            if (!p.allows(edge.cls))
                continue;
            const double ng = g + travelSeconds(*it, c, p) * p.classPenalty[int(edge.cls)];
            if (ng < cost[std::size_t(edge.to)]) {
                cost[std::size_t(edge.to)] = ng;
                via[std::size_t(edge.to)] = *it;
                open.push({ ng + geo::distanceM(m_nodes[std::size_t(edge.to)].pos, goal) / vmax, edge.to });
            }
        }
    }
    if (via[std::size_t(toNode)] < 0)
        return out;
    for (int n = toNode; n != fromNode;) {
        const int e = via[std::size_t(n)];
        out.edges.push_back(e);
        n = m_edges[std::size_t(e)].from;
    }
    std::reverse(out.edges.begin(), out.edges.end());
    for (int e : out.edges) {
        out.seconds += travelSeconds(e, c, p);
        out.metres += m_edges[std::size_t(e)].metres;
    }
    return out;
}

std::vector<int> RoadNetwork::components() const
{
    std::vector<int> comp(m_nodes.size(), -1);
    int next = 0;
    std::vector<int> stack;
    for (std::size_t s = 0; s < m_nodes.size(); ++s) {
        if (comp[s] >= 0)
            continue;
        comp[s] = next;
        stack.push_back(int(s));
        while (!stack.empty()) {
            const int n = stack.back();
            stack.pop_back();
            const auto [b, e] = outEdges(n);
            for (const int *it = b; it != e; ++it) {
                const int t = m_edges[std::size_t(*it)].to;
                if (comp[std::size_t(t)] < 0) {
                    comp[std::size_t(t)] = next;
                    stack.push_back(t);
                }
            }
        }
        ++next;
    }
    return comp;
}

} // namespace wf::sim
