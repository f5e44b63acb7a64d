#include "CchTopology.h"

#include <algorithm>

namespace wf::maps {

CchTopology CchTopology::build(
    std::span<const quint32> rank, std::span<const quint32> first, std::span<const quint32> adjacent)
{
    const std::size_t n = rank.size();
    std::vector<std::vector<quint32>> up(n);
    for (std::size_t u = 0; u < n; ++u) {
        for (quint32 j = first[u]; j < first[u + 1]; ++j) {
            const quint32 v = adjacent[j];
            if (rank[u] < rank[v])
                up[rank[u]].push_back(rank[v]);
        }
    }
    // Eliminating r connects its upper neighbours pairwise. It is enough to hand them to the
    // lowest of them (r's parent): the parent is eliminated later and passes them on in turn.
    for (std::size_t r = 0; r < n; ++r) {
        auto &u = up[r];
        std::sort(u.begin(), u.end());
        u.erase(std::unique(u.begin(), u.end()), u.end());
        u.shrink_to_fit();
        if (u.size() > 1) {
            auto &parent = up[u.front()];
            parent.insert(parent.end(), u.begin() + 1, u.end());
        }
    }
    CchTopology t;
    t.upFirst.resize(n + 1, 0);
    for (std::size_t r = 0; r < n; ++r)
        t.upFirst[r + 1] = t.upFirst[r] + quint32(up[r].size());
    t.upHead.reserve(t.upFirst[n]);
    for (auto &u : up) {
        t.upHead.insert(t.upHead.end(), u.begin(), u.end());
        u = {};
    }
    return t;
}

} // namespace wf::maps
