#pragma once

#include "Geodesy.h"

namespace wf::maps {

// What a fixed camera sees on the ground: a sector from its position along its bearing, as wide
// as its field of view and as deep as its useful range. One rule for everyone who asks "does
// this camera see that point" (the wall's "cameras that see a place", the cordon's cameras at
// a crossing, the training video's "who is in this picture") and for where in the picture a
// point appears. Plain value type; distances and bearings are Geodesy's.
struct CameraView
{
    LatLon position;
    double bearingDeg = 0; // where the centre of the picture looks, clockwise from north
    double fovDeg = 60; // the horizontal field of view; 360 or more sees all around
    double rangeM = 400;

    struct Sight
    {
        double distanceM = 0;
        // The point's bearing from the camera relative to the centre of the picture, in
        // (-180, 180]: negative left of centre, positive right.
        double offsetDeg = 0;
        bool inView = false; // within rangeM and within the field of view
    };
    Sight look(LatLon point) const;
};

} // namespace wf::maps
