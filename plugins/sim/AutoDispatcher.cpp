#include "AutoDispatcher.h"

#include "CordonEngine.h"
#include "SimGeometry.h"
#include "TravelRanking.h"

#include <algorithm>
#include <cmath>

namespace wf::sim {

namespace {

bool isCheckpoint(const FixedSite &s)
{
    return s.kind == SiteKind::PoliceCheckpoint || s.kind == SiteKind::SmartCheckpoint;
}
// Convex hull (monotone chain) of the cordon's checkpoints: the ring drawn for the cordon.
QList<GeoPoint> hull(std::vector<GeoPoint> pts)
{
    std::sort(pts.begin(), pts.end(),
        [](GeoPoint a, GeoPoint b) { return a.lon < b.lon || (a.lon == b.lon && a.lat < b.lat); });
    pts.erase(std::unique(pts.begin(), pts.end()), pts.end());
    if (pts.size() < 3)
        return QList<GeoPoint>(pts.begin(), pts.end());
    auto cross = [](GeoPoint o, GeoPoint a, GeoPoint b) {
        return (a.lon - o.lon) * (b.lat - o.lat) - (a.lat - o.lat) * (b.lon - o.lon);
    };
    std::vector<GeoPoint> h(2 * pts.size());
    std::size_t k = 0;
    for (std::size_t i = 0; i < pts.size(); ++i) {
        while (k >= 2 && cross(h[k - 2], h[k - 1], pts[i]) <= 0)
            --k;
        h[k++] = pts[i];
    }
    for (std::size_t i = pts.size() - 1, t = k + 1; i > 0; --i) {
        while (k >= t && cross(h[k - 2], h[k - 1], pts[i - 1]) <= 0)
            --k;
        h[k++] = pts[i - 1];
    }
    h.resize(k - 1);
    return QList<GeoPoint>(h.begin(), h.end());
}

} // namespace

AutoDispatcher::AutoDispatcher(const Scenario &scenario, SimWorld &world, const ScenarioDirector &director)
    : m_scenario(scenario)
    , m_world(world)
    , m_director(director)
{ }

QString AutoDispatcher::nearestAvailable(GeoPoint p, bool mobileOnly, double maxM) const
{
    const SimUnit *best = nullptr;
    double bestM = maxM;
    for (const auto &u : m_world.units()) {
        if (u.status != UnitStatus::Available || m_busy.count(u.id))
            continue;
        if (mobileOnly && (u.kind == UnitKind::FixedPost || u.kind == UnitKind::FootPatrol))
            continue;
        const double d = distanceMeters(u.pos, p);
        if (d < bestM) {
            bestM = d;
            best = &u;
        }
    }
    return best ? best->id : QString();
}

QString AutoDispatcher::order(const QString &unitId, const QString &task, GeoPoint target,
    const QString &incidentId, std::vector<Event> &out)
{
    OrderIssued o { QStringLiteral("AUTO-%1").arg(m_nextOrder++, 5, 10, QChar(u'0')), unitId, task, target,
        incidentId, {} };
    Event e;
    e.source = QStringLiteral("auto-dispatcher");
    e.sourceTimeMs = m_world.now();
    e.payload = o;
    out.push_back(e);
    QString error;
    m_world.acceptOrder(o, &error);
    m_busy.insert(unitId);
    m_orderUnit[o.orderId] = unitId;
    if (!incidentId.isEmpty())
        m_orderIncident[o.orderId] = incidentId;
    return o.orderId;
}

std::vector<const SimUnit *> AutoDispatcher::byTravelTime(GeoPoint p, double limitSeconds) const
{
    std::vector<const SimUnit *> who;
    std::vector<maps::Traveller> travellers;
    for (const auto &u : m_world.units()) {
        if (u.status != UnitStatus::Available || m_busy.count(u.id))
            continue;
        const bool walks = u.kind == UnitKind::FootPatrol || u.kind == UnitKind::FixedPost;
        who.push_back(&u);
        // A fixed post answers only what is on its doorstep (the same reach as the workstation's).
        travellers.push_back(
            { { u.pos.lat, u.pos.lon }, walks, u.kind == UnitKind::FixedPost ? 2'000.0 : 0.0 });
    }
    const auto seconds = maps::travelSecondsTo(
        m_world.router(), travellers, { p.lat, p.lon }, m_world.conditions(), limitSeconds);
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < who.size(); ++i) {
        if (seconds[i] != maps::RoadRouter::kUnreachable)
            order.push_back(i);
    }
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return seconds[a] != seconds[b] ? seconds[a] < seconds[b] : who[a]->id < who[b]->id;
    });
    std::vector<const SimUnit *> out;
    for (std::size_t i : order)
        out.push_back(who[i]);
    return out;
}

void AutoDispatcher::dispatchIncident(const QString &incidentId, std::vector<Event> &out)
{
    auto it = m_incidents.find(incidentId);
    if (it == m_incidents.end() || it->second.covered)
        return;
    auto &inc = it->second;
    ++inc.tries;
    // Like a dispatcher at the workstation: the available units ranked by road travel time. The
    // fastest mobile unit goes (a walker when a walker is quicker than any car).
    auto ranked = byTravelTime(inc.pos, 30 * 60);
    if (ranked.empty())
        ranked = byTravelTime(inc.pos, 3 * 3600); // far out in the countryside: whoever can get there
    if (ranked.empty())
        return;
    // A fixed post within its reach (ranked at all) answers on its doorstep: it stands there.
    const auto post = std::find_if(
        ranked.begin(), ranked.end(), [](const SimUnit *u) { return u->kind == UnitKind::FixedPost; });
    if (post != ranked.end()) {
        order((*post)->id, QStringLiteral("respond"), inc.pos, incidentId, out);
        inc.covered = true;
        if (inc.severity < Severity::High)
            return;
    }
    for (const SimUnit *u : ranked) {
        if (u->kind == UnitKind::FixedPost)
            continue;
        order(u->id, QStringLiteral("respond"), inc.pos, incidentId, out);
        inc.covered = true;
        return;
    }
}

void AutoDispatcher::setCordons(GeoPoint origin, double fledSeconds, std::vector<Event> &out)
{
    const auto &map = m_world.map();
    const auto &roads = m_world.roads();
    const int county = map.countyAt(origin);
    const int prefecture = map.prefectureOfCounty(county);
    for (const QString &level : m_scenario.cordons) {
        CordonPlan plan;
        plan.level = level;
        plan.id = QStringLiteral("CORDON-%1").arg(level);
        plan.setAtMs = m_world.now();
        if (level == u"drive_time") {
            setDriveRing(origin, fledSeconds, std::move(plan), out);
            continue;
        }
        for (int i : m_world.siteIndices()) {
            const auto &s = map.sites()[std::size_t(i)];
            if (!isCheckpoint(s) || s.edge < 0)
                continue;
            const int a = roads.edgeFrom(s.edge), b = roads.edgeTo(s.edge);
            const int countyA = map.nodeCounty(a), countyB = map.nodeCounty(b);
            bool in = false;
            if (level == u"county")
                in = s.boundary >= Boundary::County && (countyA == county || countyB == county)
                    && countyA != countyB;
            else if (level == u"city")
                in = s.kind == SiteKind::PoliceCheckpoint && s.boundary >= Boundary::Prefecture
                    && (map.nodePrefecture(a) == prefecture || map.nodePrefecture(b) == prefecture);
            else
                in = s.kind == SiteKind::PoliceCheckpoint && s.boundary == Boundary::Province;
            if (in)
                plan.sites.push_back(i);
        }
        const QString where = level == u"county" ? map.counties()[std::size_t(county)].nameZh
            : level == u"city"                   ? map.seats()[std::size_t(std::max(0, prefecture))].nameZh
                                                 : QStringLiteral("湖北省");
        plan.name = QStringLiteral("%1 %2").arg(where,
            level == u"county"     ? QStringLiteral("县界封控圈")
                : level == u"city" ? QStringLiteral("市界封控圈")
                                   : QStringLiteral("省界封控圈"));
        std::vector<GeoPoint> pts;
        for (int i : plan.sites)
            pts.push_back(map.sites()[std::size_t(i)].pos);
        Event e;
        e.source = QStringLiteral("auto-dispatcher");
        e.sourceTimeMs = m_world.now();
        e.payload = CordonSet { plan.id, plan.name, hull(pts) };
        out.push_back(e);
        for (int i : plan.sites) {
            if (m_manned.count(i))
                continue;
            const QString unit = nearestAvailable(map.sites()[std::size_t(i)].pos, true);
            if (unit.isEmpty())
                break;
            order(unit, QStringLiteral("man_checkpoint"), map.sites()[std::size_t(i)].pos, {}, out);
            m_manned.insert(i);
        }
        m_cordons.push_back(std::move(plan));
    }
}

// The ring a fleeing car can reach within the lead time, by the workstation's cordon engine on
// the world's roads (the evading profile: village and county roads), and a unit for the nearest
// checkpoint of each crossing, the crossing the suspect reaches first served first. What a
// trainee does at the cordon desk, done by the book and without the trainee's judgement of
// which crossings matter.
void AutoDispatcher::setDriveRing(
    GeoPoint origin, double fledSeconds, CordonPlan plan, std::vector<Event> &out)
{
    const auto &map = m_world.map();
    CordonEngine engine(map.roadGraph());
    const auto profile = maps::RoadProfile::evading();
    const DriveRing ring
        = engine.driveRing(origin, fledSeconds, kDriveRingLeadS, profile, m_world.conditions());
    if (ring.ring.isEmpty())
        return;
    std::vector<SiteReported> checkpoints;
    std::map<QString, int> siteIndex;
    for (int i : m_world.siteIndices()) {
        const auto &s = map.sites()[std::size_t(i)];
        if (!isCheckpoint(s))
            continue;
        checkpoints.push_back({ s.id, s.name, s.kind, s.pos });
        siteIndex[s.id] = i;
    }
    CordonQuery query;
    query.origin = origin;
    query.profile = profile;
    query.conditions = m_world.conditions();
    query.limitSeconds = fledSeconds + 2 * kDriveRingLeadS;
    const CordonAnalysis analysis = engine.analyse(ring.ring, checkpoints, {}, query);
    for (const CordonCrossing &c : analysis.crossings) {
        if (c.checkpoints.empty())
            continue;
        const int site = siteIndex.at(c.checkpoints.front().siteId);
        if (std::find(plan.sites.begin(), plan.sites.end(), site) == plan.sites.end())
            plan.sites.push_back(site);
    }
    plan.name = QStringLiteral("驾车 %1+%2 分钟封控圈")
                    .arg(qRound(fledSeconds / 60))
                    .arg(int(kDriveRingLeadS / 60));
    QList<GeoPoint> outline;
    for (const maps::LatLon &p : cordonOutline(ring.ring.simplifiedMeters(30)))
        outline.append({ p.lat, p.lon });
    Event e;
    e.source = QStringLiteral("auto-dispatcher");
    e.sourceTimeMs = m_world.now();
    e.payload = CordonSet { plan.id, plan.name, outline };
    out.push_back(e);
    for (int i : plan.sites) {
        if (m_manned.count(i))
            continue;
        const QString unit = nearestAvailable(map.sites()[std::size_t(i)].pos, true);
        if (unit.isEmpty())
            break;
        order(unit, QStringLiteral("man_checkpoint"), map.sites()[std::size_t(i)].pos, {}, out);
        m_manned.insert(i);
    }
    m_cordons.push_back(std::move(plan));
}

// After a sighting or a tip: man the checkpoints ahead of the suspect, in the direction it
// has been going, before it gets there.
void AutoDispatcher::manAhead(GeoPoint from, GeoPoint to, std::vector<Event> &out)
{
    const auto &map = m_world.map();
    // Directions in metres on the plane at the last known position.
    const maps::LocalFrame frame(latLon(to));
    const QPointF heading = -frame.toMeters(latLon(from));
    const double dx = heading.x(), dy = heading.y();
    const double len = std::hypot(dx, dy);
    if (len < 200)
        return;
    std::vector<std::pair<double, int>> ahead;
    for (int i : m_world.siteIndices()) {
        const auto &s = map.sites()[std::size_t(i)];
        if (!isCheckpoint(s) || m_manned.count(i))
            continue;
        const QPointF v = frame.toMeters(latLon(s.pos));
        const double vx = v.x(), vy = v.y();
        const double d = std::hypot(vx, vy);
        const double along = (vx * dx + vy * dy) / len;
        if (along > 3'000 && d < 45'000 && along / d > 0.75)
            ahead.push_back({ d, i });
    }
    std::sort(ahead.begin(), ahead.end());
    for (std::size_t k = 0; k < std::min<std::size_t>(4, ahead.size()); ++k) {
        const int site = ahead[k].second;
        const QString unit = nearestAvailable(map.sites()[std::size_t(site)].pos, true);
        if (unit.isEmpty())
            return;
        order(unit, QStringLiteral("man_checkpoint"), map.sites()[std::size_t(site)].pos, {}, out);
        m_manned.insert(site);
    }
}

void AutoDispatcher::react(std::vector<Event> &events)
{
    std::vector<Event> mine;
    for (const auto &e : events) {
        if (const auto *inc = std::get_if<IncidentReported>(&e.payload)) {
            m_incidents[inc->incidentId] = { inc->position, inc->severity, inc->type };
            // A hit-and-run with a fleeing suspect: ring cordons first.
            for (const auto &s : m_scenario.timeline) {
                if (s.kind == StepKind::Suspect && s.incident == inc->incidentId && !m_cordonsSet) {
                    m_cordonsSet = true;
                    m_lastKnown[s.id] = inc->position;
                    // The suspect has been on the road since its step began, not since the report.
                    const qint64 fledMs = m_scenario.startMs + qint64(std::llround(s.atMin * 60'000));
                    setCordons(inc->position, std::max<qint64>(0, m_world.now() - fledMs) / 1000.0, mine);
                }
            }
            dispatchIncident(inc->incidentId, mine);
        } else if (const auto *closed = std::get_if<IncidentClosed>(&e.payload)) {
            m_incidents.erase(closed->incidentId);
        } else if (const auto *st = std::get_if<OrderStateChanged>(&e.payload)) {
            const auto unit = m_orderUnit.find(st->orderId);
            if (unit == m_orderUnit.end())
                continue;
            if (st->state == OrderState::Rejected || st->state == OrderState::NoAnswer
                || st->state == OrderState::Done) {
                m_busy.erase(unit->second);
                const auto inc = m_orderIncident.find(st->orderId);
                if (st->state != OrderState::Done && inc != m_orderIncident.end()) {
                    auto it = m_incidents.find(inc->second);
                    if (it != m_incidents.end() && it->second.tries < 4) {
                        it->second.covered = false;
                        dispatchIncident(inc->second, mine);
                    }
                }
            }
        } else if (const auto *cg = std::get_if<CongestionReported>(&e.payload)) {
            if (!cg->cleared && cg->severity >= Severity::High && !m_jamsSent.count(cg->congestionId)) {
                const QString unit = nearestAvailable(cg->position, true);
                if (!unit.isEmpty()) {
                    m_jamsSent.insert(cg->congestionId);
                    order(unit, QStringLiteral("clear_congestion"), cg->position, {}, mine);
                }
            }
        }
    }
    // Incidents nobody could be sent to: try again once a minute.
    if (m_world.now() % 60'000 == 0) {
        for (auto &[id, inc] : m_incidents) {
            if (!inc.covered && inc.tries < 4)
                dispatchIncident(id, mine);
        }
    }
    const auto &sightings = m_world.sightings();
    for (; m_seenSightings < sightings.size(); ++m_seenSightings) {
        const auto &s = sightings[m_seenSightings];
        if (!s.alerted)
            continue; // a read of a plate nobody is looking for yet
        auto last = m_lastKnown.find(s.suspectId);
        manAhead(last != m_lastKnown.end() ? last->second : s.pos, s.pos, mine);
        m_lastKnown[s.suspectId] = s.pos;
    }
    const auto &tips = m_director.tips();
    for (; m_seenTips < tips.size(); ++m_seenTips) {
        const auto &t = tips[m_seenTips];
        auto last = m_lastKnown.find(t.suspect);
        GeoPoint from = t.pos;
        if (last != m_lastKnown.end())
            from = last->second;
        else {
            for (const auto &s : m_scenario.timeline) {
                if (s.kind == StepKind::Suspect && s.id == t.suspect)
                    from = s.at;
            }
        }
        const QString unit = nearestAvailable(t.pos, true);
        if (!unit.isEmpty())
            order(unit, QStringLiteral("respond"), t.pos, {}, mine);
        manAhead(from, t.pos, mine);
        m_lastKnown[t.suspect] = t.pos;
    }
    for (auto &e : mine)
        events.push_back(std::move(e));
}

void AutoDispatcher::updateCordons()
{
    const auto &map = m_world.map();
    for (auto &c : m_cordons) {
        if (c.closedAtMs > 0 || c.sites.empty())
            continue;
        bool all = true;
        for (int i : c.sites) {
            const GeoPoint p = map.sites()[std::size_t(i)].pos;
            const bool held
                = std::any_of(m_world.units().begin(), m_world.units().end(), [&](const SimUnit &u) {
                      return u.status == UnitStatus::OnScene && u.task == u"man_checkpoint"
                          && distanceMeters(u.pos, p) < 200;
                  });
            if (!held) {
                all = false;
                break;
            }
        }
        if (all)
            c.closedAtMs = m_world.now();
    }
}

} // namespace wf::sim
