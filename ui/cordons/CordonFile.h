#pragma once

#include "LayerWriter.h"
#include "WorldModels.h"

#include <QString>
#include <optional>
#include <vector>

namespace wf {

// Cordons to and from vector files: the world's cordons written as GeoJSON or KML (one polygon
// feature each, with its id, name and the time it was set), and the polygons of a GeoJSON, KML,
// Shapefile or GeoPackage read as rings to set as cordons. Reading is LayerFile's, all or
// nothing: a file too large (checked before it is read), in an unknown coordinate system, or with
// one bad polygon (self-intersecting, without area, across the antimeridian) gives no ring at all
// and says which feature and why. Stateless.
class CordonFile
{
public:
    // A cordon file is a few outlines: far below the size of a layer of every district.
    static constexpr qint64 kMaxBytes = 16 * 1024 * 1024;
    static constexpr int kMaxCordons = 100;
    static constexpr int kMaxRingPoints = 50'000;

    struct Ring
    {
        QString name;
        std::vector<maps::LatLon> points; // the first point not repeated
    };

    static std::vector<maps::OutlineFeature> features(const QList<CordonRow> &cordons);
    // A new file (never overwritten), named .geojson or .kml; see maps::LayerWriter::write.
    static bool write(const QString &path, const QList<CordonRow> &cordons, QString *error);
    // Each polygon of the file's first layer as a ring (its outline: holes are not part of a
    // cordon); a feature of several polygons gives one ring per polygon, numbered after its name.
    static std::optional<std::vector<Ring>> read(const QString &path, QString *error);
};

} // namespace wf
