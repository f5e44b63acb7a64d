#include "NestedDissection.h"

#include <algorithm>
#include <array>

namespace wf::maps {

namespace {

constexpr int kDirections = 4;
constexpr std::size_t kLeafSize = 12; // below this, any order: the fill-in is at most a small clique
constexpr double kBalance = 0.3; // each side keeps at least this share of the nodes
// Below this many nodes, east and north alone: the diagonals rarely win on a small part, and
// keeping two orders instead of four halves the work of the many lower levels.
constexpr std::size_t kDiagonalsAbove = 100'000;

int directionsFor(std::size_t nodes)
{
    return nodes >= kDiagonalsAbove ? kDirections : 2;
}

struct Part
{
    std::array<std::vector<quint32>, kDirections> sorted; // the part's nodes along each direction
};

class Dissector
{
public:
    Dissector(std::span<const QPointF> xy, std::span<const quint32> first, std::span<const quint32> adjacent)
        : m_xy(xy)
        , m_first(first)
        , m_adj(adjacent)
        , m_n(xy.size())
        , m_rank(m_n, 0)
        , m_stamp(m_n, 0)
        , m_pos(m_n, 0)
        , m_side(m_n, 0)
        , m_next(quint32(m_n))
    { }

    std::vector<quint32> run()
    {
        if (m_n == 0)
            return {};
        Part all;
        std::vector<std::pair<double, quint32>> keyed(m_n);
        for (int d = 0; d < directionsFor(m_n); ++d) {
            for (quint32 v = 0; v < quint32(m_n); ++v)
                keyed[v] = { project(v, d), v };
            std::sort(keyed.begin(), keyed.end()); // ties by node id: the order is deterministic
            auto &order = all.sorted[std::size_t(d)];
            order.resize(m_n);
            for (std::size_t i = 0; i < m_n; ++i)
                order[i] = keyed[i].second;
        }
        m_stack.push_back(std::move(all));
        while (!m_stack.empty()) {
            Part p = std::move(m_stack.back());
            m_stack.pop_back();
            dissect(p);
        }
        return std::move(m_rank);
    }

private:
    double project(quint32 v, int d) const
    {
        const QPointF &p = m_xy[v];
        switch (d) {
        case 0:
            return p.x();
        case 1:
            return p.y();
        case 2:
            return p.x() + p.y();
        default:
            return p.x() - p.y();
        }
    }

    void assign(const std::vector<quint32> &nodes)
    {
        for (quint32 v : nodes)
            m_rank[v] = --m_next;
    }

    bool member(quint32 v) const { return m_stamp[v] == m_current; }

    void dissect(Part &p)
    {
        const std::size_t k = p.sorted[0].size();
        if (k <= kLeafSize) {
            assign(p.sorted[0]);
            return;
        }
        m_current = ++m_stampCounter;
        for (quint32 v : p.sorted[0])
            m_stamp[v] = m_current;
        if (splitComponents(p))
            return;
        // The best balanced cut over the four directions.
        std::size_t bestCut = std::size_t(-1), bestAt = 0;
        int bestDir = 0;
        std::vector<qint64> diff(k + 1);
        const int directions = directionsFor(k);
        for (int d = 0; d < directions; ++d) {
            const auto &order = p.sorted[std::size_t(d)];
            for (std::size_t i = 0; i < k; ++i)
                m_pos[order[i]] = quint32(i);
            std::fill(diff.begin(), diff.end(), 0);
            for (std::size_t i = 0; i < k; ++i) {
                const quint32 u = order[i];
                for (quint32 j = m_first[u]; j < m_first[u + 1]; ++j) {
                    const quint32 w = m_adj[j];
                    if (member(w) && m_pos[w] > i) { // crosses every cut t with i < t <= pos(w)
                        ++diff[i + 1];
                        --diff[m_pos[w] + 1];
                    }
                }
            }
            const std::size_t lo = std::max<std::size_t>(1, std::size_t(double(k) * kBalance));
            const std::size_t hi = std::min(k - 1, k - lo);
            qint64 cut = 0;
            for (std::size_t t = 1; t <= hi; ++t) {
                cut += diff[t];
                if (t < lo)
                    continue;
                const auto c = std::size_t(cut);
                const auto centre = [&](std::size_t at) { return at > k / 2 ? at - k / 2 : k / 2 - at; };
                if (c < bestCut || (c == bestCut && d == bestDir && centre(t) < centre(bestAt))) {
                    bestCut = c;
                    bestAt = t;
                    bestDir = d;
                }
            }
        }
        // The crossing edges' end nodes on either side; the smaller set is the separator.
        const auto &order = p.sorted[std::size_t(bestDir)];
        for (std::size_t i = 0; i < k; ++i) {
            m_pos[order[i]] = quint32(i);
            m_side[order[i]] = i < bestAt ? 0 : 1;
        }
        std::vector<quint32> left, right;
        for (std::size_t i = 0; i < bestAt; ++i) {
            const quint32 u = order[i];
            bool crossing = false;
            for (quint32 j = m_first[u]; j < m_first[u + 1]; ++j) {
                const quint32 w = m_adj[j];
                if (member(w) && m_pos[w] >= bestAt) {
                    crossing = true;
                    if (m_side[w] == 1) {
                        m_side[w] = 3; // a right end, listed once
                        right.push_back(w);
                    }
                }
            }
            if (crossing)
                left.push_back(u);
        }
        const bool takeLeft = left.size() <= right.size();
        for (quint32 v : right)
            m_side[v] = takeLeft ? 1 : 2;
        if (takeLeft) {
            for (quint32 v : left)
                m_side[v] = 2;
        }
        std::sort(left.begin(), left.end());
        std::sort(right.begin(), right.end());
        assign(takeLeft ? left : right);
        Part halves[2];
        for (int d = 0; d < directions; ++d) {
            for (auto &h : halves)
                h.sorted[std::size_t(d)].reserve(k / 2 + 1);
            for (quint32 v : p.sorted[std::size_t(d)]) {
                if (m_side[v] < 2)
                    halves[m_side[v]].sorted[std::size_t(d)].push_back(v);
            }
        }
        for (auto &v : p.sorted)
            v = {};
        for (auto &h : halves) {
            if (!h.sorted[0].empty())
                m_stack.push_back(std::move(h));
        }
    }

    // Splits a part that is not connected into its components; false when it is connected.
    bool splitComponents(Part &p)
    {
        std::vector<quint32> queue;
        quint32 components = 0;
        for (quint32 s : p.sorted[0])
            m_pos[s] = 0xffffffffu; // not reached yet
        for (quint32 s : p.sorted[0]) {
            if (m_pos[s] != 0xffffffffu)
                continue;
            queue.clear();
            queue.push_back(s);
            m_pos[s] = components;
            for (std::size_t qi = 0; qi < queue.size(); ++qi) {
                const quint32 u = queue[qi];
                for (quint32 j = m_first[u]; j < m_first[u + 1]; ++j) {
                    const quint32 w = m_adj[j];
                    if (member(w) && m_pos[w] == 0xffffffffu) {
                        m_pos[w] = components;
                        queue.push_back(w);
                    }
                }
            }
            ++components;
            if (components == 1 && queue.size() == p.sorted[0].size())
                return false;
        }
        std::vector<Part> parts(components);
        for (int d = 0; d < directionsFor(p.sorted[0].size()); ++d) {
            for (quint32 v : p.sorted[std::size_t(d)])
                parts[m_pos[v]].sorted[std::size_t(d)].push_back(v);
        }
        for (auto &v : p.sorted)
            v = {};
        for (auto &part : parts) {
            if (part.sorted[0].size() <= kLeafSize)
                assign(part.sorted[0]);
            else
                m_stack.push_back(std::move(part));
        }
        return true;
    }

    std::span<const QPointF> m_xy;
    std::span<const quint32> m_first;
    std::span<const quint32> m_adj;
    std::size_t m_n;
    std::vector<quint32> m_rank;
    std::vector<quint32> m_stamp;
    std::vector<quint32> m_pos;
    std::vector<quint8> m_side;
    std::vector<Part> m_stack;
    quint32 m_next;
    quint32 m_current = 0;
    quint32 m_stampCounter = 0;
};

} // namespace

std::vector<quint32> nestedDissectionOrder(
    std::span<const QPointF> xy, std::span<const quint32> first, std::span<const quint32> adjacent)
{
    return Dissector(xy, first, adjacent).run();
}

} // namespace wf::maps
