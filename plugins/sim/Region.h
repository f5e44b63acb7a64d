#pragma once

#include "HubeiMap.h"
#include "SimOptions.h"

#include <unordered_map>
#include <vector>

namespace wf::sim {

// The part of Hubei a world simulates at its scale: the fixed sites in it, the checkpoints on
// its road nodes, and the urban nodes where patrols walk their beats and trouble happens.
// Worked out once from the shared map; read-only afterwards.
class Region
{
public:
    Region(const HubeiMap &map, Scale scale);

    bool contains(GeoPoint p) const;
    const std::vector<int> &sites() const { return m_sites; } // indices into map.sites()
    const std::vector<int> &smartCheckpoints() const { return m_smartCheckpoints; } // site indices
    const std::vector<int> &beatNodes() const { return m_beatNodes; }
    // The police and smart checkpoints standing on a road node (site indices), or null.
    const std::vector<int> *checkpointsAt(int node) const
    {
        auto it = m_checkpointsAtNode.find(node);
        return it == m_checkpointsAtNode.end() ? nullptr : &it->second;
    }

private:
    const HubeiMap &m_map;
    Scale m_scale;
    std::vector<int> m_sites;
    std::vector<int> m_beatNodes;
    std::vector<int> m_smartCheckpoints;
    std::unordered_map<int, std::vector<int>> m_checkpointsAtNode;
};

} // namespace wf::sim
