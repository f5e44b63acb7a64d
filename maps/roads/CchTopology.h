#pragma once

#include <QtGlobal>
#include <span>
#include <vector>

namespace wf::maps {

// The metric-independent part of a customizable contraction hierarchy: with the nodes ranked
// (NestedDissection), contracting them in rank order connects each node's upper neighbours to
// one another. The result is a chordal supergraph of the roads whose arcs all point upwards.
// Weights are put on it later, for any profile and any congestion (CchMetric), and queries
// climb from both ends to the top along the elimination tree (CchQuery).
//
// Everything here is by rank: arcs of rank r are upHead[upFirst[r] .. upFirst[r+1]), ascending,
// and the first of them leads to r's parent in the elimination tree.
struct CchTopology
{
    std::vector<quint32> upFirst;
    std::vector<quint32> upHead;

    // rank: per node; first/adjacent: the undirected road graph (loops and duplicates allowed).
    static CchTopology build(
        std::span<const quint32> rank, std::span<const quint32> first, std::span<const quint32> adjacent);
};

} // namespace wf::maps
