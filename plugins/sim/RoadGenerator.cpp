#include "RoadGenerator.h"

#include "Rng.h"
#include "SimGeometry.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>
#include <set>

namespace wf::sim {

using maps::RoadClass;

namespace {

constexpr const char *kArterialNames[] = { "解放大道", "建设大道", "中山大道", "武珞路", "珞喻路", "雄楚大道",
    "友谊大道", "和平大道", "汉阳大道", "鹦鹉大道", "长江大道", "发展大道", "金桥大道", "江汉路", "青年路",
    "民族大道", "关山大道", "光谷大道", "白沙洲大道", "墨水湖北路", "航空路", "沿江大道", "徐东大街",
    "工业路", "临江大道", "新华路", "八一路", "武青三干道", "三环辅路", "古田路", "武胜路", "汉西路" };

// Expressway corridors, as chains of seats/counties (by English name) and exits beyond the
// border (by coordinates). They follow the real national expressways loosely; the geometry
// between the waypoints is generated.
using Waypoint = RoadGenerator::Waypoint;
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

} // namespace

bool RoadGenerator::run(QString *error)
{
    buildCityWebs();
    placeCounties();
    buildExpressways();
    buildCountyRoads();
    buildVillages();
    connectComponents();
    // The roads become a road graph through the file format every graph is read from.
    m_builder.setSource(QStringLiteral("generated training roads (not real roads)"));
    m_roadImage = m_builder.build(error);
    if (m_roadImage.isEmpty())
        return false;
    m_graph = maps::RoadGraph::fromBytes(m_roadImage, error);
    return m_graph != nullptr;
}

double RoadGenerator::rand01()
{
    return hashUnit(kGeographySeed ^ (m_salt++ * 0x2545f4914f6cdd1dULL));
}

GeoPoint RoadGenerator::pos(int n) const
{
    return geoPoint(m_builder.node(n));
}

int RoadGenerator::addNode(GeoPoint p)
{
    return m_builder.addNode(latLon(p));
}

void RoadGenerator::addRoad(int from, int to, RoadClass cls, int name)
{
    m_builder.addLink(from, to, cls, maps::RoadGraphBuilder::Direction::Both, name);
}

int RoadGenerator::addName(const QString &name)
{
    return m_builder.addName({ name, name, {} });
}

// A generated road between two nodes: intermediate nodes every stepM with a gentle bow
// and some wobble so that it does not look ruled.
std::vector<int> RoadGenerator::road(int a, int b, RoadClass cls, int name, double stepM, double bow)
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

int RoadGenerator::nearestOf(const std::vector<int> &nodes, GeoPoint p) const
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
void RoadGenerator::buildCityWebs()
{
    m_webs.resize(m_map.seats().size());
    for (std::size_t s = 0; s < m_map.seats().size(); ++s) {
        const bool wuhan = int(s) == m_map.wuhan();
        const std::vector<double> radiiKm = wuhan ? std::vector<double> { 1.5, 3.5, 5.5, 7.5, 10, 13, 18, 24 }
                                                  : std::vector<double> { 1.2, 3, 5 };
        const int spokes = wuhan ? 32 : 12;
        const GeoPoint c = m_map.seats()[s].pos;
        const QString town = shortName(m_map.seats()[s]);
        Web &web = m_webs[s];
        web.centre = addNode(c);
        m_layout.urbanNodes.push_back(web.centre);
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
                m_layout.urbanNodes.push_back(ring.back());
            }
            QString name;
            RoadClass cls = RoadClass::Arterial;
            if (wuhan && (ri == 1 || ri == 3 || ri == 5 || ri == 7)) {
                static const char *ringNames[] = { "", "内环线", "", "二环线", "", "三环线", "", "四环线" };
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
                addRoad(
                    rings[ri - 1][std::size_t(k)], rings[ri][std::size_t(k)], RoadClass::Arterial, nameId);
        }
        web.outer = rings.back();
    }
}

// A county is its own node unless it lies inside a city web (urban districts).
void RoadGenerator::placeCounties()
{
    m_layout.countyNode.assign(m_map.counties().size(), -1);
    m_layout.countyOwnNode.assign(m_map.counties().size(), false);
    for (std::size_t c = 0; c < m_map.counties().size(); ++c) {
        const GeoPoint p = m_map.counties()[c].pos;
        for (std::size_t s = 0; s < m_webs.size(); ++s) {
            if (distanceMeters(p, m_map.seats()[s].pos) < m_webs[s].radiusM * 0.95) {
                m_layout.countyNode[c] = nearestOf(m_layout.urbanNodes, p);
                break;
            }
        }
        if (m_layout.countyNode[c] < 0) {
            m_layout.countyNode[c] = addNode(p);
            m_layout.countyOwnNode[c] = true;
        }
    }
}

// Where a road from outside enters the place named by a waypoint.
int RoadGenerator::entryNode(const Waypoint &w, GeoPoint towards)
{
    if (!w.name)
        return addNode({ w.lat, w.lon });
    const int seat = m_map.seatIndex(QString::fromUtf8(w.name));
    if (seat >= 0)
        return nearestOf(m_webs[std::size_t(seat)].outer, towards);
    for (std::size_t c = 0; c < m_map.counties().size(); ++c) {
        if (m_map.counties()[c].nameEn == QString::fromUtf8(w.name))
            return m_layout.countyNode[c];
    }
    qFatal("sim: unknown corridor waypoint %s", w.name);
}

GeoPoint RoadGenerator::waypointPos(const Waypoint &w) const
{
    if (!w.name)
        return { w.lat, w.lon };
    const int seat = m_map.seatIndex(QString::fromUtf8(w.name));
    if (seat >= 0)
        return m_map.seats()[std::size_t(seat)].pos;
    for (const auto &c : m_map.counties()) {
        if (c.nameEn == QString::fromUtf8(w.name))
            return c.pos;
    }
    return {};
}

void RoadGenerator::buildExpressways()
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
void RoadGenerator::buildCountyRoads()
{
    std::set<std::pair<int, int>> done;
    const auto n = m_map.counties().size();
    for (std::size_t c = 0; c < n; ++c) {
        std::vector<std::pair<double, std::size_t>> near;
        for (std::size_t o = 0; o < n; ++o) {
            if (o != c && m_layout.countyNode[o] != m_layout.countyNode[c])
                near.push_back({ distanceMeters(m_map.counties()[c].pos, m_map.counties()[o].pos), o });
        }
        std::sort(near.begin(), near.end());
        for (std::size_t k = 0; k < std::min<std::size_t>(3, near.size()); ++k) {
            const auto o = near[k].second;
            if (near[k].first > 90'000 && k > 0)
                break;
            const auto key = std::minmax(c, o);
            if (!done.insert({ int(key.first), int(key.second) }).second)
                continue;
            const int a = countyEntry(c, m_map.counties()[o].pos),
                      b = countyEntry(o, m_map.counties()[c].pos);
            if (a == b)
                continue;
            const int nameId = addName(QStringLiteral("X%1 县道").arg(m_countyRoadNo++, 3, 10, QChar(u'0')));
            road(a, b, RoadClass::County, nameId, 2500, 0.08);
        }
    }
}

int RoadGenerator::countyEntry(std::size_t c, GeoPoint towards)
{
    const GeoPoint p = m_map.counties()[c].pos;
    for (std::size_t s = 0; s < m_webs.size(); ++s) {
        if (distanceMeters(p, m_map.seats()[s].pos) < m_webs[s].radiusM * 0.95)
            return nearestOf(m_webs[s].outer, towards);
    }
    return m_layout.countyNode[c];
}

// Villages around each rural county seat: spokes to the seat, a loop between villages and
// links to the nearest village of the neighbouring county. These are the small roads a
// driver who wants to avoid checkpoints takes.
void RoadGenerator::buildVillages()
{
    m_layout.villages.resize(m_map.counties().size());
    for (std::size_t c = 0; c < m_map.counties().size(); ++c) {
        const GeoPoint p = m_map.counties()[c].pos;
        bool urban = false;
        for (std::size_t s = 0; s < m_webs.size(); ++s)
            urban = urban || distanceMeters(p, m_map.seats()[s].pos) < m_webs[s].radiusM * 0.95;
        if (urban)
            continue;
        const int count = 6 + int(rand01() * 3);
        const double phase = rand01() * 2 * std::numbers::pi;
        for (int k = 0; k < count; ++k) {
            const double a = phase + 2 * std::numbers::pi * k / count + (rand01() - 0.5) * 0.4;
            const double rr = 5000 + rand01() * 9000;
            const int v = addNode(offsetMeters(p, rr * std::sin(a), rr * std::cos(a)));
            m_layout.villages[c].push_back(v);
            m_villageNodes.push_back(v);
            road(m_layout.countyNode[c], v, RoadClass::Village,
                addName(QStringLiteral("Y%1 乡道").arg(m_villageRoadNo++, 3, 10, QChar(u'0'))), 2000, 0.12);
        }
        for (int k = 0; k < count; ++k) {
            road(m_layout.villages[c][std::size_t(k)], m_layout.villages[c][std::size_t((k + 1) % count)],
                RoadClass::Village,
                addName(QStringLiteral("Y%1 乡道").arg(m_villageRoadNo++, 3, 10, QChar(u'0'))), 2000, 0.1);
        }
    }
    std::set<std::pair<int, int>> done;
    for (std::size_t c = 0; c < m_layout.villages.size(); ++c) {
        for (int v : m_layout.villages[c]) {
            int best = -1;
            double bestM = 16'000;
            for (std::size_t o = 0; o < m_layout.villages.size(); ++o) {
                if (o == c)
                    continue;
                for (int w : m_layout.villages[o]) {
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
            const double d = distanceMeters(pos(v), m_map.seats()[s].pos);
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
void RoadGenerator::connectComponents()
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
                addName(QStringLiteral("X%1 县道").arg(m_countyRoadNo++, 3, 10, QChar(u'0'))), 2500, 0.05);
        }
    }
}

} // namespace wf::sim
