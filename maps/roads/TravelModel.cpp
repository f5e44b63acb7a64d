#include "TravelModel.h"

#include "RoadGraph.h"

#include <algorithm>
#include <cmath>

namespace wf::maps {

TravelModel::TravelModel(const RoadGraph &graph, const RoadProfile &profile,
    const TravelConditions &conditions, const Congestion *congestion)
    : m_graph(graph)
    , m_profile(profile)
    , m_conditions(conditions)
    , m_congestion(congestion)
{
    for (int c = 0; c < kRoadClassCount; ++c)
        m_classFactor[c] = conditions.speedFactor(RoadClass(c));
}

double TravelModel::trafficKmh(int edge) const
{
    const double congestion = m_congestion ? m_congestion->factor(edge) : 1.0;
    return m_graph.edgePostedKmh(edge) * m_classFactor[int(m_graph.edgeClass(edge))] * congestion;
}

double TravelModel::speedKmh(int edge) const
{
    double kmh = trafficKmh(edge) * m_profile.speedBoost;
    if (m_profile.speedCapKmh > 0)
        kmh = std::min<double>(kmh, m_profile.speedCapKmh);
    return std::max(kmh, 1.0);
}

double TravelModel::seconds(int edge) const
{
    return m_graph.edgeLength(edge) / (speedKmh(edge) / 3.6);
}

quint32 TravelModel::weight(int edge) const
{
    const RoadClass c = m_graph.edgeClass(edge);
    if (!m_profile.allows(c))
        return kForbidden;
    const double ms = seconds(edge) * 1000.0 * m_profile.classPenalty[int(c)];
    return quint32(std::clamp(std::llround(ms), 1LL, qint64(kForbidden) - 1));
}

std::vector<quint32> TravelModel::weights() const
{
    std::vector<quint32> w(std::size_t(m_graph.edgeCount()));
    for (int e = 0; e < m_graph.edgeCount(); ++e)
        w[std::size_t(e)] = weight(e);
    return w;
}

quint32 TravelModel::partOf(quint32 weight, double fraction)
{
    if (weight == kForbidden)
        return kForbidden;
    return quint32(std::llround(double(weight) * std::clamp(fraction, 0.0, 1.0)));
}

} // namespace wf::maps
