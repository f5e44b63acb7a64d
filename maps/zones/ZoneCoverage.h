#pragma once

#include "GeoShape.h"
#include "ZoneLayer.h"

#include <functional>
#include <vector>

namespace wf::maps {

// How much of one response zone the units can reach within the zone's target, and where not.
struct ZoneGap
{
    int zone = -1; // index in the layer's zones()
    ResponseZone kind = ResponseZone::None;
    double areaKm2 = 0;
    double coveredKm2 = 0;
    GeoShape gap; // the part of the zone nobody reaches in time (empty when covered)
    double coveredShare() const { return areaKm2 > 0 ? coveredKm2 / areaKm2 : 1.0; }
};

// The same for all the zones of one class together (key sites, central urban, other urban).
struct ClassCoverage
{
    ResponseZone kind = ResponseZone::None;
    int zones = 0;
    int zonesWithGap = 0;
    double areaKm2 = 0;
    double coveredKm2 = 0;
    double coveredShare() const { return areaKm2 > 0 ? coveredKm2 / areaKm2 : 1.0; }
};

// Holds a centre's response zones against the area its units can reach: each zone against the
// area reachable within its own target (1 minute for a key site, 3 central, 5 urban). The gap
// of a zone is the zone minus that area (GEOS). Made once per zone file (the zones' shapes are
// built then); measure() is called as units move. Not thread-safe; one per thread.
class ZoneCoverage
{
public:
    explicit ZoneCoverage(const std::vector<Zone> &zones);
    explicit ZoneCoverage(const ZoneLayer &layer)
        : ZoneCoverage(layer.zones())
    { }

    // reachable(seconds): the area reachable within that many seconds (asked once per target).
    std::vector<ZoneGap> measure(const std::function<GeoShape(int seconds)> &reachable) const;
    // The zones of each class together, strictest class first; classes with no zone left out.
    static std::vector<ClassCoverage> byClass(const std::vector<ZoneGap> &gaps);

    int zoneCount() const { return int(m_shapes.size()); }

private:
    struct Shape
    {
        ResponseZone kind;
        GeoShape shape;
        double areaKm2;
    };
    std::vector<Shape> m_shapes;
};

} // namespace wf::maps
