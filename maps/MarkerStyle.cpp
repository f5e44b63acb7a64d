#include "MarkerStyle.h"

#include <algorithm>
#include <limits>

namespace wf::maps {

bool MarkerStyle::isStale(const MapMarker &m, qint64 clockMs) const
{
    return staleAfterMs > 0 && m.timeMs > 0 && clockMs - m.timeMs >= staleAfterMs;
}

double MarkerStyle::alphaFor(const MapMarker &m, qint64 clockMs) const
{
    if (m.timeMs <= 0 || fadeAfterMs <= 0)
        return 1.0;
    const double age = double(clockMs - m.timeMs);
    if (isStale(m, clockMs))
        return 0.45;
    if (age <= double(fadeAfterMs))
        return 1.0;
    const double span = std::max(1.0, double(std::max(staleAfterMs, fadeAfterMs * 2) - fadeAfterMs));
    return std::clamp(1.0 - 0.5 * (age - double(fadeAfterMs)) / span, 0.5, 1.0);
}

int MarkerStyle::priorityOf(const MapMarker &m, qint64 clockMs) const
{
    if (isStale(m, clockMs))
        return std::numeric_limits<int>::min(); // a stale marker never hides a current one
    return rankOf(m.style);
}

int MarkerStyle::rankOf(int style) const
{
    return style >= 0 && style < stylePriority.size() ? stylePriority[style] : style;
}

QColor MarkerStyle::colorOf(int style) const
{
    return colors.isEmpty() ? QColor(Qt::red) : colors[std::clamp(style, 0, int(colors.size()) - 1)];
}

QColor MarkerStyle::colorOf(const MapMarker &m, qint64 clockMs) const
{
    return isStale(m, clockMs) ? staleColor : colorOf(m.style);
}

} // namespace wf::maps
