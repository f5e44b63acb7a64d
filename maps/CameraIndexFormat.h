#pragma once

#include "Geodesy.h"

#include <QtGlobal>
#include <cmath>

// The camera index file: SQLite with R*Tree indexes. The writer is CameraIndexBuilder, the reader
// CameraIndex; what both must agree on is here. Tables: meta (count, version, maxClusterZoom,
// source), cameras (an R*Tree of the cameras in normalised Mercator, id = the camera's number),
// register (ids, names and streams by number) and cells_z<zoom> (one R*Tree of cluster cells per
// zoom level).
namespace wf::maps::cameraindex {

// 2: grids up to zoom 17, and the meta row maxClusterZoom (absent in 1, whose grids end at 16).
// 3: the register table (ids, names, streams of a site's cameras) and the meta row source.
inline constexpr int kVersion = 3;
inline constexpr int kFormat1MaxClusterZoom = 16;

inline constexpr int kMinClusterZoom = 3;
inline constexpr int kMaxClusterZoom = 17;
inline constexpr int kCellPixels = 64;

// Grid cells across the world at a zoom: the world is 256 * 2^z pixels, cells are 64 px.
inline double cellsAcross(int zoom)
{
    return double(kTileSize) * std::exp2(zoom) / kCellPixels;
}

inline quint64 cellKey(qint64 cx, qint64 cy)
{
    return (quint64(cx) << 32) | quint64(quint32(cy));
}

} // namespace wf::maps::cameraindex
