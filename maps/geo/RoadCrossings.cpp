#include "RoadCrossings.h"

#include "GeosContext.h"
#include "RoadGraph.h"

#include <algorithm>
#include <cmath>
#include <geos_c.h>

namespace wf::maps {

namespace {

struct Segment
{
    LatLon a;
    LatLon b;
};

std::vector<Segment> boundarySegments(const GeoShape &shape)
{
    std::vector<Segment> out;
    auto addRing = [&](const GeoRing &ring) {
        for (std::size_t i = 1; i < ring.size(); ++i)
            out.push_back({ ring[i - 1], ring[i] });
    };
    for (const GeoPolygonRings &p : shape.polygons()) {
        addRing(p.outer);
        for (const GeoRing &h : p.holes)
            addRing(h);
    }
    return out;
}

// Where segment p crosses segment q, as the parameter along p (lon/lat taken as a plane, as GEOS
// does), or a negative number.
double crossingParameter(const Segment &p, const Segment &q)
{
    const double rx = p.b.lon - p.a.lon, ry = p.b.lat - p.a.lat;
    const double sx = q.b.lon - q.a.lon, sy = q.b.lat - q.a.lat;
    const double d = rx * sy - ry * sx;
    if (d == 0)
        return -1; // parallel; a road running along the boundary is not a crossing
    const double qx = q.a.lon - p.a.lon, qy = q.a.lat - p.a.lat;
    const double t = (qx * sy - qy * sx) / d;
    const double u = (qx * ry - qy * rx) / d;
    return t >= 0 && t <= 1 && u >= 0 && u <= 1 ? t : -1;
}

// The fraction of the polyline's length at segment i, parameter t.
struct PolylineLengths
{
    std::vector<double> before; // metres before each segment
    double total = 0;
    explicit PolylineLengths(const std::vector<LatLon> &pts)
    {
        for (std::size_t i = 1; i < pts.size(); ++i) {
            before.push_back(total);
            total += distanceMeters(pts[i - 1], pts[i]);
        }
    }
    double fraction(const std::vector<LatLon> &pts, std::size_t i, double t) const
    {
        if (total <= 0)
            return 0;
        return std::clamp((before[i] + t * distanceMeters(pts[i], pts[i + 1])) / total, 0.0, 1.0);
    }
};

// The crossings of one link, sorted, the same point found twice (at a shape or boundary vertex)
// kept once.
void addSorted(std::vector<RoadCrossing> &found, std::vector<RoadCrossing> &out)
{
    std::sort(found.begin(), found.end(),
        [](const RoadCrossing &a, const RoadCrossing &b) { return a.fraction < b.fraction; });
    for (const RoadCrossing &c : found) {
        if (!out.empty() && out.back().link == c.link && std::abs(out.back().point.lat - c.point.lat) < 1e-9
            && std::abs(out.back().point.lon - c.point.lon) < 1e-9)
            continue;
        out.push_back(c);
    }
    found.clear();
}

std::vector<RoadCrossing> indexed(const RoadGraph &graph, const GeoShape &shape, quint8 classMask)
{
    const std::vector<Segment> segments = boundarySegments(shape);
    const auto &h = graph.header();
    const double cell = h.gridCellDeg;
    const long rows = long(h.gridRows), cols = long(h.gridCols);
    // (cell, segment) pairs: the cells each boundary segment passes, found by stepping along it at
    // half a cell and taking the 3 x 3 cells around each step (a segment clipping a cell's corner
    // between two steps is still within one cell of them).
    std::vector<std::pair<quint32, int>> cellSegments;
    for (std::size_t s = 0; s < segments.size(); ++s) {
        const Segment &g = segments[s];
        const double span = std::max(std::abs(g.b.lat - g.a.lat), std::abs(g.b.lon - g.a.lon));
        const int steps = std::max(1, int(std::ceil(span / (cell / 2))));
        long lastRow = -10, lastCol = -10;
        for (int k = 0; k <= steps; ++k) {
            const double f = double(k) / steps;
            const long row = long(std::floor((g.a.lat + f * (g.b.lat - g.a.lat) - h.gridSouth) / cell));
            const long col = long(std::floor((g.a.lon + f * (g.b.lon - g.a.lon) - h.gridWest) / cell));
            if (row == lastRow && col == lastCol)
                continue;
            lastRow = row;
            lastCol = col;
            for (long r = row - 1; r <= row + 1; ++r) {
                for (long c = col - 1; c <= col + 1; ++c) {
                    if (r >= 0 && r < rows && c >= 0 && c < cols)
                        cellSegments.push_back({ quint32(r * cols + c), int(s) });
                }
            }
        }
    }
    std::sort(cellSegments.begin(), cellSegments.end());
    cellSegments.erase(std::unique(cellSegments.begin(), cellSegments.end()), cellSegments.end());

    // (link, segment) pairs that share a cell.
    std::vector<std::pair<int, int>> candidates;
    for (std::size_t i = 0; i < cellSegments.size();) {
        std::size_t j = i;
        while (j < cellSegments.size() && cellSegments[j].first == cellSegments[i].first)
            ++j;
        for (quint32 l : graph.gridLinks(cellSegments[i].first)) {
            if (!(classMask & roadClassBit(graph.linkClass(int(l)))))
                continue;
            for (std::size_t k = i; k < j; ++k)
                candidates.push_back({ int(l), cellSegments[k].second });
        }
        i = j;
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

    std::vector<RoadCrossing> out, found;
    std::vector<LatLon> pts;
    int current = -1;
    std::optional<PolylineLengths> lengths;
    for (const auto &[link, s] : candidates) {
        if (link != current) {
            addSorted(found, out);
            current = link;
            graph.linkPolyline(link, pts);
            lengths.emplace(pts);
        }
        for (std::size_t i = 0; i + 1 < pts.size(); ++i) {
            const double t = crossingParameter({ pts[i], pts[i + 1] }, segments[std::size_t(s)]);
            if (t < 0)
                continue;
            RoadCrossing c;
            c.link = link;
            c.fraction = lengths->fraction(pts, i, t);
            c.point = interpolate(pts[i], pts[i + 1], t);
            c.roadClass = graph.linkClass(link);
            c.ringSegment = s;
            found.push_back(c);
        }
    }
    addSorted(found, out);
    return out;
}

std::vector<RoadCrossing> everyRoad(const RoadGraph &graph, const GeoShape &shape, quint8 classMask)
{
    auto *ctx = geos::context();
    geos::Geometry boundary(GEOSBoundary_r(ctx, shape.geometry()));
    geos::Prepared prepared(GEOSPrepare_r(ctx, boundary.get()));
    std::vector<RoadCrossing> out, found;
    std::vector<LatLon> pts;
    for (int link = 0; link < graph.linkCount(); ++link) {
        if (!(classMask & roadClassBit(graph.linkClass(link))))
            continue;
        graph.linkPolyline(link, pts);
        GEOSCoordSequence *seq = GEOSCoordSeq_create_r(ctx, unsigned(pts.size()), 2);
        for (std::size_t i = 0; i < pts.size(); ++i)
            GEOSCoordSeq_setXY_r(ctx, seq, unsigned(i), pts[i].lon, pts[i].lat);
        geos::Geometry line(GEOSGeom_createLineString_r(ctx, seq));
        if (GEOSPreparedIntersects_r(ctx, prepared.get(), line.get()) != 1)
            continue;
        const PolylineLengths lengths(pts);
        for (const LatLon &p : shape.boundaryCrossings(pts)) {
            // Back from the point to the road segment it lies on.
            std::size_t best = 0;
            double bestD = 1e300, bestT = 0;
            for (std::size_t i = 0; i + 1 < pts.size(); ++i) {
                const double dx = pts[i + 1].lon - pts[i].lon, dy = pts[i + 1].lat - pts[i].lat;
                const double len2 = dx * dx + dy * dy;
                const double t = len2 > 0
                    ? std::clamp(((p.lon - pts[i].lon) * dx + (p.lat - pts[i].lat) * dy) / len2, 0.0, 1.0)
                    : 0.0;
                const double ex = pts[i].lon + t * dx - p.lon, ey = pts[i].lat + t * dy - p.lat;
                if (ex * ex + ey * ey < bestD) {
                    bestD = ex * ex + ey * ey;
                    best = i;
                    bestT = t;
                }
            }
            RoadCrossing c;
            c.link = link;
            c.fraction = lengths.fraction(pts, best, bestT);
            c.point = p;
            c.roadClass = graph.linkClass(link);
            found.push_back(c);
        }
        addSorted(found, out);
    }
    return out;
}

} // namespace

std::vector<RoadCrossing> findRoadCrossings(
    const RoadGraph &graph, const GeoShape &shape, quint8 classMask, CrossingSearch search)
{
    if (shape.isEmpty() || graph.linkCount() == 0)
        return {};
    return search == CrossingSearch::Indexed ? indexed(graph, shape, classMask)
                                             : everyRoad(graph, shape, classMask);
}

} // namespace wf::maps
