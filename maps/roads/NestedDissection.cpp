#include "NestedDissection.h"

#include <algorithm>
#include <array>
#include <thread>

namespace wf::maps {

namespace {

constexpr int kDirections = 4;
constexpr std::size_t kLeafSize = 12; // below this, any order: the fill-in is at most a small clique
constexpr double kBalance = 0.3; // each side keeps at least this share of the nodes
// Below this many nodes, east and north alone: the diagonals rarely win on a small part, and
// keeping two orders instead of four halves the work of the many lower levels.
constexpr std::size_t kDiagonalsAbove = 100'000;
// Halves larger than this are dissected on a thread of their own (while threads are left).
constexpr std::size_t kParallelAbove = 50'000;

int directionsFor(std::size_t nodes)
{
    return nodes >= kDiagonalsAbove ? kDirections : 2;
}

// A part of the graph still to order: its nodes along each direction, and the ranks it owns,
// [rankEnd - size, rankEnd). Fixed ranges make the order the same however the parts are shared
// among threads.
struct Part
{
    std::array<std::vector<quint32>, kDirections> sorted;
    quint32 rankEnd = 0;
    std::size_t size() const { return sorted[0].size(); }
};

// What one thread writes while it dissects: marks per node, for the nodes of its own parts.
struct Scratch
{
    explicit Scratch(std::size_t n)
        : stamp(n, 0)
        , pos(n, 0)
        , side(n, 0)
    { }
    std::vector<quint32> stamp;
    std::vector<quint32> pos;
    std::vector<quint8> side;
    quint32 counter = 0;
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
    { }

    std::vector<quint32> run()
    {
        if (m_n == 0)
            return {};
        Part all;
        all.rankEnd = quint32(m_n);
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
        keyed = {};
        const unsigned threads = std::max(1u, std::thread::hardware_concurrency());
        solve(std::move(all), threads);
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

    // Orders a part and everything below it, with up to `threads` threads.
    void solve(Part top, unsigned threads)
    {
        Scratch scratch(m_n);
        std::vector<Part> stack;
        stack.push_back(std::move(top));
        std::thread helper;
        while (!stack.empty()) {
            Part p = std::move(stack.back());
            stack.pop_back();
            std::vector<Part> children;
            dissect(p, scratch, children);
            for (Part &c : children) {
                // The first large half with a thread to spare goes to that thread, with the
                // threads beyond it.
                if (threads > 1 && !helper.joinable() && c.size() > kParallelAbove) {
                    const unsigned given = threads / 2;
                    threads -= given;
                    helper = std::thread(
                        [this, part = std::move(c), given]() mutable { solve(std::move(part), given); });
                    continue;
                }
                stack.push_back(std::move(c));
            }
        }
        if (helper.joinable())
            helper.join();
    }

    // Ranks nodes from the top of [.., end) down, in the given order.
    void assign(const std::vector<quint32> &nodes, quint32 &end)
    {
        for (quint32 v : nodes)
            m_rank[v] = --end;
    }

    void dissect(Part &p, Scratch &s, std::vector<Part> &children)
    {
        const std::size_t k = p.size();
        quint32 end = p.rankEnd;
        if (k <= kLeafSize) {
            assign(p.sorted[0], end);
            return;
        }
        const quint32 current = ++s.counter;
        for (quint32 v : p.sorted[0])
            s.stamp[v] = current;
        auto member = [&](quint32 v) { return s.stamp[v] == current; };
        if (splitComponents(p, s, member, children))
            return;
        // The best balanced cut over the directions.
        std::size_t bestCut = std::size_t(-1), bestAt = 0;
        int bestDir = 0;
        std::vector<qint64> diff(k + 1);
        const int directions = directionsFor(k);
        for (int d = 0; d < directions; ++d) {
            const auto &order = p.sorted[std::size_t(d)];
            for (std::size_t i = 0; i < k; ++i)
                s.pos[order[i]] = quint32(i);
            std::fill(diff.begin(), diff.end(), 0);
            for (std::size_t i = 0; i < k; ++i) {
                const quint32 u = order[i];
                for (quint32 j = m_first[u]; j < m_first[u + 1]; ++j) {
                    const quint32 w = m_adj[j];
                    if (member(w) && s.pos[w] > i) { // crosses every cut t with i < t <= pos(w)
                        ++diff[i + 1];
                        --diff[s.pos[w] + 1];
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
            s.pos[order[i]] = quint32(i);
            s.side[order[i]] = i < bestAt ? 0 : 1;
        }
        std::vector<quint32> left, right;
        for (std::size_t i = 0; i < bestAt; ++i) {
            const quint32 u = order[i];
            bool crossing = false;
            for (quint32 j = m_first[u]; j < m_first[u + 1]; ++j) {
                const quint32 w = m_adj[j];
                if (member(w) && s.pos[w] >= bestAt) {
                    crossing = true;
                    if (s.side[w] == 1) {
                        s.side[w] = 3; // a right end, listed once
                        right.push_back(w);
                    }
                }
            }
            if (crossing)
                left.push_back(u);
        }
        const bool takeLeft = left.size() <= right.size();
        for (quint32 v : right)
            s.side[v] = takeLeft ? 1 : 2;
        if (takeLeft) {
            for (quint32 v : left)
                s.side[v] = 2;
        }
        std::sort(left.begin(), left.end());
        std::sort(right.begin(), right.end());
        assign(takeLeft ? left : right, end);
        Part halves[2];
        for (int d = 0; d < directions; ++d) {
            for (auto &h : halves)
                h.sorted[std::size_t(d)].reserve(k / 2 + 1);
            for (quint32 v : p.sorted[std::size_t(d)]) {
                if (s.side[v] < 2)
                    halves[s.side[v]].sorted[std::size_t(d)].push_back(v);
            }
        }
        for (auto &v : p.sorted)
            v = {};
        for (auto &h : halves) {
            h.rankEnd = end;
            end -= quint32(h.size());
            if (h.size() > 0)
                children.push_back(std::move(h));
        }
    }

    // Splits a part that is not connected into its components; false when it is connected.
    template<class Member>
    bool splitComponents(Part &p, Scratch &s, Member &&member, std::vector<Part> &children)
    {
        std::vector<quint32> queue;
        quint32 components = 0;
        for (quint32 v : p.sorted[0])
            s.pos[v] = 0xffffffffu; // not reached yet
        for (quint32 start : p.sorted[0]) {
            if (s.pos[start] != 0xffffffffu)
                continue;
            queue.clear();
            queue.push_back(start);
            s.pos[start] = components;
            for (std::size_t qi = 0; qi < queue.size(); ++qi) {
                const quint32 u = queue[qi];
                for (quint32 j = m_first[u]; j < m_first[u + 1]; ++j) {
                    const quint32 w = m_adj[j];
                    if (member(w) && s.pos[w] == 0xffffffffu) {
                        s.pos[w] = components;
                        queue.push_back(w);
                    }
                }
            }
            ++components;
            if (components == 1 && queue.size() == p.size())
                return false;
        }
        std::vector<Part> parts(components);
        for (int d = 0; d < directionsFor(p.size()); ++d) {
            for (quint32 v : p.sorted[std::size_t(d)])
                parts[s.pos[v]].sorted[std::size_t(d)].push_back(v);
        }
        for (auto &v : p.sorted)
            v = {};
        quint32 end = p.rankEnd;
        for (auto &part : parts) {
            part.rankEnd = end;
            end -= quint32(part.size());
            if (part.size() <= kLeafSize) {
                quint32 e = part.rankEnd;
                assign(part.sorted[0], e);
            } else {
                children.push_back(std::move(part));
            }
        }
        return true;
    }

    std::span<const QPointF> m_xy;
    std::span<const quint32> m_first;
    std::span<const quint32> m_adj;
    std::size_t m_n;
    std::vector<quint32> m_rank; // written by every thread, each for the nodes of its own parts
};

} // namespace

std::vector<quint32> nestedDissectionOrder(
    std::span<const QPointF> xy, std::span<const quint32> first, std::span<const quint32> adjacent)
{
    return Dissector(xy, first, adjacent).run();
}

} // namespace wf::maps
