#pragma once

#include <QString>

namespace wf {

// --check-layer FILE: reads a vector layer (GeoJSON, KML, Shapefile, GeoPackage) through GDAL/OGR
// and prints {"file", "features", "other_features", "area_km2", "crs", "gcj02"} on stdout, or
// {"file", "error"} and exit code 1.
int checkLayer(const QString &path);

} // namespace wf
