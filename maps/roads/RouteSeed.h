#pragma once

#include <QtGlobal>

namespace wf::maps {

// Where a search starts or ends: a node, the weight already spent reaching it (or still to
// spend after it: the part of an edge between the node and a snapped point), and that edge.
struct RouteSeed
{
    int node = -1;
    quint32 offset = 0;
    int edge = -1; // -1: the seed is the node itself
};

} // namespace wf::maps
