#pragma once

#include <QHashFunctions>
#include <QPointF>
#include <QRectF>

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

// Great-circle distance in metres on the WGS-84 mean sphere.
double distanceMeters(LatLon a, LatLon b);

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
