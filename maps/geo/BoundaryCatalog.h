#pragma once

#include "LayerFile.h"

#include <QString>
#include <optional>
#include <vector>

namespace wf::maps {

// The administrative boundaries a cordon can follow: the province, its prefectures and their
// districts and counties, from the base map's GeoJSON files (GCJ-02 there, WGS-84 here). Where
// the demo data's outlines touch themselves they are mended (GEOS MakeValid), not refused.
class BoundaryCatalog
{
public:
    // Reads hubei-province, hubei-prefectures and hubei-districts .geojson from a folder (or a
    // Qt resource folder). All or nothing: false with a message if any file is bad.
    bool loadFolder(const QString &folder, QString *error);

    const std::vector<LayerFeature> &boundaries() const { return m_all; }
    // By Chinese or English name (case-insensitive) or by code; nullptr when none.
    const LayerFeature *find(const QString &nameOrCode) const;
    // The boundary and the ones it lies in, outermost first: province, prefecture, district.
    std::vector<const LayerFeature *> nested(const LayerFeature &inner) const;
    // The boundaries around a point, outermost first (empty outside the province).
    std::vector<const LayerFeature *> around(LatLon p) const;
    // The boundary vertex nearest to a point within maxMeters (for snapping a drawn ring to it).
    std::optional<LatLon> nearestVertex(LatLon p, double maxMeters) const;

private:
    const LayerFeature *byCode(const QString &code) const;
    std::vector<LayerFeature> m_all;
    std::vector<LatLon> m_vertices; // every outline's points, for snapping
};

} // namespace wf::maps
