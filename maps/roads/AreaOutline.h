#pragma once

#include "Geodesy.h"

#include <span>
#include <vector>

namespace wf::maps {

// The outline of the area covered by a set of points (samples along reached roads): the points
// fill cells of a grid of cellMeters around origin, gaps of one cell are closed, whatever the
// filled cells enclose is filled too (the blocks between reached streets are in the area), and
// the boundary between filled and empty cells is traced into rings: one counter-clockwise ring
// (north up) per separate piece, closed (first point repeated), with no collinear points. A
// drive-time area is drawn from this.
std::vector<std::vector<LatLon>> areaOutline(
    std::span<const LatLon> points, LatLon origin, double cellMeters);

// The most cells an outline is traced over: a runaway cell size is refused, not allocated.
inline constexpr double kMaxOutlineCells = 16e6;

// A grid of square cells on the plane around origin (LocalFrame metres): its south-west corner
// (x0, y0), cols x rows cells of cellMeters, and which are hit, row by row from the south.
struct CellGrid
{
    LatLon origin;
    double x0 = 0;
    double y0 = 0;
    double cellMeters = 0;
    long cols = 0;
    long rows = 0;
    std::vector<quint8> hit;
};

// The outline of a grid's hit cells, traced as areaOutline does (gaps of one cell closed, what
// they enclose filled). The grid needs two unhit cells of margin on every side. For callers that
// rasterise themselves (several areas from one pass over the roads).
std::vector<std::vector<LatLon>> outlineOfCells(const CellGrid &grid);

// Points along a line, its first point included, no farther apart than spacingMeters: what an
// outline is traced from (half a cell apart, so that no cell the line crosses is missed).
void sampleLine(std::span<const LatLon> line, double spacingMeters, std::vector<LatLon> &out);

} // namespace wf::maps
