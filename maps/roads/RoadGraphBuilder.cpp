#include "RoadGraphBuilder.h"

#include "CchTopology.h"
#include "NestedDissection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <algorithm>
#include <cmath>
#include <cstring>

namespace wf::maps {

using namespace roadfile;

namespace {

bool validPosition(LatLon p)
{
    return std::isfinite(p.lat) && std::isfinite(p.lon) && std::abs(p.lat) <= 90 && std::abs(p.lon) <= 180;
}

Point encode(LatLon p)
{
    return { qint32(std::lround(p.lat * 1e7)), qint32(std::lround(p.lon * 1e7)) };
}

std::size_t aligned(std::size_t offset)
{
    return (offset + kAlignment - 1) / kAlignment * kAlignment;
}

// The cells (row * cols + col) a segment passes through, by walking the grid lines it crosses.
template<class F> void rasterise(double x0, double y0, double x1, double y1, long cols, long rows, F &&cell)
{
    auto clampCol = [&](double x) { return std::clamp(long(std::floor(x)), 0L, cols - 1); };
    auto clampRow = [&](double y) { return std::clamp(long(std::floor(y)), 0L, rows - 1); };
    long cx = clampCol(x0), cy = clampRow(y0);
    const long ex = clampCol(x1), ey = clampRow(y1);
    cell(cy * cols + cx);
    const double dx = x1 - x0, dy = y1 - y0;
    const long stepX = dx > 0 ? 1 : -1, stepY = dy > 0 ? 1 : -1;
    const double inf = std::numeric_limits<double>::infinity();
    double tMaxX = dx != 0 ? (stepX > 0 ? (double(cx) + 1 - x0) : (x0 - double(cx))) / std::abs(dx) : inf;
    double tMaxY = dy != 0 ? (stepY > 0 ? (double(cy) + 1 - y0) : (y0 - double(cy))) / std::abs(dy) : inf;
    const double tDeltaX = dx != 0 ? 1 / std::abs(dx) : inf, tDeltaY = dy != 0 ? 1 / std::abs(dy) : inf;
    for (long steps = std::labs(ex - cx) + std::labs(ey - cy); steps > 0; --steps) {
        if (tMaxX < tMaxY) {
            cx = std::clamp(cx + stepX, 0L, cols - 1);
            tMaxX += tDeltaX;
        } else {
            cy = std::clamp(cy + stepY, 0L, rows - 1);
            tMaxY += tDeltaY;
        }
        cell(cy * cols + cx);
    }
    cell(ey * cols + ex);
}

} // namespace

int RoadGraphBuilder::addNode(LatLon p)
{
    if (!validPosition(p)) {
        m_badCoordinate = true;
        p = {};
    }
    m_nodes.push_back(encode(p));
    return int(m_nodes.size()) - 1;
}

int RoadGraphBuilder::addName(const RoadName &name)
{
    m_names.push_back(name);
    return int(m_names.size()) - 1;
}

int RoadGraphBuilder::addLink(int from, int to, RoadClass cls, Direction direction, int name, double speedKmh,
    std::span<const LatLon> shape)
{
    if (from < 0 || to < 0 || from >= nodeCount() || to >= nodeCount() || int(cls) >= kRoadClassCount) {
        m_badCoordinate = true; // reported by build(): a link to nowhere is a caller's bug
        from = to = 0;
    }
    const double kmh = speedKmh > 0 ? speedKmh : defaultSpeedKmh(cls);
    m_links.push_back(
        { quint32(from), quint32(to), name >= 0 && name < int(m_names.size()) ? quint32(name) : kNone,
            quint8(cls), quint8(std::clamp(std::lround(kmh), 1L, 255L)), direction == Direction::Forward });
    for (const LatLon &p : shape) {
        if (!validPosition(p))
            m_badCoordinate = true;
        m_shape.push_back(encode(validPosition(p) ? p : LatLon {}));
    }
    m_shapeFirst.push_back(quint32(m_shape.size()));
    return int(m_links.size()) - 1;
}

void RoadGraphBuilder::setSource(const QString &source, const QString &attribution)
{
    m_source = source;
    m_attribution = attribution;
}

std::vector<int> RoadGraphBuilder::components() const
{
    // Union-find over the links.
    std::vector<int> parent(m_nodes.size());
    for (std::size_t i = 0; i < parent.size(); ++i)
        parent[i] = int(i);
    auto find = [&](int x) {
        while (parent[std::size_t(x)] != x) {
            parent[std::size_t(x)] = parent[std::size_t(parent[std::size_t(x)])];
            x = parent[std::size_t(x)];
        }
        return x;
    };
    for (const auto &l : m_links) {
        const int a = find(int(l.from)), b = find(int(l.to));
        if (a != b)
            parent[std::size_t(std::max(a, b))] = std::min(a, b);
    }
    std::vector<int> id(m_nodes.size(), -1), comp(m_nodes.size());
    int next = 0;
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        const int root = find(int(i));
        if (id[std::size_t(root)] < 0)
            id[std::size_t(root)] = next++;
        comp[i] = id[std::size_t(root)];
    }
    return comp;
}

bool RoadGraphBuilder::produce(QString *error, const Progress &progress, const Sink &sink) const
{
    auto say = [&](const QString &what) {
        if (progress)
            progress(what);
    };
    const std::size_t n = m_nodes.size(), links = m_links.size();
    if (n == 0 || links == 0) {
        *error = QStringLiteral("no roads to build a graph from");
        return false;
    }
    if (m_badCoordinate) {
        *error
            = QStringLiteral("a node or shape point has an impossible position, or a road an unknown node");
        return false;
    }
    if (n > kMaxNodes || links > kMaxEdges / 2 || m_shape.size() > 0xfffffff0u
        || m_names.size() > kMaxEdges) {
        *error = QStringLiteral("the graph is too large for the file format (%1 nodes, %2 roads)")
                     .arg(n)
                     .arg(links);
        return false;
    }

    // Edges, by tail node: a two-way link has one each way.
    say(QStringLiteral("edges of %1 roads").arg(links));
    std::vector<float> linkLength(links);
    std::vector<LatLon> line;
    for (std::size_t l = 0; l < links; ++l) {
        const auto &k = m_links[l];
        double len = 0;
        LatLon prev = RoadGraph::decode(m_nodes[k.from]);
        for (quint32 s = m_shapeFirst[l]; s < m_shapeFirst[l + 1]; ++s) {
            const LatLon p = RoadGraph::decode(m_shape[s]);
            len += distanceMeters(prev, p);
            prev = p;
        }
        len += distanceMeters(prev, RoadGraph::decode(m_nodes[k.to]));
        linkLength[l] = float(std::max(len, 0.1));
    }
    std::vector<quint32> outFirst(n + 1, 0);
    for (const auto &k : m_links) {
        ++outFirst[k.from + 1];
        if (!k.oneWay)
            ++outFirst[k.to + 1];
    }
    for (std::size_t i = 0; i < n; ++i)
        outFirst[i + 1] += outFirst[i];
    const quint32 m = outFirst[n];
    std::vector<EdgeRecord> edges(m);
    std::vector<LinkRecord> linkRecords(links);
    {
        std::vector<quint32> next(outFirst.begin(), outFirst.end() - 1);
        for (std::size_t l = 0; l < links; ++l) {
            const auto &k = m_links[l];
            const quint32 f = next[k.from]++;
            edges[f] = { k.from, k.to, quint32(l), linkLength[l], k.cls, k.speedKmh, 0, 0 };
            quint32 b = kNone;
            if (!k.oneWay) {
                b = next[k.to]++;
                edges[b]
                    = { k.to, k.from, quint32(l), linkLength[l], k.cls, k.speedKmh, kEdgeAgainstLink, 0 };
            }
            linkRecords[l] = { k.from, k.to, f, b, k.name, k.cls, { 0, 0, 0 } };
        }
    }
    std::vector<quint32> inFirst(n + 1, 0), inEdges(m), inFrom(m);
    for (const auto &e : edges)
        ++inFirst[e.to + 1];
    for (std::size_t i = 0; i < n; ++i)
        inFirst[i + 1] += inFirst[i];
    {
        std::vector<quint32> next(inFirst.begin(), inFirst.end() - 1);
        for (quint32 e = 0; e < m; ++e) {
            inFrom[next[edges[e].to]] = edges[e].from;
            inEdges[next[edges[e].to]++] = e;
        }
    }

    // Names, UTF-8 back to back.
    std::vector<NameRecord> names(m_names.size());
    QByteArray nameBytes;
    for (std::size_t i = 0; i < m_names.size(); ++i) {
        const QString parts[3] = { m_names[i].name, m_names[i].zh, m_names[i].en };
        for (int k = 0; k < 3; ++k) {
            const QByteArray u = parts[k].toUtf8().left(1024); // a name is a name, not a payload
            names[i].offset[k] = quint32(nameBytes.size());
            names[i].length[k] = quint32(u.size());
            nameBytes += u;
        }
    }
    if (quint64(nameBytes.size()) > 0xfffffff0ull) {
        *error = QStringLiteral("road names take too much room");
        return false;
    }

    // The snapping grid: cells about half the mean spacing of the roads, a dense table of them
    // (one lookup per cell when snapping) grown coarser until it is at most a few entries a road.
    say(QStringLiteral("snapping grid"));
    double south = 90, north = -90, west = 180, east = -180;
    auto extend = [&](const Point &p) {
        const LatLon q = RoadGraph::decode(p);
        south = std::min(south, q.lat);
        north = std::max(north, q.lat);
        west = std::min(west, q.lon);
        east = std::max(east, q.lon);
    };
    for (const auto &p : m_nodes)
        extend(p);
    for (const auto &p : m_shape)
        extend(p);
    const double area = std::max((north - south) * (east - west), 1e-8);
    double cellDeg = std::clamp(std::sqrt(area / double(links)) / 2, 0.002, 0.05);
    long cols = 0, rows = 0;
    for (;;) {
        cols = long(std::floor((east - west) / cellDeg)) + 1;
        rows = long(std::floor((north - south) / cellDeg)) + 1;
        if (double(cols) * double(rows) <= 4.0 * double(links) + 65536)
            break;
        cellDeg *= 1.25;
    }
    std::vector<quint64> cellLinks;
    for (std::size_t l = 0; l < links; ++l) {
        const auto &k = m_links[l];
        auto gx = [&](const LatLon &p) { return (p.lon - west) / cellDeg; };
        auto gy = [&](const LatLon &p) { return (p.lat - south) / cellDeg; };
        line.clear();
        line.push_back(RoadGraph::decode(m_nodes[k.from]));
        for (quint32 s = m_shapeFirst[l]; s < m_shapeFirst[l + 1]; ++s)
            line.push_back(RoadGraph::decode(m_shape[s]));
        line.push_back(RoadGraph::decode(m_nodes[k.to]));
        const std::size_t before = cellLinks.size();
        for (std::size_t i = 1; i < line.size(); ++i) {
            rasterise(gx(line[i - 1]), gy(line[i - 1]), gx(line[i]), gy(line[i]), cols, rows,
                [&](long cell) { cellLinks.push_back((quint64(cell) << 32) | l); });
        }
        std::sort(cellLinks.begin() + qsizetype(before), cellLinks.end());
        cellLinks.erase(std::unique(cellLinks.begin() + qsizetype(before), cellLinks.end()), cellLinks.end());
    }
    if (cellLinks.size() > 0xfffffff0ull) {
        *error = QStringLiteral("the snapping grid is too large");
        return false;
    }
    // Counting sort by cell: a link's entries stay in link order within each cell.
    const auto cells = std::size_t(cols * rows);
    std::vector<quint32> gridFirst(cells + 1, 0), gridLinks(cellLinks.size());
    for (const quint64 cl : cellLinks)
        ++gridFirst[std::size_t(cl >> 32) + 1];
    for (std::size_t i = 0; i < cells; ++i)
        gridFirst[i + 1] += gridFirst[i];
    {
        std::vector<quint32> next(gridFirst.begin(), gridFirst.end() - 1);
        for (const quint64 cl : cellLinks)
            gridLinks[next[std::size_t(cl >> 32)]++] = quint32(cl & 0xffffffffu);
    }
    cellLinks = {};

    // The routing hierarchy: undirected adjacency, nested-dissection order, chordal arcs.
    say(QStringLiteral("ordering %1 nodes for routing").arg(n));
    std::vector<quint32> adjFirst(n + 1, 0);
    for (const auto &k : m_links) {
        if (k.from != k.to) {
            ++adjFirst[k.from + 1];
            ++adjFirst[k.to + 1];
        }
    }
    for (std::size_t i = 0; i < n; ++i)
        adjFirst[i + 1] += adjFirst[i];
    std::vector<quint32> adjacent(adjFirst[n]);
    {
        std::vector<quint32> next(adjFirst.begin(), adjFirst.end() - 1);
        for (const auto &k : m_links) {
            if (k.from != k.to) {
                adjacent[next[k.from]++] = k.to;
                adjacent[next[k.to]++] = k.from;
            }
        }
    }
    const LocalFrame frame({ (south + north) / 2, (west + east) / 2 });
    std::vector<QPointF> xy(n);
    for (std::size_t i = 0; i < n; ++i)
        xy[i] = frame.toMeters(RoadGraph::decode(m_nodes[i]));
    const std::vector<quint32> rank = nestedDissectionOrder(xy, adjFirst, adjacent);
    xy = {};
    say(QStringLiteral("routing hierarchy"));
    const CchTopology topo = CchTopology::build(rank, adjFirst, adjacent);
    adjacent = {};
    if (topo.upHead.size() > 4ull * kMaxEdges) {
        *error = QStringLiteral("the routing hierarchy is too large");
        return false;
    }
    std::vector<quint32> edgeArc(m, kNone);
    for (quint32 e = 0; e < m; ++e) {
        const quint32 ru = rank[edges[e].from], rv = rank[edges[e].to];
        if (ru == rv)
            continue; // a loop: never on a shortest route
        const quint32 lo = std::min(ru, rv), hi = std::max(ru, rv);
        const auto b = topo.upHead.begin() + topo.upFirst[lo],
                   en = topo.upHead.begin() + topo.upFirst[lo + 1];
        const auto it = std::lower_bound(b, en, hi);
        edgeArc[e] = quint32(it - topo.upHead.begin()) | (ru > rv ? 0x80000000u : 0u);
    }

    QJsonObject meta { { QStringLiteral("source"), m_source },
        { QStringLiteral("attribution"), m_attribution }, { QStringLiteral("nodes"), qint64(n) },
        { QStringLiteral("edges"), qint64(m) }, { QStringLiteral("roads"), qint64(links) } };
    const QByteArray metaBytes = QJsonDocument(meta).toJson(QJsonDocument::Compact);

    // The file: the header, then each array at an aligned offset.
    say(QStringLiteral("writing"));
    const Section blobs[SectionCount] = {
        { m_nodes.data(), n, sizeof(Point) },
        { outFirst.data(), n + 1, 4 },
        { edges.data(), m, sizeof(EdgeRecord) },
        { inFirst.data(), n + 1, 4 },
        { inEdges.data(), m, 4 },
        { inFrom.data(), m, 4 },
        { linkRecords.data(), links, sizeof(LinkRecord) },
        { m_shapeFirst.data(), links + 1, 4 },
        { m_shape.data(), m_shape.size(), sizeof(Point) },
        { names.data(), names.size(), sizeof(NameRecord) },
        { nameBytes.constData(), quint64(nameBytes.size()), 1 },
        { gridFirst.data(), gridFirst.size(), 4 },
        { gridLinks.data(), gridLinks.size(), 4 },
        { rank.data(), n, 4 },
        { topo.upFirst.data(), n + 1, 4 },
        { topo.upHead.data(), topo.upHead.size(), 4 },
        { edgeArc.data(), m, 4 },
        { metaBytes.constData(), quint64(metaBytes.size()), 1 },
    };
    Header h {};
    std::memcpy(h.magic, kMagic, sizeof kMagic);
    h.version = kVersion;
    h.byteOrder = kByteOrderMark;
    h.headerBytes = sizeof(Header);
    h.sectionCount = SectionCount;
    h.nodeCount = quint32(n);
    h.edgeCount = m;
    h.linkCount = quint32(links);
    h.nameCount = quint32(names.size());
    h.shapePointCount = quint32(m_shape.size());
    h.arcCount = quint32(topo.upHead.size());
    h.gridCellCount = quint32(cells);
    h.gridEntryCount = quint32(gridLinks.size());
    h.gridSouth = south;
    h.gridWest = west;
    h.gridCellDeg = cellDeg;
    h.gridCols = quint32(cols);
    h.gridRows = quint32(rows);
    std::size_t offset = aligned(sizeof(Header));
    for (quint32 s = 0; s < SectionCount; ++s) {
        h.sections[s] = { s, blobs[s].elementBytes, offset, blobs[s].count };
        offset = aligned(offset + blobs[s].count * blobs[s].elementBytes);
    }
    h.fileBytes = offset;
    return sink(h, blobs);
}

QByteArray RoadGraphBuilder::build(QString *error, const Progress &progress) const
{
    QByteArray out;
    produce(error, progress, [&](const Header &h, std::span<const Section> sections) {
        out = QByteArray(qsizetype(h.fileBytes), '\0');
        std::memcpy(out.data(), &h, sizeof h);
        for (quint32 s = 0; s < SectionCount; ++s) {
            if (sections[s].count > 0)
                std::memcpy(out.data() + h.sections[s].offset, sections[s].data,
                    sections[s].count * sections[s].elementBytes);
        }
        return true;
    });
    return out;
}

bool RoadGraphBuilder::write(const QString &path, QString *error, const Progress &progress) const
{
    // Streamed section by section into a temporary file, renamed over path by commit().
    QSaveFile f(path);
    return produce(error, progress, [&](const Header &h, std::span<const Section> sections) {
        if (!f.open(QIODevice::WriteOnly)) {
            *error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
            return false;
        }
        const QByteArray zeros(qsizetype(kAlignment), '\0');
        qint64 at = f.write(reinterpret_cast<const char *>(&h), sizeof h);
        bool ok = at == qint64(sizeof h);
        for (quint32 s = 0; s < SectionCount && ok; ++s) {
            ok = f.write(zeros.constData(), qint64(h.sections[s].offset) - at)
                == qint64(h.sections[s].offset) - at;
            const qint64 bytes = qint64(sections[s].count * sections[s].elementBytes);
            ok = ok && (bytes == 0 || f.write(static_cast<const char *>(sections[s].data), bytes) == bytes);
            at = qint64(h.sections[s].offset) + bytes;
        }
        ok = ok && f.write(zeros.constData(), qint64(h.fileBytes) - at) == qint64(h.fileBytes) - at;
        if (!ok || !f.commit()) {
            *error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
            f.cancelWriting();
            return false;
        }
        return true;
    });
}

} // namespace wf::maps
