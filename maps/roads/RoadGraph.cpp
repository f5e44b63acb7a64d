#include "RoadGraph.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cmath>
#include <cstring>

namespace wf::maps {

using namespace roadfile;

QString RoadName::in(bool english) const
{
    if (english)
        return en.isEmpty() ? name : en;
    return !zh.isEmpty() ? zh : name;
}

RoadGraph::~RoadGraph() = default;

std::shared_ptr<const RoadGraph> RoadGraph::open(const QString &path, QString *error)
{
    auto g = std::shared_ptr<RoadGraph>(new RoadGraph);
    g->m_file = std::make_unique<QFile>(path);
    if (!g->m_file->open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read road graph %1: %2").arg(path, g->m_file->errorString());
        return nullptr;
    }
    const qint64 size = g->m_file->size();
    if (size < qint64(sizeof(Header))) {
        *error = QStringLiteral("%1 is not a road graph (too short: %2 bytes)").arg(path).arg(size);
        return nullptr;
    }
    const uchar *data = g->m_file->map(0, size);
    if (!data) {
        *error = QStringLiteral("cannot map road graph %1: %2").arg(path, g->m_file->errorString());
        return nullptr;
    }
    QString why;
    if (!g->attach(reinterpret_cast<const char *>(data), size, &why)) {
        *error = QStringLiteral("%1: %2").arg(path, why);
        return nullptr;
    }
    return g;
}

std::shared_ptr<const RoadGraph> RoadGraph::fromBytes(QByteArray bytes, QString *error)
{
    auto g = std::shared_ptr<RoadGraph>(new RoadGraph);
    g->m_bytes = std::move(bytes);
    if (g->m_bytes.size() < qint64(sizeof(Header))) {
        *error = QStringLiteral("not a road graph (too short)");
        return nullptr;
    }
    // Arrays are read in place: the image must start on an 8-byte boundary (QByteArray's do).
    if (reinterpret_cast<quintptr>(g->m_bytes.constData()) % alignof(quint64) != 0) {
        *error = QStringLiteral("road graph image is not aligned");
        return nullptr;
    }
    if (!g->attach(g->m_bytes.constData(), g->m_bytes.size(), error))
        return nullptr;
    return g;
}

bool RoadGraph::attach(const char *data, qint64 size, QString *error)
{
    const auto *h = reinterpret_cast<const Header *>(data);
    if (std::memcmp(h->magic, kMagic, sizeof kMagic) != 0) {
        *error = QStringLiteral("not a road graph (no Watchfloor roads header)");
        return false;
    }
    if (h->byteOrder != kByteOrderMark) {
        *error = QStringLiteral("road graph written on a machine of the other byte order");
        return false;
    }
    if (h->version != kVersion) {
        *error = QStringLiteral("road graph format version %1; this build reads version %2 (import or "
                                "generate it again)")
                     .arg(h->version)
                     .arg(kVersion);
        return false;
    }
    if (h->headerBytes != sizeof(Header) || h->sectionCount != SectionCount) {
        *error = QStringLiteral("road graph header is damaged");
        return false;
    }
    if (h->fileBytes != quint64(size)) {
        *error
            = QStringLiteral("road graph is truncated or padded: the header says %1 bytes, the file has %2")
                  .arg(h->fileBytes)
                  .arg(size);
        return false;
    }
    if (h->nodeCount == 0 || h->nodeCount > kMaxNodes || h->edgeCount > kMaxEdges || h->linkCount > kMaxEdges
        || h->arcCount > 4 * kMaxEdges) {
        *error = QStringLiteral("road graph counts are out of range");
        return false;
    }
    const quint64 n = h->nodeCount;
    const quint64 expected[SectionCount] = { n, n + 1, h->edgeCount, n + 1, h->edgeCount, h->edgeCount,
        h->linkCount, quint64(h->linkCount) + 1, h->shapePointCount, h->nameCount, quint64(-1),
        quint64(h->gridCellCount) + 1, h->gridEntryCount, n, n + 1, h->arcCount, h->edgeCount, quint64(-1) };
    const quint32 elementBytes[SectionCount] = { sizeof(Point), 4, sizeof(EdgeRecord), 4, 4, 4,
        sizeof(LinkRecord), 4, sizeof(Point), sizeof(NameRecord), 1, 4, 4, 4, 4, 4, 4, 1 };
    for (quint32 s = 0; s < SectionCount; ++s) {
        const SectionEntry &e = h->sections[s];
        const bool sizeOk = expected[s] == quint64(-1) || e.count == expected[s];
        if (e.id != s || e.elementBytes != elementBytes[s] || !sizeOk || e.offset % kAlignment != 0
            || e.offset < sizeof(Header) || e.offset > quint64(size)
            || e.count > (quint64(size) - e.offset) / e.elementBytes) {
            *error = QStringLiteral("road graph section %1 is damaged or truncated").arg(s);
            return false;
        }
    }
    auto at = [&](Section s) { return data + h->sections[s].offset; };
    m_header = h;
    m_nodes = reinterpret_cast<const Point *>(at(NodePositions));
    m_outFirst = reinterpret_cast<const quint32 *>(at(OutFirst));
    m_edges = reinterpret_cast<const EdgeRecord *>(at(Edges));
    m_inFirst = reinterpret_cast<const quint32 *>(at(InFirst));
    m_inEdges = reinterpret_cast<const quint32 *>(at(InEdges));
    m_inFrom = reinterpret_cast<const quint32 *>(at(InFrom));
    m_links = reinterpret_cast<const LinkRecord *>(at(Links));
    m_shapeFirst = reinterpret_cast<const quint32 *>(at(ShapeFirst));
    m_shape = reinterpret_cast<const Point *>(at(ShapePoints));
    m_names = reinterpret_cast<const NameRecord *>(at(Names));
    m_nameBytes = at(NameBytes);
    m_nameByteCount = h->sections[NameBytes].count;
    m_gridFirst = reinterpret_cast<const quint32 *>(at(GridFirst));
    m_gridLinks = reinterpret_cast<const quint32 *>(at(GridLinks));
    m_rank = reinterpret_cast<const quint32 *>(at(Rank));
    m_upFirst = reinterpret_cast<const quint32 *>(at(UpFirst));
    m_upHead = reinterpret_cast<const quint32 *>(at(UpHead));
    m_edgeArc = reinterpret_cast<const quint32 *>(at(EdgeArc));
    m_meta = at(Meta);
    m_metaBytes = h->sections[Meta].count;
    return checkContents(error);
}

// Every index the routing and drawing code follows without a check is checked here, once: a
// damaged or hostile file is refused instead of read out of bounds.
bool RoadGraph::checkContents(QString *error) const
{
    const auto &h = *m_header;
    const quint32 n = h.nodeCount, m = h.edgeCount, links = h.linkCount;
    auto fail = [&](const QString &what) {
        *error = QStringLiteral("road graph is damaged: %1").arg(what);
        return false;
    };
    auto monotone = [](const quint32 *first, quint32 count, quint64 last) {
        if (first[0] != 0 || first[count] != last)
            return false;
        for (quint32 i = 0; i < count; ++i) {
            if (first[i] > first[i + 1])
                return false;
        }
        return true;
    };
    for (quint32 i = 0; i < n; ++i) {
        const auto &p = m_nodes[i];
        if (p.lat < -900'000'000 || p.lat > 900'000'000 || p.lon < -1'800'000'000 || p.lon > 1'800'000'000)
            return fail(QStringLiteral("node %1 has an impossible position").arg(i));
    }
    if (!monotone(m_outFirst, n, m) || !monotone(m_inFirst, n, m))
        return fail(QStringLiteral("adjacency offsets"));
    for (quint32 v = 0; v < n; ++v) {
        for (quint32 e = m_outFirst[v]; e < m_outFirst[v + 1]; ++e) {
            const auto &r = m_edges[e];
            if (r.from != v || r.to >= n || r.link >= links || r.roadClass >= kRoadClassCount
                || r.speedKmh == 0 || !std::isfinite(r.lengthM) || r.lengthM < 0 || r.lengthM > 1e7f)
                return fail(QStringLiteral("edge %1").arg(e));
            const auto &l = m_links[r.link];
            const bool against = r.flags & kEdgeAgainstLink;
            if ((against ? l.backward : l.forward) != e || (against ? l.to : l.from) != v)
                return fail(QStringLiteral("edge %1 and its link disagree").arg(e));
        }
        for (quint32 i = m_inFirst[v]; i < m_inFirst[v + 1]; ++i) {
            if (m_inEdges[i] >= m || m_edges[m_inEdges[i]].to != v
                || m_inFrom[i] != m_edges[m_inEdges[i]].from)
                return fail(QStringLiteral("incoming edges of node %1").arg(v));
        }
    }
    if (!monotone(m_shapeFirst, links, h.shapePointCount))
        return fail(QStringLiteral("link shapes"));
    for (quint32 l = 0; l < links; ++l) {
        const auto &r = m_links[l];
        if (r.from >= n || r.to >= n || (r.forward == roadfile::kNone && r.backward == roadfile::kNone)
            || (r.forward != roadfile::kNone && r.forward < m && m_edges[r.forward].roadClass != r.roadClass)
            || (r.backward != roadfile::kNone && r.backward < m
                && m_edges[r.backward].roadClass != r.roadClass)
            || (r.forward != roadfile::kNone && r.forward >= m)
            || (r.backward != roadfile::kNone && r.backward >= m)
            || (r.name != roadfile::kNone && r.name >= h.nameCount))
            return fail(QStringLiteral("link %1").arg(l));
    }
    for (quint32 i = 0; i < h.nameCount; ++i) {
        for (int k = 0; k < 3; ++k) {
            if (quint64(m_names[i].offset[k]) + m_names[i].length[k] > m_nameByteCount)
                return fail(QStringLiteral("name %1").arg(i));
        }
    }
    if (!(h.gridCellDeg > 0) || !std::isfinite(h.gridSouth) || !std::isfinite(h.gridWest)
        || quint64(h.gridCols) * h.gridRows != h.gridCellCount
        || !monotone(m_gridFirst, h.gridCellCount, h.gridEntryCount))
        return fail(QStringLiteral("snapping grid"));
    for (quint32 i = 0; i < h.gridEntryCount; ++i) {
        if (m_gridLinks[i] >= links)
            return fail(QStringLiteral("snapping grid entry %1").arg(i));
    }
    // The rank is a permutation, and the hierarchy's arcs point upwards in ascending order.
    std::vector<bool> seen(n, false);
    for (quint32 v = 0; v < n; ++v) {
        if (m_rank[v] >= n || seen[m_rank[v]])
            return fail(QStringLiteral("contraction order"));
        seen[m_rank[v]] = true;
    }
    if (!monotone(m_upFirst, n, h.arcCount))
        return fail(QStringLiteral("hierarchy offsets"));
    for (quint32 r = 0; r < n; ++r) {
        for (quint32 a = m_upFirst[r]; a < m_upFirst[r + 1]; ++a) {
            if (m_upHead[a] <= r || m_upHead[a] >= n || (a > m_upFirst[r] && m_upHead[a] <= m_upHead[a - 1]))
                return fail(QStringLiteral("hierarchy arc %1").arg(a));
        }
    }
    for (quint32 e = 0; e < m; ++e) {
        const quint32 a = m_edgeArc[e];
        if (a == roadfile::kNone) {
            if (m_edges[e].from != m_edges[e].to)
                return fail(QStringLiteral("edge %1 has no arc").arg(e));
            continue;
        }
        const quint32 arc = a & 0x7fffffffu;
        const quint32 ru = m_rank[m_edges[e].from], rv = m_rank[m_edges[e].to];
        const quint32 lo = std::min(ru, rv), hi = std::max(ru, rv);
        const bool down = a >> 31;
        if (arc >= h.arcCount || arc < m_upFirst[lo] || arc >= m_upFirst[lo + 1] || m_upHead[arc] != hi
            || down != (ru > rv))
            return fail(QStringLiteral("arc of edge %1").arg(e));
    }
    return true;
}

QString RoadGraph::metaJson() const
{
    return QString::fromUtf8(m_meta, qsizetype(m_metaBytes));
}

int RoadGraph::edgeTwin(int e) const
{
    const auto &l = m_links[m_edges[e].link];
    const quint32 other = (m_edges[e].flags & kEdgeAgainstLink) ? l.forward : l.backward;
    return noneToInt(other);
}

double RoadGraph::linkLength(int l) const
{
    const int e = linkForward(l) >= 0 ? linkForward(l) : linkBackward(l);
    return edgeLength(e);
}

void RoadGraph::linkPolyline(int l, std::vector<LatLon> &out) const
{
    out.clear();
    out.push_back(nodePosition(linkFrom(l)));
    for (const auto &p : linkShape(l))
        out.push_back(decode(p));
    out.push_back(nodePosition(linkTo(l)));
}

void RoadGraph::edgePolyline(int e, std::vector<LatLon> &out) const
{
    linkPolyline(edgeLink(e), out);
    if (edgeAgainstLink(e))
        std::reverse(out.begin(), out.end());
}

void RoadGraph::edgeSection(int edge, double fromM, double toM, std::vector<LatLon> &out) const
{
    std::vector<LatLon> line;
    edgePolyline(edge, line);
    const double length = edgeLength(edge);
    std::vector<double> at(line.size(), 0);
    for (std::size_t i = 1; i < line.size(); ++i)
        at[i] = at[i - 1] + distanceMeters(line[i - 1], line[i]);
    // The line's own length may differ from the stored one by rounding: scale to it.
    const double scale = length > 0 ? at.back() / length : 0;
    const double a = std::clamp(fromM, 0.0, length) * scale, b = std::clamp(toM, 0.0, length) * scale;
    auto pointAt = [&](double m) {
        for (std::size_t i = 1; i < line.size(); ++i) {
            if (m <= at[i] || i + 1 == line.size()) {
                const double seg = at[i] - at[i - 1];
                return interpolate(
                    line[i - 1], line[i], seg > 0 ? std::clamp((m - at[i - 1]) / seg, 0.0, 1.0) : 0.0);
            }
        }
        return line.back();
    };
    auto push = [&](LatLon p) {
        if (out.empty() || out.back().lat != p.lat || out.back().lon != p.lon)
            out.push_back(p);
    };
    push(pointAt(a));
    for (std::size_t i = 1; i + 1 < line.size(); ++i) {
        if (at[i] > a && at[i] < b)
            push(line[i]);
    }
    push(pointAt(b));
}

LatLon RoadGraph::pointAlong(int e, double metres) const
{
    const double length = edgeLength(e);
    const double f = length > 0 ? std::clamp(metres / length, 0.0, 1.0) : 0.0;
    const auto shape = linkShape(edgeLink(e));
    if (shape.empty())
        return interpolate(nodePosition(edgeFrom(e)), nodePosition(edgeTo(e)), f);
    std::vector<LatLon> line;
    edgePolyline(e, line);
    double total = 0;
    for (std::size_t i = 1; i < line.size(); ++i)
        total += distanceMeters(line[i - 1], line[i]);
    double left = f * total;
    for (std::size_t i = 1; i < line.size(); ++i) {
        const double seg = distanceMeters(line[i - 1], line[i]);
        if (left <= seg || i + 1 == line.size())
            return interpolate(line[i - 1], line[i], seg > 0 ? std::min(1.0, left / seg) : 0.0);
        left -= seg;
    }
    return line.back();
}

double RoadGraph::headingAlong(int e, double metres) const
{
    const auto shape = linkShape(edgeLink(e));
    if (shape.empty())
        return bearingDegrees(nodePosition(edgeFrom(e)), nodePosition(edgeTo(e)));
    std::vector<LatLon> line;
    edgePolyline(e, line);
    double total = 0;
    for (std::size_t i = 1; i < line.size(); ++i)
        total += distanceMeters(line[i - 1], line[i]);
    const double length = edgeLength(e);
    double left = (length > 0 ? std::clamp(metres / length, 0.0, 1.0) : 0.0) * total;
    for (std::size_t i = 1; i < line.size(); ++i) {
        const double seg = distanceMeters(line[i - 1], line[i]);
        if (left <= seg || i + 1 == line.size())
            return bearingDegrees(line[i - 1], line[i]);
        left -= seg;
    }
    return 0;
}

RoadName RoadGraph::name(int nameId) const
{
    if (nameId < 0 || nameId >= nameCount())
        return {};
    const auto &r = m_names[nameId];
    auto str = [&](int k) { return QString::fromUtf8(m_nameBytes + r.offset[k], qsizetype(r.length[k])); };
    return { str(0), str(1), str(2) };
}

std::span<const quint32> RoadGraph::gridLinks(quint32 cellKey) const
{
    if (cellKey >= m_header->gridCellCount)
        return {};
    return { m_gridLinks + m_gridFirst[cellKey], m_gridLinks + m_gridFirst[cellKey + 1] };
}

} // namespace wf::maps
