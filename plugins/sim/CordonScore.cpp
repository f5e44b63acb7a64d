#include "CordonScore.h"

#include "CrewOrders.h"
#include "SimGeometry.h"
#include "SimWorld.h"

#include <QJsonObject>
#include <cmath>

namespace wf::sim {

namespace {

bool holds(const SimUnit &u)
{
    return u.status == UnitStatus::OnScene && holdsPosition(u.task);
}

double minutesSince(qint64 startMs, qint64 atMs)
{
    return std::round((atMs - startMs) / 6'000.0) / 10;
}

} // namespace

CordonScore::CordonScore(const SimWorld &world)
    : m_world(world)
    , m_engine(std::make_unique<CordonEngine>(world.map().roadGraph()))
{ }

CordonScore::~CordonScore() = default;

void CordonScore::observe(const Event &event)
{
    if (const auto *set = std::get_if<CordonSet>(&event.payload)) {
        std::vector<maps::LatLon> ring;
        for (const GeoPoint &p : set->ring)
            ring.push_back({ p.lat, p.lon });
        maps::ShapeProblem problem;
        maps::GeoShape shape = maps::GeoShape::fromRing(ring, &problem);
        if (shape.isEmpty())
            return; // the workstation refuses such rings before they are set
        auto it = std::find_if(
            m_cordons.begin(), m_cordons.end(), [&](const Cordon &c) { return c.id == set->cordonId; });
        if (it == m_cordons.end()) {
            m_cordons.push_back(
                { set->cordonId, set->name, event.source, event.sourceTimeMs, 0, {}, {}, {}, false });
            it = std::prev(m_cordons.end());
        }
        // A moved ring (the same id) is judged as it now lies; what it already met stays.
        it->name = set->name;
        it->shape = shape;
        it->crossings = m_engine->analyse(shape, {}, {}, CordonQuery {}).crossings;
        it->clearedAtMs = 0;
        it->sampled = false;
        for (auto m = it->suspects.begin(); m != it->suspects.end();)
            m = m->second.reachedAtMs > 0 || m->second.caughtInside ? std::next(m) : it->suspects.erase(m);
    } else if (const auto *cleared = std::get_if<CordonCleared>(&event.payload)) {
        for (Cordon &c : m_cordons) {
            if (c.id == cleared->cordonId && c.clearedAtMs == 0)
                c.clearedAtMs = event.sourceTimeMs;
        }
    }
}

bool CordonScore::held(const CordonCrossing &crossing) const
{
    const GeoPoint at { crossing.road.point.lat, crossing.road.point.lon };
    for (const SimUnit &u : m_world.units()) {
        if (holds(u) && distanceMeters(u.pos, at) <= kHoldRadiusM)
            return true;
    }
    return false;
}

void CordonScore::sample()
{
    const qint64 now = m_world.now();
    if (m_cordons.empty() || now - m_lastSampleMs < kSampleMs)
        return;
    m_lastSampleMs = now;
    for (Cordon &c : m_cordons) {
        if (c.clearedAtMs > 0)
            continue;
        for (const Suspect &s : m_world.suspects()) {
            // A caught suspect is looked at once more, where it was caught.
            const bool caughtNow = s.intercepted && now - s.interceptedAtMs <= kSampleMs;
            if (s.arrived || (s.intercepted && !caughtNow))
                continue;
            const bool inside = c.shape.contains({ s.pos.lat, s.pos.lon });
            Meeting &m = c.suspects[s.id];
            if (!c.sampled)
                m.insideWhenSet = inside;
            if (inside)
                m.wasInside = true;
            if (m.reachedAtMs == 0) {
                const CordonCrossing *nearest = nullptr;
                double best = kReachRadiusM;
                for (const CordonCrossing &x : c.crossings) {
                    const double d = distanceMeters(s.pos, { x.road.point.lat, x.road.point.lon });
                    if (d <= best) {
                        best = d;
                        nearest = &x;
                    }
                }
                if (nearest) {
                    m.reachedAtMs = now;
                    m.reachedRoad = nearest->roadNameZh.isEmpty()
                        ? QStringLiteral("%1, %2")
                              .arg(nearest->road.point.lat, 0, 'f', 4)
                              .arg(nearest->road.point.lon, 0, 'f', 4)
                        : nearest->roadNameZh;
                    m.held = held(*nearest);
                    int heldCount = 0;
                    for (const CordonCrossing &x : c.crossings)
                        heldCount += held(x) ? 1 : 0;
                    m.heldPercent = int(std::lround(100.0 * heldCount / double(c.crossings.size())));
                }
            }
            if (m.wasInside && !inside && m.leftAtMs == 0)
                m.leftAtMs = now;
            if (caughtNow && inside && m.leftAtMs == 0)
                m.caughtInside = true;
        }
        c.sampled = true;
    }
}

bool CordonScore::heldBefore(const QString &suspectId, qint64 atMs) const
{
    for (const Cordon &c : m_cordons) {
        const auto it = c.suspects.find(suspectId);
        if (it != c.suspects.end() && it->second.held && (atMs <= 0 || it->second.reachedAtMs <= atMs))
            return true;
    }
    return false;
}

QJsonArray CordonScore::report(qint64 startMs) const
{
    QJsonArray out;
    for (const Cordon &c : m_cordons) {
        QJsonObject o { { QStringLiteral("id"), c.id }, { QStringLiteral("name"), c.name },
            { QStringLiteral("set_by"), c.source == u"operator" ? QStringLiteral("trainee") : c.source },
            { QStringLiteral("set_min"), minutesSince(startMs, c.setAtMs) },
            { QStringLiteral("crossings"), int(c.crossings.size()) } };
        if (c.clearedAtMs > 0)
            o.insert(u"lifted_min", minutesSince(startMs, c.clearedAtMs));
        QJsonArray suspects;
        for (const auto &[id, m] : c.suspects) {
            QJsonObject s { { QStringLiteral("suspect"), id },
                { QStringLiteral("inside_when_set"), m.insideWhenSet },
                { QStringLiteral("caught_inside"), m.caughtInside } };
            if (m.reachedAtMs > 0) {
                s.insert(u"reached_min", minutesSince(startMs, m.reachedAtMs));
                s.insert(u"reached_at", m.reachedRoad);
                s.insert(u"held_when_reached", m.held);
                s.insert(u"held_percent_when_reached", m.heldPercent);
            }
            if (m.leftAtMs > 0)
                s.insert(u"got_out_min", minutesSince(startMs, m.leftAtMs));
            suspects.append(s);
        }
        o.insert(u"suspects", suspects);
        out.append(o);
    }
    return out;
}

} // namespace wf::sim
