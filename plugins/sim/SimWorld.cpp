#include "SimWorld.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace wf::sim {

namespace {

constexpr double kPi = std::numbers::pi;

struct District
{
    const char *code;
    double lat;
    double lon;
    double spreadKm;
};

// Urban districts of Wuhan (approximate centres, WGS-84) where patrols concentrate.
constexpr std::array<District, 8> kDistricts = { {
    { "JA", 30.6120, 114.3120, 2.5 }, // Jiang'an
    { "JH", 30.6000, 114.2680, 2.0 }, // Jianghan
    { "QK", 30.5830, 114.2250, 2.0 }, // Qiaokou
    { "HY", 30.5500, 114.2200, 2.5 }, // Hanyang
    { "WC", 30.5500, 114.3150, 2.5 }, // Wuchang
    { "QS", 30.6300, 114.3900, 2.5 }, // Qingshan
    { "HS", 30.5050, 114.3500, 3.5 }, // Hongshan
    { "DX", 30.6250, 114.1450, 3.0 }, // Dongxihu
} };

struct NamedPlace
{
    const char *name;
    double lat;
    double lon;
};

constexpr std::array<NamedPlace, 12> kCameraSites = { {
    { "户部巷", 30.5447, 114.2967 },
    { "江汉路步行街", 30.5815, 114.2866 },
    { "汉口火车站", 30.6178, 114.2548 },
    { "武昌火车站", 30.5286, 114.3168 },
    { "武汉火车站", 30.6067, 114.4244 },
    { "黄鹤楼", 30.5449, 114.3020 },
    { "天河机场", 30.7838, 114.2081 },
    { "武汉大学", 30.5405, 114.3651 },
    { "光谷广场", 30.5067, 114.3970 },
    { "中南路", 30.5370, 114.3372 },
    { "王家墩", 30.6050, 114.2480 },
    { "钟家村", 30.5530, 114.2620 },
} };

// Where roads leave the city: checkpoints guard these crossings.
constexpr std::array<NamedPlace, 6> kCheckpoints = { {
    { "G4京港澳高速 黄陂北检查站", 30.9000, 114.2700 },
    { "G50沪渝高速 阳逻检查站", 30.6500, 114.6200 },
    { "G42沪蓉高速 蔡甸检查站", 30.5600, 113.9800 },
    { "G4京港澳高速 江夏南检查站", 30.2700, 114.2900 },
    { "G70福银高速 新洲检查站", 30.8900, 114.7600 },
    { "G316 东西湖检查站", 30.7000, 114.0800 },
} };

constexpr std::array<NamedPlace, 6> kStations = { {
    { "江汉分局", 30.5900, 114.2750 },
    { "武昌分局", 30.5520, 114.3080 },
    { "洪山分局", 30.5100, 114.3400 },
    { "江岸分局", 30.6150, 114.3050 },
    { "汉阳分局", 30.5550, 114.2500 },
    { "户部巷警务站", 30.5452, 114.2985 },
} };

constexpr std::array<const char *, 4> kIncidentTypes = { "pickpocketing", "theft", "traffic_accident", "dispute" };

double kmToLat(double km) { return km / 110.574; }
double kmToLon(double km, double lat) { return km / (111.320 * std::cos(lat * kPi / 180)); }

double distanceKm(GeoPoint a, GeoPoint b)
{
    const double dy = (b.lat - a.lat) * 110.574;
    const double dx = (b.lon - a.lon) * 111.320 * std::cos(a.lat * kPi / 180);
    return std::sqrt(dx * dx + dy * dy);
}

float bearingDeg(GeoPoint a, GeoPoint b)
{
    const double dy = (b.lat - a.lat) * 110.574;
    const double dx = (b.lon - a.lon) * 111.320 * std::cos(a.lat * kPi / 180);
    double deg = std::atan2(dx, dy) * 180 / kPi;
    return float(deg < 0 ? deg + 360 : deg);
}

} // namespace

SimWorld::SimWorld(const SimOptions &options)
    : m_options(options)
    , m_rng(options.seed)
    , m_now(options.startTimeMs)
{
}

Event SimWorld::make(EventPayload payload) const
{
    Event e;
    e.source = QStringLiteral("sim");
    e.sourceTimeMs = m_now;
    e.payload = std::move(payload);
    return e;
}

GeoPoint SimWorld::randomPointInCity()
{
    std::uniform_int_distribution<std::size_t> pick(0, kDistricts.size() - 1);
    const auto &d = kDistricts[pick(m_rng)];
    std::normal_distribution<double> n(0, d.spreadKm / 2);
    return { d.lat + kmToLat(n(m_rng)), d.lon + kmToLon(n(m_rng), d.lat) };
}

std::vector<Event> SimWorld::initialEvents()
{
    std::vector<Event> out;
    for (std::size_t i = 0; i < kStations.size(); ++i) {
        const auto &s = kStations[i];
        out.push_back(make(SiteReported { QStringLiteral("ST%1").arg(i + 1, 2, 10, QChar(u'0')), QString::fromUtf8(s.name),
            i + 1 == kStations.size() ? SiteKind::StreetServiceStation : SiteKind::PoliceStation, { s.lat, s.lon } }));
    }
    for (std::size_t i = 0; i < kCheckpoints.size(); ++i) {
        const auto &c = kCheckpoints[i];
        out.push_back(make(SiteReported { QStringLiteral("CP%1").arg(i + 1, 2, 10, QChar(u'0')), QString::fromUtf8(c.name),
            SiteKind::PoliceCheckpoint, { c.lat, c.lon } }));
    }
    // Cameras cluster at busy places, a few per place, looking in different directions.
    std::uniform_real_distribution<double> jitter(-0.0015, 0.0015);
    std::uniform_real_distribution<double> bearing(0, 360);
    int cam = 1;
    for (const auto &site : kCameraSites) {
        for (int k = 0; k < 4; ++k, ++cam) {
            out.push_back(make(CameraReported { QStringLiteral("CAM%1").arg(cam, 4, 10, QChar(u'0')),
                QStringLiteral("%1 %2").arg(QString::fromUtf8(site.name)).arg(k + 1, 2, 10, QChar(u'0')),
                { site.lat + jitter(m_rng), site.lon + jitter(m_rng) }, float(bearing(m_rng)), 60.f,
                QStringLiteral("sim://camera/CAM%1").arg(cam, 4, 10, QChar(u'0')), {} }));
        }
    }
    std::uniform_real_distribution<double> speed(25, 45);
    std::map<QString, int> perDistrict;
    for (int i = 0; i < m_options.units; ++i) {
        Unit u;
        const auto &d = kDistricts[std::size_t(i) % kDistricts.size()];
        const int n = ++perDistrict[QString::fromLatin1(d.code)];
        u.id = QStringLiteral("U%1").arg(i + 1, 4, 10, QChar(u'0'));
        u.kind = i % 10 == 9 ? UnitKind::FootPatrol : (i % 25 == 24 ? UnitKind::JointArmedPatrol : UnitKind::PatrolCar);
        u.callSign = QStringLiteral("%1-%2").arg(QString::fromLatin1(d.code)).arg(n, 2, 10, QChar(u'0'));
        std::normal_distribution<double> spread(0, d.spreadKm / 2);
        u.pos = { d.lat + kmToLat(spread(m_rng)), d.lon + kmToLon(spread(m_rng), d.lat) };
        u.waypoint = randomPointInCity();
        u.speedKmh = u.kind == UnitKind::FootPatrol ? 4.5 : speed(m_rng);
        u.heading = bearingDeg(u.pos, u.waypoint);
        u.reportEveryMs = u.kind == UnitKind::FootPatrol ? 5000 : 2000;
        u.nextReportMs = m_now + (i % 5) * 400; // spread reports over time like a real fleet
        m_unitIndex[u.id] = m_units.size();
        out.push_back(make(UnitReported { u.id, u.callSign, u.kind, u.status, u.pos, u.heading }));
        m_units.push_back(std::move(u));
    }
    return out;
}

void SimWorld::moveUnit(Unit &u, double dtSeconds, std::vector<Event> &out)
{
    if (u.status == UnitStatus::OnScene || u.status == UnitStatus::OffDuty)
        return;
    const double stepKm = u.speedKmh * dtSeconds / 3600.0;
    const double left = distanceKm(u.pos, u.waypoint);
    if (left <= stepKm) {
        u.pos = u.waypoint;
        if (u.status == UnitStatus::EnRoute) {
            u.status = UnitStatus::OnScene;
            std::uniform_int_distribution<qint64> dwell(60'000, 180'000);
            u.onSceneUntilMs = m_now + dwell(m_rng);
            out.push_back(make(UnitStatusChanged { u.id, u.status }));
            out.push_back(make(OrderStateChanged { u.orderId, OrderState::OnScene, {} }));
        } else {
            u.waypoint = randomPointInCity();
        }
    } else {
        const double f = stepKm / left;
        u.pos.lat += (u.waypoint.lat - u.pos.lat) * f;
        u.pos.lon += (u.waypoint.lon - u.pos.lon) * f;
    }
    u.heading = bearingDeg(u.pos, u.waypoint);
}

void SimWorld::maybeIncident(qint64 stepMs, std::vector<Event> &out)
{
    std::uniform_real_distribution<double> u01(0, 1);
    if (u01(m_rng) < m_options.incidentsPerHour * stepMs / 3'600'000.0) {
        std::uniform_int_distribution<std::size_t> type(0, kIncidentTypes.size() - 1);
        std::uniform_int_distribution<int> sev(0, 3);
        const QString id = QStringLiteral("INC%1").arg(m_nextIncident++, 5, 10, QChar(u'0'));
        const auto severity = Severity(sev(m_rng));
        const auto pos = randomPointInCity();
        const QString kind = QString::fromLatin1(kIncidentTypes[type(m_rng)]);
        out.push_back(make(IncidentReported { id, kind, QStringLiteral("%1 reported").arg(kind), severity, pos }));
        if (severity >= Severity::High)
            out.push_back(make(AlertRaised { QStringLiteral("AL-%1").arg(id), QStringLiteral("%1 %2").arg(kind, id), severity, pos }));
        std::uniform_int_distribution<qint64> life(10 * 60'000, 25 * 60'000);
        m_openIncidents.push_back({ id, m_now + life(m_rng) });
    }
    // Congestion builds at a few places and clears again.
    if (u01(m_rng) < 6.0 * stepMs / 3'600'000.0) {
        const QString id = QStringLiteral("CG%1").arg(m_nextCongestion++, 4, 10, QChar(u'0'));
        std::uniform_int_distribution<int> sev(0, 2);
        out.push_back(make(CongestionReported { id, QStringLiteral("arterial"), Severity(sev(m_rng)), randomPointInCity(), false }));
        m_congestion.append(id);
    }
    if (m_congestion.size() > 4 || (!m_congestion.isEmpty() && u01(m_rng) < 3.0 * stepMs / 3'600'000.0)) {
        out.push_back(make(CongestionReported { m_congestion.takeFirst(), {}, Severity::Low, {}, true }));
    }
    for (auto it = m_openIncidents.begin(); it != m_openIncidents.end();) {
        if (it->closeAtMs <= m_now) {
            out.push_back(make(IncidentClosed { it->id, QStringLiteral("resolved") }));
            it = m_openIncidents.erase(it);
        } else {
            ++it;
        }
    }
}

void SimWorld::runOrderSteps(std::vector<Event> &out)
{
    // Steps are kept sorted by time; the front is due first.
    while (!m_orderSteps.empty() && m_orderSteps.front().atMs <= m_now) {
        const auto s = m_orderSteps.front();
        m_orderSteps.erase(m_orderSteps.begin());
        auto it = m_unitIndex.find(s.unitId);
        if (it == m_unitIndex.end())
            continue;
        auto &u = m_units[it->second];
        out.push_back(make(OrderStateChanged { s.orderId, s.state, {} }));
        if (s.state == OrderState::EnRoute) {
            u.status = UnitStatus::EnRoute;
            u.orderId = s.orderId;
            u.waypoint = s.target;
            u.speedKmh = u.kind == UnitKind::FootPatrol ? 6 : 50;
            out.push_back(make(UnitStatusChanged { u.id, u.status }));
        }
    }
    for (auto &u : m_units) {
        if (u.status == UnitStatus::OnScene && u.onSceneUntilMs <= m_now) {
            u.status = UnitStatus::Available;
            out.push_back(make(OrderStateChanged { u.orderId, OrderState::Done, {} }));
            out.push_back(make(UnitStatusChanged { u.id, u.status }));
            u.orderId.clear();
            u.waypoint = randomPointInCity();
            u.speedKmh = u.kind == UnitKind::FootPatrol ? 4.5 : 35;
        }
    }
}

bool SimWorld::acceptOrder(const OrderIssued &order, QString *error)
{
    auto it = m_unitIndex.find(order.unitId);
    if (it == m_unitIndex.end()) {
        *error = QStringLiteral("unknown unit %1").arg(order.unitId);
        return false;
    }
    // Radio and crew delays: delivered within seconds, acknowledged a little later, and now
    // and then a crew that does not answer.
    std::uniform_int_distribution<qint64> deliver(500, 2500), ack(2000, 9000), go(1000, 4000);
    std::uniform_real_distribution<double> u01(0, 1);
    const qint64 t1 = m_now + deliver(m_rng);
    const qint64 t2 = t1 + ack(m_rng);
    m_orderSteps.push_back({ t1, order.orderId, order.unitId, OrderState::Delivered, order.target });
    if (u01(m_rng) < 0.04) {
        m_orderSteps.push_back({ t2 + 20'000, order.orderId, order.unitId, OrderState::NoAnswer, order.target });
    } else {
        m_orderSteps.push_back({ t2, order.orderId, order.unitId, OrderState::Acknowledged, order.target });
        m_orderSteps.push_back({ t2 + go(m_rng), order.orderId, order.unitId, OrderState::EnRoute, order.target });
    }
    std::stable_sort(m_orderSteps.begin(), m_orderSteps.end(),
        [](const PendingOrderStep &a, const PendingOrderStep &b) { return a.atMs < b.atMs; });
    return true;
}

std::vector<Event> SimWorld::step(qint64 stepMs)
{
    std::vector<Event> out;
    m_now += stepMs;
    for (auto &u : m_units) {
        moveUnit(u, stepMs / 1000.0, out);
        if (u.nextReportMs <= m_now) {
            u.nextReportMs += u.reportEveryMs;
            out.push_back(make(UnitMoved { u.id, u.pos, u.heading, float(u.status == UnitStatus::OnScene ? 0 : u.speedKmh) }));
        }
    }
    runOrderSteps(out);
    maybeIncident(stepMs, out);
    return out;
}

} // namespace wf::sim
