#include "BaseMap.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wf::maps {

namespace {

QPolygonF ring(const QJsonArray &coords, bool gcj)
{
    QPolygonF poly;
    poly.reserve(coords.size());
    for (const auto &c : coords) {
        const auto pt = c.toArray();
        if (pt.size() < 2)
            continue;
        LatLon p { pt[1].toDouble(), pt[0].toDouble() };
        if (gcj)
            p = gcj02ToWgs84(p);
        poly.append(QPointF(p.lon, p.lat));
    }
    return poly;
}

MapFeature::Level levelOf(const QString &level, const QString &kind, bool isLine)
{
    if (level == u"prefecture" || level == u"city")
        return MapFeature::Level::Prefecture;
    if (level == u"district" || level == u"county")
        return MapFeature::Level::District;
    if (level == u"water" || !kind.isEmpty())
        return (isLine || kind == u"river") ? MapFeature::Level::River : MapFeature::Level::Lake;
    return MapFeature::Level::Province;
}

// The label goes at the centre of the largest ring's bounding box: cheap and good enough for
// the compact shapes of Chinese administrative divisions.
LatLon labelPoint(const MapFeature &f)
{
    const QPolygonF *best = nullptr;
    double bestArea = -1;
    for (const auto &p : f.polygons) {
        const auto r = p.boundingRect();
        if (r.width() * r.height() > bestArea) {
            bestArea = r.width() * r.height();
            best = &p;
        }
    }
    if (best) {
        const auto c = best->boundingRect().center();
        return { c.y(), c.x() };
    }
    if (!f.lines.isEmpty() && !f.lines.first().isEmpty()) {
        const auto &l = f.lines.first();
        const auto c = l[l.size() / 2];
        return { c.y(), c.x() };
    }
    return {};
}

} // namespace

bool BaseMap::loadFolder(const QString &folder, QString *error)
{
    QDir dir(folder);
    const auto files = dir.entryList({ QStringLiteral("*.geojson") }, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        *error = QStringLiteral("no base-map files in %1").arg(folder);
        return false;
    }
    QStringList problems;
    for (const auto &name : files) {
        QFile f(dir.filePath(name));
        QString err;
        if (!f.open(QIODevice::ReadOnly))
            problems.append(QStringLiteral("%1: %2").arg(name, f.errorString()));
        else if (!loadGeoJson(f.readAll(), &err))
            problems.append(QStringLiteral("%1: %2").arg(name, err));
    }
    *error = problems.join(u"; ");
    return problems.isEmpty();
}

bool BaseMap::loadGeoJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const auto doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        *error = QStringLiteral("JSON error at offset %1: %2")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return false;
    }
    const auto root = doc.object();
    if (root.value(u"type").toString() != u"FeatureCollection") {
        *error = QStringLiteral("not a GeoJSON FeatureCollection");
        return false;
    }
    const bool gcj = root.value(u"datum").toString().compare(u"GCJ-02", Qt::CaseInsensitive) == 0;
    const auto features = root.value(u"features").toArray();
    for (const auto &fv : features) {
        const auto fo = fv.toObject();
        const auto props = fo.value(u"properties").toObject();
        const auto geom = fo.value(u"geometry").toObject();
        const auto type = geom.value(u"type").toString();
        const auto coords = geom.value(u"coordinates").toArray();
        MapFeature f;
        f.nameZh = props.value(u"name_zh").toString(props.value(u"name").toString());
        f.nameEn = props.value(u"name_en").toString();
        f.adcode = props.value(u"adcode").toVariant().toString();
        if (type == u"Polygon") {
            if (!coords.isEmpty())
                f.polygons.append(ring(coords[0].toArray(), gcj));
        } else if (type == u"MultiPolygon") {
            for (const auto &poly : coords) {
                const auto rings = poly.toArray();
                if (!rings.isEmpty())
                    f.polygons.append(ring(rings[0].toArray(), gcj));
            }
        } else if (type == u"LineString") {
            f.lines.append(ring(coords, gcj));
        } else if (type == u"MultiLineString") {
            for (const auto &line : coords)
                f.lines.append(ring(line.toArray(), gcj));
        } else {
            continue; // points and other geometry carry nothing the base map draws
        }
        f.level
            = levelOf(props.value(u"level").toString(), props.value(u"kind").toString(), !f.lines.isEmpty());
        for (const auto &p : std::as_const(f.polygons))
            f.bounds = f.bounds.isNull() ? p.boundingRect() : f.bounds.united(p.boundingRect());
        for (const auto &l : std::as_const(f.lines))
            f.bounds = f.bounds.isNull() ? l.boundingRect() : f.bounds.united(l.boundingRect());
        f.labelAt = labelPoint(f);
        m_features.append(std::move(f));
    }
    return true;
}

const MapFeature *BaseMap::findByName(const QString &name) const
{
    for (const auto &f : m_features) {
        if (f.nameZh == name || f.nameEn.compare(name, Qt::CaseInsensitive) == 0)
            return &f;
    }
    return nullptr;
}

} // namespace wf::maps
