#include "HubeiMap.h"

#include "Rng.h"
#include "RoadGraphBuilder.h"
#include "RoadSnap.h"
#include "SimGeometry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <map>
#include <mutex>
#include <set>

namespace wf::sim {

using maps::RoadClass;

namespace {

// The generator's own seed: the road network is part of the built-in geography, the same for
// every run and every trainee, independent of the run's --seed.
constexpr quint64 kGeoSeed = 0x48554245492d5246ULL;

// Expressway corridors, as chains of seats/counties (by English name) and exits beyond the
// border (by coordinates). They follow the real national expressways loosely; the geometry
// between the waypoints is generated.
struct Waypoint
{
    const char *name; // nullptr: an exit point
    double lat = 0;
    double lon = 0;
};
struct Corridor
{
    const char *nameZh;
    std::vector<Waypoint> points;
};

const std::vector<Corridor> &corridors()
{
    static const std::vector<Corridor> c = {
        { "G4 京港澳高速",
            { { nullptr, 29.45, 113.62 }, { "Chibi City" }, { "Xian'an District" }, { "Jiangxia District" },
                { "Wuhan" }, { "Huangpi District" }, { "Xiaogan" }, { "Dawu County" },
                { nullptr, 31.95, 114.05 } } },
        { "G70 福银高速",
            { { nullptr, 29.86, 116.10 }, { "Huangmei County" }, { "Wuxue City" }, { "Qichun County" },
                { "Huanggang" }, { "Xinzhou District" }, { "Wuhan" }, { "Dongxihu District" },
                { "Yunmeng County" }, { "Anlu City" }, { "Suizhou" }, { "Zaoyang City" }, { "Xiangyang" },
                { "Gucheng County" }, { "Shiyan" }, { nullptr, 32.95, 110.20 } } },
        { "G42 沪蓉高速",
            { { nullptr, 31.38, 115.75 }, { "Macheng City" }, { "Xinzhou District" }, { "Wuhan" },
                { "Caidian District" }, { "Hanchuan City" }, { "Yingcheng City" }, { "Jingshan City" },
                { "Jingmen" }, { "Dangyang City" }, { "Yichang" }, { "Changyang Tujia Autonomous County" },
                { "Badong County" }, { "Jianshi County" }, { "Enshi City" }, { "Lichuan City" },
                { nullptr, 30.30, 108.35 } } },
        { "G50 沪渝高速",
            { { nullptr, 29.70, 115.85 }, { "Yangxin County" }, { "Huangshi" }, { "Ezhou" }, { "Wuhan" },
                { "Hannan District" }, { "Xiantao" }, { "Qianjiang" }, { "Jingzhou" }, { "Zhijiang City" },
                { "Yichang" } } },
        { "G55 二广高速",
            { { nullptr, 32.55, 112.25 }, { "Xiangyang" }, { "Yicheng City" }, { "Jingmen" }, { "Jingzhou" },
                { "Gong'an County" }, { nullptr, 29.72, 112.10 } } },
        { "S7 随岳高速",
            { { "Suizhou" }, { "Jingshan City" }, { "Tianmen" }, { "Xiantao" }, { "Honghu City" },
                { nullptr, 29.62, 113.35 } } },
        { "S8 武鄂黄高速", { { "Huanggang" }, { "Ezhou" }, { "Daye City" }, { "Huangshi" } } },
        { "S9 咸通高速", { { "Xian'an District" }, { "Chongyang County" }, { "Tongcheng County" } } },
        { "S10 十房高速",
            { { "Shiyan" }, { "Fang County" }, { "Shennongjia Forestry District" }, { "Xingshan County" },
                { "Yichang" } } },
    };
    return c;
}

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

constexpr const char *kArterialNames[] = { "解放大道", "建设大道", "中山大道", "武珞路", "珞喻路", "雄楚大道",
    "友谊大道", "和平大道", "汉阳大道", "鹦鹉大道", "长江大道", "发展大道", "金桥大道", "江汉路", "青年路",
    "民族大道", "关山大道", "光谷大道", "白沙洲大道", "墨水湖北路", "航空路", "沿江大道", "徐东大街",
    "工业路", "临江大道", "新华路", "八一路", "武青三干道", "三环辅路", "古田路", "武胜路", "汉西路" };

QString shortName(const Place &p)
{
    QString n = p.nameZh;
    for (const QString &suffix :
        { QStringLiteral("土家族苗族自治州"), QStringLiteral("土家族自治县"), QStringLiteral("林区") }) {
        if (n.endsWith(suffix))
            return n.left(n.size() - suffix.size());
    }
    if (n.size() > 2 && (n.endsWith(u'市') || n.endsWith(u'县') || n.endsWith(u'区')))
        n.chop(1);
    return n;
}

} // namespace

// Builds the network and the sites onto a HubeiMap. Everything is a pure function of the
// embedded place table and kGeoSeed.
class RoadGenerator
{
public:
    explicit RoadGenerator(HubeiMap &m)
        : m(m)
    { }

    bool run(QString *error)
    {
        buildCityWebs();
        placeCounties();
        buildExpressways();
        buildCountyRoads();
        buildVillages();
        connectComponents();
        // The roads become a road graph through the file format every graph is read from.
        m_builder.setSource(QStringLiteral("generated training roads (not real roads)"));
        m.m_roadImage = m_builder.build(error);
        if (m.m_roadImage.isEmpty())
            return false;
        m.m_roads = maps::RoadGraph::fromBytes(m.m_roadImage, error);
        if (!m.m_roads)
            return false;
        assignRegions();
        placeCheckpoints();
        placeStations();
        placeKeySites();
        placeCameras();
        return true;
    }

private:
    HubeiMap &m;
    maps::RoadGraphBuilder m_builder;
    quint64 m_salt = 1;
    struct Web
    {
        std::vector<int> outer; // nodes of the outermost ring
        double radiusM = 0;
        int centre = -1;
    };
    std::vector<Web> m_webs; // per seat
    std::vector<int> m_countyNode; // per county
    std::vector<bool> m_countyOwnNode; // per county: its node is its seat, not a city web's node
    std::vector<std::vector<int>> m_villages; // per county
    std::vector<int> m_villageNodes;
    std::vector<int> m_urbanNodes;
    int m_countyRoadNo = 1;
    int m_villageRoadNo = 1;

    double rand01() { return hashUnit(kGeoSeed ^ (m_salt++ * 0x2545f4914f6cdd1dULL)); }

    const maps::RoadGraph &graph() const { return *m.m_roads; }
    // A node's position: from the builder while the roads are made, the graph's afterwards
    // (the same numbers: the builder keeps them as the file does).
    GeoPoint pos(int n) const { return geoPoint(m.m_roads ? graph().nodePosition(n) : m_builder.node(n)); }
    int addNode(GeoPoint p) { return m_builder.addNode(latLon(p)); }
    void addRoad(int from, int to, RoadClass cls, int name)
    {
        m_builder.addLink(from, to, cls, maps::RoadGraphBuilder::Direction::Both, name);
    }
    int addName(const QString &name) { return m_builder.addName({ name, name, {} }); }

    // A generated road between two nodes: intermediate nodes every stepM with a gentle bow
    // and some wobble so that it does not look ruled.
    std::vector<int> road(int a, int b, RoadClass cls, int name, double stepM, double bow)
    {
        const GeoPoint pa = pos(a), pb = pos(b);
        const double len = distanceMeters(pa, pb);
        const int n = std::max(1, int(std::round(len / stepM)));
        const double side = (rand01() - 0.5) * 2 * bow * len;
        const QPointF d = maps::LocalFrame(latLon(pa)).toMeters(latLon(pb));
        const double dx = d.x(), dy = d.y();
        const double nx = len > 0 ? -dy / len : 0, ny = len > 0 ? dx / len : 0; // left normal
        std::vector<int> nodes { a };
        for (int i = 1; i < n; ++i) {
            const double t = double(i) / n;
            const double off = side * std::sin(t * std::numbers::pi) + (rand01() - 0.5) * stepM * 0.25;
            nodes.push_back(addNode(offsetMeters(interpolate(pa, pb, t), nx * off, ny * off)));
        }
        nodes.push_back(b);
        for (std::size_t i = 1; i < nodes.size(); ++i)
            addRoad(nodes[i - 1], nodes[i], cls, name);
        return nodes;
    }

    int nearestOf(const std::vector<int> &nodes, GeoPoint p) const
    {
        int best = -1;
        double bestM = 1e18;
        for (int n : nodes) {
            const double d = distanceMeters(pos(n), p);
            if (d < bestM) {
                bestM = d;
                best = n;
            }
        }
        return best;
    }

    // Polar web of rings and radials around a seat: Wuhan gets its real ring-road structure
    // (inner, second, third, fourth ring), other seats a small town web.
    void buildCityWebs()
    {
        m_webs.resize(m.m_seats.size());
        for (std::size_t s = 0; s < m.m_seats.size(); ++s) {
            const bool wuhan = int(s) == m.m_wuhan;
            const std::vector<double> radiiKm = wuhan
                ? std::vector<double> { 1.5, 3.5, 5.5, 7.5, 10, 13, 18, 24 }
                : std::vector<double> { 1.2, 3, 5 };
            const int spokes = wuhan ? 32 : 12;
            const GeoPoint c = m.m_seats[s].pos;
            const QString town = shortName(m.m_seats[s]);
            Web &web = m_webs[s];
            web.centre = addNode(c);
            m_urbanNodes.push_back(web.centre);
            web.radiusM = radiiKm.back() * 1000;
            std::vector<std::vector<int>> rings;
            for (std::size_t ri = 0; ri < radiiKm.size(); ++ri) {
                const double km = radiiKm[ri];
                std::vector<int> ring;
                for (int k = 0; k < spokes; ++k) {
                    const double a = 2 * std::numbers::pi * k / spokes + (rand01() - 0.5) * 0.06;
                    const double rr = km * 1000 * (1 + (rand01() - 0.5) * 0.08)
                        * (wuhan ? 1.0 + 0.12 * std::cos(2 * a) : 1.0);
                    ring.push_back(addNode(offsetMeters(c, rr * std::sin(a), rr * std::cos(a))));
                    m_urbanNodes.push_back(ring.back());
                }
                QString name;
                RoadClass cls = RoadClass::Arterial;
                if (wuhan && (ri == 1 || ri == 3 || ri == 5 || ri == 7)) {
                    static const char *ringNames[]
                        = { "", "内环线", "", "二环线", "", "三环线", "", "四环线" };
                    name = QString::fromUtf8(ringNames[ri]);
                    cls = ri == 1 ? RoadClass::Arterial : RoadClass::UrbanRing;
                } else if (!wuhan && ri + 1 == radiiKm.size()) {
                    name = town + QStringLiteral("环城路");
                } else {
                    name = QStringLiteral("%1环%2路").arg(town).arg(ri + 1);
                }
                const int nameId = addName(name);
                for (int k = 0; k < spokes; ++k)
                    addRoad(ring[std::size_t(k)], ring[std::size_t((k + 1) % spokes)], cls, nameId);
                rings.push_back(std::move(ring));
            }
            for (int k = 0; k < spokes; ++k) {
                const int nameId
                    = addName(wuhan ? QString::fromUtf8(kArterialNames[k % std::size(kArterialNames)])
                                    : QStringLiteral("%1大道%2号线").arg(town).arg(k + 1));
                if (k % (wuhan ? 4 : 3) == 0)
                    addRoad(web.centre, rings[0][std::size_t(k)], RoadClass::Arterial, nameId);
                for (std::size_t ri = 1; ri < rings.size(); ++ri)
                    addRoad(rings[ri - 1][std::size_t(k)], rings[ri][std::size_t(k)], RoadClass::Arterial,
                        nameId);
            }
            web.outer = rings.back();
        }
    }

    // A county is its own node unless it lies inside a city web (urban districts).
    void placeCounties()
    {
        m_countyNode.assign(m.m_counties.size(), -1);
        m_countyOwnNode.assign(m.m_counties.size(), false);
        for (std::size_t c = 0; c < m.m_counties.size(); ++c) {
            const GeoPoint p = m.m_counties[c].pos;
            for (std::size_t s = 0; s < m_webs.size(); ++s) {
                if (distanceMeters(p, m.m_seats[s].pos) < m_webs[s].radiusM * 0.95) {
                    m_countyNode[c] = nearestOf(m_urbanNodes, p);
                    break;
                }
            }
            if (m_countyNode[c] < 0) {
                m_countyNode[c] = addNode(p);
                m_countyOwnNode[c] = true;
            }
        }
    }

    // Where a road from outside enters the place named by a waypoint.
    int entryNode(const Waypoint &w, GeoPoint towards)
    {
        if (!w.name)
            return addNode({ w.lat, w.lon });
        const int seat = m.seatIndex(QString::fromUtf8(w.name));
        if (seat >= 0)
            return nearestOf(m_webs[std::size_t(seat)].outer, towards);
        for (std::size_t c = 0; c < m.m_counties.size(); ++c) {
            if (m.m_counties[c].nameEn == QString::fromUtf8(w.name))
                return m_countyNode[c];
        }
        qFatal("sim: unknown corridor waypoint %s", w.name);
    }

    GeoPoint waypointPos(const Waypoint &w) const
    {
        if (!w.name)
            return { w.lat, w.lon };
        const int seat = m.seatIndex(QString::fromUtf8(w.name));
        if (seat >= 0)
            return m.m_seats[std::size_t(seat)].pos;
        for (const auto &c : m.m_counties) {
            if (c.nameEn == QString::fromUtf8(w.name))
                return c.pos;
        }
        return {};
    }

    void buildExpressways()
    {
        for (const auto &corridor : corridors()) {
            const int nameId = addName(QString::fromUtf8(corridor.nameZh));
            for (std::size_t i = 1; i < corridor.points.size(); ++i) {
                const auto &wa = corridor.points[i - 1], &wb = corridor.points[i];
                const int a = entryNode(wa, waypointPos(wb));
                const int b = entryNode(wb, waypointPos(wa));
                if (a != b)
                    road(a, b, RoadClass::Expressway, nameId, 4000, 0.06);
            }
        }
    }

    // Each county seat is linked to its three nearest neighbours by county roads.
    void buildCountyRoads()
    {
        std::set<std::pair<int, int>> done;
        const auto n = m.m_counties.size();
        for (std::size_t c = 0; c < n; ++c) {
            std::vector<std::pair<double, std::size_t>> near;
            for (std::size_t o = 0; o < n; ++o) {
                if (o != c && m_countyNode[o] != m_countyNode[c])
                    near.push_back({ distanceMeters(m.m_counties[c].pos, m.m_counties[o].pos), o });
            }
            std::sort(near.begin(), near.end());
            for (std::size_t k = 0; k < std::min<std::size_t>(3, near.size()); ++k) {
                const auto o = near[k].second;
                if (near[k].first > 90'000 && k > 0)
                    break;
                const auto key = std::minmax(c, o);
                if (!done.insert({ int(key.first), int(key.second) }).second)
                    continue;
                const int a = countyEntry(c, m.m_counties[o].pos), b = countyEntry(o, m.m_counties[c].pos);
                if (a == b)
                    continue;
                const int nameId
                    = addName(QStringLiteral("X%1 县道").arg(m_countyRoadNo++, 3, 10, QChar(u'0')));
                road(a, b, RoadClass::County, nameId, 2500, 0.08);
            }
        }
    }

    int countyEntry(std::size_t c, GeoPoint towards)
    {
        const GeoPoint p = m.m_counties[c].pos;
        for (std::size_t s = 0; s < m_webs.size(); ++s) {
            if (distanceMeters(p, m.m_seats[s].pos) < m_webs[s].radiusM * 0.95)
                return nearestOf(m_webs[s].outer, towards);
        }
        return m_countyNode[c];
    }

    // Villages around each rural county seat: spokes to the seat, a loop between villages and
    // links to the nearest village of the neighbouring county. These are the small roads a
    // driver who wants to avoid checkpoints takes.
    void buildVillages()
    {
        m_villages.resize(m.m_counties.size());
        for (std::size_t c = 0; c < m.m_counties.size(); ++c) {
            const GeoPoint p = m.m_counties[c].pos;
            bool urban = false;
            for (std::size_t s = 0; s < m_webs.size(); ++s)
                urban = urban || distanceMeters(p, m.m_seats[s].pos) < m_webs[s].radiusM * 0.95;
            if (urban)
                continue;
            const int count = 6 + int(rand01() * 3);
            const double phase = rand01() * 2 * std::numbers::pi;
            for (int k = 0; k < count; ++k) {
                const double a = phase + 2 * std::numbers::pi * k / count + (rand01() - 0.5) * 0.4;
                const double rr = 5000 + rand01() * 9000;
                const int v = addNode(offsetMeters(p, rr * std::sin(a), rr * std::cos(a)));
                m_villages[c].push_back(v);
                m_villageNodes.push_back(v);
                road(m_countyNode[c], v, RoadClass::Village,
                    addName(QStringLiteral("Y%1 乡道").arg(m_villageRoadNo++, 3, 10, QChar(u'0'))), 2000,
                    0.12);
            }
            for (int k = 0; k < count; ++k) {
                road(m_villages[c][std::size_t(k)], m_villages[c][std::size_t((k + 1) % count)],
                    RoadClass::Village,
                    addName(QStringLiteral("Y%1 乡道").arg(m_villageRoadNo++, 3, 10, QChar(u'0'))), 2000,
                    0.1);
            }
        }
        std::set<std::pair<int, int>> done;
        for (std::size_t c = 0; c < m_villages.size(); ++c) {
            for (int v : m_villages[c]) {
                int best = -1;
                double bestM = 16'000;
                for (std::size_t o = 0; o < m_villages.size(); ++o) {
                    if (o == c)
                        continue;
                    for (int w : m_villages[o]) {
                        const double d = distanceMeters(pos(v), pos(w));
                        if (d < bestM) {
                            bestM = d;
                            best = w;
                        }
                    }
                }
                if (best >= 0 && done.insert(std::minmax(v, best)).second)
                    road(v, best, RoadClass::Village,
                        addName(QStringLiteral("Y%1 乡道").arg(m_villageRoadNo++, 3, 10, QChar(u'0'))), 2000,
                        0.12);
            }
        }
        // Villages near a city web join its outer ring, so suburbs have small roads into town.
        for (int v : m_villageNodes) {
            for (std::size_t s = 0; s < m_webs.size(); ++s) {
                const double d = distanceMeters(pos(v), m.m_seats[s].pos);
                if (d < m_webs[s].radiusM + 9000 && d > m_webs[s].radiusM) {
                    const int o = nearestOf(m_webs[s].outer, pos(v));
                    road(v, o, RoadClass::Village,
                        addName(QStringLiteral("Y%1 乡道").arg(m_villageRoadNo++, 3, 10, QChar(u'0'))), 2000,
                        0.1);
                }
            }
        }
    }

    // Anything left unconnected is joined to the main component by a county road.
    void connectComponents()
    {
        for (int pass = 0; pass < 8; ++pass) {
            const auto comp = m_builder.components();
            std::map<int, int> sizes;
            for (int c : comp)
                ++sizes[c];
            const int main = std::max_element(sizes.begin(), sizes.end(), [](auto a, auto b) {
                return a.second < b.second;
            })->first;
            if (sizes.size() == 1)
                return;
            std::set<int> joined;
            for (int n = 0; n < m_builder.nodeCount(); ++n) {
                if (comp[std::size_t(n)] == main || joined.count(comp[std::size_t(n)]))
                    continue;
                joined.insert(comp[std::size_t(n)]);
                int best = -1;
                double bestM = 1e18;
                for (int o = 0; o < m_builder.nodeCount(); ++o) {
                    if (comp[std::size_t(o)] != main)
                        continue;
                    const double d = distanceMeters(pos(n), pos(o));
                    if (d < bestM) {
                        bestM = d;
                        best = o;
                    }
                }
                road(n, best, RoadClass::County,
                    addName(QStringLiteral("X%1 县道").arg(m_countyRoadNo++, 3, 10, QChar(u'0'))), 2500,
                    0.05);
            }
        }
    }

    void assignRegions()
    {
        const int n = graph().nodeCount();
        m.m_nodeCounty.assign(std::size_t(n), -1);
        m.m_nodePrefecture.assign(std::size_t(n), -1);
        for (int i = 0; i < n; ++i) {
            const GeoPoint p = pos(i);
            const int county = m.countyAt(p);
            m.m_nodeCounty[std::size_t(i)] = county;
            // Beyond the border a node belongs to no prefecture of the province.
            m.m_nodePrefecture[std::size_t(i)] = m.insideProvince(p) ? m.prefectureOfCounty(county) : -1;
        }
    }

    QString countyShort(int c) const
    {
        return c >= 0 ? shortName(m.m_counties[std::size_t(c)]) : QStringLiteral("省外");
    }

    void addSite(FixedSite s)
    {
        s.prefecture = s.node >= 0 ? m.nodePrefecture(s.node) : -1;
        s.county = s.node >= 0 ? m.nodeCounty(s.node) : -1;
        m.m_sites.push_back(std::move(s));
    }

    // Checkpoints where roads cross a boundary: police checkpoints at prefecture and province
    // crossings of the bigger roads, smart (plate-reading) checkpoints at county crossings and,
    // on a share of village roads, too.
    void placeCheckpoints()
    {
        // Each generated road is one two-way link; its forward edge stands for it (the hash keys
        // are the road's number times two, as they always were, so the sites stay put).
        const auto &g = graph();
        int police = 0, smart = 0;
        for (int l = 0; l < g.linkCount(); ++l) {
            const int e = g.linkForward(l);
            const int from = g.edgeFrom(e), to = g.edgeTo(e);
            const int countyA = m.nodeCounty(from), countyB = m.nodeCounty(to);
            const int prefA = m.nodePrefecture(from), prefB = m.nodePrefecture(to);
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
            if (cls != RoadClass::Village || hashUnit(kGeoSeed + quint64(2 * l)) < 0.3) {
                addSite({ QStringLiteral("SC%1").arg(++smart, 4, 10, QChar(u'0')),
                    QStringLiteral("%1 %2 智能卡口").arg(road, between), SiteKind::SmartCheckpoint,
                    KeySiteKind::None, level, pos(to), to, -1, -1, e });
            }
        }
        // Plate readers inside cities: where radials meet the ring roads.
        for (int l = 0; l < g.linkCount(); ++l) {
            const int e = g.linkForward(l);
            if (g.edgeClass(e) == RoadClass::UrbanRing && hashUnit(kGeoSeed * 3 + quint64(2 * l)) < 0.35) {
                addSite({ QStringLiteral("SC%1").arg(++smart, 4, 10, QChar(u'0')),
                    QStringLiteral("%1 智能卡口").arg(g.name(g.edgeName(e)).name), SiteKind::SmartCheckpoint,
                    KeySiteKind::None, Boundary::None, pos(g.edgeFrom(e)), g.edgeFrom(e), -1, -1, e });
            }
        }
    }

    void placeStations()
    {
        int n = 0;
        for (std::size_t c = 0; c < m.m_counties.size(); ++c) {
            const int node = m_countyNode[c];
            addSite({ QStringLiteral("PS%1").arg(++n, 4, 10, QChar(u'0')),
                QStringLiteral("%1公安分局").arg(m.m_counties[c].nameZh), SiteKind::PoliceStation,
                KeySiteKind::None, Boundary::None, pos(node), node });
        }
        for (std::size_t c = 0; c < m_villages.size(); ++c) {
            int k = 0;
            for (int v : m_villages[c]) {
                if (hashUnit(kGeoSeed * 5 + quint64(v)) < 0.8) {
                    addSite({ QStringLiteral("PS%1").arg(++n, 4, 10, QChar(u'0')),
                        QStringLiteral("%1第%2派出所").arg(countyShort(int(c))).arg(++k),
                        SiteKind::PoliceStation, KeySiteKind::None, Boundary::None, pos(v), v });
                }
            }
        }
        int street = 0;
        for (int node : m_urbanNodes) {
            if (hashUnit(kGeoSeed * 7 + quint64(node)) < 0.22) {
                addSite({ QStringLiteral("SS%1").arg(++street, 4, 10, QChar(u'0')),
                    QStringLiteral("%1街面警务站").arg(countyShort(m.nodeCounty(node))),
                    SiteKind::StreetServiceStation, KeySiteKind::None, Boundary::None, pos(node), node });
            }
        }
    }

    void addKeySite(const QString &name, KeySiteKind kind, GeoPoint at)
    {
        const int node = maps::nearestNode(graph(), latLon(at), maps::kAllRoadClasses, 30'000);
        const int i = int(std::count_if(m.m_sites.begin(), m.m_sites.end(),
            [](const FixedSite &s) { return s.kind == SiteKind::KeySite; }));
        addSite({ QStringLiteral("KS%1").arg(i + 1, 4, 10, QChar(u'0')), name, SiteKind::KeySite, kind,
            Boundary::None, at, node });
    }

    void placeKeySites()
    {
        for (const auto &p : m.m_places) {
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
        for (std::size_t s = 0; s < m.m_seats.size(); ++s) {
            if (int(s) == m.m_wuhan)
                continue;
            const GeoPoint c = m.m_seats[s].pos;
            const QString town = shortName(m.m_seats[s]);
            addKeySite(town + QStringLiteral("站"), KeySiteKind::RailStation, offsetMeters(c, 1800, 900));
            addKeySite(
                town + QStringLiteral("汽车客运站"), KeySiteKind::CoachStation, offsetMeters(c, -900, -600));
            addKeySite(town + QStringLiteral("自来水厂"), KeySiteKind::Utility, offsetMeters(c, -2500, 1500));
        }
        // Counties: coach stations everywhere, railway stations on most.
        for (std::size_t c = 0; c < m.m_counties.size(); ++c) {
            if (m_countyOwnNode[c]) {
                const QString town = shortName(m.m_counties[c]);
                addKeySite(town + QStringLiteral("客运站"), KeySiteKind::CoachStation,
                    offsetMeters(m.m_counties[c].pos, 600, -400));
                if (hashUnit(kGeoSeed * 11 + c) < 0.7)
                    addKeySite(town + QStringLiteral("火车站"), KeySiteKind::RailStation,
                        offsetMeters(m.m_counties[c].pos, -1500, 1200));
            }
        }
    }

    void placeCameras()
    {
        int n = 0;
        auto add = [&](const QString &name, GeoPoint at, float bearing, int site) {
            m.m_cameras.push_back(
                { QStringLiteral("CAM%1").arg(++n, 5, 10, QChar(u'0')), name, at, bearing, 60.f, site });
        };
        for (std::size_t i = 0; i < m.m_sites.size(); ++i) {
            const auto &s = m.m_sites[i];
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
};

std::shared_ptr<const HubeiMap> HubeiMap::shared()
{
    static std::mutex mutex;
    static std::shared_ptr<const HubeiMap> instance;
    std::lock_guard lock(mutex);
    if (!instance) {
        QString error;
        auto built = build(&error);
        if (!built)
            qFatal("sim: cannot build the training geography: %s", qPrintable(error));
        instance = std::move(built);
    }
    return instance;
}

std::unique_ptr<HubeiMap> HubeiMap::build(QString *error)
{
    auto m = std::unique_ptr<HubeiMap>(new HubeiMap);
    if (!m->load(error))
        return nullptr;
    QString why;
    if (!RoadGenerator(*m).run(&why)) {
        if (error)
            *error = QStringLiteral("the generated roads: %1").arg(why);
        return nullptr;
    }
    return m;
}

bool HubeiMap::load(QString *error)
{
    QFile f(QStringLiteral(":/watchfloor/sim/data/hubei-sim-places.json"));
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("the embedded place table is missing");
        return false;
    }
    const auto doc = QJsonDocument::fromJson(f.readAll());
    const auto root = doc.object();
    auto readPlace = [](const QJsonObject &o, const QString &kind) {
        return Place { o.value(u"adcode").toString(), o.value(u"parent").toString(),
            o.value(u"name_zh").toString(), o.value(u"name_en").toString(),
            kind.isEmpty() ? o.value(u"kind").toString() : kind,
            { o.value(u"lat").toDouble(), o.value(u"lon").toDouble() } };
    };
    for (const auto &v : root.value(u"prefecture_seats").toArray())
        m_seats.push_back(readPlace(v.toObject(), QStringLiteral("city")));
    for (const auto &v : root.value(u"counties").toArray())
        m_counties.push_back(readPlace(v.toObject(), QStringLiteral("county")));
    for (const auto &v : root.value(u"places").toArray())
        m_places.push_back(readPlace(v.toObject(), {}));
    for (const auto &v : root.value(u"province_outline").toArray()) {
        const auto a = v.toArray();
        m_outline.push_back({ a.at(0).toDouble(), a.at(1).toDouble() });
    }
    m_wuhan = seatIndex(u"Wuhan");
    if (m_seats.size() != 17 || m_counties.size() < 100 || m_outline.size() < 50 || m_wuhan < 0) {
        if (error)
            *error = QStringLiteral("the embedded place table is incomplete");
        return false;
    }
    for (const auto &c : m_counties) {
        // Province-administered units are their own prefecture.
        const QString pref = c.parent == u"420000" ? c.adcode : c.parent;
        int idx = -1;
        for (std::size_t s = 0; s < m_seats.size(); ++s) {
            if (m_seats[s].adcode == pref)
                idx = int(s);
        }
        m_countyPrefecture.push_back(idx);
    }
    return true;
}

bool HubeiMap::insideProvince(GeoPoint p) const
{
    return maps::insideRing(latLon(p), m_outline);
}

int HubeiMap::seatIndex(QStringView nameEn) const
{
    for (std::size_t s = 0; s < m_seats.size(); ++s) {
        if (m_seats[s].nameEn == nameEn)
            return int(s);
    }
    return -1;
}

const Place *HubeiMap::findPlace(QStringView name) const
{
    for (const auto *list : { &m_places, &m_seats, &m_counties }) {
        for (const auto &p : *list) {
            if (p.nameZh == name || p.nameEn.compare(name, Qt::CaseInsensitive) == 0)
                return &p;
        }
    }
    return nullptr;
}

int HubeiMap::countyAt(GeoPoint p) const
{
    int best = -1;
    double bestM = 1e18;
    for (std::size_t c = 0; c < m_counties.size(); ++c) {
        const double d = distanceMeters(p, m_counties[c].pos);
        if (d < bestM) {
            bestM = d;
            best = int(c);
        }
    }
    return best;
}

int HubeiMap::prefectureOfCounty(int county) const
{
    return county >= 0 && std::size_t(county) < m_countyPrefecture.size()
        ? m_countyPrefecture[std::size_t(county)]
        : -1;
}

double HubeiMap::cityRadiusM(int seat) const
{
    return seat == m_wuhan ? 24'000 : 5'000;
}

} // namespace wf::sim
