#pragma once

#include "GeoShape.h"

#include <QString>
#include <memory>
#include <optional>
#include <vector>

namespace wf::maps {

struct Layer;

// How fast officers must be on scene at a place, from the zone it lies in: 1 minute at key
// sites, 3 in central urban areas, 5 in other urban areas; no target elsewhere. Ordered from the
// most lenient to the strictest: where zones overlap, the strictest applies.
enum class ResponseZone : quint8 { None, Urban, Central, KeySite };

QString responseZoneName(ResponseZone zone); // "none", "urban", "central", "key_site"
std::optional<ResponseZone> responseZoneFromName(QStringView name);
// The target in seconds (0 for None).
int responseTargetSeconds(ResponseZone zone);

// One zone of a layer: a polygon (with holes) or multipolygon in WGS-84, checked by GEOS.
struct Zone
{
    QString name;
    ResponseZone kind = ResponseZone::None;
    GeoShape shape;
};

// The response zones of a centre: a vector layer (GeoJSON, KML, Shapefile, GeoPackage: read by
// LayerFile through GDAL/OGR) whose features carry a "class" (key_site, central, urban) and a
// "name". Polygons are checked by GEOS on load; the lookup uses prepared geometries, which
// build their index on first use: a layer is not for two threads at once (each thread that looks
// up loads its own; the shapes themselves are shared and immutable).
class ZoneLayer
{
public:
    static constexpr qint64 kMaxFileBytes = 64ll << 20;

    ZoneLayer();
    ~ZoneLayer();
    ZoneLayer(ZoneLayer &&) noexcept;
    ZoneLayer &operator=(ZoneLayer &&) noexcept;

    // Loads a file (or a Qt resource); on failure returns nothing and says which feature is
    // wrong and why. A layer in another coordinate system is transformed to WGS-84; a layer
    // that declares "datum": "GCJ-02" is converted from it.
    static std::optional<ZoneLayer> load(const QString &path, QString *error);
    static std::optional<ZoneLayer> fromBytes(const QByteArray &bytes, const QString &name, QString *error);

    // The zones as GeoJSON (RFC 7946: WGS-84, one MultiPolygon feature per zone with its "class"
    // and "name"), written by LayerWriter; what an edited layer is saved as. Empty on failure.
    static QByteArray toGeoJson(const std::vector<Zone> &zones, QString *error);

    ResponseZone zoneAt(LatLon p) const;
    const std::vector<Zone> &zones() const { return m_zones; }
    bool isEmpty() const { return m_zones.empty(); }

private:
    static std::optional<ZoneLayer> fromLayer(Layer file, const QString &name, QString *error);
    struct Lookup;
    // The zones before their lookups: members go in reverse order, so each prepared geometry is
    // destroyed while the shape it indexes is still alive.
    std::vector<Zone> m_zones;
    std::vector<Lookup> m_lookup; // per zone, in the same order
};

} // namespace wf::maps
