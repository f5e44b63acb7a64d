#pragma once

#include "Geodesy.h"

#include <QByteArray>
#include <QString>
#include <optional>
#include <vector>

namespace wf::maps {

// One outline to write: a closed ring in WGS-84 (the first point not repeated) with its id, its
// name and, when known, when it was set.
struct RingFeature
{
    QString id;
    QString name;
    qint64 setMs = 0; // ms since the epoch (UTC); 0: unknown, left out of the file
    std::vector<LatLon> ring;
};

// Writes outlines as a vector file through GDAL/OGR, the other half of LayerFile: GeoJSON
// (RFC 7946: WGS-84 longitude, latitude, the id as each feature's "id", "name" and "set_at" as
// properties) or KML (a Placemark per outline with its name, the id and "set_at" as extended
// data). Each ring is one Polygon feature. Nothing here checks the rings: the callers' rings were
// checked when they were made, and LayerFile refuses a bad one when the file is read back.
// Stateless; safe from any thread.
class LayerWriter
{
public:
    enum class Format { GeoJson, Kml };
    // By the file's suffix: .geojson or .json, .kml (case-insensitive); nothing otherwise.
    static std::optional<Format> formatOf(const QString &path);
    // The file's bytes, made in memory. Empty with the reason on failure.
    static QByteArray toBytes(const std::vector<RingFeature> &features, Format format, QString *error);
    // Writes a new file: refuses a path that exists (nothing is overwritten) or whose suffix is
    // neither GeoJSON nor KML. The bytes go to a temporary file beside it, are flushed to the
    // disk and only then renamed to the path, so a failed write (a full disk) leaves no file.
    static bool write(const QString &path, const std::vector<RingFeature> &features, QString *error);
};

} // namespace wf::maps
