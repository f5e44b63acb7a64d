#pragma once

#include <QtGlobal>
#include <vector>

namespace wf::maps {

// Per-edge congestion of one road graph, changed at run time (jams reported, cleared): a factor
// on the speed, 1 for free flow down to 0.05 for a standstill. Each world or workstation has its
// own; the graph itself is read-only and shared. The version changes whenever a factor does, so
// routing knows when its customised weights are out of date.
class Congestion
{
public:
    static constexpr float kMinFactor = 0.05f;

    explicit Congestion(int edgeCount = 0);
    int edgeCount() const { return int(m_factors.size()); }
    float factor(int edge) const
    {
        return edge >= 0 && std::size_t(edge) < m_factors.size() ? m_factors[std::size_t(edge)] : 1.f;
    }
    // Clamped to [kMinFactor, 1]; edges out of range are ignored.
    void set(int edge, float factor);
    void clear();
    quint64 version() const { return m_version; }

private:
    std::vector<float> m_factors;
    quint64 m_version = 0;
};

} // namespace wf::maps
