#include "TileRenderer.h"

#include "RoadGraph.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace wf::maps {

namespace {

QPointF normalised(QPointF lonLat)
{
    return toWorldPixel(LatLon { lonLat.y(), lonLat.x() }, 0) / kTileSize;
}

QPolygonF normalised(const QPolygonF &lonLat)
{
    QPolygonF out;
    out.reserve(lonLat.size());
    for (const auto &p : lonLat)
        out.append(normalised(p));
    return out;
}

int priority(MapFeature::Level level)
{
    switch (level) {
    case MapFeature::Level::Province:
        return 0;
    case MapFeature::Level::Prefecture:
        return 1;
    case MapFeature::Level::Lake:
        return 2;
    case MapFeature::Level::District:
        return 3;
    case MapFeature::Level::River:
        return 4;
    }
    return 5;
}

// Which labels are worth showing at a zoom; the rest would only clutter.
bool labelVisible(MapFeature::Level level, int zoom)
{
    switch (level) {
    case MapFeature::Level::Province:
        return zoom >= 4 && zoom <= 6;
    case MapFeature::Level::Prefecture:
        return zoom >= 7 && zoom <= 10;
    case MapFeature::Level::District:
        return zoom >= 10;
    case MapFeature::Level::Lake:
        return zoom >= 11;
    case MapFeature::Level::River:
        return zoom >= 9;
    }
    return false;
}

QFont labelFont(MapFeature::Level level)
{
    QFont f(QStringLiteral("Noto Sans CJK SC"));
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(level == MapFeature::Level::Prefecture || level == MapFeature::Level::Province ? 14 : 12);
    f.setBold(level != MapFeature::Level::District && level != MapFeature::Level::River);
    return f;
}

constexpr QColor kBackground(0xe4, 0xe0, 0xd6);
constexpr QColor kProvince(0xf6, 0xf3, 0xec);
constexpr QColor kWater(0x9c, 0xc8, 0xe0);
constexpr QColor kProvinceLine(0x7d, 0x5b, 0xa6);
constexpr QColor kPrefectureLine(0x9a, 0x86, 0xb0);
constexpr QColor kDistrictLine(0xbc, 0xb2, 0xc8);

// Roads, by class: the zoom they appear at, their fill and their casing (the darker edge that
// keeps a light road visible on light land), and their width in pixels at that zoom.
struct RoadStyle
{
    int minZoom;
    QColor fill;
    QColor casing;
    double width;
};
constexpr RoadStyle kRoadStyles[kRoadClassCount] = {
    { 8, QColor(0xf0, 0xa0, 0x4b), QColor(0xb3, 0x6e, 0x25), 1.6 }, // Expressway
    { 9, QColor(0xf6, 0xd2, 0x6b), QColor(0xb8, 0x98, 0x3a), 1.4 }, // UrbanRing
    { 11, QColor(0xff, 0xff, 0xff), QColor(0xa9, 0xa1, 0x94), 1.6 }, // Arterial
    { 12, QColor(0xfe, 0xfd, 0xf8), QColor(0xbd, 0xb5, 0xa6), 1.3 }, // County
    { 14, QColor(0xff, 0xff, 0xff), QColor(0xcc, 0xc5, 0xb8), 1.2 }, // Village
};
// Below this zoom a tile covers too many cells of the graph's grid: major roads come from a list.
constexpr int kStreetZoom = 12;

// Roads widen by a third a zoom level, to a limit, as the map gets closer.
double roadWidth(RoadClass c, int zoom)
{
    const RoadStyle &s = kRoadStyles[int(c)];
    return std::min(s.width * std::pow(1.33, zoom - s.minZoom), 14.0);
}

} // namespace

TileRenderer::~TileRenderer() = default;

TileRenderer::TileRenderer(const BaseMap &map, Language language, std::shared_ptr<const RoadGraph> roads)
    : m_language(language)
    , m_roads(std::move(roads))
{
    if (m_roads) {
        std::vector<LatLon> line;
        for (int l = 0; l < m_roads->linkCount(); ++l) {
            const RoadClass c = m_roads->linkClass(l);
            if (kRoadStyles[int(c)].minZoom >= kStreetZoom)
                continue;
            m_roads->linkPolyline(l, line);
            QPolygonF poly;
            poly.reserve(qsizetype(line.size()));
            for (const LatLon &p : line)
                poly.append(normalised(QPointF(p.lon, p.lat)));
            m_majorRoads.push_back({ c, poly, poly.boundingRect() });
        }
    }
    for (const auto &f : map.features()) {
        Shape s { f.level, {}, {}, {} };
        for (const auto &p : f.polygons)
            s.polygons.append(normalised(p));
        for (const auto &l : f.lines)
            s.lines.append(normalised(l));
        for (const auto &p : std::as_const(s.polygons))
            s.bounds = s.bounds.isNull() ? p.boundingRect() : s.bounds.united(p.boundingRect());
        for (const auto &l : std::as_const(s.lines))
            s.bounds = s.bounds.isNull() ? l.boundingRect() : s.bounds.united(l.boundingRect());
        m_shapes.append(std::move(s));
        const QString text = language == Language::English && !f.nameEn.isEmpty() ? f.nameEn : f.nameZh;
        if (!text.isEmpty())
            m_labels.append({ text, normalised(QPointF(f.labelAt.lon, f.labelAt.lat)), f.level });
    }
    // Painting order: provinces under prefectures under districts, water on top of land.
    std::stable_sort(m_shapes.begin(), m_shapes.end(), [](const Shape &a, const Shape &b) {
        auto order = [](MapFeature::Level l) {
            switch (l) {
            case MapFeature::Level::Province:
                return 0;
            case MapFeature::Level::Prefecture:
                return 1;
            case MapFeature::Level::District:
                return 2;
            case MapFeature::Level::Lake:
                return 3;
            case MapFeature::Level::River:
                return 4;
            }
            return 5;
        };
        return order(a.level) < order(b.level);
    });
    std::stable_sort(m_labels.begin(), m_labels.end(),
        [](const Label &a, const Label &b) { return priority(a.level) < priority(b.level); });
}

// Labels are placed once per zoom over the whole map, greedily by importance, so a label never
// collides with another and looks the same in every tile it crosses.
const QList<TileRenderer::PlacedLabel> &TileRenderer::labelsFor(int zoom) const
{
    QMutexLocker lock(&m_labelMutex);
    auto it = m_placedLabels.find(zoom);
    if (it != m_placedLabels.end())
        return *it;
    QList<PlacedLabel> placed;
    const double scale = double(kTileSize) * double(1LL << zoom);
    for (const auto &l : m_labels) {
        if (!labelVisible(l.level, zoom))
            continue;
        const QFontMetricsF fm(labelFont(l.level));
        const QSizeF size(fm.horizontalAdvance(l.text) + 6, fm.height() + 2);
        const QPointF c = l.anchor * scale;
        const QRectF r(c.x() - size.width() / 2, c.y() - size.height() / 2, size.width(), size.height());
        const bool clash = std::any_of(placed.cbegin(), placed.cend(),
            [&](const PlacedLabel &p) { return p.worldRect.adjusted(-4, -4, 4, 4).intersects(r); });
        if (!clash)
            placed.append({ l.text, r, l.level });
    }
    return *m_placedLabels.insert(zoom, std::move(placed));
}

QImage TileRenderer::render(TileId tile) const
{
    QImage img(kTileSize, kTileSize, QImage::Format_RGB32);
    img.fill(kBackground);
    if (!validTile(tile))
        return img;
    const double scale = double(kTileSize) * double(1LL << tile.z);
    const QPointF origin(tile.x * kTileSize, tile.y * kTileSize);
    const QRectF tileNorm(origin / scale, QSizeF(kTileSize / scale, kTileSize / scale));
    const QRectF margin = tileNorm.adjusted(-tileNorm.width() * 0.05, -tileNorm.height() * 0.05,
        tileNorm.width() * 0.05, tileNorm.height() * 0.05);

    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(-origin);
    p.scale(scale, scale); // geometry is normalised; pens are cosmetic so widths stay in pixels

    auto pathOf = [](const QList<QPolygonF> &polys, bool closed) {
        QPainterPath path;
        for (const auto &poly : polys) {
            if (closed)
                path.addPolygon(poly), path.closeSubpath();
            else
                path.addPolygon(poly);
        }
        return path;
    };

    for (const auto &s : m_shapes) {
        if (!s.bounds.intersects(margin))
            continue;
        switch (s.level) {
        case MapFeature::Level::Province: {
            p.setPen(Qt::NoPen);
            p.setBrush(kProvince);
            p.drawPath(pathOf(s.polygons, true));
            break;
        }
        case MapFeature::Level::Prefecture: {
            QPen pen(kPrefectureLine, tile.z >= 9 ? 1.6 : 1.1, Qt::DashLine);
            pen.setCosmetic(true);
            p.setPen(pen);
            p.setBrush(Qt::NoBrush);
            p.drawPath(pathOf(s.polygons, true));
            break;
        }
        case MapFeature::Level::District: {
            if (tile.z < 8)
                break;
            QPen pen(kDistrictLine, 0.9, Qt::DotLine);
            pen.setCosmetic(true);
            p.setPen(pen);
            p.setBrush(Qt::NoBrush);
            p.drawPath(pathOf(s.polygons, true));
            break;
        }
        case MapFeature::Level::Lake:
            p.setPen(Qt::NoPen);
            p.setBrush(kWater);
            p.drawPath(pathOf(s.polygons, true));
            break;
        case MapFeature::Level::River: {
            QPen pen(kWater, std::clamp((tile.z - 5) * 0.9, 1.0, 7.0));
            pen.setCosmetic(true);
            pen.setCapStyle(Qt::RoundCap);
            pen.setJoinStyle(Qt::RoundJoin);
            p.setPen(pen);
            p.setBrush(Qt::NoBrush);
            p.drawPath(pathOf(s.lines, false));
            break;
        }
        }
    }
    drawRoads(p, tile, margin);
    // The province outline goes last among lines so it is never hidden by a river.
    for (const auto &s : m_shapes) {
        if (s.level != MapFeature::Level::Province || !s.bounds.intersects(margin))
            continue;
        QPen pen(kProvinceLine, tile.z >= 8 ? 3.0 : 2.0);
        pen.setCosmetic(true);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawPath(pathOf(s.polygons, true));
    }

    p.resetTransform();
    p.translate(-origin);
    const QRectF tileWorld(origin, QSizeF(kTileSize, kTileSize));
    for (const auto &l : labelsFor(tile.z)) {
        if (!l.worldRect.intersects(tileWorld))
            continue;
        p.setFont(labelFont(l.level));
        // A light halo keeps names readable over boundaries and rivers.
        QPainterPath text;
        const QFontMetricsF fm(p.font());
        const QPointF baseline(l.worldRect.left() + 3, l.worldRect.top() + 1 + fm.ascent());
        text.addText(baseline, p.font(), l.text);
        p.setPen(QPen(QColor(255, 255, 255, 220), 3));
        p.setBrush(Qt::NoBrush);
        p.drawPath(text);
        p.setPen(Qt::NoPen);
        p.setBrush(l.level == MapFeature::Level::River || l.level == MapFeature::Level::Lake
                ? QColor(0x2f, 0x6f, 0x9f)
                : QColor(0x3b, 0x35, 0x45));
        p.drawPath(text);
    }
    return img;
}

void TileRenderer::drawRoads(QPainter &p, TileId tile, const QRectF &tileNorm) const
{
    if (!m_roads || tile.z < kRoadStyles[int(RoadClass::Expressway)].minZoom)
        return;
    QPainterPath paths[kRoadClassCount];
    auto visible = [&](RoadClass c) { return tile.z >= kRoadStyles[int(c)].minZoom; };
    if (tile.z < kStreetZoom) {
        // Bounds of straight east-west or north-south roads have no height or width, which
        // QRectF::intersects() takes for nothing: compare the edges.
        auto overlaps = [&](const QRectF &r) {
            return r.left() <= tileNorm.right() && r.right() >= tileNorm.left()
                && r.top() <= tileNorm.bottom() && r.bottom() >= tileNorm.top();
        };
        for (const MajorRoad &r : m_majorRoads) {
            if (visible(r.cls) && overlaps(r.bounds))
                paths[int(r.cls)].addPolygon(r.line);
        }
    } else {
        // The graph's snapping grid holds every link crossing each cell: the cells under the tile.
        const auto &h = m_roads->header();
        const LatLon nw = fromWorldPixel(tileNorm.topLeft() * kTileSize, 0);
        const LatLon se = fromWorldPixel(tileNorm.bottomRight() * kTileSize, 0);
        const long row0 = std::max(0L, long(std::floor((se.lat - h.gridSouth) / h.gridCellDeg)));
        const long row1
            = std::min(long(h.gridRows) - 1, long(std::floor((nw.lat - h.gridSouth) / h.gridCellDeg)));
        const long col0 = std::max(0L, long(std::floor((nw.lon - h.gridWest) / h.gridCellDeg)));
        const long col1
            = std::min(long(h.gridCols) - 1, long(std::floor((se.lon - h.gridWest) / h.gridCellDeg)));
        std::vector<int> links;
        for (long row = row0; row <= row1; ++row) {
            for (long col = col0; col <= col1; ++col) {
                for (quint32 l : m_roads->gridLinks(quint32(row * long(h.gridCols) + col))) {
                    if (visible(m_roads->linkClass(int(l))))
                        links.push_back(int(l));
                }
            }
        }
        std::sort(links.begin(), links.end());
        links.erase(std::unique(links.begin(), links.end()), links.end());
        std::vector<LatLon> line;
        for (int l : links) {
            m_roads->linkPolyline(l, line);
            QPolygonF poly;
            poly.reserve(qsizetype(line.size()));
            for (const LatLon &pt : line)
                poly.append(normalised(QPointF(pt.lon, pt.lat)));
            paths[int(m_roads->linkClass(l))].addPolygon(poly);
        }
    }
    // Small roads under big ones; all casings before the fills, so crossings join cleanly.
    p.setBrush(Qt::NoBrush);
    for (int pass = 0; pass < 2; ++pass) {
        for (int c = kRoadClassCount - 1; c >= 0; --c) {
            if (paths[c].isEmpty())
                continue;
            const RoadStyle &s = kRoadStyles[c];
            const double w = roadWidth(RoadClass(c), tile.z);
            QPen pen(pass == 0 ? s.casing : s.fill, pass == 0 ? w + 1.5 : w);
            pen.setCosmetic(true);
            pen.setCapStyle(Qt::RoundCap);
            pen.setJoinStyle(Qt::RoundJoin);
            p.setPen(pen);
            p.drawPath(paths[c]);
        }
    }
}

} // namespace wf::maps
