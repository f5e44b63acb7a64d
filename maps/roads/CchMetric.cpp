#include "CchMetric.h"

#include "RoadGraph.h"
#include "TravelModel.h"

#include <QElapsedTimer>

namespace wf::maps {

CchMetric::CchMetric(const RoadGraph &graph, std::vector<quint32> edgeWeights)
    : m_edgeWeights(std::move(edgeWeights))
{
    QElapsedTimer timer;
    timer.start();
    const auto arcs = std::size_t(graph.arcCount());
    constexpr quint32 inf = TravelModel::kForbidden;
    m_up.assign(arcs, inf);
    m_down.assign(arcs, inf);
    m_upVia.assign(arcs, kNoVia);
    m_downVia.assign(arcs, kNoVia);
    // The roads: parallel roads between two junctions leave the faster one on the arc.
    for (int e = 0; e < graph.edgeCount(); ++e) {
        const quint32 a = graph.edgeArc(e);
        const quint32 w = m_edgeWeights[std::size_t(e)];
        if (a == roadfile::kNone || w == inf)
            continue;
        const quint32 arc = a & 0x7fffffffu;
        auto &weight = (a >> 31) ? m_down[arc] : m_up[arc];
        auto &via = (a >> 31) ? m_downVia[arc] : m_upVia[arc];
        if (w < weight) {
            weight = w;
            via = quint32(e);
        }
    }
    // Lower triangles, bottom-up. For node x and two of its upper neighbours y < z, the arc
    // y -> z can go down to x and up again: y -> x is x's arc to y downwards, x -> z upwards.
    // y's arcs include z (the hierarchy is chordal); both lists ascend, so one merge finds it.
    const quint32 *first = graph.upFirst();
    const quint32 *head = graph.upHead();
    const auto n = quint32(graph.nodeCount());
    quint32 *up = m_up.data(), *down = m_down.data();
    for (quint32 x = 0; x < n; ++x) {
        const quint32 xb = first[x], xe = first[x + 1];
        for (quint32 a1 = xb; a1 < xe; ++a1) {
            const quint32 y = head[a1];
            const quint32 yToX = down[a1], xToY = up[a1];
            if (yToX == inf && xToY == inf)
                continue;
            quint32 k = first[y];
            const quint32 ke = first[y + 1];
            for (quint32 a2 = a1 + 1; a2 < xe; ++a2) {
                const quint32 z = head[a2];
                while (k < ke && head[k] < z)
                    ++k;
                if (k == ke)
                    break; // cannot happen in a chordal hierarchy; guards a damaged one
                if (head[k] != z)
                    continue;
                const quint32 viaY = TravelModel::add(yToX, up[a2]); // y -> x -> z
                if (viaY < up[k]) {
                    up[k] = viaY;
                    m_upVia[k] = x | kMiddle;
                }
                const quint32 viaZ = TravelModel::add(down[a2], xToY); // z -> x -> y
                if (viaZ < down[k]) {
                    down[k] = viaZ;
                    m_downVia[k] = x | kMiddle;
                }
            }
        }
    }
    m_customiseMs = double(timer.nsecsElapsed()) / 1e6;
}

std::size_t CchMetric::byteSize() const
{
    return (m_edgeWeights.size() + 4 * m_up.size()) * sizeof(quint32);
}

} // namespace wf::maps
