#pragma once

#include "GeoShape.h"

#include <QByteArray>
#include <QString>
#include <optional>
#include <vector>

namespace wf::maps {

// One feature to write, in WGS-84, with its id, its name and, when known, when it was set: a
// closed ring (the first point not repeated; a drawn cordon), or polygons with holes (a response
// zone, written as one MultiPolygon).
struct OutlineFeature
{
    QString id; // left out when empty
    QString name;
    qint64 setMs = 0; // ms since the epoch (UTC); 0: unknown, left out of the file
    std::vector<LatLon> ring;
    std::vector<GeoPolygonRings> polygons; // instead of ring, when not empty
    QString featureClass; // written as "class" (a response zone's), when any feature has one
};

// Writes outlines as a vector file through GDAL/OGR, the other half of LayerFile: GeoJSON
// (RFC 7946: WGS-84 longitude, latitude, the id as each feature's "id", "name", "class" and
// "set_at" as properties) or KML (a Placemark per outline with its name, the id, "class" and
// "set_at" as extended data), in one layer named layerName. Each ring is one Polygon feature,
// polygons one MultiPolygon. Nothing here checks the rings: the callers' rings were
// checked when they were made, and LayerFile refuses a bad one when the file is read back.
// Stateless; safe from any thread.
class LayerWriter
{
public:
    enum class Format { GeoJson, Kml };
    // By the file's suffix: .geojson or .json, .kml (case-insensitive); nothing otherwise.
    static std::optional<Format> formatOf(const QString &path);
    // The file's bytes, made in memory. Empty with the reason on failure.
    static QByteArray toBytes(
        const std::vector<OutlineFeature> &features, const QString &layerName, Format format, QString *error);
    // Writes a new file: refuses a path that exists (nothing is overwritten) or whose suffix is
    // neither GeoJSON nor KML. The bytes go to a temporary file beside it, are flushed to the
    // disk and only then renamed to the path, so a failed write (a full disk) leaves no file.
    static bool write(const QString &path, const std::vector<OutlineFeature> &features,
        const QString &layerName, QString *error);
};

} // namespace wf::maps
