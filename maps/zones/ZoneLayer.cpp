#include "ZoneLayer.h"

#include "GeosContext.h"
#include "LayerFile.h"
#include "LayerWriter.h"

#include <geos_c.h>

namespace wf::maps {

QString responseZoneName(ResponseZone zone)
{
    switch (zone) {
    case ResponseZone::None:
        return QStringLiteral("none");
    case ResponseZone::Urban:
        return QStringLiteral("urban");
    case ResponseZone::Central:
        return QStringLiteral("central");
    case ResponseZone::KeySite:
        return QStringLiteral("key_site");
    }
    return QStringLiteral("none");
}

std::optional<ResponseZone> responseZoneFromName(QStringView name)
{
    for (auto z : { ResponseZone::None, ResponseZone::Urban, ResponseZone::Central, ResponseZone::KeySite }) {
        if (name == responseZoneName(z))
            return z;
    }
    return std::nullopt;
}

int responseTargetSeconds(ResponseZone zone)
{
    switch (zone) {
    case ResponseZone::KeySite:
        return 60;
    case ResponseZone::Central:
        return 180;
    case ResponseZone::Urban:
        return 300;
    case ResponseZone::None:
        return 0;
    }
    return 0;
}

// A zone's prepared geometry (GEOS indexes its edges once, so a lookup costs a few edge tests,
// not a walk of the whole outline) and its bounds, to skip it at the cost of four comparisons.
struct ZoneLayer::Lookup
{
    geos::Prepared prepared;
    QRectF bounds; // x = longitude, y = latitude
    ResponseZone kind = ResponseZone::None;
};

ZoneLayer::ZoneLayer() = default;
ZoneLayer::~ZoneLayer() = default;
ZoneLayer::ZoneLayer(ZoneLayer &&) noexcept = default;
ZoneLayer &ZoneLayer::operator=(ZoneLayer &&) noexcept = default;

std::optional<ZoneLayer> ZoneLayer::load(const QString &path, QString *error)
{
    // LayerFile refuses a file over the limit before reading it.
    auto layer = LayerFile::read(path, error, kMaxFileBytes);
    if (!layer)
        return std::nullopt;
    return fromLayer(std::move(*layer), path, error);
}

std::optional<ZoneLayer> ZoneLayer::fromBytes(const QByteArray &bytes, const QString &name, QString *error)
{
    if (bytes.trimmed().isEmpty()) {
        *error = QStringLiteral("%1: the file is empty").arg(name);
        return std::nullopt;
    }
    auto layer = LayerFile::readBytes(bytes, name, error, kMaxFileBytes);
    if (!layer)
        return std::nullopt;
    return fromLayer(std::move(*layer), name, error);
}

std::optional<ZoneLayer> ZoneLayer::fromLayer(Layer file, const QString &name, QString *error)
{
    auto fail = [&](const QString &why) {
        *error = QStringLiteral("%1: %2").arg(name, why);
        return std::nullopt;
    };
    // A zone layer is polygons only: a point or a line among them is a mistake, not decoration.
    if (file.otherFeatures == 1)
        return fail(QStringLiteral("a feature is not a polygon (a point, a line or no geometry)"));
    if (file.otherFeatures > 1)
        return fail(QStringLiteral("%1 features are not polygons (points, lines or no geometry)")
                .arg(file.otherFeatures));
    ZoneLayer layer;
    GEOSContextHandle_t ctx = geos::context();
    for (std::size_t i = 0; i < file.features.size(); ++i) {
        LayerFeature &f = file.features[i];
        const QString zoneName = f.name.isEmpty() ? QStringLiteral("#%1").arg(i + 1) : f.name;
        const QString where = QStringLiteral("feature %1 (%2)").arg(i + 1).arg(zoneName);
        if (f.featureClass.isEmpty())
            return fail(QStringLiteral("%1 has no \"class\" (key_site, central or urban)").arg(where));
        const auto kind = responseZoneFromName(f.featureClass);
        if (!kind || *kind == ResponseZone::None)
            return fail(QStringLiteral("%1 has class \"%2\"; expected key_site, central or urban")
                    .arg(where, f.featureClass.left(40)));
        Lookup lookup;
        lookup.prepared.reset(GEOSPrepare_r(ctx, f.shape.geometry()));
        lookup.bounds = f.shape.bounds();
        lookup.kind = *kind;
        layer.m_lookup.push_back(std::move(lookup));
        layer.m_zones.push_back({ zoneName, *kind, std::move(f.shape) });
    }
    if (layer.m_zones.empty())
        return fail(QStringLiteral("holds no zones"));
    return layer;
}

ResponseZone ZoneLayer::zoneAt(LatLon p) const
{
    ResponseZone best = ResponseZone::None;
    GEOSContextHandle_t ctx = geos::context();
    geos::Geometry point;
    for (const Lookup &z : m_lookup) {
        if (z.kind <= best || p.lon < z.bounds.left() || p.lon > z.bounds.right() || p.lat < z.bounds.top()
            || p.lat > z.bounds.bottom())
            continue;
        if (!point)
            point.reset(GEOSGeom_createPointFromXY_r(ctx, p.lon, p.lat));
        if (GEOSPreparedIntersects_r(ctx, z.prepared.get(), point.get()) == 1)
            best = z.kind;
    }
    return best;
}

QByteArray ZoneLayer::toGeoJson(const std::vector<Zone> &zones, QString *error)
{
    std::vector<OutlineFeature> features;
    features.reserve(zones.size());
    for (const Zone &z : zones) {
        OutlineFeature f;
        f.name = z.name;
        f.featureClass = responseZoneName(z.kind);
        f.polygons = z.shape.polygons();
        features.push_back(std::move(f));
    }
    return LayerWriter::toBytes(features, QStringLiteral("zones"), LayerWriter::Format::GeoJson, error);
}

} // namespace wf::maps
