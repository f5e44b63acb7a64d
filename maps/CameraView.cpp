#include "CameraView.h"

#include <cmath>

namespace wf::maps {

CameraView::Sight CameraView::look(LatLon point) const
{
    Sight s;
    s.distanceM = distanceMeters(position, point);
    s.offsetDeg = std::remainder(bearingDegrees(position, point) - bearingDeg, 360.0);
    if (s.offsetDeg <= -180)
        s.offsetDeg += 360;
    s.inView = s.distanceM <= rangeM && (fovDeg >= 360 || std::abs(s.offsetDeg) <= fovDeg / 2);
    return s;
}

} // namespace wf::maps
