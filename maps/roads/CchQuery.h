#pragma once

#include "RouteSeed.h"

#include <QtGlobal>
#include <span>
#include <vector>

namespace wf::maps {

class CchMetric;
class RoadGraph;

// A shortest-route query on the customised hierarchy. Both ends climb the elimination tree (each
// node's lowest upper neighbour is its parent): the forward side along "up" weights, the backward
// side along "down" weights, merged in rank order, and the route's top is where the two sums are
// least. No priority queue is needed, and a side stops relaxing once it cannot beat the best
// meeting found. Reusable: one query object per thread, for any number of queries.
class CchQuery
{
public:
    explicit CchQuery(const RoadGraph &graph);

    // The least weight from any source to any target (seeds carry their offsets), or
    // TravelModel::kForbidden when there is no route.
    quint32 run(
        const CchMetric &metric, std::span<const RouteSeed> sources, std::span<const RouteSeed> targets);
    // After a run that found a route: which seeds it joins, and the road edges between them.
    int sourceSeed() const { return m_sourceSeed; }
    int targetSeed() const { return m_targetSeed; }
    void unpack(const CchMetric &metric, std::vector<int> &edges) const;
    // Nodes looked at by the last run (both sides), for the benchmark's notes.
    std::size_t searchSpace() const { return m_forward.size() + m_backward.size(); }

private:
    void climb(std::span<const RouteSeed> seeds, std::vector<quint32> &dist, std::vector<quint32> &pred,
        std::vector<quint32> &seedOf, std::vector<quint32> &mark, std::vector<quint32> &list);
    quint32 tail(quint32 arc) const;
    quint32 arcBetween(quint32 lower, quint32 upper) const;

    const RoadGraph &m_graph;
    std::vector<quint32> m_df, m_db, m_fpred, m_bpred, m_fseed, m_bseed, m_fmark, m_bmark;
    std::vector<quint32> m_forward, m_backward;
    quint32 m_stamp = 0;
    quint32 m_meet = 0xffffffffu;
    int m_sourceSeed = -1;
    int m_targetSeed = -1;
};

} // namespace wf::maps
