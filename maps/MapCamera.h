#pragma once

#include "Geodesy.h"

#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace wf::maps {

// Normalised Web Mercator: the world is the unit square, x east, y south (world pixels at
// zoom 0 divided by the tile size). Layers keep positions in it so that a camera move is a
// change of one transform, not of every vertex.
QPointF toNormalised(LatLon p);
LatLon fromNormalised(QPointF n);

// What a slippy map (QtLocation's Map without tilt) shows: centre, zoom and bearing over a
// viewport. The same arithmetic as QtLocation's tiled map: the world is tileSize * 2^zoom
// pixels wide, the centre sits in the middle of the viewport and the map turns by -bearing.
struct MapCamera
{
    LatLon center;
    double zoom = 0;
    double bearing = 0; // degrees clockwise from north of the screen's up direction
    QSizeF viewport;
    int tileSize = kTileSize;

    double worldSize() const; // pixels across the whole world at this zoom
    QPointF toScreen(LatLon p) const;
    LatLon toCoordinate(QPointF screen) const;
    QPointF normalisedToScreen(QPointF n) const;
    QPointF screenToNormalised(QPointF s) const;
    // The bounding box of the (possibly rotated) viewport in normalised coordinates.
    QRectF visibleNormalised() const;
    // Metres per screen pixel at the centre.
    double metresPerPixel() const;
};

} // namespace wf::maps
