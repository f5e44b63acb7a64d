#pragma once

#include "Geodesy.h"

#include <QImage>
#include <QSize>

namespace wf {

class WorldState;

namespace maps {
class TileRenderer;
}

namespace evidence {

// The map at a moment, for the evidence report: the base map's tiles around `centre` at `zoom`,
// the cordons set (red outlines), the units (dots in their status colours: available green,
// en route orange, on scene red, off duty grey) and the open incidents (red squares) of the
// world as it stood, the place itself ringed. Any thread (the renderer is thread-safe).
QImage drawMap(
    const maps::TileRenderer &renderer, const WorldState &world, maps::LatLon centre, int zoom, QSize size);

} // namespace evidence
} // namespace wf
