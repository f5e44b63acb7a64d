#pragma once

#include "GeoShape.h"

#include <QByteArray>
#include <QString>
#include <optional>
#include <vector>

namespace wf::maps {

// One polygon feature of a layer file, in WGS-84.
struct LayerFeature
{
    QString name; // name_zh, name or NAME
    QString nameEn; // name_en
    QString code; // adcode or code
    QString level; // province, prefecture, district, ... when the file says
    QString parent; // the code of the feature it lies in, when the file says
    QString featureClass; // class (a response zone's key_site, central, urban), when the file says
    GeoShape shape;
};

struct Layer
{
    std::vector<LayerFeature> features; // polygons only
    int otherFeatures = 0; // points and lines, not taken
    QString crs; // the coordinate system the file's first layer declares ("EPSG:4326", ...)
    bool gcj02 = false; // the file said its coordinates are GCJ-02; they are WGS-84 now
    double areaKm2() const;
};

// Reads the polygons of a vector file with GDAL/OGR: GeoJSON, KML, Shapefile, GeoPackage (every
// layer: a KML's folders, a GeoPackage's tables). Coordinates are transformed to WGS-84 from what
// each layer declares; a GeoJSON
// whose top level says "datum": "GCJ-02" is converted from GCJ-02. All or nothing: a file too
// large (checked before it is read), unreadable, in no or an unknown coordinate system, or with
// an invalid polygon is refused with a message naming the file and, for a bad polygon, the
// feature and the place.
class LayerFile
{
public:
    static constexpr qint64 kMaxBytes = 64 * 1024 * 1024;
    static constexpr int kMaxFeatures = 100'000;
    static constexpr int kMaxVertices = 5'000'000;

    static std::optional<Layer> read(const QString &path, QString *error, qint64 maxBytes = kMaxBytes,
        ShapeRepair repair = ShapeRepair::Refuse);
    // A file image (e.g. from Qt resources); name is what messages call it, and its suffix
    // tells GDAL the format (".geojson", ".kml").
    static std::optional<Layer> readBytes(const QByteArray &bytes, const QString &name, QString *error,
        qint64 maxBytes = kMaxBytes, ShapeRepair repair = ShapeRepair::Refuse);
};

} // namespace wf::maps
