#pragma once

// A province's road network at street density, written as an OpenStreetMap .osm.pbf with
// libosmium: it stands in for a real provincial extract (none is shipped or fetched). Hubei's
// 17 prefecture seats (approximate positions; Wuhan 22 km in radius, the others 9 km) and ~70
// county towns (3.5 km) are built of superblocks: arterials 660 m apart with residential streets
// 110 m apart inside, most blocks gated compounds with one or two gates, the rest open (some
// streets one-way); seats get a trunk ring road. The countryside has county roads (tertiary) on
// an 8 km lattice with bends, and in each lattice cell 20 villages (a junction and a 3 x 3 grid
// of lanes) joined by unclassified roads to their nearest neighbours and to the county roads
// around them. Expressways (motorway, 120 km/h) join each seat to its three nearest, with an
// interchange every ~8 km. Deterministic for a seed; scale < 1 shrinks everything (smoke run).
#include <QString>
#include <QtGlobal>
#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>
#include <osmium/builder/attr.hpp>
#include <osmium/io/pbf_output.hpp>
#include <osmium/io/writer.hpp>
#include <osmium/memory/buffer.hpp>
#include <string>
#include <tuple>
#include <vector>

namespace wf::bench {

class SyntheticProvince
{
public:
    struct Stats
    {
        qint64 nodes = 0;
        qint64 ways = 0;
    };

    explicit SyntheticProvince(double scale = 1.0, quint64 seed = 7)
        : m_scale(scale)
        , m_state(seed)
    {
        generate();
    }

    qint64 nodeCount() const { return qint64(m_lat.size()); }
    qint64 wayCount() const { return qint64(m_ways.size()); }

    // Writes the .osm.pbf (nodes, then ways); false with a message when libosmium cannot.
    bool writePbf(const QString &path, QString *error) const
    {
        namespace attr = osmium::builder::attr;
        try {
            osmium::io::Header header;
            header.set("generator", "watchfloor bench roads");
            osmium::io::Writer writer(
                osmium::io::File(path.toStdString(), "pbf"), header, osmium::io::overwrite::allow);
            osmium::memory::Buffer buffer(1 << 22, osmium::memory::Buffer::auto_grow::yes);
            auto flush = [&](bool always) {
                if (always || buffer.committed() > (1 << 21)) {
                    writer(std::move(buffer));
                    buffer = osmium::memory::Buffer(1 << 22, osmium::memory::Buffer::auto_grow::yes);
                }
            };
            for (std::size_t i = 0; i < m_lat.size(); ++i) {
                osmium::builder::add_node(buffer, attr::_id(osmium::object_id_type(i + 1)), attr::_version(1),
                    attr::_location(m_lon[i], m_lat[i]));
                flush(false);
            }
            std::vector<osmium::object_id_type> ids;
            for (const Way &w : m_ways) {
                ids.clear();
                for (quint32 k = w.first; k < w.first + w.count; ++k)
                    ids.push_back(osmium::object_id_type(m_refs[k]) + 1);
                const Kind &kind = kKinds[w.kind];
                const std::string name = w.name.toStdString();
                if (w.oneway)
                    osmium::builder::add_way(buffer,
                        attr::_id(osmium::object_id_type(&w - m_ways.data() + 1)), attr::_version(1),
                        attr::_nodes(ids), attr::_tag("highway", kind.highway),
                        attr::_tag("maxspeed", kind.maxspeed),
                        attr::_tag("oneway", w.oneway > 0 ? "yes" : "-1"), attr::_tag("name", name));
                else
                    osmium::builder::add_way(buffer,
                        attr::_id(osmium::object_id_type(&w - m_ways.data() + 1)), attr::_version(1),
                        attr::_nodes(ids), attr::_tag("highway", kind.highway),
                        attr::_tag("maxspeed", kind.maxspeed), attr::_tag("oneway", "no"),
                        attr::_tag("name", name));
                flush(false);
            }
            flush(true);
            writer.close();
        } catch (const std::exception &e) {
            *error = QString::fromUtf8(e.what());
            return false;
        }
        return true;
    }

private:
    struct Kind
    {
        const char *highway;
        const char *maxspeed;
    };
    enum KindId : quint8 { Motorway, Trunk, Primary, Secondary, Tertiary, Unclassified, Residential };
    static constexpr Kind kKinds[] = { { "motorway", "120" }, { "trunk", "80" }, { "primary", "60" },
        { "secondary", "50" }, { "tertiary", "60" }, { "unclassified", "40" }, { "residential", "30" } };
    struct Way
    {
        quint32 first;
        quint32 count;
        quint8 kind;
        qint8 oneway; // 1 forward, -1 against the drawn direction
        QString name;
    };
    struct Seat
    {
        const char *name;
        double lat, lon, radiusM;
    };

    static constexpr double kSouth = 29.5, kNorth = 32.8, kWest = 109.3, kEast = 116.0;

    double unit()
    {
        quint64 x = (m_state += 0x9e3779b97f4a7c15ULL);
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
        return double((x ^ (x >> 31)) >> 11) * (1.0 / 9007199254740992.0);
    }

    static double metresPerDegLat() { return 6371008.8 * std::numbers::pi / 180; }
    static double metresPerDegLon(double lat)
    {
        return metresPerDegLat() * std::cos(lat * std::numbers::pi / 180);
    }

    quint32 node(double lat, double lon)
    {
        m_lat.push_back(lat);
        m_lon.push_back(lon);
        return quint32(m_lat.size() - 1);
    }

    void way(const std::vector<quint32> &nodes, KindId kind, const QString &name, qint8 oneway = 0)
    {
        if (nodes.size() < 2)
            return;
        m_ways.push_back({ quint32(m_refs.size()), quint32(nodes.size()), quint8(kind), oneway, name });
        m_refs.insert(m_refs.end(), nodes.begin(), nodes.end());
    }

    // A road between two nodes with bends: shape nodes every stepM, wobbling sideways.
    void bentRoad(quint32 a, quint32 b, KindId kind, const QString &name, double stepM, double wobbleM)
    {
        const double lat0 = m_lat[a], lon0 = m_lon[a], lat1 = m_lat[b], lon1 = m_lon[b];
        const double dy = (lat1 - lat0) * metresPerDegLat(), dx = (lon1 - lon0) * metresPerDegLon(lat0);
        const double len = std::hypot(dx, dy);
        const int pieces = std::max(1, int(len / stepM));
        std::vector<quint32> nodes { a };
        for (int i = 1; i < pieces; ++i) {
            const double t = double(i) / pieces;
            const double side = (unit() - 0.5) * 2 * wobbleM;
            const double nx = len > 0 ? -dy / len : 0, ny = len > 0 ? dx / len : 0;
            nodes.push_back(node(lat0 + (lat1 - lat0) * t + ny * side / metresPerDegLat(),
                lon0 + (lon1 - lon0) * t + nx * side / metresPerDegLon(lat0)));
        }
        nodes.push_back(b);
        way(nodes, kind, name);
    }

    struct Town
    {
        double lat, lon, radiusM;
        std::vector<quint32> edge; // arterial junctions on the outside, for roads in
    };

    // A town of superblocks: arterial streets (primary every fourth line, secondary between)
    // blockM apart, and inside each block a grid of residential streets streetM apart. Most
    // blocks are gated compounds reached from the arterials through one or two gates; the rest
    // are open, their streets running through to the arterials (some of them one-way). This is
    // how Chinese cities are built, and it is what makes their road graphs cheaper to cut than
    // a plain grid of the same density.
    Town town(const QString &name, double lat, double lon, double radiusM, bool ring)
    {
        const double blockM = 660, streetM = 110;
        const int inner = int(blockM / streetM) - 1;
        Town t { lat, lon, radiusM, {} };
        const double mLat = metresPerDegLat(), mLon = metresPerDegLon(lat);
        const int n = int(radiusM / blockM) + 1;
        const int side = 2 * n + 2;
        auto block = [&](int i, int j) {
            return i >= -n && j >= -n && i < n && j < n
                && std::hypot((i + 0.5) * blockM, (j + 0.5) * blockM) <= radiusM;
        };
        std::vector<qint64> cross(std::size_t(side * side), -1);
        std::vector<std::pair<double, double>> crossAt(std::size_t(side * side));
        auto junction = [&](int i, int j) {
            const auto k = std::size_t((j + n) * side + i + n);
            if (cross[k] < 0) {
                const double x = i * blockM + (unit() - 0.5) * 60, y = j * blockM + (unit() - 0.5) * 60;
                crossAt[k] = { x, y };
                cross[k] = node(lat + y / mLat, lon + x / mLon);
            }
            return quint32(cross[k]);
        };
        // Attachments along each arterial segment: (fraction along it, node).
        std::map<std::tuple<int, int, int>, std::vector<std::pair<double, quint32>>> along; // (dir, i, j)
        auto attach = [&](int dir, int i, int j, double f) {
            junction(i, j);
            dir ? junction(i, j + 1) : junction(i + 1, j);
            const auto &a = crossAt[std::size_t((j + n) * side + i + n)];
            const auto &b = crossAt[std::size_t((j + (dir ? 1 : 0) + n) * side + i + (dir ? 0 : 1) + n)];
            const double x = a.first + (b.first - a.first) * f, y = a.second + (b.second - a.second) * f;
            const quint32 v = node(lat + y / mLat, lon + x / mLon);
            along[{ dir, i, j }].push_back({ f, v });
            return v;
        };
        for (int j = -n; j < n; ++j) {
            for (int i = -n; i < n; ++i) {
                if (!block(i, j))
                    continue;
                // The four arterials around the block, even without anything joining them.
                for (const auto &key : { std::tuple { 0, i, j }, std::tuple { 0, i, j + 1 },
                         std::tuple { 1, i, j }, std::tuple { 1, i + 1, j } }) {
                    junction(std::get<1>(key), std::get<2>(key));
                    along.try_emplace(key);
                }
                junction(i + 1, j + 1);
                std::vector<quint32> grid(std::size_t(inner * inner));
                for (int b = 0; b < inner; ++b) {
                    for (int a = 0; a < inner; ++a) {
                        const double x = i * blockM + (a + 1) * streetM + (unit() - 0.5) * 20;
                        const double y = j * blockM + (b + 1) * streetM + (unit() - 0.5) * 20;
                        grid[std::size_t(b * inner + a)] = node(lat + y / mLat, lon + x / mLon);
                    }
                }
                const QString street = QStringLiteral("%1%2-%3小区").arg(name).arg(i + n).arg(j + n);
                const bool open = unit() < 0.3;
                for (int k = 0; k < inner; ++k) {
                    std::vector<quint32> row, col;
                    const double f = double(k + 1) / (inner + 1);
                    if (open) {
                        row.push_back(attach(1, i, j, f));
                        col.push_back(attach(0, i, j, f));
                    }
                    for (int m = 0; m < inner; ++m) {
                        row.push_back(grid[std::size_t(k * inner + m)]);
                        col.push_back(grid[std::size_t(m * inner + k)]);
                    }
                    if (open) {
                        row.push_back(attach(1, i + 1, j, f));
                        col.push_back(attach(0, i, j + 1, f));
                    }
                    const qint8 oneway = open && k % 2 == 1 ? qint8(k % 4 == 1 ? 1 : -1) : qint8(0);
                    way(row, Residential, street + QStringLiteral("横%1").arg(k), oneway);
                    way(col, Residential, street + QStringLiteral("纵%1").arg(k));
                }
                if (!open) {
                    // One or two gates, in the middle of a side, to the street inside.
                    const int mid = inner / 2;
                    const int first = int(unit() * 4);
                    for (int g = 0; g < (unit() < 0.6 ? 2 : 1); ++g) {
                        const int s = (first + 2 * g) % 4; // the opposite side second
                        quint32 gate, inside;
                        if (s == 0) {
                            gate = attach(0, i, j, 0.5);
                            inside = grid[std::size_t(0 * inner + mid)];
                        } else if (s == 1) {
                            gate = attach(1, i + 1, j, 0.5);
                            inside = grid[std::size_t(mid * inner + inner - 1)];
                        } else if (s == 2) {
                            gate = attach(0, i, j + 1, 0.5);
                            inside = grid[std::size_t((inner - 1) * inner + mid)];
                        } else {
                            gate = attach(1, i, j, 0.5);
                            inside = grid[std::size_t(mid * inner + 0)];
                        }
                        way({ gate, inside }, Residential, street + QStringLiteral("大门"));
                    }
                }
            }
        }
        // The arterials: each line of segments as ways, through their attachments in order.
        for (int dir = 0; dir < 2; ++dir) {
            for (int line = -n; line <= n; ++line) {
                std::vector<quint32> run;
                const KindId kind = line % 4 == 0 ? Primary : Secondary;
                const QString street = QStringLiteral("%1%2%3")
                                           .arg(name, dir ? QStringLiteral("大道") : QStringLiteral("路"))
                                           .arg(line + n);
                for (int k = -n; k <= n; ++k) {
                    auto it = along.find({ dir, dir ? line : k, dir ? k : line });
                    if (it == along.end()) {
                        way(run, kind, street);
                        run.clear();
                        continue;
                    }
                    auto &points = it->second;
                    std::sort(points.begin(), points.end());
                    const quint32 a = dir ? junction(line, k) : junction(k, line);
                    const quint32 b = dir ? junction(line, k + 1) : junction(k + 1, line);
                    if (run.empty())
                        run.push_back(a);
                    for (const auto &[f, v] : points)
                        run.push_back(v);
                    run.push_back(b);
                }
                way(run, kind, street);
            }
        }
        for (int j = -n; j <= n; ++j) {
            for (int i = -n; i <= n; ++i) {
                const auto k = std::size_t((j + n) * side + i + n);
                if (cross[k] >= 0
                    && !(block(i, j) && block(i - 1, j) && block(i, j - 1) && block(i - 1, j - 1)))
                    t.edge.push_back(quint32(cross[k]));
            }
        }
        if (ring) {
            // A trunk ring just outside, joined to the arterials that reach it.
            const int pieces = int(2 * std::numbers::pi * radiusM / 300);
            std::vector<quint32> ringNodes;
            for (int k = 0; k < pieces; ++k) {
                const double a = 2 * std::numbers::pi * k / pieces;
                ringNodes.push_back(node(
                    lat + (radiusM + 300) * std::sin(a) / mLat, lon + (radiusM + 300) * std::cos(a) / mLon));
            }
            ringNodes.push_back(ringNodes.front());
            way(ringNodes, Trunk, name + QStringLiteral("环线"));
            for (int k = 0; k < pieces; k += std::max(1, pieces / 48)) {
                const quint32 v = ringNodes[std::size_t(k)];
                way({ v, nearest(t.edge, m_lat[v], m_lon[v]) }, Primary, name + QStringLiteral("连接线"));
            }
        }
        return t;
    }

    quint32 nearest(const std::vector<quint32> &nodes, double lat, double lon) const
    {
        quint32 best = nodes.front();
        double bestD = 1e300;
        const double k = std::cos(lat * std::numbers::pi / 180);
        for (quint32 v : nodes) {
            const double d = std::pow(m_lat[v] - lat, 2) + std::pow((m_lon[v] - lon) * k, 2);
            if (d < bestD) {
                bestD = d;
                best = v;
            }
        }
        return best;
    }

    int townAt(const std::vector<Town> &towns, double lat, double lon, double marginM) const
    {
        for (std::size_t k = 0; k < towns.size(); ++k) {
            if (std::hypot(
                    (lat - towns[k].lat) * metresPerDegLat(), (lon - towns[k].lon) * metresPerDegLon(lat))
                < towns[k].radiusM + marginM)
                return int(k);
        }
        return -1;
    }

    void generate()
    {
        static const Seat seats[] = { { "武汉", 30.5928, 114.3055, 22000 }, { "黄石", 30.20, 115.04, 9000 },
            { "十堰", 32.63, 110.80, 9000 }, { "宜昌", 30.69, 111.29, 9000 }, { "襄阳", 32.01, 112.12, 9000 },
            { "鄂州", 30.39, 114.89, 9000 }, { "荆门", 31.03, 112.20, 9000 }, { "孝感", 30.92, 113.92, 9000 },
            { "荆州", 30.33, 112.24, 9000 }, { "黄冈", 30.45, 114.87, 9000 }, { "咸宁", 29.84, 114.32, 9000 },
            { "随州", 31.69, 113.38, 9000 }, { "恩施", 30.27, 109.49, 9000 }, { "仙桃", 30.36, 113.45, 9000 },
            { "潜江", 30.40, 112.90, 9000 }, { "天门", 30.66, 113.17, 9000 },
            { "神农架", 31.74, 110.67, 9000 } };
        const double shrink = std::sqrt(m_scale);
        std::vector<Town> towns;
        for (const Seat &s : seats) {
            if (townAt(towns, s.lat, s.lon, 2000) < 0)
                towns.push_back(town(QString::fromUtf8(s.name), s.lat, s.lon, s.radiusM * shrink, true));
        }
        const int seatCount = int(towns.size());
        // County towns, away from the seats and from each other.
        const int counties = std::max(4, int(70 * m_scale));
        for (int c = 0, tries = 0; c < counties && tries < 100'000; ++tries) {
            const double lat = kSouth + 0.2 + unit() * (kNorth - kSouth - 0.4);
            const double lon = kWest + 0.2 + unit() * (kEast - kWest - 0.4);
            if (townAt(towns, lat, lon, 12000) >= 0)
                continue;
            towns.push_back(town(QStringLiteral("县%1").arg(++c), lat, lon, 3500 * shrink, false));
        }
        // County roads on an 8 km lattice, with places for village roads to join every 2 km.
        const double cell = 8000;
        const int rows = int((kNorth - kSouth) * metresPerDegLat() / cell) + 1;
        const int cols = int((kEast - kWest) * metresPerDegLon((kNorth + kSouth) / 2) / cell) + 1;
        auto latOf = [&](double r) { return kSouth + r * cell / metresPerDegLat(); };
        auto lonOf = [&](double c, double lat) { return kWest + c * cell / metresPerDegLon(lat); };
        std::vector<qint64> lattice(std::size_t(rows * cols), -1);
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < cols; ++c) {
                const double lat = latOf(r + (unit() - 0.5) * 0.1);
                const double lon = lonOf(c + (unit() - 0.5) * 0.1, lat);
                if (townAt(towns, lat, lon, 500) < 0)
                    lattice[std::size_t(r * cols + c)] = node(lat, lon);
            }
        }
        // The access node in the middle of each lattice road: (dir, r, c) -> node.
        std::map<std::tuple<int, int, int>, quint32> middle;
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < cols; ++c) {
                const qint64 v = lattice[std::size_t(r * cols + c)];
                for (int dir = 0; dir < 2; ++dir) {
                    const int r2 = r + (dir ? 1 : 0), c2 = c + (dir ? 0 : 1);
                    if (v < 0 || r2 >= rows || c2 >= cols)
                        continue;
                    qint64 w = lattice[std::size_t(r2 * cols + c2)];
                    const double latW = latOf(r2), lonW = lonOf(c2, latW);
                    const int t = townAt(towns, latW, lonW, 500);
                    if (w < 0 && t >= 0)
                        w = nearest(towns[std::size_t(t)].edge, latW, lonW);
                    if (w < 0)
                        continue;
                    const quint32 mid = node((m_lat[quint32(v)] + m_lat[quint32(w)]) / 2,
                        (m_lon[quint32(v)] + m_lon[quint32(w)]) / 2);
                    middle[{ dir, r, c }] = mid;
                    const QString name = QStringLiteral("X%1").arg(dir ? c : r);
                    bentRoad(quint32(v), mid, Tertiary, name, 500, 80);
                    bentRoad(mid, quint32(w), Tertiary, name, 500, 80);
                }
            }
        }
        // Villages in each lattice cell: a junction with a 3 x 3 grid of lanes, joined to the
        // nearest village already placed (now and then to the second nearest too), and the cell's
        // villages to the middles of the county roads around it.
        const int villages = std::max(1, int(20 * m_scale));
        for (int r = 0; r + 1 < rows; ++r) {
            for (int c = 0; c + 1 < cols; ++c) {
                std::vector<quint32> placed;
                for (int k = 0; k < villages; ++k) {
                    const double lat = latOf(r + 0.1 + 0.8 * unit());
                    const double lon = lonOf(c + 0.1 + 0.8 * unit(), lat);
                    if (townAt(towns, lat, lon, 1500) >= 0)
                        continue;
                    const quint32 v = node(lat, lon);
                    std::vector<quint32> lane[3];
                    for (int y = 0; y < 3; ++y) {
                        for (int x = 0; x < 3; ++x)
                            lane[y].push_back(node(lat + (y + 1) * 90 / metresPerDegLat(),
                                lon + (x + 1) * 90 / metresPerDegLon(lat)));
                    }
                    const QString name = QStringLiteral("村%1-%2-%3").arg(r).arg(c).arg(k);
                    for (int y = 0; y < 3; ++y)
                        way(lane[y], Residential, name);
                    for (int x = 0; x < 3; ++x)
                        way({ lane[0][std::size_t(x)], lane[1][std::size_t(x)], lane[2][std::size_t(x)] },
                            Residential, name);
                    way({ v, lane[0][0] }, Residential, name);
                    if (!placed.empty()) {
                        std::vector<std::pair<double, quint32>> near;
                        for (quint32 p : placed)
                            near.push_back(
                                { std::pow(m_lat[p] - lat, 2) + std::pow((m_lon[p] - lon) * 0.86, 2), p });
                        std::sort(near.begin(), near.end());
                        bentRoad(v, near[0].second, Unclassified,
                            QStringLiteral("Y%1-%2-%3").arg(r).arg(c).arg(k), 400, 50);
                        if (near.size() > 1 && unit() < 0.25)
                            bentRoad(v, near[1].second, Unclassified,
                                QStringLiteral("Y%1-%2-%3b").arg(r).arg(c).arg(k), 400, 50);
                    }
                    placed.push_back(v);
                }
                if (placed.empty())
                    continue;
                const std::tuple<int, int, int> sides[]
                    = { { 0, r, c }, { 0, r + 1, c }, { 1, r, c }, { 1, r, c + 1 } };
                for (const auto &sd : sides) {
                    auto it = middle.find(sd);
                    if (it != middle.end())
                        bentRoad(it->second, nearest(placed, m_lat[it->second], m_lon[it->second]),
                            Unclassified, QStringLiteral("Y%1-%2入口").arg(r).arg(c), 400, 50);
                }
            }
        }
        // Expressways: each seat to its three nearest seats.
        std::vector<std::pair<int, int>> done;
        for (int a = 0; a < seatCount; ++a) {
            std::vector<std::pair<double, int>> near;
            for (int b = 0; b < seatCount; ++b) {
                if (b != a)
                    near.push_back({ std::hypot((towns[std::size_t(a)].lat - towns[std::size_t(b)].lat)
                                             * metresPerDegLat(),
                                         (towns[std::size_t(a)].lon - towns[std::size_t(b)].lon)
                                             * metresPerDegLon(towns[std::size_t(a)].lat)),
                        b });
            }
            std::sort(near.begin(), near.end());
            for (int k = 0; k < std::min<int>(3, int(near.size())); ++k) {
                const int b = near[std::size_t(k)].second;
                if (std::find(done.begin(), done.end(), std::minmax(a, b)) != done.end())
                    continue;
                done.push_back(std::minmax(a, b));
                expressway(towns[std::size_t(a)], towns[std::size_t(b)], lattice, rows, cols, cell);
            }
        }
    }

    void expressway(
        const Town &a, const Town &b, const std::vector<qint64> &lattice, int rows, int cols, double cell)
    {
        const quint32 from = nearest(a.edge, b.lat, b.lon), to = nearest(b.edge, a.lat, a.lon);
        const double lat0 = m_lat[from], lon0 = m_lon[from], lat1 = m_lat[to], lon1 = m_lon[to];
        const double len
            = std::hypot((lat1 - lat0) * metresPerDegLat(), (lon1 - lon0) * metresPerDegLon(lat0));
        const int pieces = std::max(2, int(len / 1000));
        const QString name = QStringLiteral("G%1高速").arg(m_ways.size() % 97);
        std::vector<quint32> nodes { from };
        for (int i = 1; i < pieces; ++i) {
            const double t = double(i) / pieces;
            const double bow = std::sin(t * std::numbers::pi) * len * 0.04;
            const double lat = lat0 + (lat1 - lat0) * t + bow / metresPerDegLat();
            const double lon = lon0 + (lon1 - lon0) * t;
            const quint32 v = node(lat, lon);
            nodes.push_back(v);
            // An interchange every ~8 km: a link road to the nearest county-road junction.
            if (i % 8 == 4) {
                const int r = int(std::lround((lat - kSouth) * metresPerDegLat() / cell));
                const int c = int(std::lround((lon - kWest) * metresPerDegLon(lat) / cell));
                if (r >= 0 && r < rows && c >= 0 && c < cols && lattice[std::size_t(r * cols + c)] >= 0)
                    way({ v, quint32(lattice[std::size_t(r * cols + c)]) }, Secondary,
                        name + QStringLiteral("连接线"));
            }
        }
        nodes.push_back(to);
        way(nodes, Motorway, name);
    }

    double m_scale;
    quint64 m_state;
    std::vector<double> m_lat, m_lon;
    std::vector<quint32> m_refs;
    std::vector<Way> m_ways;
};

} // namespace wf::bench
