#include "ZoneLayer.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <cpl_conv.h>
#include <cpl_vsi.h>
#include <gdal.h>
#include <geos_c.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

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

namespace {

void geosMessage(const char *fmt, ...)
{
    Q_UNUSED(fmt);
} // errors are read from return values

struct Prepared
{
    GEOSGeometry *geometry = nullptr;
    const GEOSPreparedGeometry *prepared = nullptr;
    double minX = 0, minY = 0, maxX = 0, maxY = 0;
    ResponseZone kind = ResponseZone::None;
};

} // namespace

struct ZoneLayer::Geos
{
    GEOSContextHandle_t ctx = GEOS_init_r();
    std::vector<Prepared> zones;

    Geos() { GEOSContext_setErrorHandler_r(ctx, geosMessage); }
    ~Geos()
    {
        for (auto &z : zones) {
            GEOSPreparedGeom_destroy_r(ctx, z.prepared);
            GEOSGeom_destroy_r(ctx, z.geometry);
        }
        GEOS_finish_r(ctx);
    }
};

ZoneLayer::ZoneLayer()
    : m_geos(std::make_unique<Geos>())
{ }
ZoneLayer::~ZoneLayer() = default;
ZoneLayer::ZoneLayer(ZoneLayer &&) noexcept = default;
ZoneLayer &ZoneLayer::operator=(ZoneLayer &&) noexcept = default;

std::optional<ZoneLayer> ZoneLayer::load(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    // Refused before it is read whole.
    if (f.size() > kMaxFileBytes) {
        *error = QStringLiteral("%1 is %2 MB; zone files are limited to %3 MB")
                     .arg(path)
                     .arg(f.size() >> 20)
                     .arg(kMaxFileBytes >> 20);
        return std::nullopt;
    }
    return fromBytes(f.readAll(), path, error);
}

std::optional<ZoneLayer> ZoneLayer::fromBytes(const QByteArray &bytes, const QString &name, QString *error)
{
    auto fail = [&](const QString &why) {
        *error = QStringLiteral("%1: %2").arg(name, why);
        return std::nullopt;
    };
    if (bytes.size() > kMaxFileBytes)
        return fail(QStringLiteral("larger than %1 MB").arg(kMaxFileBytes >> 20));
    if (bytes.trimmed().isEmpty())
        return fail(QStringLiteral("the file is empty"));
    GDALAllRegister();
    // GDAL reads from its in-memory file system, so Qt resources and files read the same way.
    const QString suffix = QFileInfo(name).suffix().toLower();
    const QByteArray mem = QStringLiteral("/vsimem/watchfloor-zones-%1.%2")
                               .arg(QUuid::createUuid().toString(QUuid::Id128),
                                   suffix.isEmpty() ? QStringLiteral("geojson") : suffix)
                               .toUtf8();
    VSILFILE *vf = VSIFileFromMemBuffer(mem.constData(),
        reinterpret_cast<GByte *>(const_cast<char *>(bytes.constData())), bytes.size(), FALSE);
    if (!vf)
        return fail(QStringLiteral("cannot be read"));
    VSIFCloseL(vf);
    struct Cleanup
    {
        QByteArray path;
        GDALDatasetH ds = nullptr;
        ~Cleanup()
        {
            if (ds)
                GDALClose(ds);
            VSIUnlink(path.constData());
        }
    } cleanup { mem };
    const char *const drivers[] = { "GeoJSON", "KML", "LIBKML", "ESRI Shapefile", "GPKG", nullptr };
    cleanup.ds = GDALOpenEx(mem.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr);
    if (!cleanup.ds)
        return fail(QStringLiteral("not a vector layer GDAL can read (%1)")
                .arg(QString::fromUtf8(CPLGetLastErrorMsg())));

    // The boundaries the project ships say their datum at the top; GCJ-02 is converted here.
    bool gcj02 = false;
    if (suffix == u"geojson" || suffix == u"json") {
        const auto doc = QJsonDocument::fromJson(bytes);
        gcj02 = doc.object().value(u"datum").toString() == u"GCJ-02";
    }

    ZoneLayer layer;
    GEOSContextHandle_t ctx = layer.m_geos->ctx;
    OGRSpatialReferenceH wgs84 = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(wgs84, 4326);
    OSRSetAxisMappingStrategy(wgs84, OAMS_TRADITIONAL_GIS_ORDER);
    struct SrsGuard
    {
        OGRSpatialReferenceH s;
        ~SrsGuard() { OSRDestroySpatialReference(s); }
    } srsGuard { wgs84 };

    int featureNo = 0;
    for (int li = 0; li < GDALDatasetGetLayerCount(cleanup.ds); ++li) {
        OGRLayerH ogrLayer = GDALDatasetGetLayer(cleanup.ds, li);
        OGR_L_ResetReading(ogrLayer);
        while (OGRFeatureH feature = OGR_L_GetNextFeature(ogrLayer)) {
            ++featureNo;
            struct FeatureGuard
            {
                OGRFeatureH f;
                ~FeatureGuard() { OGR_F_Destroy(f); }
            } fg { feature };
            const int classField = OGR_F_GetFieldIndex(feature, "class");
            const int nameField = OGR_F_GetFieldIndex(feature, "name");
            const QString zoneName = nameField >= 0
                ? QString::fromUtf8(OGR_F_GetFieldAsString(feature, nameField))
                : QStringLiteral("#%1").arg(featureNo);
            const QString where = QStringLiteral("feature %1 (%2)").arg(featureNo).arg(zoneName);
            if (classField < 0)
                return fail(QStringLiteral("%1 has no \"class\" (key_site, central or urban)").arg(where));
            const QString className = QString::fromUtf8(OGR_F_GetFieldAsString(feature, classField));
            const auto kind = responseZoneFromName(className);
            if (!kind || *kind == ResponseZone::None)
                return fail(QStringLiteral("%1 has class \"%2\"; expected key_site, central or urban")
                        .arg(where, className.left(40)));
            OGRGeometryH g = OGR_F_GetGeometryRef(feature);
            if (!g || OGR_G_IsEmpty(g))
                return fail(QStringLiteral("%1 has no geometry").arg(where));
            const auto flat = wkbFlatten(OGR_G_GetGeometryType(g));
            if (flat != wkbPolygon && flat != wkbMultiPolygon)
                return fail(QStringLiteral("%1 is a %2, not a polygon")
                        .arg(where, QString::fromUtf8(OGR_G_GetGeometryName(g))));
            OGRGeometryH geom = OGR_G_Clone(g);
            struct GeomGuard
            {
                OGRGeometryH g;
                ~GeomGuard() { OGR_G_DestroyGeometry(g); }
            } gg { geom };
            if (OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(ogrLayer); srs && !OSRIsSame(srs, wgs84)) {
                if (OGR_G_TransformTo(geom, wgs84) != OGRERR_NONE)
                    return fail(QStringLiteral("%1 cannot be transformed to WGS-84").arg(where));
            }
            Zone zone { zoneName, *kind, {}, {} };
            auto collectRing = [&](OGRGeometryH ring, bool hole) {
                std::vector<LatLon> pts;
                const int n = OGR_G_GetPointCount(ring);
                pts.reserve(std::size_t(n));
                for (int i = 0; i < n; ++i) {
                    LatLon p { OGR_G_GetY(ring, i), OGR_G_GetX(ring, i) };
                    if (gcj02)
                        p = gcj02ToWgs84(p);
                    pts.push_back(p);
                    OGR_G_SetPoint_2D(ring, i, p.lon, p.lat);
                }
                zone.rings.push_back(std::move(pts));
                zone.holes.push_back(hole);
            };
            auto collectPolygon = [&](OGRGeometryH poly) {
                for (int r = 0; r < OGR_G_GetGeometryCount(poly); ++r)
                    collectRing(OGR_G_GetGeometryRef(poly, r), r > 0);
            };
            if (flat == wkbPolygon) {
                collectPolygon(geom);
            } else {
                for (int p = 0; p < OGR_G_GetGeometryCount(geom); ++p)
                    collectPolygon(OGR_G_GetGeometryRef(geom, p));
            }
            for (const auto &ring : zone.rings) {
                for (const auto &p : ring) {
                    if (!(p.lat >= -90 && p.lat <= 90 && p.lon >= -180 && p.lon <= 180))
                        return fail(QStringLiteral("%1 has a point outside the earth (%2, %3)")
                                .arg(where)
                                .arg(p.lat)
                                .arg(p.lon));
                }
            }
            // OGR to GEOS through WKB: the geometry as checked is the geometry looked up.
            const int wkbSize = OGR_G_WkbSize(geom);
            QByteArray wkb(wkbSize, Qt::Uninitialized);
            OGR_G_ExportToWkb(geom, wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()));
            GEOSGeometry *gg2 = GEOSGeomFromWKB_buf_r(
                ctx, reinterpret_cast<const unsigned char *>(wkb.constData()), std::size_t(wkb.size()));
            if (!gg2)
                return fail(QStringLiteral("%1 cannot be read as a polygon").arg(where));
            char *reason = nullptr;
            GEOSGeometry *location = nullptr;
            if (GEOSisValidDetail_r(ctx, gg2, 0, &reason, &location) != 1) {
                QString at;
                double x = 0, y = 0;
                if (location && GEOSGeomGetX_r(ctx, location, &x) == 1
                    && GEOSGeomGetY_r(ctx, location, &y) == 1)
                    at = QStringLiteral(" at %1, %2").arg(y, 0, 'f', 5).arg(x, 0, 'f', 5);
                const QString why = reason ? QString::fromUtf8(reason) : QStringLiteral("invalid");
                GEOSFree_r(ctx, reason);
                if (location)
                    GEOSGeom_destroy_r(ctx, location);
                GEOSGeom_destroy_r(ctx, gg2);
                return fail(QStringLiteral("%1 is not a valid polygon: %2%3").arg(where, why.toLower(), at));
            }
            double area = 0;
            GEOSArea_r(ctx, gg2, &area);
            if (area <= 0) {
                GEOSGeom_destroy_r(ctx, gg2);
                return fail(QStringLiteral("%1 has no area").arg(where));
            }
            Prepared p;
            p.geometry = gg2;
            p.prepared = GEOSPrepare_r(ctx, gg2);
            p.kind = *kind;
            GEOSGeom_getXMin_r(ctx, gg2, &p.minX);
            GEOSGeom_getYMin_r(ctx, gg2, &p.minY);
            GEOSGeom_getXMax_r(ctx, gg2, &p.maxX);
            GEOSGeom_getYMax_r(ctx, gg2, &p.maxY);
            layer.m_geos->zones.push_back(p);
            layer.m_zones.push_back(std::move(zone));
        }
    }
    if (layer.m_zones.empty())
        return fail(QStringLiteral("holds no zones"));
    return layer;
}

ResponseZone ZoneLayer::zoneAt(LatLon p) const
{
    ResponseZone best = ResponseZone::None;
    GEOSContextHandle_t ctx = m_geos->ctx;
    GEOSGeometry *point = nullptr;
    for (const auto &z : m_geos->zones) {
        if (z.kind <= best || p.lon < z.minX || p.lon > z.maxX || p.lat < z.minY || p.lat > z.maxY)
            continue;
        if (!point)
            point = GEOSGeom_createPointFromXY_r(ctx, p.lon, p.lat);
        if (GEOSPreparedIntersects_r(ctx, z.prepared, point) == 1)
            best = z.kind;
    }
    if (point)
        GEOSGeom_destroy_r(ctx, point);
    return best;
}

QByteArray ZoneLayer::toGeoJson(const std::vector<Zone> &zones, QString *error)
{
    GDALAllRegister();
    GDALDriverH driver = GDALGetDriverByName("GeoJSON");
    if (!driver) {
        *error = QStringLiteral("GDAL has no GeoJSON driver");
        return {};
    }
    const QByteArray mem = QStringLiteral("/vsimem/watchfloor-zones-out-%1.geojson")
                               .arg(QUuid::createUuid().toString(QUuid::Id128))
                               .toUtf8();
    GDALDatasetH ds = GDALCreate(driver, mem.constData(), 0, 0, 0, GDT_Unknown, nullptr);
    if (!ds) {
        *error = QStringLiteral("cannot write GeoJSON: %1").arg(QString::fromUtf8(CPLGetLastErrorMsg()));
        return {};
    }
    OGRSpatialReferenceH wgs84 = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(wgs84, 4326);
    OSRSetAxisMappingStrategy(wgs84, OAMS_TRADITIONAL_GIS_ORDER);
    // RFC 7946: WGS-84 longitude, latitude, as every GeoJSON reader expects.
    const char *layerOptions[] = { "RFC7946=YES", "WRITE_NAME=NO", nullptr };
    OGRLayerH layer
        = GDALDatasetCreateLayer(ds, "zones", wgs84, wkbMultiPolygon, const_cast<char **>(layerOptions));
    OSRDestroySpatialReference(wgs84);
    bool ok = layer != nullptr;
    for (const char *field : { "class", "name" }) {
        OGRFieldDefnH def = OGR_Fld_Create(field, OFTString);
        ok = ok && OGR_L_CreateField(layer, def, TRUE) == OGRERR_NONE;
        OGR_Fld_Destroy(def);
    }
    for (const Zone &z : zones) {
        if (!ok)
            break;
        OGRFeatureH feature = OGR_F_Create(OGR_L_GetLayerDefn(layer));
        OGR_F_SetFieldString(feature, 0, responseZoneName(z.kind).toUtf8().constData());
        OGR_F_SetFieldString(feature, 1, z.name.toUtf8().constData());
        OGRGeometryH multi = OGR_G_CreateGeometry(wkbMultiPolygon);
        OGRGeometryH polygon = nullptr;
        for (std::size_t i = 0; i < z.rings.size(); ++i) {
            if (!z.holes[i] || !polygon) {
                if (polygon)
                    OGR_G_AddGeometryDirectly(multi, polygon);
                polygon = OGR_G_CreateGeometry(wkbPolygon);
            }
            OGRGeometryH ring = OGR_G_CreateGeometry(wkbLinearRing);
            for (const LatLon &p : z.rings[i])
                OGR_G_AddPoint_2D(ring, p.lon, p.lat);
            OGR_G_CloseRings(ring);
            OGR_G_AddGeometryDirectly(polygon, ring);
        }
        if (polygon)
            OGR_G_AddGeometryDirectly(multi, polygon);
        OGR_F_SetGeometryDirectly(feature, multi);
        ok = OGR_L_CreateFeature(layer, feature) == OGRERR_NONE;
        OGR_F_Destroy(feature);
    }
    GDALClose(ds);
    QByteArray out;
    vsi_l_offset length = 0;
    if (GByte *data = VSIGetMemFileBuffer(mem.constData(), &length, FALSE); data && ok)
        out = QByteArray(reinterpret_cast<const char *>(data), qsizetype(length));
    VSIUnlink(mem.constData());
    if (!ok || out.isEmpty())
        *error = QStringLiteral("cannot write GeoJSON: %1").arg(QString::fromUtf8(CPLGetLastErrorMsg()));
    return out;
}

} // namespace wf::maps
