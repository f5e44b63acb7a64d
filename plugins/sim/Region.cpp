#include "Region.h"

#include "Rng.h"
#include "SimGeometry.h"

namespace wf::sim {

using maps::RoadClass;

Region::Region(const HubeiMap &map, Scale scale)
    : m_map(map)
    , m_scale(scale)
{
    for (int i = 0; i < int(map.sites().size()); ++i) {
        const auto &s = map.sites()[std::size_t(i)];
        if (!contains(s.pos))
            continue;
        m_sites.push_back(i);
        if (s.kind == SiteKind::SmartCheckpoint || s.kind == SiteKind::PoliceCheckpoint)
            m_checkpointsAtNode[s.node].push_back(i);
        if (s.kind == SiteKind::SmartCheckpoint)
            m_smartCheckpoints.push_back(i);
    }
    const auto &g = map.roads();
    for (int n = 0; n < g.nodeCount(); ++n) {
        const auto [b, e] = g.outEdges(n);
        bool urban = false, county = false;
        for (int edge = b; edge != e; ++edge) {
            const auto c = g.edgeClass(edge);
            urban = urban || c == RoadClass::Arterial || c == RoadClass::UrbanRing;
            county = county || c == RoadClass::County;
        }
        // Rural nodes count less: most patrols and most trouble are in towns.
        if ((urban || (county && hashUnit(quint64(n) * 31) < 0.25)) && contains(geoPoint(g.nodePosition(n))))
            m_beatNodes.push_back(n);
    }
}

bool Region::contains(GeoPoint p) const
{
    switch (m_scale) {
    case Scale::SmallCity:
        return distanceMeters(p, m_map.wuhanCentre()) < 26'000;
    case Scale::Wuhan:
        return m_map.insideProvince(p) && m_map.prefectureOfCounty(m_map.countyAt(p)) == m_map.wuhan();
    case Scale::Province:
        return m_map.insideProvince(p);
    }
    return false;
}

} // namespace wf::sim
