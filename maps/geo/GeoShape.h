#pragma once

#include "Geodesy.h"

#include <QRectF>
#include <QString>
#include <memory>
#include <span>
#include <vector>

typedef struct GEOSGeom_t GEOSGeometry;

namespace wf::maps {

// A closed ring of WGS-84 points; the first point may be repeated at the end or not.
using GeoRing = std::vector<LatLon>;

// One polygon: an outer ring and the holes cut out of it.
struct GeoPolygonRings
{
    GeoRing outer;
    std::vector<GeoRing> holes;
};

// What is wrong with a shape and where: the point GEOS (or the check before it) names.
struct ShapeProblem
{
    QString reason;
    LatLon where;
    bool located = false;
    QString message() const; // in the UI language: reason and, when known, the place
};

// What to do with a shape GEOS finds invalid: refuse it with the reason and the place (anything
// a dispatcher draws or imports), or mend it with GEOS's MakeValid (the base map's own demo
// boundaries, whose dissolved outlines touch themselves in places).
enum class ShapeRepair { Refuse, MakeValid };

// An area on the ground: a polygon or several (a multipolygon), with holes, in WGS-84 longitude
// and latitude. The geometry is GEOS's (the C API through one context per thread); lengths and
// areas are measured on the ellipsoid with GeographicLib, buffers in metres on a transverse
// Mercator projection centred on the shape. Immutable and cheap to copy (shared).
//
// Every way of making one checks it: at least three distinct points per ring, coordinates in
// range, no ring wider than 180 degrees of longitude (the antimeridian), valid by GEOS's rules
// (no self-intersection, holes inside) and a non-zero area. A refused shape says why and where.
class GeoShape
{
public:
    GeoShape() = default;

    static GeoShape fromPolygons(std::span<const GeoPolygonRings> polygons, ShapeProblem *problem,
        ShapeRepair repair = ShapeRepair::Refuse);
    static GeoShape fromRing(std::span<const LatLon> ring, ShapeProblem *problem);
    // A circle of radiusM metres (a polygon of segments points).
    static GeoShape circle(LatLon centre, double radiusM, ShapeProblem *problem, int segments = 72);
    // Takes a GEOS geometry made in this process (polygonal; anything else gives an empty shape).
    static GeoShape adopt(GEOSGeometry *geometry);

    bool isEmpty() const;
    int polygonCount() const;
    std::vector<GeoPolygonRings> polygons() const; // outer rings and holes, closed
    // The same area as outer rings alone, each polygon with holes cut open along north-south
    // lines through them: for map layers that can fill only simple polygons.
    std::vector<GeoRing> holeFreeRings() const;
    int vertexCount() const;
    QRectF bounds() const; // x = longitude, y = latitude

    double areaKm2() const; // on the WGS-84 ellipsoid, holes subtracted
    bool contains(LatLon p) const; // inside or on the boundary

    // Grown (or shrunk, negative) by metres; a shape shrunk to nothing is empty.
    GeoShape bufferedMeters(double metres) const;
    GeoShape united(const GeoShape &other) const;
    GeoShape intersected(const GeoShape &other) const;
    // What of this shape lies outside the other (empty when the other covers it all).
    GeoShape subtracted(const GeoShape &other) const;
    // Fewer vertices, the outline kept within toleranceM metres, topology kept.
    GeoShape simplifiedMeters(double toleranceM) const;

    // Where the line crosses (or touches) the shape's boundary, in order along the line.
    std::vector<LatLon> boundaryCrossings(std::span<const LatLon> line) const;

    const GEOSGeometry *geometry() const { return m_geometry.get(); }

private:
    explicit GeoShape(std::shared_ptr<GEOSGeometry> g)
        : m_geometry(std::move(g))
    { }
    std::shared_ptr<GEOSGeometry> m_geometry;
};

// The points of a circle of radiusM metres around centre on the ellipsoid, counter-clockwise.
GeoRing circleRing(LatLon centre, double radiusM, int segments = 72);

// Geodesic area in km² of one ring (its absolute value), on the WGS-84 ellipsoid.
double ringAreaKm2(std::span<const LatLon> ring);

} // namespace wf::maps
