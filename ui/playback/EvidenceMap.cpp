#include "EvidenceMap.h"

#include "TileRenderer.h"
#include "WorldState.h"

#include <QPainter>
#include <cmath>

namespace wf::evidence {

namespace {

// The map's own status colours (Theme.qml), printed.
QColor statusColour(UnitStatus status)
{
    switch (status) {
    case UnitStatus::Available:
        return QColor(0x2fbf71);
    case UnitStatus::EnRoute:
        return QColor(0xf5a524);
    case UnitStatus::OnScene:
        return QColor(0xe5484d);
    case UnitStatus::OffDuty:
        break;
    }
    return QColor(0x7b8794);
}

} // namespace

QImage drawMap(
    const maps::TileRenderer &renderer, const WorldState &world, maps::LatLon centre, int zoom, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(0xe4e0d6));
    QPainter p(&image);
    const QPointF topLeft
        = maps::toWorldPixel(centre, zoom) - QPointF(size.width() / 2.0, size.height() / 2.0);
    const int tiles = 1 << zoom;
    const int x0 = int(std::floor(topLeft.x() / maps::kTileSize));
    const int y0 = int(std::floor(topLeft.y() / maps::kTileSize));
    const int x1 = int(std::floor((topLeft.x() + size.width() - 1) / maps::kTileSize));
    const int y1 = int(std::floor((topLeft.y() + size.height() - 1) / maps::kTileSize));
    for (int ty = y0; ty <= y1; ++ty) {
        if (ty < 0 || ty >= tiles)
            continue;
        for (int tx = x0; tx <= x1; ++tx) {
            const maps::TileId id { zoom, ((tx % tiles) + tiles) % tiles, ty };
            p.drawImage(QPointF(tx * maps::kTileSize - topLeft.x(), ty * maps::kTileSize - topLeft.y()),
                renderer.render(id));
        }
    }
    const auto at = [&](const GeoPoint &g) { return maps::toWorldPixel({ g.lat, g.lon }, zoom) - topLeft; };
    const QRectF view = QRectF(QPointF(0, 0), QSizeF(size)).adjusted(-20, -20, 20, 20);
    p.setRenderHint(QPainter::Antialiasing);

    p.setPen(QPen(QColor(0xd7261e), 2));
    p.setBrush(QColor(215, 38, 30, 28));
    for (const auto &c : world.cordons()->rows()) {
        QPolygonF ring;
        for (const auto &g : c.info.ring)
            ring.append(at(g));
        if (ring.boundingRect().intersects(view))
            p.drawPolygon(ring);
    }
    p.setPen(QPen(Qt::white, 1));
    for (const auto &u : world.units()->rows()) {
        const QPointF q = at(u.info.position);
        if (!view.contains(q))
            continue;
        p.setBrush(statusColour(u.info.status));
        p.drawEllipse(q, 4.5, 4.5);
    }
    p.setPen(QPen(Qt::white, 1.5));
    p.setBrush(QColor(0xd10f3a));
    for (const auto &i : world.incidents()->rows()) {
        const QPointF q = at(i.info.position);
        if (i.open && view.contains(q))
            p.drawRect(QRectF(q.x() - 6, q.y() - 6, 12, 12));
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(QColor(0x111111), 2.5));
    p.drawEllipse(QPointF(size.width() / 2.0, size.height() / 2.0), 16, 16);
    p.setPen(QPen(QColor(0x555555), 1));
    p.drawRect(QRectF(0.5, 0.5, size.width() - 1, size.height() - 1));
    return image;
}

} // namespace wf::evidence
