#include "RoadSnap.h"

#include "RoadGraph.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace wf::maps {

namespace {

// The snapping grid around a point, ring by ring, with distances from the point to each cell and
// to each ring: lower bounds (metres on the plane around the point, a degree of longitude
// measured where it is shortest) that let a search skip cells and stop early.
struct CellWalk
{
    const roadfile::Header &h;
    LatLon p;
    long row0, col0;
    double perLat, perLon;

    CellWalk(const RoadGraph &g, LatLon at, double reachMeters)
        : h(g.header())
        , p(at)
        , row0(long(std::floor((at.lat - h.gridSouth) / h.gridCellDeg)))
        , col0(long(std::floor((at.lon - h.gridWest) / h.gridCellDeg)))
    {
        const LocalFrame here(at);
        perLat = here.metersPerDegreeLat();
        const double band = std::min(89.0, std::abs(at.lat) + reachMeters / perLat + h.gridCellDeg);
        perLon = LocalFrame({ band, at.lon }).metersPerDegreeLon();
    }

    double cellDistance(long row, long col) const
    {
        const double south = h.gridSouth + double(row) * h.gridCellDeg,
                     west = h.gridWest + double(col) * h.gridCellDeg;
        const double dLat = std::max({ 0.0, south - p.lat, p.lat - (south + h.gridCellDeg) });
        const double dLon = std::max({ 0.0, west - p.lon, p.lon - (west + h.gridCellDeg) });
        return std::sqrt(dLat * perLat * dLat * perLat + dLon * perLon * dLon * perLon);
    }

    // No cell of ring r (or beyond) is nearer than this.
    double ringDistance(long r) const
    {
        if (r <= 0)
            return 0;
        const double south = h.gridSouth + double(row0 - r + 1) * h.gridCellDeg;
        const double north = h.gridSouth + double(row0 + r) * h.gridCellDeg;
        const double west = h.gridWest + double(col0 - r + 1) * h.gridCellDeg;
        const double east = h.gridWest + double(col0 + r) * h.gridCellDeg;
        return std::max(0.0,
            std::min({ (p.lat - south) * perLat, (north - p.lat) * perLat, (p.lon - west) * perLon,
                (east - p.lon) * perLon }));
    }

    // Visits the cells of ring r (at Chebyshev distance r from the point's cell) inside the grid
    // and nearer than limit.
    template<class F> void ring(long r, double limit, F &&visit) const
    {
        for (long row = row0 - r; row <= row0 + r; ++row) {
            if (row < 0 || row >= long(h.gridRows))
                continue;
            const bool edgeRow = row == row0 - r || row == row0 + r;
            for (long col = col0 - r; col <= col0 + r; col += (edgeRow || r == 0) ? 1 : 2 * r) {
                if (col >= 0 && col < long(h.gridCols) && cellDistance(row, col) <= limit)
                    visit(quint32(row * long(h.gridCols) + col));
            }
        }
    }
    // Whether ring r and every ring after it lie outside the grid: the rings inside r already
    // cover all of it.
    bool beyond(long r) const
    {
        const long in = r - 1;
        return r > 0 && row0 - in <= 0 && row0 + in >= long(h.gridRows) - 1 && col0 - in <= 0
            && col0 + in >= long(h.gridCols) - 1;
    }
    long maxRings(double maxMeters) const
    {
        return long(maxMeters / std::max(1.0, h.gridCellDeg * std::min(perLat, perLon))) + 2;
    }
};

} // namespace

RoadSnap snapToRoad(const RoadGraph &graph, LatLon p, quint8 classMask, double maxMeters)
{
    if (!std::isfinite(p.lat) || !std::isfinite(p.lon) || std::abs(p.lat) > 90 || std::abs(p.lon) > 180)
        return {};
    const CellWalk walk(graph, p, maxMeters);
    const LocalFrame frame(p);
    // The best so far, in plane geometry around p (metres, p at the origin); squared distances
    // compare, and the point's place along its link is worked out only for a new best.
    int bestLink = -1;
    double best2 = maxMeters * maxMeters;
    std::size_t bestSegment = 0;
    double bestT = 0;
    QPointF bestPoint;
    std::vector<QPointF> pts;
    std::vector<int> seen;
    auto project = [&](int l) {
        const auto shape = graph.linkShape(l);
        pts.resize(shape.size() + 2);
        pts.front() = frame.toMeters(graph.nodePosition(graph.linkFrom(l)));
        for (std::size_t i = 0; i < shape.size(); ++i)
            pts[i + 1] = frame.toMeters(RoadGraph::decode(shape[i]));
        pts.back() = frame.toMeters(graph.nodePosition(graph.linkTo(l)));
    };
    const long rings = walk.maxRings(maxMeters);
    for (long r = 0; r <= rings && !walk.beyond(r); ++r) {
        const double limit = std::sqrt(best2);
        if (walk.ringDistance(r) > limit)
            break;
        walk.ring(r, limit, [&](quint32 cell) {
            for (quint32 l : graph.gridLinks(cell)) {
                if (!(classMask & roadClassBit(graph.linkClass(int(l)))))
                    continue;
                if (std::find(seen.begin(), seen.end(), int(l)) != seen.end())
                    continue;
                seen.push_back(int(l));
                project(int(l));
                for (std::size_t i = 1; i < pts.size(); ++i) {
                    const QPointF a = pts[i - 1], ab = pts[i] - pts[i - 1];
                    const double len2 = QPointF::dotProduct(ab, ab);
                    const double t
                        = len2 > 0 ? std::clamp(-QPointF::dotProduct(a, ab) / len2, 0.0, 1.0) : 0.0;
                    const QPointF q = a + ab * t;
                    const double d2 = q.x() * q.x() + q.y() * q.y();
                    if (d2 < best2 || (d2 == best2 && bestLink >= 0 && int(l) < bestLink)) {
                        bestLink = int(l);
                        best2 = d2;
                        bestSegment = i;
                        bestT = t;
                        bestPoint = q;
                    }
                }
            }
        });
    }
    if (bestLink < 0)
        return {};
    RoadSnap s;
    s.link = bestLink;
    s.point = frame.toLatLon(bestPoint);
    s.distanceM = distanceMeters(p, s.point);
    project(bestLink);
    double total = 0, along = 0;
    for (std::size_t i = 1; i < pts.size(); ++i) {
        const QPointF ab = pts[i] - pts[i - 1];
        const double len = std::sqrt(QPointF::dotProduct(ab, ab));
        if (i < bestSegment)
            along += len;
        else if (i == bestSegment)
            along += bestT * len;
        total += len;
    }
    s.fraction = total > 0 ? std::clamp(along / total, 0.0, 1.0) : 0.0;
    return s;
}

int nearestNode(const RoadGraph &graph, LatLon p, quint8 classMask, double maxMeters)
{
    if (!std::isfinite(p.lat) || !std::isfinite(p.lon) || std::abs(p.lat) > 90 || std::abs(p.lon) > 180)
        return -1;
    // Every node lies in its own cell together with the links it ends, so the endpoints of the
    // links in the cells visited so far hold the nearest node once the ring bound passes it.
    const CellWalk walk(graph, p, maxMeters);
    int best = -1;
    double bestM = maxMeters;
    const long rings = walk.maxRings(maxMeters);
    for (long r = 0; r <= rings && !walk.beyond(r); ++r) {
        if (walk.ringDistance(r) > bestM)
            break;
        walk.ring(r, bestM, [&](quint32 cell) {
            for (quint32 l : graph.gridLinks(cell)) {
                if (!(classMask & roadClassBit(graph.linkClass(int(l)))))
                    continue;
                for (int n : { graph.linkFrom(int(l)), graph.linkTo(int(l)) }) {
                    const double d = distanceMeters(p, graph.nodePosition(n));
                    if (d < bestM || (d == bestM && n < best)) {
                        bestM = d;
                        best = n;
                    }
                }
            }
        });
    }
    return best;
}

RoadSnap snapAtNode(const RoadGraph &graph, int node)
{
    RoadSnap s;
    if (node < 0 || node >= graph.nodeCount())
        return s;
    s.point = graph.nodePosition(node);
    const auto [b, e] = graph.outEdges(node);
    if (b != e) {
        s.link = graph.edgeLink(b);
        s.fraction = graph.edgeAgainstLink(b) ? 1 : 0;
        return s;
    }
    const auto in = graph.inEdges(node);
    if (!in.empty()) {
        s.link = graph.edgeLink(int(in[0]));
        s.fraction = graph.edgeAgainstLink(int(in[0])) ? 0 : 1;
    }
    return s;
}

} // namespace wf::maps
