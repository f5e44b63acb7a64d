#include "MapCamera.h"

#include <cmath>
#include <numbers>

namespace wf::maps {

QPointF toNormalised(LatLon p)
{
    return toWorldPixel(p, 0) / kTileSize;
}

LatLon fromNormalised(QPointF n)
{
    return fromWorldPixel(n * kTileSize, 0);
}

double MapCamera::worldSize() const
{
    return double(tileSize) * std::exp2(zoom);
}

QPointF MapCamera::normalisedToScreen(QPointF n) const
{
    const QPointF c = toNormalised(center);
    const double w = worldSize();
    const double dx = (n.x() - c.x()) * w, dy = (n.y() - c.y()) * w;
    const double t = -bearing * std::numbers::pi / 180;
    const double cs = std::cos(t), sn = std::sin(t);
    return { viewport.width() / 2 + dx * cs - dy * sn, viewport.height() / 2 + dx * sn + dy * cs };
}

QPointF MapCamera::screenToNormalised(QPointF s) const
{
    const QPointF c = toNormalised(center);
    const double w = worldSize();
    const double x = s.x() - viewport.width() / 2, y = s.y() - viewport.height() / 2;
    const double t = bearing * std::numbers::pi / 180; // the inverse rotation
    const double cs = std::cos(t), sn = std::sin(t);
    return { c.x() + (x * cs - y * sn) / w, c.y() + (x * sn + y * cs) / w };
}

QPointF MapCamera::toScreen(LatLon p) const
{
    return normalisedToScreen(toNormalised(p));
}

LatLon MapCamera::toCoordinate(QPointF screen) const
{
    return fromNormalised(screenToNormalised(screen));
}

QRectF MapCamera::visibleNormalised() const
{
    const QPointF corners[] = { screenToNormalised({ 0, 0 }), screenToNormalised({ viewport.width(), 0 }),
        screenToNormalised({ 0, viewport.height() }),
        screenToNormalised({ viewport.width(), viewport.height() }) };
    double x0 = corners[0].x(), x1 = x0, y0 = corners[0].y(), y1 = y0;
    for (const auto &p : corners) {
        x0 = std::min(x0, p.x());
        x1 = std::max(x1, p.x());
        y0 = std::min(y0, p.y());
        y1 = std::max(y1, p.y());
    }
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

double MapCamera::metresPerPixel() const
{
    constexpr double kEquator = 40075016.686;
    return kEquator * std::cos(center.lat * std::numbers::pi / 180) / worldSize();
}

} // namespace wf::maps
