#pragma once

#include "Event.h"

#include <QList>
#include <QString>

namespace wf {
class CameraModel;
}

namespace wf::wall {

// "Show cameras near here": which cameras can see a point. A camera counts as seeing the
// point when the point lies inside its field of view and within kViewRangeM; such cameras rank
// ahead of nearer ones looking elsewhere (a camera three times as far that looks at the scene
// beats one next to it looking away).
struct NearbyCamera
{
    QString cameraId;
    double distanceM = 0;
    double bearingToPointDeg = 0;
    bool inView = false;
};

inline constexpr double kViewRangeM = 400;

QList<NearbyCamera> camerasNear(
    const CameraModel &cameras, double latitude, double longitude, int maxCount, double maxDistanceM = 20000);
// The same over any cameras (the world's and the register's together).
QList<NearbyCamera> camerasNear(const QList<CameraReported> &cameras, double latitude, double longitude,
    int maxCount, double maxDistanceM = 20000);

} // namespace wf::wall
