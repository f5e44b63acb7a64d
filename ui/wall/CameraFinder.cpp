#include "CameraFinder.h"

#include "CameraView.h"
#include "WorldModels.h"

#include <algorithm>
#include <cmath>

namespace wf::wall {

namespace {
constexpr double kOutOfViewPenalty = 3.0;
} // namespace

QList<NearbyCamera> camerasNear(
    const CameraModel &cameras, double latitude, double longitude, int maxCount, double maxDistanceM)
{
    return camerasNear(cameras.rows(), latitude, longitude, maxCount, maxDistanceM);
}

QList<NearbyCamera> camerasNear(const QList<CameraReported> &cameras, double latitude, double longitude,
    int maxCount, double maxDistanceM)
{
    QList<NearbyCamera> found;
    for (const auto &c : cameras) {
        NearbyCamera n;
        n.cameraId = c.cameraId;
        const maps::CameraView view { { c.position.lat, c.position.lon }, c.bearingDeg, c.fovDeg,
            kViewRangeM };
        const auto sight = view.look({ latitude, longitude });
        n.distanceM = sight.distanceM;
        if (n.distanceM > maxDistanceM)
            continue;
        n.bearingToPointDeg = std::fmod(c.bearingDeg + sight.offsetDeg + 360.0, 360.0);
        // Right under a camera the bearing means nothing: count the point as seen.
        n.inView = n.distanceM < 15 || sight.inView;
        found.append(n);
    }
    const auto score
        = [](const NearbyCamera &n) { return n.distanceM * (n.inView ? 1.0 : kOutOfViewPenalty); };
    std::stable_sort(found.begin(), found.end(),
        [&](const NearbyCamera &a, const NearbyCamera &b) { return score(a) < score(b); });
    if (maxCount >= 0 && found.size() > maxCount)
        found.resize(maxCount);
    return found;
}

} // namespace wf::wall
