#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <optional>
#include <vector>

namespace wf {

// The one percentile rule the workstation reports (response times in the training report and
// the shift statistics, frame times in the UI health file): nearest rank, the value at rank
// round(p · (n − 1)) of the sorted values. It is always one of the values, never a blend of two,
// so a "90th percentile of 412 s" is a response that really took 412 s.

// The rank, 0 … n − 1, of the p-th percentile (p clamped to 0 … 1) among n > 0 values.
inline std::size_t nearestRankIndex(std::size_t n, double p)
{
    const auto rank = std::size_t(std::lround(std::clamp(p, 0.0, 1.0) * double(n - 1)));
    return std::min(rank, n - 1);
}

// The p-th percentile of `values`, nothing for none. Reorders `values` (a partial sort, linear
// on average), so callers asking for several percentiles pass the same vector each time.
template<typename T> std::optional<T> nearestRank(std::vector<T> &values, double p)
{
    if (values.empty())
        return std::nullopt;
    const auto k = nearestRankIndex(values.size(), p);
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(k), values.end());
    return values[k];
}

} // namespace wf
