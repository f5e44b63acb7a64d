#include "TrafficJams.h"

#include "SimGeometry.h"

#include <algorithm>

namespace wf::sim {

using maps::Weather;

void TrafficJams::background(std::vector<Event> &out)
{
    // More at rush hour and in bad weather.
    const auto c = m_world.conditions();
    const double rush
        = (c.hourOfDay >= 7 && c.hourOfDay < 9) || (c.hourOfDay >= 17 && c.hourOfDay < 19) ? 2.0 : 1.0;
    const double wet = m_world.weather == Weather::Clear ? 1.0
        : m_world.weather == Weather::Rain               ? 2.0
        : m_world.weather == Weather::HeavyRain          ? 3.5
                                                         : 2.5;
    if (m_jams.size() < 40 && m_world.rng.chance(m_perHour * rush * wet / 3600.0)) {
        const int node = m_world.randomUrbanNode();
        const auto [b, e] = m_world.roads().outEdges(node);
        if (b != e) {
            const double s = m_world.rng.uniform();
            start(b + int(m_world.rng.between(0, qint64(e - b) - 1)),
                s < 0.5        ? 0.45f
                    : s < 0.85 ? 0.3f
                               : 0.15f,
                m_world.rng.between(20, 50) * 60'000, 600, out);
        }
    }
}

void TrafficJams::add(GeoPoint pos, Severity severity, qint64 durationMs, double radiusM)
{
    const int node = m_world.nearestNode(pos);
    if (node < 0)
        return;
    const auto [b, e] = m_world.roads().outEdges(node);
    if (b == e)
        return;
    const float worst = severity == Severity::Critical ? 0.1f
        : severity == Severity::High                   ? 0.2f
        : severity == Severity::Medium                 ? 0.35f
                                                       : 0.6f;
    start(b, worst, durationMs, radiusM, m_world.injected);
}

void TrafficJams::start(int edge, float worst, qint64 durationMs, double radiusM, std::vector<Event> &out)
{
    Jam j;
    j.id = QStringLiteral("CG%1").arg(m_next++, 4, 10, QChar(u'0'));
    const auto &g = m_world.roads();
    const int from = g.edgeFrom(edge), to = g.edgeTo(edge);
    j.road = g.name(g.edgeName(edge)).name;
    j.pos = geoPoint(g.pointAlong(edge, g.edgeLength(edge) / 2));
    j.worst = worst;
    j.startMs = m_world.now;
    j.holdUntilMs = m_world.now + durationMs;
    // Every road within the radius of the spot is slowed: a jam spreads along the streets.
    std::vector<int> stack { from, to };
    std::vector<int> seen;
    while (!stack.empty()) {
        const int n = stack.back();
        stack.pop_back();
        if (std::find(seen.begin(), seen.end(), n) != seen.end())
            continue;
        seen.push_back(n);
        const auto [b, en] = g.outEdges(n);
        for (int out = b; out != en; ++out) {
            const int next = g.edgeTo(out);
            const bool near = distanceMeters(m_world.nodePos(next), j.pos) <= radiusM;
            if (near || n == from || n == to) {
                j.edges.push_back(out);
                if (near)
                    stack.push_back(next);
            }
        }
        if (seen.size() > 200)
            break;
    }
    std::sort(j.edges.begin(), j.edges.end());
    j.edges.erase(std::unique(j.edges.begin(), j.edges.end()), j.edges.end());
    j.shown = Severity::Low;
    out.push_back(m_world.make(CongestionReported { j.id, j.road, Severity::Low, j.pos, false }));
    m_jams.push_back(std::move(j));
}

void TrafficJams::update(std::vector<Event> &out)
{
    constexpr double buildMs = 8 * 60'000.0;
    const qint64 now = m_world.now;
    for (auto it = m_jams.begin(); it != m_jams.end();) {
        Jam &j = *it;
        if (!j.clearing && now >= j.holdUntilMs)
            j.clearing = true;
        if (j.clearing) {
            const double rate = j.byUnit ? 10.0 / (3 * 60'000.0) : 10.0 / buildMs; // per 10 s update
            j.factor = std::min(1.f, j.factor + float((1 - j.worst) * rate * 1000));
        } else {
            j.factor
                = std::max(j.worst, float(1 - (1 - j.worst) * std::min(1.0, (now - j.startMs) / buildMs)));
        }
        for (int e : j.edges)
            m_world.router.congestion().set(e, j.factor);
        if (j.clearing && j.factor >= 0.999f) {
            out.push_back(m_world.make(CongestionReported { j.id, j.road, Severity::Low, j.pos, true }));
            (j.byUnit ? m_clearedByUnits : m_clearedNaturally)++;
            it = m_jams.erase(it);
            continue;
        }
        const Severity s = j.factor > 0.7f ? Severity::Low
            : j.factor > 0.4f              ? Severity::Medium
            : j.factor > 0.2f              ? Severity::High
                                           : Severity::Critical;
        if (s != j.shown) {
            j.shown = s;
            out.push_back(m_world.make(CongestionReported { j.id, j.road, s, j.pos, false }));
        }
        ++it;
    }
}

void TrafficJams::clearNear(GeoPoint pos)
{
    for (auto &j : m_jams) {
        if (distanceMeters(j.pos, pos) < 800 && !j.clearing) {
            j.clearing = true;
            j.byUnit = true;
            j.holdUntilMs = m_world.now;
        }
    }
}

} // namespace wf::sim
