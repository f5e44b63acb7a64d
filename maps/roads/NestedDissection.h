#pragma once

#include <QPointF>
#include <QtGlobal>
#include <span>
#include <vector>

namespace wf::maps {

// The contraction order of a road graph by nested dissection: a small set of nodes (the
// separator) splits the graph in two, is ranked above both halves, and each half is split the
// same way. Routing on the resulting hierarchy (CchTopology, CchMetric) is fast when separators
// are small, which on roads they are: towns are joined by few roads.
//
// Separators are found by inertial sweeps (the idea of inertial flow without the flow): the
// nodes are ordered along four directions (east, north and both diagonals), every balanced cut
// position of each order is scored by the number of edges crossing it in one linear pass, and
// the best cut's crossing edges are covered by the smaller of their two end sets. Sweeps find
// the narrow places between towns and across rivers; the work is O(n log n) overall, so a
// province orders in seconds, not the minutes a max-flow separator takes. Large halves are
// ordered on threads of their own; each part owns a fixed range of ranks, so the order is the
// same with any number of threads.
//
// xy: node positions in metres (any plane); the graph is undirected and given as adjacency
// lists (first has nodeCount + 1 entries). Returns the rank of every node: 0 is contracted
// first, nodeCount - 1 (a node of the topmost separator) last.
std::vector<quint32> nestedDissectionOrder(
    std::span<const QPointF> xy, std::span<const quint32> first, std::span<const quint32> adjacent);

} // namespace wf::maps
