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

// Points along a line, its first point included, no farther apart than spacingMeters: what an
// outline is traced from (half a cell apart, so that no cell the line crosses is missed).
void sampleLine(std::span<const LatLon> line, double spacingMeters, std::vector<LatLon> &out);

} // namespace wf::maps
