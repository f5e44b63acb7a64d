#pragma once

#include <QString>

namespace wf {

// --check-layer FILE: reads a vector layer (GeoJSON, KML, Shapefile, GeoPackage) through GDAL/OGR
// and prints {"file", "features", "other_features", "area_km2", "crs", "gcj02"} on stdout, or
// {"file", "error"} and exit code 1.
int checkLayer(const QString &path);

// --export-cordons JOURNAL OUT: the cordons still set at the journal's end (replayed as playback
// does; lifted ones are left out) written to OUT as GeoJSON or KML by its suffix. Prints
// {"journal", "file", "cordons"} on stdout; a journal that is missing, not a journal, damaged or
// holding events that cannot be read, an unknown suffix, an existing OUT or a failed write (a
// full disk: nothing is left behind) give a message on stderr and exit code 1.
int exportCordons(const QString &journal, const QString &out);

} // namespace wf
