#include "LayerFile.h"

#include "TranslateIn.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <atomic>
#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_vsi.h>
#include <gdal.h>
#include <memory>
#include <mutex>
#include <ogr_api.h>
#include <ogr_srs_api.h>

namespace wf::maps {

namespace {

// lupdate files this file's tr() calls under the scopes they stand in (TranslateIn.h).
QString tr(const char *text)
{
    return translateIn({ "wf::maps::LayerFile", "wf::maps" }, text);
}

void registerDrivers()
{
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

// GDAL's messages go to the caller, not to stderr.
struct QuietErrors
{
    QuietErrors()
    {
        CPLPushErrorHandler(CPLQuietErrorHandler);
        CPLErrorReset();
    }
    ~QuietErrors() { CPLPopErrorHandler(); }
    static QString last() { return QString::fromUtf8(CPLGetLastErrorMsg()); }
};

struct DatasetCloser
{
    void operator()(GDALDatasetH d) const { GDALClose(d); }
};
using Dataset = std::unique_ptr<std::remove_pointer_t<GDALDatasetH>, DatasetCloser>;

struct FeatureDestroyer
{
    void operator()(OGRFeatureH f) const { OGR_F_Destroy(f); }
};
using Feature = std::unique_ptr<std::remove_pointer_t<OGRFeatureH>, FeatureDestroyer>;

struct SrsDestroyer
{
    void operator()(OGRSpatialReferenceH s) const { OSRDestroySpatialReference(s); }
};
using Srs = std::unique_ptr<std::remove_pointer_t<OGRSpatialReferenceH>, SrsDestroyer>;

struct TransformDestroyer
{
    void operator()(OGRCoordinateTransformationH t) const { OCTDestroyCoordinateTransformation(t); }
};
using Transform = std::unique_ptr<std::remove_pointer_t<OGRCoordinateTransformationH>, TransformDestroyer>;

QString field(OGRFeatureH f, std::initializer_list<const char *> names)
{
    for (const char *n : names) {
        const int i = OGR_F_GetFieldIndex(f, n);
        if (i >= 0 && OGR_F_IsFieldSetAndNotNull(f, i))
            return QString::fromUtf8(OGR_F_GetFieldAsString(f, i)).trimmed();
    }
    return {};
}

GeoRing ringOf(OGRGeometryH ring, bool gcj, int *vertices)
{
    GeoRing out;
    const int n = OGR_G_GetPointCount(ring);
    out.reserve(std::size_t(std::max(0, n)));
    for (int i = 0; i < n; ++i) {
        LatLon p { OGR_G_GetY(ring, i), OGR_G_GetX(ring, i) };
        out.push_back(gcj ? gcj02ToWgs84(p) : p);
    }
    *vertices += n;
    return out;
}

bool addPolygon(OGRGeometryH polygon, bool gcj, std::vector<GeoPolygonRings> &out, int *vertices)
{
    const int rings = OGR_G_GetGeometryCount(polygon);
    if (rings < 1)
        return true;
    GeoPolygonRings p;
    p.outer = ringOf(OGR_G_GetGeometryRef(polygon, 0), gcj, vertices);
    for (int r = 1; r < rings; ++r)
        p.holes.push_back(ringOf(OGR_G_GetGeometryRef(polygon, r), gcj, vertices));
    out.push_back(std::move(p));
    return *vertices <= LayerFile::kMaxVertices;
}

// Appends one layer's polygons to out; false with the reason in *why.
bool readLayer(
    OGRLayerH layer, bool first, ShapeRepair repair, Layer &out, int *vertices, int *index, QString *why)
{
    auto failWith = [&](const QString &reason) {
        *why = reason;
        return false;
    };
    // A GeoJSON's own top-level members (kept by NATIVE_DATA) may say the datum is GCJ-02.
    bool gcj02 = false;
    if (const char *native = GDALGetMetadataItem(layer, "NATIVE_DATA", "NATIVE_DATA")) {
        const QJsonObject top = QJsonDocument::fromJson(QByteArray(native)).object();
        gcj02 = top.value(u"datum").toString().compare(u"GCJ-02", Qt::CaseInsensitive) == 0;
        // GDAL falls back to WGS-84 (with a warning) for a "crs" it does not know: refuse instead.
        const QString named
            = top.value(u"crs").toObject().value(u"properties").toObject().value(u"name").toString();
        if (!named.isEmpty()) {
            Srs check(OSRNewSpatialReference(nullptr));
            if (OSRSetFromUserInput(check.get(), named.toUtf8().constData()) != OGRERR_NONE)
                return failWith(tr("unknown coordinate system %1").arg(named));
        }
    }
    out.gcj02 = out.gcj02 || gcj02;
    OGRSpatialReferenceH layerSrs = OGR_L_GetSpatialRef(layer);
    if (!layerSrs)
        return failWith(tr("the file does not say its coordinate system"));
    Srs wgs84(OSRNewSpatialReference(nullptr));
    OSRSetWellKnownGeogCS(wgs84.get(), "WGS84");
    OSRSetAxisMappingStrategy(wgs84.get(), OAMS_TRADITIONAL_GIS_ORDER);
    Srs source(OSRClone(layerSrs));
    OSRSetAxisMappingStrategy(source.get(), OAMS_TRADITIONAL_GIS_ORDER);
    QString crs;
    const char *authority = OSRGetAuthorityName(source.get(), nullptr);
    const char *code = OSRGetAuthorityCode(source.get(), nullptr);
    if (authority && code)
        crs = QStringLiteral("%1:%2").arg(QString::fromUtf8(authority), QString::fromUtf8(code));
    else if (const char *n = OSRGetName(source.get()))
        crs = QString::fromUtf8(n);
    if (first)
        out.crs = crs;
    Transform transform;
    if (!OSRIsSame(source.get(), wgs84.get())) {
        transform.reset(OCTNewCoordinateTransformation(source.get(), wgs84.get()));
        if (!transform)
            return failWith(tr("unknown coordinate system %1").arg(crs));
    }

    OGR_L_ResetReading(layer);
    while (Feature f { OGR_L_GetNextFeature(layer) }) {
        const int number = ++*index;
        if (int(out.features.size()) + out.otherFeatures >= LayerFile::kMaxFeatures)
            return failWith(tr("more than %1 features").arg(LayerFile::kMaxFeatures));
        OGRGeometryH g = OGR_F_GetGeometryRef(f.get());
        if (!g) {
            ++out.otherFeatures;
            continue;
        }
        if (transform && OGR_G_Transform(g, transform.get()) != OGRERR_NONE)
            return failWith(tr("feature %1 cannot be transformed to WGS-84").arg(number));
        std::vector<GeoPolygonRings> polygons;
        const auto type = wkbFlatten(OGR_G_GetGeometryType(g));
        bool ok = true;
        if (type == wkbPolygon) {
            ok = addPolygon(g, gcj02, polygons, vertices);
        } else if (type == wkbMultiPolygon) {
            for (int i = 0; ok && i < OGR_G_GetGeometryCount(g); ++i)
                ok = addPolygon(OGR_G_GetGeometryRef(g, i), gcj02, polygons, vertices);
        } else {
            ++out.otherFeatures;
            continue;
        }
        if (!ok)
            return failWith(tr("more than %1 vertices").arg(LayerFile::kMaxVertices));
        LayerFeature feature;
        feature.name = field(f.get(), { "name_zh", "name", "NAME", "Name" });
        feature.nameEn = field(f.get(), { "name_en" });
        feature.code = field(f.get(), { "adcode", "code", "CODE" });
        feature.level = field(f.get(), { "level" });
        feature.parent = field(f.get(), { "parent" });
        feature.featureClass = field(f.get(), { "class" });
        ShapeProblem problem;
        feature.shape = GeoShape::fromPolygons(polygons, &problem, repair);
        if (feature.shape.isEmpty()) {
            const QString which = feature.name.isEmpty()
                ? QString::number(number)
                : QStringLiteral("%1 (%2)").arg(number).arg(feature.name);
            return failWith(tr("feature %1: %2").arg(which, problem.message()));
        }
        out.features.push_back(std::move(feature));
    }
    return true;
}

std::optional<Layer> readOpen(
    const QString &gdalPath, const QString &name, ShapeRepair repair, QString *error)
{
    auto failWith = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(name, why);
        return std::nullopt;
    };
    QuietErrors quiet;
    const char *options[] = { "NATIVE_DATA=YES", nullptr };
    Dataset ds(GDALOpenEx(
        gdalPath.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, options, nullptr));
    if (!ds) {
        const QString why = QuietErrors::last();
        return failWith(why.isEmpty()
                ? tr("not a vector file GDAL can read (GeoJSON, KML, Shapefile, GeoPackage)")
                : why);
    }
    const int layers = GDALDatasetGetLayerCount(ds.get());
    if (layers < 1)
        return failWith(tr("the file holds no layer"));
    Layer out;
    int vertices = 0;
    int index = 0; // features are numbered through the whole file, as a reader counts them
    for (int i = 0; i < layers; ++i) {
        QString why;
        if (!readLayer(GDALDatasetGetLayer(ds.get(), i), i == 0, repair, out, &vertices, &index, &why))
            return failWith(why);
    }
    if (CPLGetLastErrorType() >= CE_Failure)
        return failWith(QuietErrors::last());
    return out;
}

} // namespace

double Layer::areaKm2() const
{
    double total = 0;
    for (const LayerFeature &f : features)
        total += f.shape.areaKm2();
    return total;
}

std::optional<Layer> LayerFile::read(const QString &path, QString *error, qint64 maxBytes, ShapeRepair repair)
{
    registerDrivers();
    const QFileInfo info(path);
    if (path.startsWith(u':') && info.isFile()) {
        // A Qt resource (the built-in layers): GDAL cannot open it by name, but reads its bytes.
        if (info.size() > maxBytes) {
            if (error)
                *error = QStringLiteral("%1: %2").arg(path,
                    tr("%1 MB is larger than the limit of %2 MB").arg(info.size() >> 20).arg(maxBytes >> 20));
            return std::nullopt;
        }
        QFile resource(path);
        if (!resource.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("%1: %2").arg(path, resource.errorString());
            return std::nullopt;
        }
        return readBytes(resource.readAll(), path, error, maxBytes, repair);
    }
    if (!info.exists() || !info.isFile()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, tr("no such file"));
        return std::nullopt;
    }
    // A Shapefile's attributes are in the .dbf beside it, often the larger part: it counts too.
    qint64 size = info.size();
    if (info.suffix().compare(u"shp", Qt::CaseInsensitive) == 0) {
        for (const char *suffix : { "dbf", "DBF" }) {
            const QFileInfo table(
                info.dir().filePath(info.completeBaseName() + u'.' + QLatin1String(suffix)));
            if (table.exists()) {
                size += table.size();
                break;
            }
        }
    }
    if (size > maxBytes) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(
                path, tr("%1 MB is larger than the limit of %2 MB").arg(size >> 20).arg(maxBytes >> 20));
        return std::nullopt;
    }
    return readOpen(path, path, repair, error);
}

std::optional<Layer> LayerFile::readBytes(
    const QByteArray &bytes, const QString &name, QString *error, qint64 maxBytes, ShapeRepair repair)
{
    registerDrivers();
    if (bytes.size() > maxBytes) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(name,
                tr("%1 MB is larger than the limit of %2 MB").arg(bytes.size() >> 20).arg(maxBytes >> 20));
        return std::nullopt;
    }
    static std::atomic<int> counter { 0 };
    const QString suffix = QFileInfo(name).suffix();
    const QByteArray vsi = QStringLiteral("/vsimem/watchfloor-layer-%1.%2")
                               .arg(counter.fetch_add(1))
                               .arg(suffix.isEmpty() ? QStringLiteral("geojson") : suffix)
                               .toUtf8();
    VSILFILE *f = VSIFileFromMemBuffer(vsi.constData(),
        reinterpret_cast<GByte *>(const_cast<char *>(bytes.constData())), vsi_l_offset(bytes.size()), FALSE);
    if (!f) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(name, tr("cannot be read"));
        return std::nullopt;
    }
    VSIFCloseL(f);
    auto result = readOpen(QString::fromUtf8(vsi), name, repair, error);
    VSIUnlink(vsi.constData());
    return result;
}

} // namespace wf::maps
