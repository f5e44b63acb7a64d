#pragma once

#include <QtGlobal>
#include <span>
#include <vector>

namespace wf::maps {

class RoadGraph;

// Weights on the routing hierarchy for one metric (profile, conditions, congestion): the
// customisation step of a customizable contraction hierarchy. Each arc between ranks x < y gets
// the best time x -> y ("up") and y -> x ("down"), first from the roads themselves, then through
// every lower triangle {z, x, y} with z below both, bottom-up: afterwards an arc's weight is the
// shortest path between its ends through lower nodes only, which is what queries need.
//
// Each arc weight remembers what it came from ("via"): a road edge, or the middle node of a
// triangle, so that a route found on the hierarchy unpacks into road edges.
class CchMetric
{
public:
    static constexpr quint32 kMiddle = 0x80000000u; // via: a middle rank, not an edge
    static constexpr quint32 kNoVia = 0xffffffffu;

    // edgeWeights: one per edge of the graph (TravelModel::weights()).
    CchMetric(const RoadGraph &graph, std::vector<quint32> edgeWeights);

    std::span<const quint32> edgeWeights() const { return m_edgeWeights; }
    const quint32 *up() const { return m_up.data(); }
    const quint32 *down() const { return m_down.data(); }
    quint32 upVia(quint32 arc) const { return m_upVia[arc]; }
    quint32 downVia(quint32 arc) const { return m_downVia[arc]; }
    double customiseMs() const { return m_customiseMs; }
    std::size_t byteSize() const;

private:
    std::vector<quint32> m_edgeWeights;
    std::vector<quint32> m_up;
    std::vector<quint32> m_down;
    std::vector<quint32> m_upVia;
    std::vector<quint32> m_downVia;
    double m_customiseMs = 0;
};

} // namespace wf::maps
