#include "SimWorld.h"

#include "RoadSnap.h"
#include "SimGeometry.h"

#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace wf::sim {

using maps::RoadClass;
using maps::RoadProfile;
using maps::Weather;

namespace {

constexpr qint64 kTickMs = 1000;
constexpr double kInterceptRadiusM = 150;

// Scale defaults: the strength of the real provincial system for the province, about a
// fifth of it for Wuhan, and a lively but small shift for the centre of Wuhan.
struct Strength
{
    int cars, foot, joint;
    double incidentsPerHour, jamsPerHour, hotListPerHour;
};
Strength strengthOf(Scale s)
{
    switch (s) {
    case Scale::SmallCity:
        return { 42, 12, 6, 40, 6, 3 };
    case Scale::Wuhan:
        return { 200, 340, 30, 120, 15, 8 };
    case Scale::Province:
        return { 950, 1600, 142, 400, 30, 20 };
    }
    return { 42, 12, 6, 40, 6, 3 };
}

bool holds(const QString &task)
{
    return task == u"man_checkpoint" || task == u"intercept" || task == u"hold";
}

// The protocol's task names, as the field's crews understand them here.
QString crewTask(const QString &task)
{
    if (task == u"move_to")
        return QStringLiteral("patrol");
    if (task == u"hold_position")
        return QStringLiteral("hold");
    if (task == u"recall")
        return QStringLiteral("release");
    if (task.isEmpty())
        return QStringLiteral("respond");
    return task;
}

// Prefecture letters of Hubei plates, in the order of the seat table (places.json).
constexpr char16_t kPlateLetters[] = u"ABCEFGHKDJLSQMNRP";

} // namespace

std::optional<Scale> scaleFromName(QStringView name)
{
    if (name == u"small" || name == u"small-city" || name == u"city")
        return Scale::SmallCity;
    if (name == u"wuhan")
        return Scale::Wuhan;
    if (name == u"province")
        return Scale::Province;
    return std::nullopt;
}

QString scaleName(Scale s)
{
    switch (s) {
    case Scale::SmallCity:
        return QStringLiteral("small");
    case Scale::Wuhan:
        return QStringLiteral("wuhan");
    case Scale::Province:
        return QStringLiteral("province");
    }
    return QStringLiteral("small");
}

SimWorld::SimWorld(const SimOptions &options)
    : m_options(options)
    , m_map(HubeiMap::shared())
    , m_router(m_map->roadGraph())
    , m_rng(options.seed)
    , m_now(options.start ? options.start->clockMs : options.startTimeMs)
    , m_weather(options.weather)
{
    m_options.startTimeMs = m_now; // a recording's moment is the start
    const auto st = strengthOf(options.scale);
    m_incidentRate = options.incidentsPerHour >= 0 ? options.incidentsPerHour : st.incidentsPerHour;
    m_congestionRate = options.congestionPerHour >= 0 ? options.congestionPerHour : st.jamsPerHour;
    m_hotListRate = options.hotListHitsPerHour >= 0 ? options.hotListHitsPerHour : st.hotListPerHour;
    for (int i = 0; i < int(m_map->sites().size()); ++i) {
        const auto &s = m_map->sites()[std::size_t(i)];
        if (!inRegion(s.pos))
            continue;
        m_sites.push_back(i);
        if (s.kind == SiteKind::SmartCheckpoint || s.kind == SiteKind::PoliceCheckpoint)
            m_checkpointsAtNode[s.node].push_back(i);
        if (s.kind == SiteKind::SmartCheckpoint)
            m_smartCheckpoints.push_back(i);
    }
    const auto &g = roads();
    for (int n = 0; n < g.nodeCount(); ++n) {
        const auto [b, e] = g.outEdges(n);
        bool urban = false, county = false;
        for (int edge = b; edge != e; ++edge) {
            const auto c = g.edgeClass(edge);
            urban = urban || c == RoadClass::Arterial || c == RoadClass::UrbanRing;
            county = county || c == RoadClass::County;
        }
        // Rural nodes count less: most patrols and most trouble are in towns.
        if ((urban || (county && hashUnit(quint64(n) * 31) < 0.25)) && inRegion(nodePos(n)))
            m_beatNodes.push_back(n);
    }
}

GeoPoint SimWorld::nodePos(int node) const
{
    return geoPoint(roads().nodePosition(node));
}

int SimWorld::nearestNode(GeoPoint p, quint8 classMask, double maxMeters) const
{
    return maps::nearestNode(roads(), latLon(p), classMask, maxMeters);
}

double SimWorld::trafficKmh(int edge) const
{
    const auto c = conditions();
    if (!m_traffic || m_trafficKey != c.key()) {
        m_traffic.emplace(roads(), RoadProfile::car(), c, &m_router.congestion());
        m_trafficKey = c.key();
    }
    return m_traffic->trafficKmh(edge);
}

bool SimWorld::inRegion(GeoPoint p) const
{
    switch (m_options.scale) {
    case Scale::SmallCity:
        return distanceMeters(p, m_map->wuhanCentre()) < 26'000;
    case Scale::Wuhan:
        return m_map->insideProvince(p) && m_map->prefectureOfCounty(m_map->countyAt(p)) == m_map->wuhan();
    case Scale::Province:
        return m_map->insideProvince(p);
    }
    return false;
}

maps::TravelConditions SimWorld::conditions() const
{
    const qint64 localSeconds = m_now / 1000 + 8 * 3600; // China Standard Time, no DST
    return { int(((localSeconds % 86400) + 86400) % 86400 / 3600), m_weather };
}

Event SimWorld::make(EventPayload payload) const
{
    Event e;
    e.source = m_source;
    e.sourceTimeMs = m_now;
    e.payload = std::move(payload);
    return e;
}

const SimUnit *SimWorld::unit(const QString &id) const
{
    auto it = m_unitIndex.find(id);
    return it == m_unitIndex.end() ? nullptr : &m_units[it->second];
}

int SimWorld::randomUrbanNode()
{
    if (m_beatNodes.empty())
        return nearestNode(m_map->wuhanCentre());
    return m_beatNodes[std::size_t(m_rng.between(0, qint64(m_beatNodes.size()) - 1))];
}

QString SimWorld::randomPlate()
{
    static const char16_t alnum[] = u"0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    QString plate = QStringLiteral("鄂");
    plate += QChar(kPlateLetters[m_rng.between(0, 16)]);
    plate += u'·';
    for (int i = 0; i < 5; ++i)
        plate += QChar(alnum[m_rng.between(i < 2 ? 0 : 0, 33)]);
    return plate;
}

// --- the start of the shift ------------------------------------------------------------------

std::vector<Event> SimWorld::initialEvents()
{
    std::vector<Event> out;
    const auto &sites = m_map->sites();
    for (int i : m_sites) {
        const auto &s = sites[std::size_t(i)];
        out.push_back(make(SiteReported { s.id, s.name, s.kind, s.pos }));
    }
    for (const auto &c : m_map->cameras()) {
        if (!inRegion(c.pos))
            continue;
        out.push_back(make(CameraReported {
            c.id, c.name, c.pos, c.bearingDeg, c.fovDeg, QStringLiteral("sim://camera/%1").arg(c.id), {} }));
    }
    if (m_options.start)
        placeRecorded(*m_options.start, out);
    else
        placeUnits(out);
    return out;
}

double SimWorld::beatRadius(UnitKind kind, int node) const
{
    switch (kind) {
    case UnitKind::PatrolCar:
        return node >= 0 && distanceMeters(nodePos(node), m_map->wuhanCentre()) > 26'000 ? 12'000 : 3'500;
    case UnitKind::FootPatrol:
        return 1'200;
    case UnitKind::JointArmedPatrol:
        return 2'500;
    case UnitKind::FixedPost:
        return 0;
    }
    return 3'500;
}

void SimWorld::placeRecorded(const TrainingStart &start, std::vector<Event> &out)
{
    const auto &sites = m_map->sites();
    // The incidents first, so that the units on them find them; the new ones are numbered on
    // from the recording's (INC00042 is followed by INC00043, never a second INC00001).
    static const QRegularExpression everydayId(QStringLiteral("^INC(\\d{1,9})$"));
    for (const auto &incident : start.incidents) {
        m_incidents[incident.incidentId] = { incident.incidentId, incident.position, 0, false };
        out.push_back(make(incident));
        if (const auto m = everydayId.match(incident.incidentId); m.hasMatch())
            m_nextIncident = std::max(m_nextIncident, m.captured(1).toInt() + 1);
    }
    for (const auto &r : start.units) {
        if (r.info.unitId.isEmpty() || m_unitIndex.contains(r.info.unitId))
            continue;
        SimUnit u;
        u.id = r.info.unitId;
        u.callSign = r.info.callSign;
        u.kind = r.info.kind;
        u.status = r.info.status;
        u.pos = r.info.position;
        u.heading = r.info.headingDeg;
        const int node = nearestNode(
            u.pos, u.kind == UnitKind::FootPatrol ? RoadProfile::walking().classMask : maps::kAllRoadClasses);
        u.homeNode = node;
        u.walk.atNode = node;
        u.beatRadiusM = beatRadius(u.kind, node);
        if (u.kind == UnitKind::FixedPost) {
            // Its post is the key site it stands at; one standing nowhere near one stays put.
            double best = 300;
            for (int i : m_sites) {
                const auto &site = sites[std::size_t(i)];
                if (site.kind == SiteKind::KeySite && distanceMeters(site.pos, u.pos) < best) {
                    best = distanceMeters(site.pos, u.pos);
                    u.site = i;
                    u.homeNode = site.node;
                }
            }
        }
        const bool busy = u.status == UnitStatus::EnRoute || u.status == UnitStatus::OnScene;
        if (busy) {
            // Busy on an order the recording holds: the same task, place and incident, without the
            // order itself (that was given in the recorded session; the trainee's orders are new).
            // Busy on one it does not hold: on the spot where it stands.
            u.task = crewTask(r.task);
            u.incidentId = m_incidents.contains(r.incidentId) ? r.incidentId : QString();
            u.target = r.task.isEmpty() ? u.pos : r.target;
            if (u.status == UnitStatus::OnScene) {
                u.onSceneUntilMs = onSceneMs(u);
                if (u.onSceneUntilMs > 0)
                    u.onSceneUntilMs += m_now;
                if (!u.incidentId.isEmpty())
                    m_incidents[u.incidentId].attended = true;
            } else {
                startDriving(u);
            }
        }
        u.nextReportMs = m_now + m_rng.between(0, 4) * 1000;
        m_unitIndex[u.id] = m_units.size();
        out.push_back(make(UnitReported { u.id, u.callSign, u.kind, u.status, u.pos, u.heading }));
        m_units.push_back(std::move(u));
    }
}

void SimWorld::addUnit(
    UnitKind kind, int node, double beat, int site, const QString &callSign, std::vector<Event> &out)
{
    SimUnit u;
    u.id = QStringLiteral("U%1").arg(m_units.size() + 1, 5, 10, QChar(u'0'));
    u.callSign = callSign;
    u.kind = kind;
    u.homeNode = node;
    u.walk.atNode = node;
    u.beatRadiusM = beat;
    u.site = site;
    u.pos = site >= 0 ? m_map->sites()[std::size_t(site)].pos : nodePos(node);
    // Spread the first reports over the interval like a real fleet.
    u.nextReportMs = m_now + m_rng.between(0, 4) * 1000;
    m_unitIndex[u.id] = m_units.size();
    out.push_back(make(UnitReported { u.id, u.callSign, u.kind, u.status, u.pos, u.heading }));
    m_units.push_back(std::move(u));
}

void SimWorld::placeUnits(std::vector<Event> &out)
{
    auto st = strengthOf(m_options.scale);
    if (m_options.units > 0) {
        const int n = m_options.units;
        st.foot = n / 5;
        st.joint = n / 10;
        st.cars = n - st.foot - st.joint;
    }
    const auto &sites = m_map->sites();
    std::vector<int> keySites;
    for (int i : m_sites) {
        if (sites[std::size_t(i)].kind == SiteKind::KeySite)
            keySites.push_back(i);
    }
    auto countyShort = [&](int node) {
        const int c = m_map->nodeCounty(node);
        QString n = c >= 0 ? m_map->counties()[std::size_t(c)].nameZh : QString();
        return n.size() > 2 ? n.left(2) : n;
    };
    std::map<QString, int> serial;
    auto sign = [&](const QString &prefix, int node) {
        const QString area = countyShort(node);
        return QStringLiteral("%1%2-%3").arg(area, prefix).arg(++serial[area + prefix], 2, 10, QChar(u'0'));
    };
    for (int i = 0; i < st.cars; ++i) {
        const int node = randomUrbanNode();
        addUnit(UnitKind::PatrolCar, node, beatRadius(UnitKind::PatrolCar, node), -1,
            sign(QStringLiteral("巡"), node), out);
    }
    // Foot patrols and joint armed patrols work the crowded places: key sites and their streets.
    auto nearKeySite = [&]() {
        if (keySites.empty())
            return randomUrbanNode();
        const auto &s
            = sites[std::size_t(keySites[std::size_t(m_rng.between(0, qint64(keySites.size()) - 1))])];
        const GeoPoint p = offsetMeters(s.pos, m_rng.uniform(-800, 800), m_rng.uniform(-800, 800));
        const int n = nearestNode(p, RoadProfile::walking().classMask, 20'000);
        return n >= 0 ? n : randomUrbanNode();
    };
    for (int i = 0; i < st.foot; ++i) {
        const int node = nearKeySite();
        addUnit(UnitKind::FootPatrol, node, beatRadius(UnitKind::FootPatrol, node), -1,
            sign(QStringLiteral("步"), node), out);
    }
    for (int i = 0; i < st.joint; ++i) {
        const int node = nearKeySite();
        addUnit(UnitKind::JointArmedPatrol, node, beatRadius(UnitKind::JointArmedPatrol, node), -1,
            sign(QStringLiteral("联"), node), out);
    }
    for (int i : keySites) {
        const auto &s = sites[std::size_t(i)];
        addUnit(UnitKind::FixedPost, s.node, 0, i, QStringLiteral("%1 固定岗").arg(s.name), out);
    }
}

// --- orders -------------------------------------------------------------------------------------

bool SimWorld::acceptOrder(const OrderIssued &given, QString *error)
{
    OrderIssued order = given;
    order.task = crewTask(given.task);
    // A task the crews do not know is refused in words, not guessed at (it would otherwise send
    // the unit to the target as if to an incident).
    static const QStringList known { QStringLiteral("respond"), QStringLiteral("patrol"),
        QStringLiteral("man_checkpoint"), QStringLiteral("hold"), QStringLiteral("release"),
        QStringLiteral("intercept"), QStringLiteral("clear_congestion"), QStringLiteral("lookout") };
    if (!known.contains(order.task)) {
        if (error)
            *error = QStringLiteral("unknown task %1").arg(given.task.left(64));
        return false;
    }
    auto it = m_unitIndex.find(order.unitId);
    if (it == m_unitIndex.end()) {
        if (error)
            *error = QStringLiteral("unknown unit %1").arg(order.unitId);
        return false;
    }
    const SimUnit &u = m_units[it->second];
    m_orders[order.orderId] = order;
    auto at = [&](qint64 t, OrderState s, const QString &note = {}) {
        m_orderSteps.insert({ t, { order.orderId, order.unitId, s, note } });
    };
    if (u.radioFailed) {
        at(m_now + 60'000, OrderState::NoAnswer, QStringLiteral("no radio contact"));
        return true;
    }
    // Radio and crew delays: the terminal gets it within seconds, the crew acknowledges when
    // they can (walkers with a handset take longer), and now and then nobody answers or the
    // crew cannot go.
    const qint64 t1 = m_now + m_rng.between(500, 3000);
    const qint64 t2
        = t1 + (u.kind == UnitKind::FootPatrol ? m_rng.between(5000, 25'000) : m_rng.between(3000, 15'000));
    at(t1, OrderState::Delivered);
    if (order.task == u"lookout") {
        // The crew notes the plate and description and keeps patrolling: the order is done once
        // it is acknowledged, and the unit's own work goes on.
        at(t2, OrderState::Acknowledged);
        at(t2 + 1, OrderState::Done, QStringLiteral("lookout noted"));
        return true;
    }
    const double roll = m_rng.uniform();
    if (u.kind == UnitKind::FixedPost && order.task != u"release"
        && distanceMeters(u.pos, order.target) > 2'000) {
        at(t2, OrderState::Rejected, QStringLiteral("fixed post cannot leave its site"));
    } else if (roll < 0.03) {
        at(t2 + 30'000, OrderState::NoAnswer, QStringLiteral("no answer"));
    } else if (roll < 0.06 && order.task != u"release") {
        at(t2, OrderState::Rejected,
            roll < 0.045 ? QStringLiteral("engaged with a traffic stop") : QStringLiteral("vehicle fault"));
    } else {
        at(t2, OrderState::Acknowledged);
        at(t2 + m_rng.between(2000, 8000), OrderState::EnRoute);
    }
    return true;
}

void SimWorld::finishOrder(SimUnit &u, const QString &note, std::vector<Event> &out)
{
    // A unit started from a recording is on its task without an order of this session.
    if (!u.orderId.isEmpty())
        out.push_back(make(OrderStateChanged { u.orderId, OrderState::Done, note }));
    if (!u.task.isEmpty()) {
        auto inc = m_incidents.find(u.incidentId);
        if (inc != m_incidents.end() && inc->second.attended) {
            out.push_back(
                make(IncidentClosed { u.incidentId, QStringLiteral("resolved by %1").arg(u.callSign) }));
            m_incidents.erase(inc);
        }
    }
    u.orderId.clear();
    u.task.clear();
    u.incidentId.clear();
    u.walk.follow({});
    u.directLeg = false;
    if (u.status != UnitStatus::Available) {
        u.status = UnitStatus::Available;
        out.push_back(make(UnitStatusChanged { u.id, u.status }));
    }
    if (u.walk.edge < 0) {
        const int n = nearestNode(
            u.pos, u.kind == UnitKind::FootPatrol ? RoadProfile::walking().classMask : maps::kAllRoadClasses);
        u.walk.atNode = n >= 0 ? n : u.homeNode;
    }
    if (u.kind == UnitKind::FixedPost && u.site >= 0) {
        u.pos = m_map->sites()[std::size_t(u.site)].pos;
        u.walk.atNode = u.homeNode;
    }
}

void SimWorld::startDriving(SimUnit &u)
{
    const auto profile = u.kind == UnitKind::FootPatrol || u.kind == UnitKind::FixedPost
        ? RoadProfile::walking()
        : RoadProfile::emergency();
    // A unit on an edge finishes it first; the route starts where the edge ends.
    const int start = u.walk.edge >= 0 ? roads().edgeTo(u.walk.edge) : u.walk.atNode;
    const int goal = nearestNode(u.target, profile.classMask, 5'000);
    u.walk.follow({});
    u.directLeg = false;
    if (goal < 0 || start < 0) {
        u.directLeg = true;
        return;
    }
    if (start == goal)
        return;
    u.walk.follow(m_router.routeNodes(start, goal, profile, conditions()).edges);
    if (u.walk.route.empty())
        u.directLeg = true;
}

void SimWorld::runOrderSteps(std::vector<Event> &out)
{
    while (!m_orderSteps.empty() && m_orderSteps.begin()->first <= m_now) {
        const auto s = m_orderSteps.begin()->second;
        m_orderSteps.erase(m_orderSteps.begin());
        auto it = m_unitIndex.find(s.unitId);
        auto ot = m_orders.find(s.orderId);
        if (it == m_unitIndex.end() || ot == m_orders.end())
            continue;
        SimUnit &u = m_units[it->second];
        const OrderIssued order = ot->second;
        if (s.state != OrderState::EnRoute || order.task != u"release")
            out.push_back(make(OrderStateChanged { s.orderId, s.state, s.note }));
        if (s.state == OrderState::Rejected || s.state == OrderState::NoAnswer || s.state == OrderState::Done)
            m_orders.erase(ot);
        if (s.state != OrderState::EnRoute)
            continue;
        m_orders.erase(ot);
        if (order.task == u"release") {
            finishOrder(u, QStringLiteral("released"), out);
            out.push_back(make(OrderStateChanged { s.orderId, OrderState::Done, {} }));
            continue;
        }
        if (!u.task.isEmpty())
            finishOrder(u, QStringLiteral("superseded by %1").arg(s.orderId), out);
        u.orderId = s.orderId;
        u.task = order.task.isEmpty() ? QStringLiteral("respond") : order.task;
        u.incidentId = order.incidentId;
        u.target = order.target;
        u.status = UnitStatus::EnRoute;
        out.push_back(make(UnitStatusChanged { u.id, u.status }));
        startDriving(u);
    }
}

void SimWorld::arrive(SimUnit &u, std::vector<Event> &out)
{
    u.pos = u.target; // the last metres on foot, off the road graph
    u.directLeg = false;
    u.walk.follow({});
    u.status = UnitStatus::OnScene;
    u.speedKmh = 0;
    out.push_back(make(UnitStatusChanged { u.id, u.status }));
    if (!u.orderId.isEmpty())
        out.push_back(make(OrderStateChanged { u.orderId, OrderState::OnScene, {} }));
    auto inc = m_incidents.find(u.incidentId);
    if (inc != m_incidents.end())
        inc->second.attended = true;
    // Officers on the spot direct traffic: a jam near them starts to clear.
    for (auto &j : m_jams) {
        if (distanceMeters(j.pos, u.pos) < 800 && !j.clearing) {
            j.clearing = true;
            j.byUnit = true;
            j.holdUntilMs = m_now;
        }
    }
    if (u.task == u"patrol") {
        u.homeNode = nearestNode(u.pos);
        finishOrder(u, {}, out);
    } else {
        const qint64 stay = onSceneMs(u);
        u.onSceneUntilMs = stay > 0 ? m_now + stay : 0;
    }
}

qint64 SimWorld::onSceneMs(const SimUnit &u)
{
    if (holds(u.task))
        return 0;
    if (u.task == u"clear_congestion")
        return m_rng.between(6, 15) * 60'000;
    return m_rng.between(8, 25) * 60'000;
}

// --- movement ----------------------------------------------------------------------------------

double SimWorld::unitSpeedMps(const SimUnit &u, int edge) const
{
    double kmh = trafficKmh(edge);
    const bool responding = u.status == UnitStatus::EnRoute;
    switch (u.kind) {
    case UnitKind::FootPatrol:
    case UnitKind::FixedPost:
        kmh = responding ? 7 : 4.5;
        break;
    case UnitKind::JointArmedPatrol:
        kmh = responding ? kmh * 1.15 : std::min(kmh, 15.0);
        break;
    case UnitKind::PatrolCar:
        kmh = responding ? kmh * 1.25 : std::min(kmh, 40.0);
        break;
    }
    return std::max(kmh, 3.0) / 3.6;
}

int SimWorld::pickPatrolEdge(SimUnit &u)
{
    const int at = u.walk.atNode;
    if (at < 0)
        return -1;
    const auto &g = roads();
    const quint8 mask = u.kind == UnitKind::FootPatrol
        ? RoadProfile::walking().classMask
        : quint8(maps::kAllRoadClasses & ~maps::roadClassBit(RoadClass::Expressway));
    const int back = u.walk.lastEdge >= 0 ? g.edgeTwin(u.walk.lastEdge) : -1;
    int candidates[16];
    int n = 0;
    const auto [b, e] = g.outEdges(at);
    for (int edge = b; edge != e && n < 16; ++edge) {
        if ((mask & maps::roadClassBit(g.edgeClass(edge))) && edge != back)
            candidates[n++] = edge;
    }
    if (n == 0)
        return back; // a dead end: turn round (or stand, on a one-way dead end)
    const GeoPoint home = nodePos(u.homeNode);
    if (distanceMeters(nodePos(at), home) > u.beatRadiusM && m_rng.chance(0.8)) {
        int best = candidates[0];
        double bestM = 1e18;
        for (int i = 0; i < n; ++i) {
            const double d = distanceMeters(nodePos(g.edgeTo(candidates[i])), home);
            if (d < bestM) {
                bestM = d;
                best = candidates[i];
            }
        }
        return best;
    }
    return candidates[m_rng.between(0, n - 1)];
}

// Moves a unit for the given time; returns through arrive() when an order's target is reached.
void SimWorld::advance(SimUnit &u, double seconds)
{
    if (u.status == UnitStatus::OnScene || u.status == UnitStatus::OffDuty)
        return;
    if (u.kind == UnitKind::FixedPost && u.status == UnitStatus::Available)
        return;
    const bool enRoute = u.status == UnitStatus::EnRoute;
    if (enRoute && u.directLeg) {
        const double mps
            = (u.kind == UnitKind::FootPatrol || u.kind == UnitKind::FixedPost ? 7.0 : 30.0) / 3.6;
        const double left = distanceMeters(u.pos, u.target);
        u.heading = bearingDegrees(u.pos, u.target);
        u.headingEdge = -1;
        u.speedKmh = float(mps * 3.6);
        u.pos = left <= mps * seconds ? u.target : interpolate(u.pos, u.target, mps * seconds / left);
        return;
    }
    const auto &g = roads();
    const double mps = u.walk.advance(
        g, seconds, enRoute, [&](int) { return pickPatrolEdge(u); },
        [&](int edge) { return unitSpeedMps(u, edge); }, [](int) {});
    if (mps > 0)
        u.speedKmh = float(mps * 3.6);
    if (u.walk.edge >= 0 || u.walk.atNode >= 0)
        u.pos = geoPoint(u.walk.position(g));
    if (u.walk.edge >= 0 && (u.walk.edge != u.headingEdge || !g.linkShape(g.edgeLink(u.walk.edge)).empty())) {
        u.heading = float(u.walk.heading(g));
        u.headingEdge = u.walk.edge;
    }
}

// --- the clock -----------------------------------------------------------------------------------

std::vector<Event> SimWorld::step(qint64 stepMs)
{
    std::vector<Event> out = std::move(m_injected);
    m_injected.clear();
    m_carryMs += std::max<qint64>(0, stepMs);
    while (m_carryMs >= kTickMs) {
        m_carryMs -= kTickMs;
        tick(out);
    }
    return out;
}

void SimWorld::tick(std::vector<Event> &out)
{
    m_now += kTickMs;
    runOrderSteps(out);
    for (auto &u : m_units) {
        advance(u, kTickMs / 1000.0);
        if (u.status == UnitStatus::EnRoute && !u.orderId.isEmpty()) {
            const bool there = u.directLeg ? u.pos == u.target : u.walk.routeDone();
            if (there)
                arrive(u, out);
        }
        if (u.status == UnitStatus::OnScene && u.onSceneUntilMs > 0 && u.onSceneUntilMs <= m_now)
            finishOrder(u, {}, out);
        if (u.nextReportMs <= m_now) {
            // GPS terminals: cars every 5 s while moving, walkers' handsets every 15 s,
            // anything standing still every 30 s, fixed posts a heartbeat a minute.
            const bool still = u.status == UnitStatus::OnScene
                || (u.kind == UnitKind::FixedPost && u.status == UnitStatus::Available);
            const qint64 every = u.kind == UnitKind::FixedPost ? (still ? 60'000 : 15'000)
                : still                                        ? 30'000
                : u.kind == UnitKind::FootPatrol               ? 15'000
                                                               : 5'000;
            u.nextReportMs = m_now + every;
            if (!u.radioFailed) {
                ++m_positionReports;
                out.push_back(make(UnitMoved { u.id, u.pos, u.heading, still ? 0.f : u.speedKmh }));
            }
        }
    }
    moveSuspects(out);
    backgroundIncidents(out);
    if ((m_now / kTickMs) % 10 == 0)
        updateJams(out);
    plateFeed(out);
}

// --- incidents, congestion and feeds -----------------------------------------------------------

void SimWorld::reportIncident(const QString &id, const QString &type, const QString &summary,
    Severity severity, GeoPoint pos, bool scripted)
{
    m_incidents[id] = { id, pos, scripted ? 0 : m_now + m_rng.between(30, 60) * 60'000, false };
    if (!scripted)
        m_everyday.insert(id);
    m_injected.push_back(make(IncidentReported { id, type, summary, severity, pos }));
    if (severity >= Severity::High)
        m_injected.push_back(
            make(AlertRaised { QStringLiteral("AL-%1").arg(id), QStringLiteral("%1: %2").arg(type, summary),
                severity, pos, QStringLiteral("incident"), { type, summary } }));
}

void SimWorld::raiseAlert(const QString &id, const QString &text, Severity severity, GeoPoint pos)
{
    m_injected.push_back(make(AlertRaised { id, text, severity, pos, {}, {} }));
}

void SimWorld::backgroundIncidents(std::vector<Event> &out)
{
    if (m_rng.chance(m_incidentRate / 3600.0)) {
        static const char *types[] = { "pickpocketing", "theft", "traffic_accident", "dispute" };
        const double t = m_rng.uniform();
        const int type = t < 0.25 ? 0 : t < 0.55 ? 1 : t < 0.8 ? 2 : 3;
        const double s = m_rng.uniform();
        const Severity severity = s < 0.35 ? Severity::Low
            : s < 0.75                     ? Severity::Medium
            : s < 0.95                     ? Severity::High
                                           : Severity::Critical;
        const int node = randomUrbanNode();
        const GeoPoint pos = offsetMeters(nodePos(node), m_rng.uniform(-250, 250), m_rng.uniform(-250, 250));
        const auto [b, e] = roads().outEdges(node);
        const QString road = b != e ? roads().name(roads().edgeName(b)).name : QString();
        const QString id = QStringLiteral("INC%1").arg(m_nextIncident++, 5, 10, QChar(u'0'));
        const QString kind = QString::fromLatin1(types[type]);
        // The summary is the place; the type is translated by each workstation.
        reportIncident(id, kind, road, severity, pos, false);
    }
    for (auto &e : m_injected)
        out.push_back(std::move(e));
    m_injected.clear();
    for (auto it = m_incidents.begin(); it != m_incidents.end();) {
        if (!it->second.attended && it->second.closeAtMs > 0 && it->second.closeAtMs <= m_now) {
            out.push_back(make(IncidentClosed { it->first, QStringLiteral("handled by the local station") }));
            it = m_incidents.erase(it);
        } else {
            ++it;
        }
    }
    // Background jams: more at rush hour and in bad weather.
    const auto c = conditions();
    const double rush
        = (c.hourOfDay >= 7 && c.hourOfDay < 9) || (c.hourOfDay >= 17 && c.hourOfDay < 19) ? 2.0 : 1.0;
    const double wet = m_weather == Weather::Clear ? 1.0
        : m_weather == Weather::Rain               ? 2.0
        : m_weather == Weather::HeavyRain          ? 3.5
                                                   : 2.5;
    if (m_jams.size() < 40 && m_rng.chance(m_congestionRate * rush * wet / 3600.0)) {
        const int node = randomUrbanNode();
        const auto [b, e] = roads().outEdges(node);
        if (b != e) {
            const double s = m_rng.uniform();
            startJam(b + int(m_rng.between(0, qint64(e - b) - 1)),
                s < 0.5        ? 0.45f
                    : s < 0.85 ? 0.3f
                               : 0.15f,
                m_rng.between(20, 50) * 60'000, 600, out);
        }
    }
}

void SimWorld::addCongestion(GeoPoint pos, Severity severity, qint64 durationMs, double radiusM)
{
    const int node = nearestNode(pos);
    if (node < 0)
        return;
    const auto [b, e] = roads().outEdges(node);
    if (b == e)
        return;
    const float worst = severity == Severity::Critical ? 0.1f
        : severity == Severity::High                   ? 0.2f
        : severity == Severity::Medium                 ? 0.35f
                                                       : 0.6f;
    startJam(b, worst, durationMs, radiusM, m_injected);
}

void SimWorld::startJam(int edge, float worst, qint64 durationMs, double radiusM, std::vector<Event> &out)
{
    Jam j;
    j.id = QStringLiteral("CG%1").arg(m_nextCongestion++, 4, 10, QChar(u'0'));
    const auto &g = roads();
    const int from = g.edgeFrom(edge), to = g.edgeTo(edge);
    j.road = g.name(g.edgeName(edge)).name;
    j.pos = geoPoint(g.pointAlong(edge, g.edgeLength(edge) / 2));
    j.worst = worst;
    j.startMs = m_now;
    j.holdUntilMs = m_now + durationMs;
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
            const bool near = distanceMeters(nodePos(next), j.pos) <= radiusM;
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
    out.push_back(make(CongestionReported { j.id, j.road, Severity::Low, j.pos, false }));
    m_jams.push_back(std::move(j));
}

void SimWorld::updateJams(std::vector<Event> &out)
{
    constexpr double buildMs = 8 * 60'000.0;
    for (auto it = m_jams.begin(); it != m_jams.end();) {
        Jam &j = *it;
        if (!j.clearing && m_now >= j.holdUntilMs)
            j.clearing = true;
        if (j.clearing) {
            const double rate = j.byUnit ? 10.0 / (3 * 60'000.0) : 10.0 / buildMs; // per 10 s update
            j.factor = std::min(1.f, j.factor + float((1 - j.worst) * rate * 1000));
        } else {
            j.factor
                = std::max(j.worst, float(1 - (1 - j.worst) * std::min(1.0, (m_now - j.startMs) / buildMs)));
        }
        for (int e : j.edges)
            m_router.congestion().set(e, j.factor);
        if (j.clearing && j.factor >= 0.999f) {
            out.push_back(make(CongestionReported { j.id, j.road, Severity::Low, j.pos, true }));
            (j.byUnit ? m_congestionClearedByUnits : m_congestionClearedNaturally)++;
            it = m_jams.erase(it);
            continue;
        }
        const Severity s = j.factor > 0.7f ? Severity::Low
            : j.factor > 0.4f              ? Severity::Medium
            : j.factor > 0.2f              ? Severity::High
                                           : Severity::Critical;
        if (s != j.shown) {
            j.shown = s;
            out.push_back(make(CongestionReported { j.id, j.road, s, j.pos, false }));
        }
        ++it;
    }
}

void SimWorld::setWeather(Weather w)
{
    m_weather = w;
}

bool SimWorld::failRadio(const QString &unitId, bool failed)
{
    auto it = m_unitIndex.find(unitId);
    if (it == m_unitIndex.end())
        return false;
    m_units[it->second].radioFailed = failed;
    return true;
}

// Plate readers see every passing vehicle. Background traffic is counted, not simulated car by
// car; a background hot-list hit is an alert. Suspects are read when they pass (moveSuspects).
void SimWorld::plateFeed(std::vector<Event> &out)
{
    if (m_smartCheckpoints.empty())
        return;
    const auto c = conditions();
    const double night = c.hourOfDay >= 23 || c.hourOfDay < 6 ? 0.2 : 1.0;
    m_plateReads += double(m_smartCheckpoints.size()) * 400.0 * night / 3600.0; // ~400 vehicles an hour each
    const auto randomCheckpoint = [this]() -> const FixedSite & {
        return m_map->sites()[std::size_t(
            m_smartCheckpoints[std::size_t(m_rng.between(0, qint64(m_smartCheckpoints.size()) - 1))])];
    };
    // Every passing vehicle is a read, an event like any other (the journal keeps them for playback).
    while (m_plateReadsPosted < qint64(m_plateReads)) {
        ++m_plateReadsPosted;
        out.push_back(make(PlateRead { randomCheckpoint().id, randomPlate(), false, {} }));
    }
    if (m_rng.chance(m_hotListRate / 3600.0)) {
        const auto &s = randomCheckpoint();
        ++m_hotListHits;
        static const char *why[] = { "stolen vehicle", "unpaid fines", "wanted driver", "fake plates" };
        const QString plate = randomPlate();
        const QString reason = QString::fromLatin1(why[m_rng.between(0, 3)]);
        out.push_back(make(PlateRead { s.id, plate, true, reason }));
        out.push_back(make(AlertRaised { QStringLiteral("HL%1").arg(m_nextAlert++, 5, 10, QChar(u'0')),
            QStringLiteral("Hot-list hit: %1 (%2) at %3").arg(plate, reason, s.name), Severity::Medium, s.pos,
            QStringLiteral("hot_list_hit"), { plate, reason, s.name } }));
    }
}

// --- suspects ----------------------------------------------------------------------------------

bool SimWorld::addSuspect(Suspect s, GeoPoint to, const RoadProfile &profile, QString *error)
{
    const int from = nearestNode(s.start, profile.classMask);
    const int goal = nearestNode(to, profile.classMask);
    auto route = m_router.routeNodes(from, goal, profile, conditions());
    if (!route.found || route.edges.empty()) {
        if (error)
            *error = QStringLiteral("no road from the suspect's start to its destination");
        return false;
    }
    s.walk.follow(std::move(route.edges));
    s.walk.atNode = from;
    s.pos = nodePos(from);
    s.track.push_back({ m_now, s.pos });
    m_suspects.push_back(std::move(s));
    return true;
}

bool SimWorld::moveSuspect(const QString &id, GeoPoint to, QString *error)
{
    for (auto &s : m_suspects) {
        if (s.id != id)
            continue;
        const GeoPoint dest = s.walk.route.empty() ? to : nodePos(roads().edgeTo(s.walk.route.back()));
        const int from = nearestNode(to);
        auto route = m_router.routeNodes(from, nearestNode(dest), RoadProfile::evading(), conditions());
        s.walk = {};
        s.walk.atNode = from;
        s.pos = nodePos(from);
        s.walk.follow(std::move(route.edges));
        s.arrived = s.walk.route.empty();
        return true;
    }
    if (error)
        *error = QStringLiteral("unknown suspect %1").arg(id);
    return false;
}

void SimWorld::setHotListed(const QString &suspectId)
{
    for (auto &s : m_suspects) {
        if (s.id == suspectId && s.hotListedAtMs == 0)
            s.hotListedAtMs = m_now;
    }
}

std::optional<GeoPoint> SimWorld::suspectPositionAgo(const QString &suspectId, qint64 delayMs) const
{
    for (const auto &s : m_suspects) {
        if (s.id != suspectId)
            continue;
        GeoPoint p = s.track.empty() ? s.pos : s.track.front().second;
        for (const auto &[t, pos] : s.track) {
            if (t <= m_now - delayMs)
                p = pos;
        }
        return p;
    }
    return std::nullopt;
}

void SimWorld::moveSuspects(std::vector<Event> &out)
{
    const auto &sites = m_map->sites();
    for (auto &s : m_suspects) {
        if (s.arrived || s.intercepted)
            continue;
        // Plate readers on each node it passes read the suspect.
        auto readAt = [&](int node) {
            auto cps = m_checkpointsAtNode.find(node);
            if (cps == m_checkpointsAtNode.end())
                return;
            for (int site : cps->second) {
                if (sites[std::size_t(site)].kind != SiteKind::SmartCheckpoint)
                    continue;
                Sighting sight { s.id, site, m_now, sites[std::size_t(site)].pos, s.hotListedAtMs > 0 };
                out.push_back(make(PlateRead { sites[std::size_t(site)].id, s.plate, sight.alerted,
                    sight.alerted ? s.incidentId : QString() }));
                if (sight.alerted) {
                    ++m_hotListHits;
                    out.push_back(
                        make(AlertRaised { QStringLiteral("HL%1").arg(m_nextAlert++, 5, 10, QChar(u'0')),
                            QStringLiteral("Hot-list hit: %1 (%2, %3) at %4")
                                .arg(s.plate, s.vehicle, s.incidentId, sites[std::size_t(site)].name),
                            Severity::High, sight.pos, QStringLiteral("suspect_sighted"),
                            { s.plate, s.vehicle, s.incidentId, sites[std::size_t(site)].name } }));
                }
                m_sightings.push_back(sight);
            }
        };
        const auto &g = roads();
        s.walk.advance(
            g, kTickMs / 1000.0, true, [](int) { return -1; },
            [&](int edge) { return std::max(3.0, trafficKmh(edge) * s.speedFactor) / 3.6; }, readAt);
        if (s.walk.routeDone())
            s.arrived = true; // went to ground at the destination
        if (s.walk.edge >= 0 || s.walk.atNode >= 0)
            s.pos = geoPoint(s.walk.position(g));
        if ((m_now - s.track.back().first) >= 60'000)
            s.track.push_back({ m_now, s.pos });
        // Units holding a checkpoint or a roadblock stop the suspect when it comes by.
        for (auto &u : m_units) {
            if (u.status != UnitStatus::OnScene || !holds(u.task)
                || distanceMeters(u.pos, s.pos) > kInterceptRadiusM)
                continue;
            // One chance per unit: a car that got through a roadblock does not come back to it.
            if (std::find(s.triedBy.begin(), s.triedBy.end(), u.id) != s.triedBy.end())
                continue;
            s.triedBy.push_back(u.id);
            if (m_rng.chance(0.85)) {
                s.intercepted = true;
                s.interceptedAtMs = m_now;
                s.interceptedBy = u.callSign;
                QString where;
                double best = 400;
                for (int site : m_sites) {
                    const auto &fs = sites[std::size_t(site)];
                    const double d = distanceMeters(fs.pos, s.pos);
                    if (d < best
                        && (fs.kind == SiteKind::PoliceCheckpoint || fs.kind == SiteKind::SmartCheckpoint)) {
                        best = d;
                        where = fs.name;
                    }
                }
                s.interceptedWhere = where.isEmpty()
                    ? m_map->counties()[std::size_t(m_map->nodeCounty(nearestNode(s.pos)))].nameZh
                    : where;
                out.push_back(make(AlertRaised { QStringLiteral("INT-%1").arg(s.id),
                    QStringLiteral("Suspect %1 intercepted by %2 at %3")
                        .arg(s.plate, u.callSign, s.interceptedWhere),
                    Severity::High, s.pos, QStringLiteral("intercepted"),
                    { s.plate, u.callSign, s.interceptedWhere } }));
                if (!s.incidentId.isEmpty()) {
                    out.push_back(make(IncidentClosed {
                        s.incidentId, QStringLiteral("suspect intercepted by %1").arg(u.callSign) }));
                    m_incidents.erase(s.incidentId);
                }
                break;
            }
        }
    }
}

} // namespace wf::sim
