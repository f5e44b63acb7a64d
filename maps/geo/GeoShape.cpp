#include "GeoShape.h"

#include "GeosContext.h"
#include "TranslateIn.h"

#include <GeographicLib/Geodesic.hpp>
#include <GeographicLib/PolygonArea.hpp>
#include <GeographicLib/TransverseMercator.hpp>
#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <geos_c.h>

namespace wf::maps {

namespace {

// lupdate files this file's tr() calls under the scopes they stand in (TranslateIn.h).
QString tr(const char *text)
{
    return translateIn({ "wf::maps::GeoShape", "wf::maps::ShapeProblem", "wf::maps" }, text);
}

std::shared_ptr<GEOSGeometry> share(GEOSGeometry *g)
{
    return { g, geos::GeometryDeleter() };
}

// The ring's distinct points: no closing repeat, no point twice in a row.
GeoRing distinctPoints(std::span<const LatLon> ring)
{
    GeoRing out;
    out.reserve(ring.size());
    for (const LatLon &p : ring) {
        if (out.empty() || out.back().lat != p.lat || out.back().lon != p.lon)
            out.push_back(p);
    }
    while (out.size() > 1 && out.front().lat == out.back().lat && out.front().lon == out.back().lon)
        out.pop_back();
    return out;
}

bool fail(ShapeProblem *problem, const QString &reason, std::optional<LatLon> where = {})
{
    if (problem) {
        problem->reason = reason;
        problem->located = where.has_value();
        problem->where = where.value_or(LatLon {});
    }
    return false;
}

// Whether every point lies on the line from the first to the one farthest from it (in degrees,
// the plane GEOS works in): a ring with no inside.
bool collinear(const GeoRing &ring)
{
    const LatLon &o = ring.front();
    std::size_t far = 0;
    double farD = 0;
    for (std::size_t i = 1; i < ring.size(); ++i) {
        const double d = std::hypot(ring[i].lon - o.lon, ring[i].lat - o.lat);
        if (d > farD) {
            farD = d;
            far = i;
        }
    }
    if (farD == 0)
        return true;
    const double dx = ring[far].lon - o.lon, dy = ring[far].lat - o.lat;
    for (const LatLon &p : ring) {
        if (std::abs((p.lon - o.lon) * dy - (p.lat - o.lat) * dx) / farD > 1e-12)
            return false;
    }
    return true;
}

bool checkRing(const GeoRing &ring, ShapeProblem *problem)
{
    for (const LatLon &p : ring) {
        if (!std::isfinite(p.lat) || !std::isfinite(p.lon) || std::abs(p.lat) > 90 || std::abs(p.lon) > 180)
            return fail(problem, tr("A point is not a valid longitude and latitude"));
    }
    if (ring.size() < 3)
        return fail(problem, tr("A ring needs at least three distinct points"),
            ring.empty() ? std::nullopt : std::optional(ring.front()));
    const auto [west, east] = std::minmax_element(
        ring.begin(), ring.end(), [](const LatLon &a, const LatLon &b) { return a.lon < b.lon; });
    if (east->lon - west->lon > 180)
        return fail(problem, tr("The shape crosses the antimeridian (180° longitude)"), *east);
    return true;
}

GEOSGeometry *linearRing(const GeoRing &ring)
{
    auto *ctx = geos::context();
    GEOSCoordSequence *seq = GEOSCoordSeq_create_r(ctx, unsigned(ring.size() + 1), 2);
    for (std::size_t i = 0; i <= ring.size(); ++i) {
        const LatLon &p = ring[i % ring.size()];
        GEOSCoordSeq_setXY_r(ctx, seq, unsigned(i), p.lon, p.lat);
    }
    return GEOSGeom_createLinearRing_r(ctx, seq);
}

GEOSGeometry *lineString(std::span<const LatLon> line)
{
    auto *ctx = geos::context();
    GEOSCoordSequence *seq = GEOSCoordSeq_create_r(ctx, unsigned(line.size()), 2);
    for (std::size_t i = 0; i < line.size(); ++i)
        GEOSCoordSeq_setXY_r(ctx, seq, unsigned(i), line[i].lon, line[i].lat);
    return GEOSGeom_createLineString_r(ctx, seq);
}

GeoRing readRing(const GEOSGeometry *ring)
{
    auto *ctx = geos::context();
    const GEOSCoordSequence *seq = GEOSGeom_getCoordSeq_r(ctx, ring);
    unsigned n = 0;
    GEOSCoordSeq_getSize_r(ctx, seq, &n);
    GeoRing out(n);
    for (unsigned i = 0; i < n; ++i)
        GEOSCoordSeq_getXY_r(ctx, seq, i, &out[i].lon, &out[i].lat);
    return out;
}

// GEOS's reasons in words a dispatcher reads, in the UI language.
QString reasonInWords(const QString &geosReason)
{
    if (geosReason.startsWith(u"Ring Self-intersection"))
        return tr("A ring touches itself");
    if (geosReason.startsWith(u"Self-intersection"))
        return tr("The outline crosses itself");
    if (geosReason.startsWith(u"Hole lies outside shell"))
        return tr("A hole lies outside its polygon");
    if (geosReason.startsWith(u"Holes are nested"))
        return tr("Holes lie inside each other");
    if (geosReason.startsWith(u"Interior is disconnected"))
        return tr("The holes cut the polygon in two");
    if (geosReason.startsWith(u"Nested shells"))
        return tr("One polygon lies inside another");
    if (geosReason.startsWith(u"Too few points"))
        return tr("A ring needs at least three distinct points");
    return geosReason;
}

// Keeps the polygons of a GEOS result (an intersection can hold points and lines too).
GEOSGeometry *polygonalPart(GEOSGeometry *g)
{
    auto *ctx = geos::context();
    if (!g)
        return nullptr;
    const int type = GEOSGeomTypeId_r(ctx, g);
    if (type == GEOS_POLYGON || type == GEOS_MULTIPOLYGON)
        return g;
    std::vector<GEOSGeometry *> parts;
    if (type == GEOS_GEOMETRYCOLLECTION) {
        for (int i = 0; i < GEOSGetNumGeometries_r(ctx, g); ++i) {
            const GEOSGeometry *part = GEOSGetGeometryN_r(ctx, g, i);
            const int t = GEOSGeomTypeId_r(ctx, part);
            if (t == GEOS_POLYGON) {
                parts.push_back(GEOSGeom_clone_r(ctx, part));
            } else if (t == GEOS_MULTIPOLYGON) {
                for (int j = 0; j < GEOSGetNumGeometries_r(ctx, part); ++j)
                    parts.push_back(GEOSGeom_clone_r(ctx, GEOSGetGeometryN_r(ctx, part, j)));
            }
        }
    }
    GEOSGeom_destroy_r(ctx, g);
    if (parts.empty())
        return nullptr;
    return GEOSGeom_createCollection_r(ctx, GEOS_MULTIPOLYGON, parts.data(), unsigned(parts.size()));
}

// Metres on a transverse Mercator projection whose central meridian runs through the shape:
// conformal, so a buffer is round, and within 0.2 % of true distance 400 km either side.
struct Projection
{
    const GeographicLib::TransverseMercator &tm = GeographicLib::TransverseMercator::UTM();
    double lon0 = 0;
    double scale = 1; // UTM's k0 taken out again: plain metres at the central meridian

    static int forward(double *x, double *y, void *self)
    {
        auto *p = static_cast<Projection *>(self);
        double px = 0, py = 0;
        p->tm.Forward(p->lon0, *y, *x, px, py);
        *x = px / p->scale;
        *y = py / p->scale;
        return 1;
    }
    static int reverse(double *x, double *y, void *self)
    {
        auto *p = static_cast<Projection *>(self);
        double lat = 0, lon = 0;
        p->tm.Reverse(p->lon0, *x * p->scale, *y * p->scale, lat, lon);
        *x = lon;
        *y = lat;
        return 1;
    }
};

Projection projectionFor(const GEOSGeometry *g)
{
    auto *ctx = geos::context();
    double west = 0, east = 0;
    GEOSGeom_getXMin_r(ctx, g, &west);
    GEOSGeom_getXMax_r(ctx, g, &east);
    Projection p;
    p.lon0 = (west + east) / 2;
    p.scale = p.tm.CentralScale();
    return p;
}

} // namespace

QString ShapeProblem::message() const
{
    if (!located)
        return reason;
    return tr("%1 at %2° N, %3° E").arg(reason).arg(where.lat, 0, 'f', 5).arg(where.lon, 0, 'f', 5);
}

GeoRing circleRing(LatLon centre, double radiusM, int segments)
{
    const auto &geodesic = GeographicLib::Geodesic::WGS84();
    GeoRing ring;
    segments = std::max(8, segments);
    for (int i = segments; i > 0; --i) { // counter-clockwise, as GEOS normalises outer rings
        LatLon p;
        geodesic.Direct(centre.lat, centre.lon, 360.0 * i / segments, radiusM, p.lat, p.lon);
        ring.push_back(p);
    }
    return ring;
}

double ringAreaKm2(std::span<const LatLon> ring)
{
    GeographicLib::PolygonArea poly(GeographicLib::Geodesic::WGS84(), false);
    const GeoRing points = distinctPoints(ring);
    for (const LatLon &p : points)
        poly.AddPoint(p.lat, p.lon);
    double perimeter = 0, area = 0;
    poly.Compute(false, true, perimeter, area);
    return std::abs(area) / 1e6;
}

GeoShape GeoShape::fromPolygons(
    std::span<const GeoPolygonRings> polygons, ShapeProblem *problem, ShapeRepair repair)
{
    auto *ctx = geos::context();
    if (polygons.empty()) {
        fail(problem, tr("The shape is empty"));
        return {};
    }
    std::vector<GEOSGeometry *> made;
    auto cleanUp = [&] {
        for (GEOSGeometry *g : made)
            GEOSGeom_destroy_r(ctx, g);
    };
    for (const GeoPolygonRings &polygon : polygons) {
        const GeoRing outer = distinctPoints(polygon.outer);
        if (!checkRing(outer, problem)) {
            cleanUp();
            return {};
        }
        // All on one line in the plane GEOS works in (a tiny one is caught below, once valid).
        if (collinear(outer)) {
            fail(problem, tr("The shape has no area"), outer.front());
            cleanUp();
            return {};
        }
        std::vector<GEOSGeometry *> holes;
        bool ok = true;
        for (const GeoRing &h : polygon.holes) {
            const GeoRing hole = distinctPoints(h);
            if (!checkRing(hole, problem)) {
                ok = false;
                break;
            }
            holes.push_back(linearRing(hole));
        }
        if (!ok) {
            for (GEOSGeometry *g : holes)
                GEOSGeom_destroy_r(ctx, g);
            cleanUp();
            return {};
        }
        made.push_back(
            GEOSGeom_createPolygon_r(ctx, linearRing(outer), holes.data(), unsigned(holes.size())));
    }
    GEOSGeometry *g = made.size() == 1
        ? made.front()
        : GEOSGeom_createCollection_r(ctx, GEOS_MULTIPOLYGON, made.data(), unsigned(made.size()));
    auto shared = share(g);

    if (repair == ShapeRepair::MakeValid && GEOSisValid_r(ctx, g) != 1) {
        GeoShape mended = adopt(GEOSMakeValid_r(ctx, g));
        if (!mended.isEmpty())
            return mended;
    }
    char *reason = nullptr;
    GEOSGeometry *location = nullptr;
    const char valid = GEOSisValidDetail_r(ctx, g, 0, &reason, &location);
    if (valid != 1) {
        std::optional<LatLon> where;
        if (location) {
            double x = 0, y = 0;
            if (GEOSGeomGetX_r(ctx, location, &x) && GEOSGeomGetY_r(ctx, location, &y))
                where = LatLon { y, x };
            GEOSGeom_destroy_r(ctx, location);
        }
        const QString why = reason ? QString::fromUtf8(reason) : geos::takeLastError();
        if (reason)
            GEOSFree_r(ctx, reason);
        fail(problem, reasonInWords(why), where);
        return {};
    }
    for (const GeoPolygonRings &polygon : polygons) {
        if (ringAreaKm2(polygon.outer) < 1e-6) { // under a square metre on the ellipsoid
            fail(problem, tr("The shape has no area"), polygon.outer.front());
            return {};
        }
    }
    return GeoShape(std::move(shared));
}

GeoShape GeoShape::fromRing(std::span<const LatLon> ring, ShapeProblem *problem)
{
    const GeoPolygonRings one { GeoRing(ring.begin(), ring.end()), {} };
    return fromPolygons(std::span(&one, 1), problem);
}

GeoShape GeoShape::circle(LatLon centre, double radiusM, ShapeProblem *problem, int segments)
{
    if (!(radiusM > 0) || radiusM > 2'000'000) {
        fail(problem, tr("A circle's radius must be more than 0 and at most 2,000 km"), centre);
        return {};
    }
    const GeoRing ring = circleRing(centre, radiusM, segments);
    return fromRing(ring, problem);
}

GeoShape GeoShape::adopt(GEOSGeometry *geometry)
{
    GEOSGeometry *g = polygonalPart(geometry);
    if (!g)
        return {};
    if (GEOSisEmpty_r(geos::context(), g) == 1) {
        GEOSGeom_destroy_r(geos::context(), g);
        return {};
    }
    return GeoShape(share(g));
}

bool GeoShape::isEmpty() const
{
    return !m_geometry;
}

int GeoShape::polygonCount() const
{
    return m_geometry ? GEOSGetNumGeometries_r(geos::context(), m_geometry.get()) : 0;
}

std::vector<GeoPolygonRings> GeoShape::polygons() const
{
    auto *ctx = geos::context();
    std::vector<GeoPolygonRings> out;
    for (int i = 0; i < polygonCount(); ++i) {
        const GEOSGeometry *p = GEOSGetGeometryN_r(ctx, m_geometry.get(), i);
        GeoPolygonRings rings;
        rings.outer = readRing(GEOSGetExteriorRing_r(ctx, p));
        for (int h = 0; h < GEOSGetNumInteriorRings_r(ctx, p); ++h)
            rings.holes.push_back(readRing(GEOSGetInteriorRingN_r(ctx, p, h)));
        out.push_back(std::move(rings));
    }
    return out;
}

int GeoShape::vertexCount() const
{
    return m_geometry ? GEOSGetNumCoordinates_r(geos::context(), m_geometry.get()) : 0;
}

QRectF GeoShape::bounds() const
{
    if (!m_geometry)
        return {};
    auto *ctx = geos::context();
    double w = 0, s = 0, e = 0, n = 0;
    GEOSGeom_getExtent_r(ctx, m_geometry.get(), &w, &s, &e, &n);
    return QRectF(QPointF(w, s), QPointF(e, n));
}

double GeoShape::areaKm2() const
{
    double total = 0;
    for (const GeoPolygonRings &p : polygons()) {
        total += ringAreaKm2(p.outer);
        for (const GeoRing &h : p.holes)
            total -= ringAreaKm2(h);
    }
    return total;
}

bool GeoShape::contains(LatLon p) const
{
    if (!m_geometry)
        return false;
    auto *ctx = geos::context();
    geos::Geometry point(GEOSGeom_createPointFromXY_r(ctx, p.lon, p.lat));
    return GEOSIntersects_r(ctx, m_geometry.get(), point.get()) == 1;
}

GeoShape GeoShape::bufferedMeters(double metres) const
{
    if (!m_geometry)
        return {};
    auto *ctx = geos::context();
    Projection projection = projectionFor(m_geometry.get());
    geos::Geometry projected(
        GEOSGeom_transformXY_r(ctx, m_geometry.get(), &Projection::forward, &projection));
    if (!projected)
        return {};
    geos::Geometry grown(GEOSBuffer_r(ctx, projected.get(), metres, 16));
    if (!grown || GEOSisEmpty_r(ctx, grown.get()) == 1)
        return {};
    GEOSGeometry *back = GEOSGeom_transformXY_r(ctx, grown.get(), &Projection::reverse, &projection);
    return adopt(back);
}

GeoShape GeoShape::simplifiedMeters(double toleranceM) const
{
    if (!m_geometry)
        return {};
    auto *ctx = geos::context();
    Projection projection = projectionFor(m_geometry.get());
    geos::Geometry projected(
        GEOSGeom_transformXY_r(ctx, m_geometry.get(), &Projection::forward, &projection));
    if (!projected)
        return {};
    geos::Geometry simple(GEOSTopologyPreserveSimplify_r(ctx, projected.get(), toleranceM));
    if (!simple)
        return {};
    return adopt(GEOSGeom_transformXY_r(ctx, simple.get(), &Projection::reverse, &projection));
}

GeoShape GeoShape::united(const GeoShape &other) const
{
    if (!m_geometry)
        return other;
    if (!other.m_geometry)
        return *this;
    return adopt(GEOSUnion_r(geos::context(), m_geometry.get(), other.m_geometry.get()));
}

namespace {

// Cuts a polygon along a north-south line through the middle of its first hole, which opens
// that hole (and any other the line crosses), until no piece has a hole.
void appendHoleFree(const GeoPolygonRings &polygon, std::vector<GeoRing> &out, int depth)
{
    if (polygon.holes.empty() || depth > 32) {
        out.push_back(polygon.outer); // a pathological shape keeps its outline rather than looping
        return;
    }
    double minLon = 180, maxLon = -180, minLat = 90, maxLat = -90;
    for (const LatLon &p : polygon.outer) {
        minLon = std::min(minLon, p.lon);
        maxLon = std::max(maxLon, p.lon);
        minLat = std::min(minLat, p.lat);
        maxLat = std::max(maxLat, p.lat);
    }
    double holeMin = 180, holeMax = -180;
    for (const LatLon &p : polygon.holes.front()) {
        holeMin = std::min(holeMin, p.lon);
        holeMax = std::max(holeMax, p.lon);
    }
    const double cut = (holeMin + holeMax) / 2;
    ShapeProblem problem;
    const GeoShape whole = GeoShape::fromPolygons(std::span(&polygon, 1), &problem, ShapeRepair::MakeValid);
    const double pad = 1e-6;
    for (const auto &[west, east] : { std::pair { minLon - pad, cut }, std::pair { cut, maxLon + pad } }) {
        const GeoRing box { { minLat - pad, west }, { minLat - pad, east }, { maxLat + pad, east },
            { maxLat + pad, west } };
        const GeoShape half = whole.intersected(GeoShape::fromRing(box, &problem));
        for (const GeoPolygonRings &piece : half.polygons())
            appendHoleFree(piece, out, depth + 1);
    }
}

} // namespace

std::vector<GeoRing> GeoShape::holeFreeRings() const
{
    std::vector<GeoRing> out;
    for (const GeoPolygonRings &p : polygons())
        appendHoleFree(p, out, 0);
    return out;
}

GeoShape GeoShape::subtracted(const GeoShape &other) const
{
    if (!m_geometry || !other.m_geometry)
        return *this;
    return adopt(GEOSDifference_r(geos::context(), m_geometry.get(), other.m_geometry.get()));
}

GeoShape GeoShape::intersected(const GeoShape &other) const
{
    if (!m_geometry || !other.m_geometry)
        return {};
    return adopt(GEOSIntersection_r(geos::context(), m_geometry.get(), other.m_geometry.get()));
}

std::vector<LatLon> GeoShape::boundaryCrossings(std::span<const LatLon> line) const
{
    std::vector<LatLon> out;
    if (!m_geometry || line.size() < 2)
        return out;
    auto *ctx = geos::context();
    geos::Geometry path(lineString(line));
    geos::Geometry boundary(GEOSBoundary_r(ctx, m_geometry.get()));
    geos::Geometry meet(GEOSIntersection_r(ctx, boundary.get(), path.get()));
    if (!meet || GEOSisEmpty_r(ctx, meet.get()) == 1)
        return out;
    // Points, or the start of a stretch where the line runs along the boundary.
    std::vector<std::pair<double, LatLon>> found;
    auto take = [&](const GEOSGeometry *part) {
        const int t = GEOSGeomTypeId_r(ctx, part);
        if ((t != GEOS_POINT && t != GEOS_LINESTRING) || GEOSisEmpty_r(ctx, part) == 1)
            return;
        geos::Geometry start(
            t == GEOS_POINT ? GEOSGeom_clone_r(ctx, part) : GEOSGeomGetStartPoint_r(ctx, part));
        double x = 0, y = 0;
        GEOSGeomGetX_r(ctx, start.get(), &x);
        GEOSGeomGetY_r(ctx, start.get(), &y);
        found.push_back({ GEOSProject_r(ctx, path.get(), start.get()), LatLon { y, x } });
    };
    const int n = GEOSGetNumGeometries_r(ctx, meet.get());
    for (int i = 0; i < n; ++i) {
        const GEOSGeometry *part = GEOSGetGeometryN_r(ctx, meet.get(), i);
        if (GEOSGeomTypeId_r(ctx, part) == GEOS_MULTILINESTRING) {
            for (int j = 0; j < GEOSGetNumGeometries_r(ctx, part); ++j)
                take(GEOSGetGeometryN_r(ctx, part, j));
        } else {
            take(part);
        }
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &f : found)
        out.push_back(f.second);
    return out;
}

} // namespace wf::maps
