#pragma once

#include <QHashFunctions>
#include <QPointF>
#include <QRectF>
#include <span>

namespace wf::maps {

// Plain coordinates: maps/ knows nothing of units or events.
struct LatLon
{
    double lat = 0;
    double lon = 0;
};

// WGS-84 <-> GCJ-02 (the datum mandated for published maps of China). The forward transform is
// the widely published one; the inverse is solved iteratively to well under a centimetre.
bool insideChina(LatLon p);
LatLon wgs84ToGcj02(LatLon p);
LatLon gcj02ToWgs84(LatLon p);

// Great-circle distance in metres on the WGS-84 mean sphere. The one distance of the
// workstation: the road graph, the training world, the camera wall and the core all use it.
double distanceMeters(LatLon a, LatLon b);
// Initial great-circle bearing from a to b, degrees clockwise from north in [0, 360).
double bearingDegrees(LatLon a, LatLon b);
// Linear in latitude and longitude: what a road segment of a few kilometres is drawn as.
LatLon interpolate(LatLon a, LatLon b, double fraction);
// The point east and north metres from p, on the plane tangent at p (LocalFrame).
LatLon offsetMeters(LatLon p, double east, double north);
// Even-odd rule on latitude/longitude: for rings well inside one hemisphere and UTM zone span.
bool insideRing(LatLon p, std::span<const LatLon> ring);

// A flat east/north metre frame around an origin (equirectangular, on the same sphere as
// distanceMeters). Within a few tens of kilometres it agrees with the great circle to well
// under 0.5 %, and it makes segment geometry (nearest point, projections) plain vector maths.
class LocalFrame
{
public:
    explicit LocalFrame(LatLon origin);
    QPointF toMeters(LatLon p) const;
    LatLon toLatLon(QPointF meters) const;
    double metersPerDegreeLat() const { return m_perLat; }
    double metersPerDegreeLon() const { return m_perLon; }

private:
    LatLon m_origin;
    double m_perLat;
    double m_perLon;
};

// Web Mercator (EPSG:3857) metres.
QPointF toWebMercator(LatLon p);
LatLon fromWebMercator(QPointF metres);

// Slippy-map tiles (XYZ, 256 px). World pixel coordinates are at zoom z, origin top left.
constexpr int kTileSize = 256;
QPointF toWorldPixel(LatLon p, int zoom);
LatLon fromWorldPixel(QPointF pixel, int zoom);
struct TileId
{
    int z = 0;
    int x = 0;
    int y = 0;
    friend bool operator==(const TileId &, const TileId &) = default;
    friend size_t qHash(const TileId &t, size_t seed = 0) { return qHashMulti(seed, t.z, t.x, t.y); }
};
TileId tileAt(LatLon p, int zoom);
// Geographic bounds of a tile: x = west lon, y = north lat, width/height in degrees (height < 0 free).
LatLon tileNorthWest(TileId t);
LatLon tileSouthEast(TileId t);
bool validTile(TileId t);

} // namespace wf::maps
