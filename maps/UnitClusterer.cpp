#include "UnitClusterer.h"

#include <QHash>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace wf::maps {

namespace {

quint64 cellOf(QPointF p, double cell)
{
    return (quint64(quint32(qint32(std::floor(p.x() / cell)))) << 32)
        | quint64(quint32(qint32(std::floor(p.y() / cell))));
}

quint64 neighbour(quint64 key, int dx, int dy)
{
    const auto x = qint32(quint32(key >> 32)) + dx;
    const auto y = qint32(quint32(key & 0xffffffffu)) + dy;
    return (quint64(quint32(x)) << 32) | quint64(quint32(y));
}

} // namespace

double UnitClusterer::clusterSize(int count)
{
    return 2 * (10 + 4 * std::log10(double(std::max(count, 2)))) + 4;
}

double UnitClusterer::overlapShare(const QRectF &a, const QRectF &b)
{
    const QRectF i = a.intersected(b);
    if (i.isEmpty())
        return 0;
    const double smaller = std::min(a.width() * a.height(), b.width() * b.height());
    return smaller > 0 ? i.width() * i.height() / smaller : 1;
}

QList<UnitClusterer::Group> UnitClusterer::cluster(
    const QList<Point> &points, int styleCount, double singleSize)
{
    styleCount = std::max(styleCount, 1);
    singleSize = std::max(singleSize, 1.0);
    // Most urgent first; among equals the caller's order, so the same data cluster the same way.
    QList<int> order(points.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(
        order.begin(), order.end(), [&](int a, int b) { return points[a].priority > points[b].priority; });

    // Seeds: each point not yet taken takes every untaken point its symbol would cover too
    // much. Two single symbols overlap by more than a quarter when their centres are closer
    // than three quarters of a symbol (side by side); seeds end up at least that far apart.
    const double reach = singleSize * (1 - kMaxOverlap);
    QHash<quint64, QList<int>> grid;
    grid.reserve(points.size());
    for (int i = 0; i < points.size(); ++i)
        grid[cellOf(points[i].pixel, reach)].append(i);
    QList<int> groupOf(points.size(), -1);
    QList<Group> groups;
    const auto newGroup = [&](const Point &p) {
        Group g;
        g.pixel = p.pixel;
        g.source = p.source;
        g.topStyle = std::clamp(p.style, 0, styleCount - 1);
        g.topPriority = p.priority;
        g.styleCounts.fill(0, styleCount);
        return g;
    };
    const double reach2 = reach * reach;
    for (const int i : std::as_const(order)) {
        if (groupOf[i] >= 0)
            continue;
        const int g = int(groups.size());
        groups.append(newGroup(points[i]));
        const quint64 key = cellOf(points[i].pixel, reach);
        for (int dy = -1; dy <= 1; ++dy) {
            for (int dx = -1; dx <= 1; ++dx) {
                const auto it = grid.constFind(neighbour(key, dx, dy));
                if (it == grid.cend())
                    continue;
                for (const int j : *it) {
                    if (groupOf[j] >= 0)
                        continue;
                    const QPointF d = points[j].pixel - points[i].pixel;
                    if (QPointF::dotProduct(d, d) < reach2) {
                        groupOf[j] = g;
                        ++groups[g].count;
                        ++groups[g].styleCounts[std::clamp(points[j].style, 0, styleCount - 1)];
                    }
                }
            }
        }
    }
    for (auto &g : groups)
        g.size = g.count == 1 ? singleSize : clusterSize(g.count);

    // A cluster's disc is larger than a lone symbol: it may now cover a neighbour. The less
    // urgent of two such groups joins the more urgent (which stays where it is) until no two
    // overlap too much; every pass that merges leaves fewer groups, so this ends.
    QList<bool> alive(groups.size(), true);
    for (bool merged = true; merged;) {
        merged = false;
        double largest = singleSize;
        for (int g = 0; g < groups.size(); ++g) {
            if (alive[g])
                largest = std::max(largest, groups[g].size);
        }
        QHash<quint64, QList<int>> cells;
        for (int g = 0; g < groups.size(); ++g) {
            if (alive[g])
                cells[cellOf(groups[g].pixel, largest)].append(g);
        }
        // Groups are in seed order, most urgent first: the lower index keeps its place.
        for (int a = 0; a < groups.size(); ++a) {
            if (!alive[a])
                continue;
            const quint64 key = cellOf(groups[a].pixel, largest);
            for (int dy = -1; dy <= 1; ++dy) {
                for (int dx = -1; dx <= 1; ++dx) {
                    const auto it = cells.constFind(neighbour(key, dx, dy));
                    if (it == cells.cend())
                        continue;
                    for (const int b : *it) {
                        if (b <= a || !alive[b]
                            || overlapShare(groups[a].rect(), groups[b].rect()) <= kMaxOverlap)
                            continue;
                        auto &keep = groups[a];
                        keep.count += groups[b].count;
                        for (int s = 0; s < styleCount; ++s)
                            keep.styleCounts[s] += groups[b].styleCounts[s];
                        keep.size = clusterSize(keep.count);
                        alive[b] = false;
                        merged = true;
                    }
                }
            }
        }
    }
    QList<Group> out;
    out.reserve(groups.size());
    for (int g = 0; g < groups.size(); ++g) {
        if (alive[g])
            out.append(std::move(groups[g]));
    }
    return out;
}

} // namespace wf::maps
