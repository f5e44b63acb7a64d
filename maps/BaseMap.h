#pragma once

#include "Geodesy.h"

#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QString>

namespace wf::maps {

// One named feature of the base map. Geometry is WGS-84 with x = longitude, y = latitude.
struct MapFeature
{
    enum class Level { Province, Prefecture, District, River, Lake };
    Level level = Level::Province;
    QString nameZh;
    QString nameEn;
    QString adcode;
    QList<QPolygonF> polygons; // outer rings (holes are rare in this data and not drawn)
    QList<QPolygonF> lines; // rivers
    QRectF bounds;
    LatLon labelAt;
};

// The embedded base map: administrative boundaries, rivers and lakes. Files that declare
// "datum": "GCJ-02" are converted to WGS-84 here, once, so nothing else sees GCJ-02.
class BaseMap
{
public:
    // Loads every *.geojson in a folder (or Qt resource folder). Returns false with a message
    // when a file cannot be parsed; features of good files are kept.
    bool loadFolder(const QString &folder, QString *error);
    bool loadGeoJson(const QByteArray &json, QString *error);

    const QList<MapFeature> &features() const { return m_features; }
    const MapFeature *findByName(const QString &name) const; // zh or en, case-insensitive

private:
    QList<MapFeature> m_features;
};

} // namespace wf::maps
