#pragma once

#include "Geodesy.h"

#include <QString>
#include <cmath>

namespace wf::maps {

// One point of a layer, in plain terms: maps/ knows nothing of units or cameras.
struct MapMarker
{
    QString id;
    LatLon position;
    float heading = NAN; // degrees from north; NaN: no heading arrow
    float fovBearing = NAN; // camera view direction; NaN: no wedge
    float fovDeg = 0;
    int style = 0; // index into the layer's colours
    qint64 timeMs = 0; // time of the position fix (0: never fades)
    QString label; // call sign, name, cluster count
    float scale = 1; // size relative to the layer's marker size
    bool visible = true;
};

} // namespace wf::maps
