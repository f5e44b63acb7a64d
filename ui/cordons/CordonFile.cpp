#include "CordonFile.h"

#include "LayerFile.h"
#include "TranslateIn.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace wf {

using namespace Qt::StringLiterals;

namespace {

// lupdate files this file's tr() calls under the scopes they stand in (TranslateIn.h).
QString tr(const char *text)
{
    return translateIn({ "wf::CordonFile", "wf" }, text);
}

} // namespace

std::vector<maps::OutlineFeature> CordonFile::features(const QList<CordonRow> &cordons)
{
    std::vector<maps::OutlineFeature> out;
    out.reserve(std::size_t(cordons.size()));
    for (const CordonRow &c : cordons) {
        maps::OutlineFeature f;
        f.id = c.info.cordonId;
        f.name = c.info.name;
        f.setMs = c.setMs;
        f.ring.reserve(std::size_t(c.info.ring.size()));
        for (const GeoPoint &p : c.info.ring)
            f.ring.push_back({ p.lat, p.lon });
        out.push_back(std::move(f));
    }
    return out;
}

bool CordonFile::write(const QString &path, const QList<CordonRow> &cordons, QString *error)
{
    return maps::LayerWriter::write(path, features(cordons), QStringLiteral("cordons"), error);
}

std::optional<std::vector<CordonFile::Ring>> CordonFile::read(const QString &path, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, why);
        return std::nullopt;
    };
    // Compressed containers (KMZ, zipped Shapefiles) are left out: their size says nothing of
    // what they unpack to.
    static const QStringList kinds { u"geojson"_s, u"json"_s, u"kml"_s, u"shp"_s, u"gpkg"_s };
    if (!kinds.contains(QFileInfo(path).suffix().toLower()))
        return fail(tr("unknown file type: a cordon file is GeoJSON, KML, a Shapefile or a GeoPackage"));
    // LayerFile checks the size before reading, the coordinate system and every polygon.
    const auto layer = maps::LayerFile::read(path, error, kMaxBytes);
    if (!layer)
        return std::nullopt;
    if (layer->features.empty())
        return fail(tr("the file holds no polygon"));
    const QString base = QFileInfo(path).completeBaseName();
    std::vector<Ring> rings;
    int index = 0;
    for (const maps::LayerFeature &f : layer->features) {
        ++index;
        const auto &polygons = f.shape.polygons();
        const QString name = f.name.isEmpty() ? QStringLiteral("%1 %2").arg(base).arg(index) : f.name;
        for (std::size_t i = 0; i < polygons.size(); ++i) {
            if (int(rings.size()) >= kMaxCordons)
                return fail(tr("more than %1 polygons; a file sets at most %1 cordons").arg(kMaxCordons));
            std::vector<maps::LatLon> points = polygons[i].outer;
            if (points.size() > 1 && points.front().lat == points.back().lat
                && points.front().lon == points.back().lon)
                points.pop_back(); // a cordon's ring does not repeat its first point
            if (int(points.size()) > kMaxRingPoints) {
                const QString which = f.name.isEmpty() ? QString::number(index)
                                                       : QStringLiteral("%1 (%2)").arg(index).arg(f.name);
                return fail(tr("feature %1: %2 points, more than a cordon's %3")
                        .arg(which)
                        .arg(points.size())
                        .arg(kMaxRingPoints));
            }
            rings.push_back({ polygons.size() > 1 ? QStringLiteral("%1 (%2)").arg(name).arg(i + 1) : name,
                std::move(points) });
        }
    }
    return rings;
}

} // namespace wf
