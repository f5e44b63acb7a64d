#include "Congestion.h"

#include <algorithm>

namespace wf::maps {

Congestion::Congestion(int edgeCount)
    : m_factors(std::size_t(std::max(0, edgeCount)), 1.f)
{ }

void Congestion::set(int edge, float factor)
{
    if (edge < 0 || std::size_t(edge) >= m_factors.size())
        return;
    const float f = std::clamp(factor, kMinFactor, 1.f);
    if (m_factors[std::size_t(edge)] == f)
        return;
    m_factors[std::size_t(edge)] = f;
    ++m_version;
}

void Congestion::clear()
{
    if (std::any_of(m_factors.begin(), m_factors.end(), [](float f) { return f != 1.f; }))
        ++m_version;
    std::fill(m_factors.begin(), m_factors.end(), 1.f);
}

} // namespace wf::maps
