#include "DijkstraSearch.h"

#include "RoadGraph.h"
#include "TravelModel.h"

#include <algorithm>

namespace wf::maps {

namespace {
constexpr quint32 kInf = TravelModel::kForbidden;
}

DijkstraSearch::DijkstraSearch(const RoadGraph &graph)
    : m_graph(graph)
    , m_heap(std::size_t(graph.nodeCount()))
    , m_labels(std::size_t(graph.nodeCount()), Label { kInf, 0 })
    , m_pred(std::size_t(graph.nodeCount()), -1)
    , m_seedOf(std::size_t(graph.nodeCount()), -1)
{ }

quint32 DijkstraSearch::distance(int node) const
{
    const Label &l = m_labels[std::size_t(node)];
    return l.stamp == m_stamp ? l.dist : kInf;
}

void DijkstraSearch::start(std::span<const RouteSeed> seeds)
{
    if (++m_stamp == 0) {
        for (Label &l : m_labels)
            l.stamp = 0;
        m_stamp = 1;
    }
    m_heap.clear();
    m_settled.clear();
    for (std::size_t i = 0; i < seeds.size(); ++i) {
        const auto v = std::size_t(seeds[i].node);
        quint32 &d = dist(v);
        if (seeds[i].offset < d) {
            d = seeds[i].offset;
            m_pred[v] = -1;
            m_seedOf[v] = int(i);
            m_heap.push(quint32(v), seeds[i].offset);
        }
    }
}

quint32 DijkstraSearch::route(std::span<const quint32> weights, std::span<const RouteSeed> sources,
    std::span<const RouteSeed> targets, std::vector<int> *edges)
{
    start(sources);
    m_sourceSeed = m_targetSeed = -1;
    // The least offset still to add at each target node.
    std::vector<std::pair<int, int>> targetAt; // (node, seed index), sorted by node
    for (std::size_t i = 0; i < targets.size(); ++i)
        targetAt.push_back({ targets[i].node, int(i) });
    std::sort(targetAt.begin(), targetAt.end());
    quint32 best = kInf;
    int bestNode = -1;
    while (!m_heap.empty() && m_heap.minKey() < best) {
        const auto u = m_heap.pop();
        const quint32 d = m_labels[u].dist;
        m_settled.push_back(int(u));
        for (auto it = std::lower_bound(targetAt.begin(), targetAt.end(), std::pair<int, int>(int(u), -1));
            it != targetAt.end() && it->first == int(u); ++it) {
            const quint32 through = TravelModel::add(d, targets[std::size_t(it->second)].offset);
            if (through < best) {
                best = through;
                bestNode = int(u);
                m_targetSeed = it->second;
            }
        }
        const auto [b, e] = m_graph.outEdges(int(u));
        for (int edge = b; edge < e; ++edge) {
            const quint32 w = weights[std::size_t(edge)];
            if (w == kInf)
                continue;
            const auto v = std::size_t(m_graph.edgeTo(edge));
            const quint32 c = TravelModel::add(d, w);
            quint32 &dv = dist(v);
            if (c < dv) {
                dv = c;
                m_pred[v] = edge;
                m_heap.push(quint32(v), c);
            }
        }
    }
    if (bestNode < 0)
        return kInf;
    int v = bestNode;
    if (edges)
        edges->clear();
    while (m_pred[std::size_t(v)] >= 0) {
        if (edges)
            edges->push_back(m_pred[std::size_t(v)]);
        v = m_graph.edgeFrom(m_pred[std::size_t(v)]);
    }
    m_sourceSeed = m_seedOf[std::size_t(v)];
    if (edges)
        std::reverse(edges->begin(), edges->end());
    return best;
}

void DijkstraSearch::bounded(std::span<const quint32> weights, std::span<const RouteSeed> seeds,
    Direction direction, quint32 limit, std::span<const quint32> inWeights)
{
    start(seeds);
    while (!m_heap.empty() && m_heap.minKey() <= limit) {
        const auto u = m_heap.pop();
        const quint32 d = m_labels[u].dist;
        m_settled.push_back(int(u));
        auto relax = [&](std::size_t v, quint32 w) {
            if (w == kInf)
                return;
            const quint32 c = TravelModel::add(d, w);
            if (c > limit)
                return;
            quint32 &dv = dist(v);
            if (c < dv) {
                dv = c;
                m_heap.push(quint32(v), c);
            }
        };
        if (direction == Direction::Forward) {
            const auto [b, e] = m_graph.outEdges(int(u));
            for (int edge = b; edge < e; ++edge)
                relax(std::size_t(m_graph.edgeTo(edge)), weights[std::size_t(edge)]);
        } else {
            const auto [b, e] = m_graph.inRange(int(u));
            for (int i = b; i < e; ++i)
                relax(std::size_t(m_graph.inFromAt(i)),
                    inWeights.empty() ? weights[std::size_t(m_graph.inEdgeAt(i))]
                                      : inWeights[std::size_t(i)]);
        }
    }
}

} // namespace wf::maps
