#include "Geodesy.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace wf::maps {

namespace {
constexpr double kPi = std::numbers::pi;
constexpr double kA = 6378245.0; // Krasovsky 1940 semi-major axis, as used by GCJ-02
constexpr double kEe = 0.00669342162296594323; // its first eccentricity squared
constexpr double kEarthRadius = 6371008.8; // mean radius for distances
constexpr double kMercatorRadius = 6378137.0;
constexpr double kMaxMercatorLat = 85.05112878;

double transformLat(double x, double y)
{
    double r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::abs(x));
    r += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
    r += (20.0 * std::sin(y * kPi) + 40.0 * std::sin(y / 3.0 * kPi)) * 2.0 / 3.0;
    r += (160.0 * std::sin(y / 12.0 * kPi) + 320 * std::sin(y * kPi / 30.0)) * 2.0 / 3.0;
    return r;
}

double transformLon(double x, double y)
{
    double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::abs(x));
    r += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
    r += (20.0 * std::sin(x * kPi) + 40.0 * std::sin(x / 3.0 * kPi)) * 2.0 / 3.0;
    r += (150.0 * std::sin(x / 12.0 * kPi) + 300.0 * std::sin(x / 30.0 * kPi)) * 2.0 / 3.0;
    return r;
}

// The GCJ-02 offset at a WGS-84 point, in degrees.
LatLon offset(LatLon p)
{
    double dLat = transformLat(p.lon - 105.0, p.lat - 35.0);
    double dLon = transformLon(p.lon - 105.0, p.lat - 35.0);
    const double radLat = p.lat / 180.0 * kPi;
    double magic = std::sin(radLat);
    magic = 1 - kEe * magic * magic;
    const double sqrtMagic = std::sqrt(magic);
    dLat = (dLat * 180.0) / ((kA * (1 - kEe)) / (magic * sqrtMagic) * kPi);
    dLon = (dLon * 180.0) / (kA / sqrtMagic * std::cos(radLat) * kPi);
    return { dLat, dLon };
}
} // namespace

bool insideChina(LatLon p)
{
    return p.lon >= 72.004 && p.lon <= 137.8347 && p.lat >= 0.8293 && p.lat <= 55.8271;
}

LatLon wgs84ToGcj02(LatLon p)
{
    if (!insideChina(p))
        return p;
    const auto d = offset(p);
    return { p.lat + d.lat, p.lon + d.lon };
}

LatLon gcj02ToWgs84(LatLon p)
{
    if (!insideChina(p))
        return p;
    // Fixed-point iteration: the offset varies slowly, so a few rounds converge to ~1e-9 degrees.
    LatLon w { p.lat, p.lon };
    for (int i = 0; i < 10; ++i) {
        const auto g = wgs84ToGcj02(w);
        const double eLat = g.lat - p.lat;
        const double eLon = g.lon - p.lon;
        w.lat -= eLat;
        w.lon -= eLon;
        if (std::abs(eLat) < 1e-10 && std::abs(eLon) < 1e-10)
            break;
    }
    return w;
}

double distanceMeters(LatLon a, LatLon b)
{
    const double p1 = a.lat * kPi / 180, p2 = b.lat * kPi / 180;
    const double dp = p2 - p1, dl = (b.lon - a.lon) * kPi / 180;
    const double h = std::sin(dp / 2) * std::sin(dp / 2)
        + std::cos(p1) * std::cos(p2) * std::sin(dl / 2) * std::sin(dl / 2);
    return 2 * kEarthRadius * std::asin(std::min(1.0, std::sqrt(h)));
}

double bearingDegrees(LatLon a, LatLon b)
{
    const double p1 = a.lat * kPi / 180, p2 = b.lat * kPi / 180;
    const double dl = (b.lon - a.lon) * kPi / 180;
    const double y = std::sin(dl) * std::cos(p2);
    const double x = std::cos(p1) * std::sin(p2) - std::sin(p1) * std::cos(p2) * std::cos(dl);
    const double deg = std::atan2(y, x) * 180 / kPi;
    return deg < 0 ? deg + 360 : (deg >= 360 ? deg - 360 : deg);
}

LatLon interpolate(LatLon a, LatLon b, double fraction)
{
    return { a.lat + (b.lat - a.lat) * fraction, a.lon + (b.lon - a.lon) * fraction };
}

LatLon offsetMeters(LatLon p, double east, double north)
{
    return LocalFrame(p).toLatLon(QPointF(east, north));
}

bool insideRing(LatLon p, std::span<const LatLon> ring)
{
    bool inside = false;
    const std::size_t n = ring.size();
    for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
        const auto &a = ring[i];
        const auto &b = ring[j];
        if ((a.lat > p.lat) != (b.lat > p.lat)
            && p.lon < (b.lon - a.lon) * (p.lat - a.lat) / (b.lat - a.lat) + a.lon)
            inside = !inside;
    }
    return inside;
}

LocalFrame::LocalFrame(LatLon origin)
    : m_origin(origin)
    , m_perLat(kEarthRadius * kPi / 180)
    , m_perLon(kEarthRadius * kPi / 180 * std::cos(origin.lat * kPi / 180))
{ }

QPointF LocalFrame::toMeters(LatLon p) const
{
    return { (p.lon - m_origin.lon) * m_perLon, (p.lat - m_origin.lat) * m_perLat };
}

LatLon LocalFrame::toLatLon(QPointF m) const
{
    return { m_origin.lat + m.y() / m_perLat, m_origin.lon + (m_perLon > 0 ? m.x() / m_perLon : 0) };
}

QPointF toWebMercator(LatLon p)
{
    const double lat = std::clamp(p.lat, -kMaxMercatorLat, kMaxMercatorLat);
    const double x = kMercatorRadius * p.lon * kPi / 180;
    const double y = kMercatorRadius * std::log(std::tan(kPi / 4 + lat * kPi / 360));
    return { x, y };
}

LatLon fromWebMercator(QPointF m)
{
    const double lon = m.x() / kMercatorRadius * 180 / kPi;
    const double lat = (2 * std::atan(std::exp(m.y() / kMercatorRadius)) - kPi / 2) * 180 / kPi;
    return { lat, lon };
}

QPointF toWorldPixel(LatLon p, int zoom)
{
    const double size = double(kTileSize) * double(1LL << zoom);
    const double lat = std::clamp(p.lat, -kMaxMercatorLat, kMaxMercatorLat);
    const double x = (p.lon + 180.0) / 360.0 * size;
    const double s = std::sin(lat * kPi / 180);
    const double y = (0.5 - std::log((1 + s) / (1 - s)) / (4 * kPi)) * size;
    return { x, y };
}

LatLon fromWorldPixel(QPointF pixel, int zoom)
{
    const double size = double(kTileSize) * double(1LL << zoom);
    const double lon = pixel.x() / size * 360.0 - 180.0;
    const double n = kPi - 2.0 * kPi * pixel.y() / size;
    const double lat = 180.0 / kPi * std::atan(std::sinh(n));
    return { lat, lon };
}

TileId tileAt(LatLon p, int zoom)
{
    const auto px = toWorldPixel(p, zoom);
    const int max = (1 << zoom) - 1;
    return { zoom, std::clamp(int(px.x() / kTileSize), 0, max), std::clamp(int(px.y() / kTileSize), 0, max) };
}

LatLon tileNorthWest(TileId t)
{
    return fromWorldPixel(QPointF(t.x * kTileSize, t.y * kTileSize), t.z);
}

LatLon tileSouthEast(TileId t)
{
    return fromWorldPixel(QPointF((t.x + 1) * kTileSize, (t.y + 1) * kTileSize), t.z);
}

bool validTile(TileId t)
{
    return t.z >= 0 && t.z <= 22 && t.x >= 0 && t.y >= 0 && t.x < (1 << t.z) && t.y < (1 << t.z);
}

} // namespace wf::maps
