#include "LayerWriter.h"

#include "TranslateIn.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>
#include <QTimeZone>
#include <QUuid>
#include <algorithm>
#include <cerrno>
#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_vsi.h>
#include <cstring>
#include <gdal.h>
#include <mutex>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <unistd.h>

namespace wf::maps {

namespace {

// lupdate files this file's tr() calls under the scopes they stand in (TranslateIn.h).
QString tr(const char *text)
{
    return translateIn({ "wf::maps::LayerWriter", "wf::maps" }, text);
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

OGRGeometryH linearRingOf(const std::vector<LatLon> &ring)
{
    OGRGeometryH linear = OGR_G_CreateGeometry(wkbLinearRing);
    for (const LatLon &p : ring)
        OGR_G_AddPoint_2D(linear, p.lon, p.lat);
    OGR_G_CloseRings(linear);
    return linear;
}

OGRGeometryH polygonOf(const std::vector<LatLon> &outer, const std::vector<GeoRing> &holes = {})
{
    OGRGeometryH polygon = OGR_G_CreateGeometry(wkbPolygon);
    OGR_G_AddGeometryDirectly(polygon, linearRingOf(outer));
    for (const GeoRing &hole : holes)
        OGR_G_AddGeometryDirectly(polygon, linearRingOf(hole));
    return polygon;
}

OGRGeometryH geometryOf(const OutlineFeature &f)
{
    if (f.polygons.empty())
        return polygonOf(f.ring);
    OGRGeometryH multi = OGR_G_CreateGeometry(wkbMultiPolygon);
    for (const GeoPolygonRings &p : f.polygons)
        OGR_G_AddGeometryDirectly(multi, polygonOf(p.outer, p.holes));
    return multi;
}

} // namespace

std::optional<LayerWriter::Format> LayerWriter::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"geojson" || suffix == u"json")
        return Format::GeoJson;
    if (suffix == u"kml")
        return Format::Kml;
    return std::nullopt;
}

QByteArray LayerWriter::toBytes(
    const std::vector<OutlineFeature> &features, const QString &layerName, Format format, QString *error)
{
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
    QuietErrors quiet;
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return QByteArray();
    };
    // libkml's driver keeps the id as the Placemark's own id; GDAL's plain KML driver is the fallback.
    GDALDriverH driver
        = format == Format::GeoJson ? GDALGetDriverByName("GeoJSON") : GDALGetDriverByName("LIBKML");
    if (!driver && format == Format::Kml)
        driver = GDALGetDriverByName("KML");
    if (!driver)
        return fail(tr("GDAL has no driver to write %1")
                .arg(format == Format::GeoJson ? QStringLiteral("GeoJSON") : QStringLiteral("KML")));
    const bool plainKml = format == Format::Kml && QByteArray(GDALGetDriverShortName(driver)) == "KML";
    const QByteArray mem
        = QStringLiteral("/vsimem/watchfloor-layer-out-%1.%2")
              .arg(QUuid::createUuid().toString(QUuid::Id128),
                  format == Format::GeoJson ? QStringLiteral("geojson") : QStringLiteral("kml"))
              .toUtf8();
    // The plain KML driver writes a "Name" field as the Placemark's name unless told otherwise.
    const char *datasetOptions[] = { plainKml ? "NameField=name" : nullptr, nullptr };
    GDALDatasetH ds
        = GDALCreate(driver, mem.constData(), 0, 0, 0, GDT_Unknown, const_cast<char **>(datasetOptions));
    if (!ds)
        return fail(tr("cannot make the file: %1").arg(QuietErrors::last()));
    OGRSpatialReferenceH wgs84 = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(wgs84, 4326);
    OSRSetAxisMappingStrategy(wgs84, OAMS_TRADITIONAL_GIS_ORDER);
    // RFC 7946: WGS-84 longitude, latitude with 7 decimals (1 cm), the id in each Feature's "id".
    const char *geojsonOptions[] = { "RFC7946=YES", "WRITE_NAME=NO", "ID_FIELD=id", nullptr };
    const bool multi = std::any_of(
        features.begin(), features.end(), [](const OutlineFeature &f) { return !f.polygons.empty(); });
    const bool classes = std::any_of(
        features.begin(), features.end(), [](const OutlineFeature &f) { return !f.featureClass.isEmpty(); });
    OGRLayerH layer = GDALDatasetCreateLayer(ds, layerName.toUtf8().constData(), wgs84,
        multi ? wkbMultiPolygon : wkbPolygon,
        format == Format::GeoJson ? const_cast<char **>(geojsonOptions) : nullptr);
    OSRDestroySpatialReference(wgs84);
    bool ok = layer != nullptr;
    // Fields by name, not position: "class" is there only when some feature has one.
    std::vector<const char *> fields { "id", "name" };
    if (classes)
        fields.push_back("class");
    fields.push_back("set_at");
    for (const char *field : fields) {
        if (!ok)
            break;
        OGRFieldDefnH def = OGR_Fld_Create(field, OFTString);
        ok = OGR_L_CreateField(layer, def, TRUE) == OGRERR_NONE;
        OGR_Fld_Destroy(def);
    }
    for (const OutlineFeature &f : features) {
        if (!ok)
            break;
        OGRFeatureH feature = OGR_F_Create(OGR_L_GetLayerDefn(layer));
        auto set = [&](const char *field, const QString &value) {
            if (!value.isEmpty())
                OGR_F_SetFieldString(
                    feature, OGR_F_GetFieldIndex(feature, field), value.toUtf8().constData());
        };
        set("id", f.id);
        OGR_F_SetFieldString(feature, OGR_F_GetFieldIndex(feature, "name"), f.name.toUtf8().constData());
        if (classes)
            set("class", f.featureClass);
        if (f.setMs > 0)
            set("set_at",
                QDateTime::fromMSecsSinceEpoch(f.setMs, QTimeZone::UTC).toString(Qt::ISODateWithMs));
        OGR_F_SetGeometryDirectly(feature, geometryOf(f));
        ok = OGR_L_CreateFeature(layer, feature) == OGRERR_NONE;
        OGR_F_Destroy(feature);
    }
    const QString why = QuietErrors::last();
    ok = GDALClose(ds) == CE_None && ok;
    QByteArray out;
    vsi_l_offset length = 0;
    if (GByte *data = VSIGetMemFileBuffer(mem.constData(), &length, FALSE); data && ok)
        out = QByteArray(reinterpret_cast<const char *>(data), qsizetype(length));
    VSIUnlink(mem.constData());
    if (!ok || out.isEmpty())
        return fail(tr("cannot write the outlines: %1").arg(why.isEmpty() ? QuietErrors::last() : why));
    return out;
}

bool LayerWriter::write(const QString &path, const std::vector<OutlineFeature> &features,
    const QString &layerName, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, why);
        return false;
    };
    const auto format = formatOf(path);
    if (!format)
        return fail(tr("unknown file type \"%1\": name it .geojson or .kml").arg(QFileInfo(path).suffix()));
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink())
        return fail(tr("the file exists; it is not overwritten"));
    if (!info.absoluteDir().exists())
        return fail(tr("no such folder"));
    QString why;
    const QByteArray bytes = toBytes(features, layerName, *format, &why);
    if (bytes.isEmpty())
        return fail(why);
    // Beside the file, so that the rename stays on one file system and is atomic.
    QTemporaryFile temp(info.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(info.fileName())));
    if (!temp.open())
        return fail(tr("cannot write: %1").arg(temp.errorString()));
    // A full disk shows at the write, the flush or the sync; the temporary file goes with it.
    if (temp.write(bytes) != bytes.size() || !temp.flush())
        return fail(tr("cannot write: %1; nothing was written").arg(temp.errorString()));
    if (::fsync(temp.handle()) != 0)
        return fail(tr("cannot write: %1; nothing was written").arg(QString::fromLocal8Bit(strerror(errno))));
    // From here the temporary file is removed by hand: after a rename its name would be the path.
    temp.setAutoRemove(false);
    const QString tempPath = temp.fileName();
    temp.close();
    // QFile's rename does not replace a file that appeared meanwhile.
    QFile renamed(tempPath);
    if (!renamed.rename(path)) {
        const QString reason = renamed.errorString();
        QFile::remove(tempPath);
        return fail(QFileInfo::exists(path) ? tr("the file exists; it is not overwritten")
                                            : tr("cannot write: %1").arg(reason));
    }
    return true;
}

} // namespace wf::maps
