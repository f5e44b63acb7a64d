#include "ZoneCoverage.h"

#include <map>

namespace wf::maps {

ZoneCoverage::ZoneCoverage(const std::vector<Zone> &zones)
{
    for (const Zone &z : zones)
        m_shapes.push_back({ z.kind, z.shape, z.shape.areaKm2() });
}

std::vector<ZoneGap> ZoneCoverage::measure(const std::function<GeoShape(int seconds)> &reachable) const
{
    std::map<int, GeoShape> areas;
    std::vector<ZoneGap> out;
    out.reserve(m_shapes.size());
    for (std::size_t i = 0; i < m_shapes.size(); ++i) {
        const Shape &s = m_shapes[i];
        const int target = responseTargetSeconds(s.kind);
        ZoneGap g { int(i), s.kind, s.areaKm2, 0, {} };
        if (target <= 0 || s.shape.isEmpty()) {
            g.coveredKm2 = s.areaKm2;
            out.push_back(std::move(g));
            continue;
        }
        auto it = areas.find(target);
        if (it == areas.end())
            it = areas.emplace(target, reachable(target)).first;
        g.gap = s.shape.subtracted(it->second);
        g.coveredKm2 = std::max(0.0, s.areaKm2 - (g.gap.isEmpty() ? 0.0 : g.gap.areaKm2()));
        out.push_back(std::move(g));
    }
    return out;
}

std::vector<ClassCoverage> ZoneCoverage::byClass(const std::vector<ZoneGap> &gaps)
{
    std::vector<ClassCoverage> out;
    for (const ResponseZone kind : { ResponseZone::KeySite, ResponseZone::Central, ResponseZone::Urban }) {
        ClassCoverage c { kind, 0, 0, 0, 0 };
        for (const ZoneGap &g : gaps) {
            if (g.kind != kind)
                continue;
            ++c.zones;
            c.zonesWithGap += g.gap.isEmpty() ? 0 : 1;
            c.areaKm2 += g.areaKm2;
            c.coveredKm2 += g.coveredKm2;
        }
        if (c.zones > 0)
            out.push_back(c);
    }
    return out;
}

} // namespace wf::maps
