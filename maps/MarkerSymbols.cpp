#include "MarkerSymbols.h"

#include <limits>
#include <numbers>

namespace wf::maps {

namespace {

constexpr double kLocal = kMarkerLocalUnits;
constexpr double kDeg = std::numbers::pi / 180;
const QColor kOutline(0x10, 0x16, 0x1d);
const QColor kSelection(0xff, 0xd5, 0x4f);

// A cluster by style: a white-rimmed disc in the colour of its most urgent member, ringed by its
// members by style, most urgent first from twelve o'clock; every style present keeps at least a
// sliver one can see, however few it has.
void addStyleCluster(
    MarkerMesh &mesh, QPointF c, const UnitClusterer::Group &g, double pxToLocal, const MarkerStyle &style)
{
    const double r = g.size / 2 * pxToLocal;
    mesh.polygon(c, r, 16, 0, Qt::white, 0.95);
    QList<int> styles;
    for (int s = 0; s < g.styleCounts.size(); ++s) {
        if (g.styleCounts[s] > 0)
            styles.append(s);
    }
    std::stable_sort(
        styles.begin(), styles.end(), [&](int a, int b) { return style.rankOf(a) > style.rankOf(b); });
    constexpr double kMinShare = 0.09; // some 32 degrees
    QList<double> shares;
    double total = 0;
    for (int s : std::as_const(styles)) {
        shares.append(std::max(kMinShare, double(g.styleCounts[s]) / std::max(1, g.count)));
        total += shares.last();
    }
    double from = 0;
    for (int k = 0; k < styles.size(); ++k) {
        const double span = 2 * std::numbers::pi * shares[k] / total;
        mesh.fan(c, r - 1.5 * pxToLocal, from, from + span,
            std::max(2, int(std::ceil(span / (2 * std::numbers::pi) * 24))), style.colorOf(styles[k]), 1.0);
        from += span;
    }
    const QColor top
        = g.topPriority == std::numeric_limits<int>::min() ? style.staleColor : style.colorOf(g.topStyle);
    mesh.polygon(c, r * 0.62, 16, 0, kOutline, 1.0);
    mesh.polygon(c, r * 0.62 - 1.5 * pxToLocal, 16, 0, top, 1.0);
}

} // namespace

MarkerMesh MarkerSymbols::build(
    const MarkerSelection::Result &drawn, const QList<MapMarker> &markers, QPointF origin) const
{
    const double pxToLocal = kLocal / (double(tileSize) * std::exp2(zoom));
    const bool detail = zoom >= style.detailMinZoom;
    const bool wedges = zoom >= style.wedgeMinZoom;
    const double r = style.markerSize / 2 * pxToLocal;
    const int sides = style.sides;
    const double rot = style.rotation;
    MarkerMesh mesh;
    // Rough sizes so appends do not reallocate: a detailed pin is ~17 vertices, a dot 5.
    mesh.vertices.reserve(drawn.items.size() * (detail ? 18 : 5));
    mesh.indices.reserve(drawn.items.size() * (detail ? 45 : 12));
    for (const auto &it : drawn.items) {
        const QPointF c = (it.n - origin) * kLocal;
        if (it.group >= 0) {
            addStyleCluster(mesh, c, drawn.groups[it.group], pxToLocal, style);
            continue;
        }
        if (it.source < 0) { // a grid cluster: a ringed disc growing slowly with its count
            const double cr = (9 + 4 * std::log10(double(it.clusterCount))) * pxToLocal;
            mesh.polygon(c, cr + 2 * pxToLocal, 12, 0, Qt::white, 0.9);
            mesh.polygon(c, cr, 12, 0, style.colorOf(0), 0.85);
            continue;
        }
        const auto &m = markers[it.source];
        const double a = style.alphaFor(m, clockMs);
        const QColor col = style.colorOf(m, clockMs);
        const double mr = r * m.scale;
        const bool selected = !selectedId.isEmpty() && m.id == selectedId;
        if (style.halo) { // soft disc, no outline (congestion)
            mesh.polygon(c, detail ? mr : mr * 0.6, sides, 0, col, 0.45 * a);
            if (selected)
                mesh.polygon(c, mr * 0.35, 8, 0, kSelection, 1.0);
            continue;
        }
        if (!detail && !selected) {
            // Far out, a marker is a small diamond: 2 triangles, no outline, no heading.
            mesh.polygon(c, std::max(2.5 * pxToLocal, mr * 0.45), 4, 0, col, a);
            continue;
        }
        if (wedges && !std::isnan(m.fovBearing) && m.fovDeg > 0) {
            const double h = m.fovBearing * kDeg, half = m.fovDeg / 2 * kDeg;
            mesh.fan(c, 40 * pxToLocal, h - half, h + half, 6, col, 0.22 * a);
        }
        if (selected)
            mesh.polygon(c, mr + 5 * pxToLocal, sides, rot, kSelection, 1.0);
        mesh.polygon(c, mr + 1.5 * pxToLocal, sides, rot, kOutline, a);
        mesh.polygon(c, mr, sides, rot, col, a);
        if (!std::isnan(m.heading)) {
            const double h = m.heading * kDeg;
            const QPointF dir(std::sin(h), -std::cos(h)), side(std::cos(h), std::sin(h));
            const QPointF tip = c + dir * (mr + 7 * pxToLocal);
            const QPointF base = c + dir * (mr - 1 * pxToLocal);
            mesh.triangle(tip, base + side * 4.5 * pxToLocal, base - side * 4.5 * pxToLocal, kOutline, a);
        }
    }
    return mesh;
}

} // namespace wf::maps
