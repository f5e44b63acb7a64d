#include "MarkerSelection.h"

#include <QHash>
#include <algorithm>
#include <cmath>

namespace wf::maps {

namespace {

// A grid cell of normalised Mercator, `cells` cells across the world.
quint64 cellKey(QPointF n, double cells)
{
    return (quint64(quint32(n.x() * cells)) << 32) | quint32(n.y() * cells);
}

} // namespace

MarkerSelection::MarkerSelection(const MarkerStyle &style, double zoom, int tileSize)
    : m_style(style)
    , m_zoom(zoom)
    , m_tileSize(tileSize)
{ }

bool MarkerSelection::merging() const
{
    return m_style.mergeCellPixels > 0 && !detailed() && !clustered() && !m_style.styleClusters;
}

int MarkerSelection::clusterZoom() const
{
    return clustered() ? int(std::floor(m_zoom)) : -1;
}

int MarkerSelection::mergeLevel() const
{
    return merging() ? int(std::floor(m_zoom * 2)) : -1;
}

double MarkerSelection::singleSymbolSize() const
{
    return detailed() ? m_style.markerSize + 3 : 2 * std::max(2.5, m_style.markerSize / 2 * 0.45);
}

MarkerSelection::Result MarkerSelection::select(const QList<MapMarker> &markers,
    const QList<QPointF> &normalised, QRectF region, int selected, qint64 clockMs) const
{
    if (m_style.styleClusters)
        return styleClusters(markers, normalised, region, selected, clockMs);
    if (clustered())
        return { gridClusters(markers, normalised), {} };
    if (merging())
        return { merged(markers, normalised, selected, clockMs), {} };
    Result out;
    out.items.reserve(markers.size());
    for (int i = 0; i < markers.size(); ++i) {
        if (!markers[i].visible)
            continue;
        const QPointF n = normalised[i];
        if (!region.isNull() && !region.contains(n))
            continue;
        out.items.append({ n, i, 0 });
    }
    return out;
}

QList<MarkerSelection::Item> MarkerSelection::gridClusters(
    const QList<MapMarker> &markers, const QList<QPointF> &normalised) const
{
    const double cells = double(m_tileSize) * std::exp2(clusterZoom()) / 64.0; // 64 px cells
    struct Cell
    {
        QPointF sum;
        int count = 0;
        int first = -1;
    };
    QHash<quint64, Cell> grid;
    for (int i = 0; i < markers.size(); ++i) {
        if (!markers[i].visible)
            continue;
        const QPointF n = normalised[i];
        auto &c = grid[cellKey(n, cells)];
        c.sum += n;
        if (c.count++ == 0)
            c.first = i;
    }
    QList<Item> items;
    items.reserve(grid.size());
    for (const auto &c : std::as_const(grid)) {
        if (c.count == 1)
            items.append({ c.sum, c.first, 0 });
        else
            items.append({ c.sum / c.count, -1, c.count });
    }
    return items;
}

// Far out, markers a few pixels apart cover each other, and every one of them costs vertices on
// every frame: one marker is drawn per occupied cell of a grid fixed to the world (panning keeps
// it) and to half zoom levels (zooming within one does not reshuffle it). A cell shows its most
// urgent marker, at that marker's own position and in its colour. Ties go to the first in the
// model, so the picture is stable.
QList<MarkerSelection::Item> MarkerSelection::merged(
    const QList<MapMarker> &markers, const QList<QPointF> &normalised, int selected, qint64 clockMs) const
{
    const double cells = double(m_tileSize) * std::exp2(mergeLevel() / 2.0) / m_style.mergeCellPixels;
    struct Cell
    {
        int best = -1;
        int priority = 0;
        int count = 0;
    };
    QHash<quint64, Cell> grid;
    grid.reserve(markers.size());
    for (int i = 0; i < markers.size(); ++i) {
        const auto &m = markers[i];
        if (!m.visible || i == selected)
            continue;
        auto &c = grid[cellKey(normalised[i], cells)];
        const int p = m_style.priorityOf(m, clockMs);
        if (c.count++ == 0 || p > c.priority) {
            c.best = i;
            c.priority = p;
        }
    }
    struct Ranked
    {
        int priority, source, merged;
    };
    QList<Ranked> ranked;
    ranked.reserve(grid.size());
    for (const auto &c : std::as_const(grid))
        ranked.append({ c.priority, c.best, c.count });
    std::sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
        return a.priority != b.priority ? a.priority < b.priority : a.source < b.source;
    });
    QList<Item> items;
    items.reserve(ranked.size() + 1);
    for (const auto &r : std::as_const(ranked))
        items.append({ normalised[r.source], r.source, 0, r.merged });
    if (selected >= 0 && selected < markers.size() && markers[selected].visible)
        items.append({ normalised[selected], selected, 0, 1 });
    return items;
}

MarkerSelection::Result MarkerSelection::styleClusters(const QList<MapMarker> &markers,
    const QList<QPointF> &normalised, QRectF region, int selected, qint64 clockMs) const
{
    const double world = double(m_tileSize) * std::exp2(m_zoom);
    QList<UnitClusterer::Point> points;
    points.reserve(markers.size());
    for (int i = 0; i < markers.size(); ++i) {
        const auto &m = markers[i];
        if (!m.visible || i == selected || (!region.isNull() && !region.contains(normalised[i])))
            continue;
        points.append({ normalised[i] * world, m.style, m_style.priorityOf(m, clockMs), i });
    }
    Result out;
    out.groups
        = UnitClusterer::cluster(points, std::max<int>(1, int(m_style.colors.size())), singleSymbolSize());
    out.items.reserve(out.groups.size() + 1);
    for (int g = int(out.groups.size()) - 1; g >= 0; --g) { // the least urgent first
        const auto &group = out.groups[g];
        if (group.count == 1)
            out.items.append({ normalised[group.source], group.source, 0, 1, -1 });
        else
            out.items.append({ normalised[group.source], -1, group.count, group.count, g });
    }
    if (selected >= 0 && selected < markers.size() && markers[selected].visible)
        out.items.append({ normalised[selected], selected, 0, 1, -1 });
    return out;
}

} // namespace wf::maps
