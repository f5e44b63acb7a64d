#pragma once

#include "IndexedHeap.h"
#include "RouteSeed.h"

#include <QtGlobal>
#include <span>
#include <vector>

namespace wf::maps {

class RoadGraph;

// Plain Dijkstra on the road graph's own edges: the reference every faster answer is checked
// against, the baseline of the benchmark, and the right tool for bounded searches (everything
// within 15 minutes, every unit within 20 minutes), whose cost grows with the area covered and
// not with the size of the graph. Reusable: one object per thread.
class DijkstraSearch
{
public:
    enum class Direction { Forward, Backward }; // Backward: along incoming edges (many-to-one)

    explicit DijkstraSearch(const RoadGraph &graph);

    // Point to point: the least weight from a source to a target, kForbidden when none. Stops
    // as soon as no unsettled node can improve on the best target. edges gets the road edges
    // between the two seeds' nodes.
    quint32 route(std::span<const quint32> weights, std::span<const RouteSeed> sources,
        std::span<const RouteSeed> targets, std::vector<int> *edges = nullptr);
    int sourceSeed() const { return m_sourceSeed; }
    int targetSeed() const { return m_targetSeed; }

    // Every node within limit of the seeds (inclusive), in the given direction. A backward search
    // reads inWeights (the weights in the order of the graph's incoming edges, inRange()) when
    // given: one pass along memory per node instead of a jump per edge.
    void bounded(std::span<const quint32> weights, std::span<const RouteSeed> seeds, Direction direction,
        quint32 limit, std::span<const quint32> inWeights = {});
    // After a search: the node's weight from (or to) the seeds, kForbidden when not reached.
    quint32 distance(int node) const;
    // The nodes settled by the last search, in order.
    std::span<const int> settled() const { return m_settled; }

private:
    void start(std::span<const RouteSeed> seeds);

    const RoadGraph &m_graph;
    // A node's weight and the search it belongs to, side by side: one cache line per look.
    struct Label
    {
        quint32 dist;
        quint32 stamp;
    };
    quint32 &dist(std::size_t v)
    {
        Label &l = m_labels[v];
        if (l.stamp != m_stamp) {
            l.stamp = m_stamp;
            l.dist = 0xffffffffu;
        }
        return l.dist;
    }

    IndexedHeap m_heap;
    std::vector<Label> m_labels;
    std::vector<int> m_pred; // the edge a node was reached by (point-to-point searches only)
    std::vector<int> m_seedOf;
    std::vector<int> m_settled;
    quint32 m_stamp = 0;
    int m_sourceSeed = -1;
    int m_targetSeed = -1;
};

} // namespace wf::maps
