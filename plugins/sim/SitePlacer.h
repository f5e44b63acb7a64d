#pragma once

#include "HubeiMap.h"
#include "RoadGenerator.h"

#include <QString>
#include <vector>

namespace wf::sim {

// The training world's fixed sites and cameras, placed on the generated roads: police
// checkpoints where the bigger roads cross a prefecture's or the province's border, smart
// (plate-reading) checkpoints at county crossings and on the urban rings, police and street
// stations, key sites (the place table's, Wuhan's utilities, the regional airports, and a
// station and a water works for each town) and the cameras at checkpoints and key sites.
// A pure function of the map and kGeographySeed; used once, by HubeiMap::build, after the
// map knows each road node's county.
class SitePlacer
{
public:
    SitePlacer(const HubeiMap &map, const RoadLayout &layout)
        : m_map(map)
        , m_layout(layout)
    { }

    void run();

    std::vector<FixedSite> &sites() { return m_sites; }
    std::vector<CameraSpec> &cameras() { return m_cameras; }

private:
    const maps::RoadGraph &graph() const { return m_map.roads(); }
    GeoPoint pos(int n) const;
    QString countyShort(int c) const;
    void addSite(FixedSite s);
    void placeCheckpoints();
    void placeStations();
    void addKeySite(const QString &name, KeySiteKind kind, GeoPoint at);
    void placeKeySites();
    void placeCameras();

    const HubeiMap &m_map;
    const RoadLayout &m_layout;
    std::vector<FixedSite> m_sites;
    std::vector<CameraSpec> m_cameras;
};

} // namespace wf::sim
