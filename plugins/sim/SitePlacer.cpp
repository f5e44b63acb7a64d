#include "SitePlacer.h"

#include "Rng.h"
#include "RoadSnap.h"
#include "SimGeometry.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace wf::sim {

using maps::RoadClass;

namespace {

// Utilities and other critical sites in Wuhan (approximate, WGS-84, from general knowledge).
struct NamedPoint
{
    const char *zh;
    const char *en;
    double lat;
    double lon;
};
constexpr NamedPoint kWuhanUtilities[] = {
    { "宗关水厂", "Zongguan Water Works", 30.5830, 114.2300 },
    { "白鹤嘴水厂", "Baihezui Water Plant", 30.5640, 114.1930 },
    { "青山热电厂", "Qingshan Thermal Power Plant", 30.6400, 114.3900 },
    { "武汉长江大桥", "Wuhan Yangtze River Bridge", 30.5500, 114.2880 },
};
// Regional airports besides Tianhe (approximate).
constexpr NamedPoint kAirports[] = {
    { "宜昌三峡机场", "Yichang Sanxia Airport", 30.556, 111.480 },
    { "襄阳刘集机场", "Xiangyang Liuji Airport", 32.151, 112.291 },
    { "恩施许家坪机场", "Enshi Xujiaping Airport", 30.320, 109.485 },
    { "十堰武当山机场", "Shiyan Wudangshan Airport", 32.591, 110.908 },
    { "神农架红坪机场", "Shennongjia Hongping Airport", 31.626, 110.340 },
    { "鄂州花湖机场", "Ezhou Huahu Airport", 30.290, 115.040 },
};

} // namespace

void SitePlacer::run()
{
    placeCheckpoints();
    placeStations();
    placeKeySites();
    placeCameras();
}

GeoPoint SitePlacer::pos(int n) const
{
    return geoPoint(graph().nodePosition(n));
}

QString SitePlacer::countyShort(int c) const
{
    return c >= 0 ? shortName(m_map.counties()[std::size_t(c)]) : QStringLiteral("省外");
}

void SitePlacer::addSite(FixedSite s)
{
    s.prefecture = s.node >= 0 ? m_map.nodePrefecture(s.node) : -1;
    s.county = s.node >= 0 ? m_map.nodeCounty(s.node) : -1;
    m_sites.push_back(std::move(s));
}

// Checkpoints where roads cross a boundary: police checkpoints at prefecture and province
// crossings of the bigger roads, smart (plate-reading) checkpoints at county crossings and,
// on a share of village roads, too.
void SitePlacer::placeCheckpoints()
{
    // Each generated road is one two-way link; its forward edge stands for it (the hash keys
    // are the road's number times two, as they always were, so the sites stay put).
    const auto &g = graph();
    int police = 0, smart = 0;
    for (int l = 0; l < g.linkCount(); ++l) {
        const int e = g.linkForward(l);
        const int from = g.edgeFrom(e), to = g.edgeTo(e);
        const int countyA = m_map.nodeCounty(from), countyB = m_map.nodeCounty(to);
        const int prefA = m_map.nodePrefecture(from), prefB = m_map.nodePrefecture(to);
        if (countyA == countyB && (prefA >= 0) == (prefB >= 0))
            continue;
        Boundary level = Boundary::County;
        if ((prefA < 0) != (prefB < 0))
            level = Boundary::Province;
        else if (prefA != prefB)
            level = Boundary::Prefecture;
        const int inside = prefA >= 0 ? from : to;
        const QString road = g.name(g.edgeName(e)).name;
        const QString between = QStringLiteral("%1—%2").arg(countyShort(countyA), countyShort(countyB));
        const RoadClass cls = g.edgeClass(e);
        const bool big
            = cls == RoadClass::Expressway || cls == RoadClass::County || cls == RoadClass::Arterial;
        if (big && level != Boundary::County) {
            addSite({ QStringLiteral("CP%1").arg(++police, 4, 10, QChar(u'0')),
                QStringLiteral("%1 %2 %3检查站")
                    .arg(road, between,
                        level == Boundary::Province ? QStringLiteral("省界") : QStringLiteral("市界")),
                SiteKind::PoliceCheckpoint, KeySiteKind::None, level, pos(inside), inside, -1, -1, e });
        }
        if (cls != RoadClass::Village || hashUnit(kGeographySeed + quint64(2 * l)) < 0.3) {
            addSite({ QStringLiteral("SC%1").arg(++smart, 4, 10, QChar(u'0')),
                QStringLiteral("%1 %2 智能卡口").arg(road, between), SiteKind::SmartCheckpoint,
                KeySiteKind::None, level, pos(to), to, -1, -1, e });
        }
    }
    // Plate readers inside cities: where radials meet the ring roads.
    for (int l = 0; l < g.linkCount(); ++l) {
        const int e = g.linkForward(l);
        if (g.edgeClass(e) == RoadClass::UrbanRing && hashUnit(kGeographySeed * 3 + quint64(2 * l)) < 0.35) {
            addSite({ QStringLiteral("SC%1").arg(++smart, 4, 10, QChar(u'0')),
                QStringLiteral("%1 智能卡口").arg(g.name(g.edgeName(e)).name), SiteKind::SmartCheckpoint,
                KeySiteKind::None, Boundary::None, pos(g.edgeFrom(e)), g.edgeFrom(e), -1, -1, e });
        }
    }
}

void SitePlacer::placeStations()
{
    int n = 0;
    for (std::size_t c = 0; c < m_map.counties().size(); ++c) {
        const int node = m_layout.countyNode[c];
        addSite({ QStringLiteral("PS%1").arg(++n, 4, 10, QChar(u'0')),
            QStringLiteral("%1公安分局").arg(m_map.counties()[c].nameZh), SiteKind::PoliceStation,
            KeySiteKind::None, Boundary::None, pos(node), node });
    }
    for (std::size_t c = 0; c < m_layout.villages.size(); ++c) {
        int k = 0;
        for (int v : m_layout.villages[c]) {
            if (hashUnit(kGeographySeed * 5 + quint64(v)) < 0.8) {
                addSite({ QStringLiteral("PS%1").arg(++n, 4, 10, QChar(u'0')),
                    QStringLiteral("%1第%2派出所").arg(countyShort(int(c))).arg(++k), SiteKind::PoliceStation,
                    KeySiteKind::None, Boundary::None, pos(v), v });
            }
        }
    }
    int street = 0;
    for (int node : m_layout.urbanNodes) {
        if (hashUnit(kGeographySeed * 7 + quint64(node)) < 0.22) {
            addSite({ QStringLiteral("SS%1").arg(++street, 4, 10, QChar(u'0')),
                QStringLiteral("%1街面警务站").arg(countyShort(m_map.nodeCounty(node))),
                SiteKind::StreetServiceStation, KeySiteKind::None, Boundary::None, pos(node), node });
        }
    }
}

void SitePlacer::addKeySite(const QString &name, KeySiteKind kind, GeoPoint at)
{
    const int node = maps::nearestNode(graph(), latLon(at), maps::kAllRoadClasses, 30'000);
    const int i = int(std::count_if(
        m_sites.begin(), m_sites.end(), [](const FixedSite &s) { return s.kind == SiteKind::KeySite; }));
    addSite({ QStringLiteral("KS%1").arg(i + 1, 4, 10, QChar(u'0')), name, SiteKind::KeySite, kind,
        Boundary::None, at, node });
}

void SitePlacer::placeKeySites()
{
    for (const auto &p : m_map.places()) {
        const KeySiteKind k = p.kind == u"airport" ? KeySiteKind::Airport
            : p.kind == u"rail_station"            ? KeySiteKind::RailStation
            : p.kind == u"coach_station"           ? KeySiteKind::CoachStation
                                                   : KeySiteKind::Landmark;
        addKeySite(p.nameZh, k, p.pos);
    }
    for (const auto &u : kWuhanUtilities)
        addKeySite(QString::fromUtf8(u.zh), KeySiteKind::Utility, { u.lat, u.lon });
    for (const auto &a : kAirports)
        addKeySite(QString::fromUtf8(a.zh), KeySiteKind::Airport, { a.lat, a.lon });
    // Other seats: a railway station, a coach station and a water works each (generated).
    for (std::size_t s = 0; s < m_map.seats().size(); ++s) {
        if (int(s) == m_map.wuhan())
            continue;
        const GeoPoint c = m_map.seats()[s].pos;
        const QString town = shortName(m_map.seats()[s]);
        addKeySite(town + QStringLiteral("站"), KeySiteKind::RailStation, offsetMeters(c, 1800, 900));
        addKeySite(
            town + QStringLiteral("汽车客运站"), KeySiteKind::CoachStation, offsetMeters(c, -900, -600));
        addKeySite(town + QStringLiteral("自来水厂"), KeySiteKind::Utility, offsetMeters(c, -2500, 1500));
    }
    // Counties: coach stations everywhere, railway stations on most.
    for (std::size_t c = 0; c < m_map.counties().size(); ++c) {
        if (m_layout.countyOwnNode[c]) {
            const QString town = shortName(m_map.counties()[c]);
            addKeySite(town + QStringLiteral("客运站"), KeySiteKind::CoachStation,
                offsetMeters(m_map.counties()[c].pos, 600, -400));
            if (hashUnit(kGeographySeed * 11 + c) < 0.7)
                addKeySite(town + QStringLiteral("火车站"), KeySiteKind::RailStation,
                    offsetMeters(m_map.counties()[c].pos, -1500, 1200));
        }
    }
}

void SitePlacer::placeCameras()
{
    int n = 0;
    auto add = [&](const QString &name, GeoPoint at, float bearing, int site) {
        m_cameras.push_back(
            { QStringLiteral("CAM%1").arg(++n, 5, 10, QChar(u'0')), name, at, bearing, 60.f, site });
    };
    for (std::size_t i = 0; i < m_sites.size(); ++i) {
        const auto &s = m_sites[i];
        if (s.kind == SiteKind::SmartCheckpoint) {
            add(s.name, s.pos, bearingDegrees(pos(graph().edgeTo(s.edge)), pos(graph().edgeFrom(s.edge))),
                int(i));
        } else if (s.kind == SiteKind::KeySite) {
            const int count = s.keyKind == KeySiteKind::Landmark ? 6 : 3;
            for (int k = 0; k < count; ++k) {
                const double a = 2 * std::numbers::pi * k / count;
                add(QStringLiteral("%1 %2").arg(s.name).arg(k + 1, 2, 10, QChar(u'0')),
                    offsetMeters(s.pos, 120 * std::sin(a), 120 * std::cos(a)),
                    float(std::fmod(k * 360.0 / count + 180, 360)), int(i));
            }
        }
    }
}

} // namespace wf::sim
