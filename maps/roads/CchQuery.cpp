#include "CchQuery.h"

#include "CchMetric.h"
#include "RoadGraph.h"
#include "TravelModel.h"

#include <algorithm>

namespace wf::maps {

namespace {
constexpr quint32 kNone = 0xffffffffu;
constexpr quint32 kInf = TravelModel::kForbidden;
} // namespace

CchQuery::CchQuery(const RoadGraph &graph)
    : m_graph(graph)
{
    const auto n = std::size_t(graph.nodeCount());
    for (auto *v : { &m_df, &m_db, &m_fpred, &m_bpred, &m_fseed, &m_bseed })
        v->assign(n, kNone);
    m_fmark.assign(n, 0);
    m_bmark.assign(n, 0);
}

void CchQuery::climb(std::span<const RouteSeed> seeds, std::vector<quint32> &dist, std::vector<quint32> &pred,
    std::vector<quint32> &seedOf, std::vector<quint32> &mark, std::vector<quint32> &list)
{
    const quint32 *first = m_graph.upFirst();
    const quint32 *head = m_graph.upHead();
    list.clear();
    for (const auto &s : seeds) {
        for (quint32 v = m_graph.rank(s.node); mark[v] != m_stamp;) {
            mark[v] = m_stamp;
            dist[v] = kInf;
            pred[v] = kNone;
            seedOf[v] = kNone;
            list.push_back(v);
            if (first[v] == first[v + 1])
                break; // a root of the elimination tree
            v = head[first[v]];
        }
    }
    std::sort(list.begin(), list.end());
    for (std::size_t i = 0; i < seeds.size(); ++i) {
        const quint32 v = m_graph.rank(seeds[i].node);
        if (seeds[i].offset < dist[v]) {
            dist[v] = seeds[i].offset;
            seedOf[v] = quint32(i);
        }
    }
}

quint32 CchQuery::run(
    const CchMetric &metric, std::span<const RouteSeed> sources, std::span<const RouteSeed> targets)
{
    if (++m_stamp == 0) { // wrapped: forget every old mark
        std::fill(m_fmark.begin(), m_fmark.end(), 0);
        std::fill(m_bmark.begin(), m_bmark.end(), 0);
        m_stamp = 1;
    }
    m_meet = kNone;
    m_sourceSeed = m_targetSeed = -1;
    climb(sources, m_df, m_fpred, m_fseed, m_fmark, m_forward);
    climb(targets, m_db, m_bpred, m_bseed, m_bmark, m_backward);
    const quint32 *first = m_graph.upFirst();
    const quint32 *head = m_graph.upHead();
    const quint32 *up = metric.up();
    const quint32 *down = metric.down();
    quint32 best = kInf;
    std::size_t i = 0, j = 0;
    while (i < m_forward.size() || j < m_backward.size()) {
        const quint32 fv = i < m_forward.size() ? m_forward[i] : kNone;
        const quint32 bv = j < m_backward.size() ? m_backward[j] : kNone;
        const quint32 v = std::min(fv, bv);
        const bool inF = v == fv, inB = v == bv;
        if (inF && inB) {
            const quint32 through = TravelModel::add(m_df[v], m_db[v]);
            if (through < best) {
                best = through;
                m_meet = v;
            }
        }
        if (inF) {
            const quint32 d = m_df[v];
            if (d < best) {
                for (quint32 a = first[v]; a < first[v + 1]; ++a) {
                    const quint32 c = TravelModel::add(d, up[a]);
                    if (c < m_df[head[a]]) {
                        m_df[head[a]] = c;
                        m_fpred[head[a]] = a;
                    }
                }
            }
            ++i;
        }
        if (inB) {
            const quint32 d = m_db[v];
            if (d < best) {
                for (quint32 a = first[v]; a < first[v + 1]; ++a) {
                    const quint32 c = TravelModel::add(d, down[a]);
                    if (c < m_db[head[a]]) {
                        m_db[head[a]] = c;
                        m_bpred[head[a]] = a;
                    }
                }
            }
            ++j;
        }
    }
    if (best == kInf)
        return kInf;
    quint32 v = m_meet;
    while (m_fpred[v] != kNone)
        v = tail(m_fpred[v]);
    m_sourceSeed = int(m_fseed[v]);
    v = m_meet;
    while (m_bpred[v] != kNone)
        v = tail(m_bpred[v]);
    m_targetSeed = int(m_bseed[v]);
    return best;
}

quint32 CchQuery::tail(quint32 arc) const
{
    const quint32 *first = m_graph.upFirst();
    const quint32 *end = first + m_graph.nodeCount() + 1;
    return quint32(std::upper_bound(first, end, arc) - first) - 1;
}

quint32 CchQuery::arcBetween(quint32 lower, quint32 upper) const
{
    const quint32 *first = m_graph.upFirst();
    const quint32 *head = m_graph.upHead();
    return quint32(std::lower_bound(head + first[lower], head + first[lower + 1], upper) - head);
}

void CchQuery::unpack(const CchMetric &metric, std::vector<int> &edges) const
{
    edges.clear();
    if (m_meet == kNone)
        return;
    struct Step
    {
        quint32 arc;
        bool down; // travelled from the upper node to the lower
    };
    std::vector<Step> path;
    for (quint32 v = m_meet; m_fpred[v] != kNone; v = tail(m_fpred[v]))
        path.push_back({ m_fpred[v], false });
    std::reverse(path.begin(), path.end());
    for (quint32 v = m_meet; m_bpred[v] != kNone; v = tail(m_bpred[v]))
        path.push_back({ m_bpred[v], true });
    const quint32 *head = m_graph.upHead();
    std::vector<Step> stack;
    for (const Step &s : path) {
        stack.push_back(s);
        while (!stack.empty()) {
            const Step step = stack.back();
            stack.pop_back();
            const quint32 via = step.down ? metric.downVia(step.arc) : metric.upVia(step.arc);
            if (via == CchMetric::kNoVia)
                continue; // cannot happen on a found route
            if (!(via & CchMetric::kMiddle)) {
                edges.push_back(int(via));
                continue;
            }
            // A shortcut y - z through the lower node x: y -> x -> z, or z -> x -> y going down.
            const quint32 x = via & ~CchMetric::kMiddle;
            const quint32 y = tail(step.arc), z = head[step.arc];
            const quint32 xy = arcBetween(x, y), xz = arcBetween(x, z);
            if (!step.down) {
                stack.push_back({ xz, false });
                stack.push_back({ xy, true });
            } else {
                stack.push_back({ xy, false });
                stack.push_back({ xz, true });
            }
        }
    }
}

} // namespace wf::maps
