#include "ScenarioRun.h"

#include "SimGeometry.h"
#include "TravelRanking.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>
#include <algorithm>
#include <cmath>

namespace wf::sim {

namespace {

QString bilingual(const Text &t)
{
    return t.zh == t.en ? t.en : QStringLiteral("%1 / %2").arg(t.zh, t.en);
}

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

double round1(double v)
{
    return std::round(v * 10) / 10;
}

} // namespace

SimOptions optionsFor(const Scenario &scenario, quint64 seed)
{
    SimOptions o;
    o.seed = seed;
    o.scale = scenario.scale;
    o.startTimeMs = scenario.startMs;
    o.incidentsPerHour = scenario.incidentsPerHour;
    o.congestionPerHour = scenario.congestionPerHour;
    o.hotListHitsPerHour = scenario.hotListHitsPerHour;
    o.weather = scenario.weather;
    return o;
}

// --- director --------------------------------------------------------------------------------

ScenarioDirector::ScenarioDirector(const Scenario &scenario, SimWorld &world, quint64 seed)
    : m_scenario(scenario)
    , m_world(world)
    , m_rng(seed ^ 0x5ce7a210ULL)
{
    for (std::size_t i = 0; i < scenario.timeline.size(); ++i) {
        const auto &s = scenario.timeline[i];
        const int n = s.kind == StepKind::IncidentBurst ? s.count : 1;
        for (int k = 0; k < n; ++k) {
            const double at = s.atMin + (n > 1 ? s.overMin * k / n : 0);
            m_due.push_back({ scenario.startMs + qint64(std::llround(at * 60'000)), i, k });
        }
    }
    std::stable_sort(m_due.begin(), m_due.end(), [](const Due &a, const Due &b) { return a.atMs < b.atMs; });
}

bool ScenarioDirector::finished() const
{
    return m_world.now() >= m_scenario.startMs + qint64(m_scenario.durationMin * 60'000);
}

void ScenarioDirector::update()
{
    while (m_next < m_due.size() && m_due[m_next].atMs <= m_world.now()) {
        const auto &d = m_due[m_next++];
        play(m_scenario.timeline[d.step], d.burstIndex);
    }
}

void ScenarioDirector::play(const TimelineStep &s, int burstIndex)
{
    switch (s.kind) {
    case StepKind::Incident:
        m_world.reportIncident(s.id, s.incidentType, bilingual(s.text), s.severity, s.at);
        break;
    case StepKind::IncidentBurst: {
        const double a = m_rng.uniform(0, 2 * std::numbers::pi), r = s.radiusM * std::sqrt(m_rng.uniform());
        m_world.reportIncident(QStringLiteral("%1-%2").arg(s.id).arg(burstIndex + 1, 2, 10, QChar(u'0')),
            s.incidentType, bilingual(s.text), s.severity,
            offsetMeters(s.at, r * std::sin(a), r * std::cos(a)));
        break;
    }
    case StepKind::Suspect: {
        Suspect sus;
        sus.id = s.id;
        sus.plate = s.plate;
        sus.vehicle = s.vehicle;
        sus.incidentId = s.incident;
        sus.start = s.at;
        sus.speedFactor = s.speedFactor;
        QString error;
        if (!m_world.addSuspect(sus, s.to,
                s.route == u"fastest" ? maps::RoadProfile::car() : maps::RoadProfile::evading(), &error))
            m_problems << QStringLiteral("line %1: %2").arg(s.line).arg(error);
        break;
    }
    case StepKind::HotList: {
        m_world.setHotListed(s.suspect);
        QString plate;
        for (const auto &sus : m_world.suspects()) {
            if (sus.id == s.suspect)
                plate = sus.plate;
        }
        m_world.raiseAlert(QStringLiteral("HOTLIST-%1").arg(s.suspect),
            QStringLiteral("Plate %1 added to the hot list: every smart checkpoint reports it").arg(plate),
            Severity::High, m_world.map().wuhanCentre());
        break;
    }
    case StepKind::Tip: {
        const auto pos = m_world.suspectPositionAgo(s.suspect, qint64(s.delayMin * 60'000));
        if (!pos) {
            m_problems << QStringLiteral("line %1: the suspect of tip %2 is not on the road yet")
                              .arg(s.line)
                              .arg(s.id);
            break;
        }
        m_world.raiseAlert(s.id,
            QStringLiteral("Informant tip (%1 min old): %2").arg(s.delayMin).arg(bilingual(s.text)),
            Severity::Medium, *pos);
        m_tips.push_back({ s.id, s.suspect, *pos, m_world.now() });
        break;
    }
    case StepKind::Alarm:
        m_world.reportIncident(s.id, s.incidentType,
            s.text.en.isEmpty() ? QStringLiteral("alarm at %1").arg(s.site) : bilingual(s.text), s.severity,
            s.at);
        break;
    case StepKind::Weather:
        m_world.setWeather(s.weather);
        m_world.raiseAlert(QStringLiteral("WX-%1").arg(qint64(s.atMin)),
            QStringLiteral("Weather now: %1").arg(weatherName(s.weather)), Severity::Low,
            m_world.map().wuhanCentre());
        break;
    case StepKind::Congestion:
        m_world.addCongestion(s.at, s.severity, qint64(s.durationMin * 60'000), s.radiusM);
        break;
    case StepKind::Alert:
        m_world.raiseAlert(s.id, bilingual(s.text), s.severity, s.at);
        break;
    }
}

// --- automatic dispatcher ----------------------------------------------------------------------

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
        incidentId };
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

void AutoDispatcher::setCordons(GeoPoint origin, std::vector<Event> &out)
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
                    setCordons(inc->position, mine);
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

// --- scorer ------------------------------------------------------------------------------------

Scorer::Scorer(const Scenario &scenario, const SimWorld &world)
    : m_scenario(scenario)
    , m_world(world)
{
    // The same zone layer the workstation ranks and shows against.
    QString error;
    m_zones = maps::ZoneLayer::load(
        QStringLiteral(":/watchfloor/sim/zones/hubei-response-zones.geojson"), &error);
    if (!m_zones)
        qWarning("training zones: %s", qPrintable(error));
}

QString Scorer::zoneOf(GeoPoint p) const
{
    const auto zone = m_zones ? m_zones->zoneAt({ p.lat, p.lon }) : maps::ResponseZone::None;
    // Outside every zone the real system sets no target; the report calls that "rural".
    return zone == maps::ResponseZone::None ? QStringLiteral("rural") : maps::responseZoneName(zone);
}

double Scorer::targetSeconds(const QString &zone) const
{
    const auto z = maps::responseZoneFromName(zone);
    return z ? maps::responseTargetSeconds(*z) : 0;
}

void Scorer::observe(const std::vector<Event> &events)
{
    for (const auto &e : events) {
        ++m_events;
        if (const auto *inc = std::get_if<IncidentReported>(&e.payload)) {
            m_incidentIndex[inc->incidentId] = m_incidents.size();
            m_incidents.push_back(
                { inc->incidentId, inc->type, zoneOf(inc->position), inc->position, e.sourceTimeMs, 0, {} });
        } else if (const auto *o = std::get_if<OrderIssued>(&e.payload)) {
            m_orders[o->orderId] = { o->unitId, o->incidentId, o->task, {} };
            m_orderSequence.push_back(o->orderId);
        } else if (const auto *st = std::get_if<OrderStateChanged>(&e.payload)) {
            auto it = m_orders.find(st->orderId);
            if (it == m_orders.end())
                continue;
            it->second.states.insert(int(st->state));
            if (st->state == OrderState::OnScene && !it->second.incidentId.isEmpty()) {
                auto ii = m_incidentIndex.find(it->second.incidentId);
                if (ii != m_incidentIndex.end() && m_incidents[ii->second].firstOnSceneMs == 0) {
                    m_incidents[ii->second].firstOnSceneMs = e.sourceTimeMs;
                    m_incidents[ii->second].firstUnit = it->second.unitId;
                }
            }
        }
    }
}

QJsonObject Scorer::report(const std::vector<CordonPlan> &cordons, quint64 seed) const
{
    const qint64 t0 = m_scenario.startMs;
    auto minutes = [&](qint64 ms) { return round1((ms - t0) / 60'000.0); };
    QJsonObject root;
    root.insert(u"scenario", m_scenario.id);
    root.insert(u"title",
        QJsonObject {
            { QStringLiteral("zh"), m_scenario.title.zh }, { QStringLiteral("en"), m_scenario.title.en } });
    root.insert(u"seed", QString::number(seed));
    root.insert(u"scale", scaleName(m_scenario.scale));
    root.insert(u"start",
        QDateTime::fromMSecsSinceEpoch(t0, QTimeZone::fromSecondsAheadOfUtc(8 * 3600)).toString(Qt::ISODate));
    root.insert(u"duration_min", m_scenario.durationMin);
    root.insert(u"policy",
        QStringLiteral(
            "built-in: nearest available unit; ring cordons and checkpoints ahead of the suspect"));
    root.insert(u"road_network", QStringLiteral("generated (not real roads)"));
    root.insert(u"units", m_world.unitCount());

    // Response times.
    QJsonArray incidents;
    std::map<QString, std::vector<double>> times;
    std::map<QString, int> counts, met, answered;
    for (const auto &i : m_incidents) {
        const double target = targetSeconds(i.zone);
        QJsonObject o { { QStringLiteral("id"), i.id }, { QStringLiteral("type"), i.type },
            { QStringLiteral("zone"), i.zone }, { QStringLiteral("reported_min"), minutes(i.reportedMs) } };
        o.insert(u"target_s", target > 0 ? QJsonValue(target) : QJsonValue());
        ++counts[i.zone];
        if (i.firstOnSceneMs > 0) {
            const double s = round1((i.firstOnSceneMs - i.reportedMs) / 1000.0);
            o.insert(u"response_s", s);
            o.insert(u"unit", i.firstUnit);
            o.insert(u"met", target > 0 ? QJsonValue(s <= target) : QJsonValue());
            times[i.zone].push_back(s);
            ++answered[i.zone];
            if (target > 0 && s <= target)
                ++met[i.zone];
        } else {
            o.insert(u"response_s", QJsonValue());
            o.insert(u"met", target > 0 ? QJsonValue(false) : QJsonValue());
        }
        incidents.append(o);
    }
    QJsonObject response;
    for (const auto &[zone, n] : counts) {
        auto v = times[zone];
        std::sort(v.begin(), v.end());
        auto pct = [&](double p) {
            return v.empty()
                ? QJsonValue()
                : QJsonValue(v[std::min(v.size() - 1, std::size_t(p * double(v.size() - 1) + 0.5))]);
        };
        const double target = targetSeconds(zone);
        response.insert(zone,
            QJsonObject { { QStringLiteral("incidents"), n }, { QStringLiteral("answered"), answered[zone] },
                { QStringLiteral("target_s"), target > 0 ? QJsonValue(target) : QJsonValue() },
                { QStringLiteral("met_target"), target > 0 ? QJsonValue(met[zone]) : QJsonValue() },
                { QStringLiteral("median_s"), pct(0.5) }, { QStringLiteral("p90_s"), pct(0.9) } });
    }
    root.insert(u"response", response);
    root.insert(u"incidents", incidents);

    // Suspects.
    QJsonArray suspects;
    for (const auto &s : m_world.suspects()) {
        const int sightings = int(std::count_if(m_world.sightings().begin(), m_world.sightings().end(),
            [&](const Sighting &x) { return x.suspectId == s.id; }));
        QJsonObject o { { QStringLiteral("id"), s.id }, { QStringLiteral("plate"), s.plate },
            { QStringLiteral("intercepted"), s.intercepted }, { QStringLiteral("plate_reads"), sightings },
            { QStringLiteral("reached_destination"), s.arrived } };
        if (s.intercepted) {
            o.insert(u"intercepted_min", minutes(s.interceptedAtMs));
            o.insert(u"where", s.interceptedWhere);
            o.insert(u"by", s.interceptedBy);
        }
        o.insert(u"position",
            QJsonObject { { QStringLiteral("lat"), std::round(s.pos.lat * 1e5) / 1e5 },
                { QStringLiteral("lon"), std::round(s.pos.lon * 1e5) / 1e5 } });
        o.insert(u"km_from_start", round1(distanceMeters(s.start, s.pos) / 1000));
        suspects.append(o);
    }
    root.insert(u"suspects", suspects);

    // Cordons.
    QJsonArray cordonList;
    for (const auto &c : cordons) {
        QJsonObject o { { QStringLiteral("id"), c.id }, { QStringLiteral("name"), c.name },
            { QStringLiteral("level"), c.level }, { QStringLiteral("checkpoints"), int(c.sites.size()) },
            { QStringLiteral("set_min"), minutes(c.setAtMs) } };
        o.insert(u"closed_min", c.closedAtMs > 0 ? QJsonValue(minutes(c.closedAtMs)) : QJsonValue());
        o.insert(u"time_to_close_s",
            c.closedAtMs > 0 ? QJsonValue(round1((c.closedAtMs - c.setAtMs) / 1000.0)) : QJsonValue());
        cordonList.append(o);
    }
    root.insert(u"cordons", cordonList);

    // Orders.
    std::map<OrderState, int> reached;
    for (const auto &id : m_orderSequence) {
        for (int s : m_orders.at(id).states)
            ++reached[OrderState(s)];
    }
    const int issued = int(m_orderSequence.size());
    root.insert(u"orders",
        QJsonObject { { QStringLiteral("issued"), issued },
            { QStringLiteral("delivered"), reached[OrderState::Delivered] },
            { QStringLiteral("acknowledged"), reached[OrderState::Acknowledged] },
            { QStringLiteral("en_route"), reached[OrderState::EnRoute] },
            { QStringLiteral("on_scene"), reached[OrderState::OnScene] },
            { QStringLiteral("completed"), reached[OrderState::Done] },
            { QStringLiteral("rejected"), reached[OrderState::Rejected] },
            { QStringLiteral("no_answer"), reached[OrderState::NoAnswer] } });
    root.insert(u"congestion",
        QJsonObject { { QStringLiteral("spots"), m_world.congestionSpots() },
            { QStringLiteral("cleared_by_units"), m_world.congestionClearedByUnits() },
            { QStringLiteral("cleared_naturally"), m_world.congestionClearedNaturally() },
            { QStringLiteral("open_at_end"), m_world.openCongestion() } });
    root.insert(u"feeds",
        QJsonObject { { QStringLiteral("plate_reads"), double(m_world.plateReads()) },
            { QStringLiteral("hot_list_hits"), m_world.hotListHits() },
            { QStringLiteral("position_reports"), double(m_world.positionReports()) },
            { QStringLiteral("events"), double(m_events) } });

    // Objectives and the score.
    QJsonArray objectives;
    double total = 0, max = 0;
    for (const auto &ob : m_scenario.objectives) {
        double achieved = 0;
        QJsonObject o { { QStringLiteral("id"), ob.id }, { QStringLiteral("kind"), ob.kind },
            { QStringLiteral("text"),
                QJsonObject {
                    { QStringLiteral("zh"), ob.text.zh }, { QStringLiteral("en"), ob.text.en } } } };
        if (ob.kind == u"respond_within") {
            int n = 0, ok = 0;
            for (const auto &i : m_incidents) {
                const double target = targetSeconds(i.zone);
                if ((ob.zone != u"any" && i.zone != ob.zone) || target <= 0)
                    continue;
                ++n;
                ok += i.firstOnSceneMs > 0 && (i.firstOnSceneMs - i.reportedMs) / 1000.0 <= target;
            }
            const double frac = n > 0 ? double(ok) / n : 0;
            o.insert(u"value", round1(frac * 100) / 100);
            achieved = std::min(1.0, frac / ob.share);
        } else if (ob.kind == u"intercept") {
            for (const auto &s : m_world.suspects()) {
                if (s.id == ob.suspect && s.intercepted
                    && (ob.minutes <= 0 || (s.interceptedAtMs - t0) <= ob.minutes * 60'000))
                    achieved = 1;
            }
            o.insert(u"value", achieved > 0);
        } else if (ob.kind == u"close_cordon") {
            for (const auto &c : cordons) {
                if (c.level == ob.cordon && c.closedAtMs > 0
                    && (ob.minutes <= 0 || (c.closedAtMs - c.setAtMs) <= ob.minutes * 60'000))
                    achieved = 1;
            }
            o.insert(u"value", achieved > 0);
        } else if (ob.kind == u"clear_congestion") {
            const int spots = m_world.congestionSpots();
            const double frac = spots > 0 ? double(m_world.congestionClearedByUnits()) / spots : 0;
            o.insert(u"value", round1(frac * 100) / 100);
            achieved = std::min(1.0, frac / ob.share);
        } else if (ob.kind == u"orders_completed") {
            const double frac = issued > 0 ? double(reached[OrderState::Done]) / issued : 0;
            o.insert(u"value", round1(frac * 100) / 100);
            achieved = std::min(1.0, frac / ob.share);
        }
        const double points = round1(ob.points * achieved);
        o.insert(u"points", points);
        o.insert(u"max_points", ob.points);
        objectives.append(o);
        total += points;
        max += ob.points;
    }
    root.insert(u"objectives", objectives);
    root.insert(u"score",
        QJsonObject { { QStringLiteral("points"), round1(total) }, { QStringLiteral("max"), max },
            { QStringLiteral("percent"), max > 0 ? round1(100 * total / max) : 0.0 } });
    return root;
}

// --- a whole run -------------------------------------------------------------------------------

ScenarioRun::ScenarioRun(const Scenario &scenario, quint64 seed, bool autoDispatch)
    : ScenarioRun(scenario, optionsFor(scenario, seed), autoDispatch)
{ }

ScenarioRun::ScenarioRun(const Scenario &scenario, const SimOptions &options, bool autoDispatch)
    : m_scenario(scenario)
    , m_seed(options.seed)
    , m_world(options)
    , m_director(m_scenario, m_world, options.seed)
    , m_scorer(m_scenario, m_world)
{
    if (autoDispatch)
        m_dispatcher = std::make_unique<AutoDispatcher>(m_scenario, m_world, m_director);
}

std::vector<Event> ScenarioRun::start()
{
    auto events = m_world.initialEvents();
    m_scorer.observe(events);
    return events;
}

std::vector<Event> ScenarioRun::step(qint64 stepMs)
{
    std::vector<Event> all;
    for (qint64 done = 0; done < stepMs && !finished(); done += 1000) {
        m_director.update();
        auto events = m_world.step(std::min<qint64>(1000, stepMs - done));
        if (m_dispatcher) {
            m_dispatcher->react(events);
            if (m_world.now() % 10'000 == 0)
                m_dispatcher->updateCordons();
        }
        m_scorer.observe(events);
        std::move(events.begin(), events.end(), std::back_inserter(all));
    }
    return all;
}

bool ScenarioRun::acceptOrder(const OrderIssued &order, QString *error)
{
    if (!m_world.acceptOrder(order, error))
        return false;
    m_scorer.observe({ Event { 0, m_world.now(), 0, QStringLiteral("operator"), order } });
    return true;
}

bool ScenarioRun::finished() const
{
    return m_ended || m_director.finished();
}

QJsonObject ScenarioRun::report() const
{
    static const std::vector<CordonPlan> none;
    auto r = m_scorer.report(m_dispatcher ? m_dispatcher->cordons() : none, m_seed);
    if (!m_dispatcher)
        r.insert(u"policy", QStringLiteral("trainee"));
    if (!m_director.problems().isEmpty())
        r.insert(u"problems", QJsonArray::fromStringList(m_director.problems()));
    return r;
}

} // namespace wf::sim
