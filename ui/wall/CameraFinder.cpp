#include "CameraFinder.h"

#include "WorldModels.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace wf::wall {

namespace {
constexpr double kEarthRadiusM = 6371000.0;
constexpr double kOutOfViewPenalty = 3.0;
double rad(double deg)
{
    return deg * std::numbers::pi / 180.0;
}
} // namespace

double distanceM(double lat1, double lon1, double lat2, double lon2)
{
    const double dLat = rad(lat2 - lat1);
    const double dLon = rad(lon2 - lon1);
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(rad(lat1)) * std::cos(rad(lat2)) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthRadiusM * std::asin(std::min(1.0, std::sqrt(a)));
}

double bearingDeg(double lat1, double lon1, double lat2, double lon2)
{
    const double y = std::sin(rad(lon2 - lon1)) * std::cos(rad(lat2));
    const double x = std::cos(rad(lat1)) * std::sin(rad(lat2))
        - std::sin(rad(lat1)) * std::cos(rad(lat2)) * std::cos(rad(lon2 - lon1));
    const double deg = std::atan2(y, x) * 180.0 / std::numbers::pi;
    return std::fmod(deg + 360.0, 360.0);
}

QList<NearbyCamera> camerasNear(
    const CameraModel &cameras, double latitude, double longitude, int maxCount, double maxDistanceM)
{
    QList<NearbyCamera> found;
    for (const auto &c : cameras.rows()) {
        NearbyCamera n;
        n.cameraId = c.cameraId;
        n.distanceM = distanceM(c.position.lat, c.position.lon, latitude, longitude);
        if (n.distanceM > maxDistanceM)
            continue;
        n.bearingToPointDeg = bearingDeg(c.position.lat, c.position.lon, latitude, longitude);
        const double off = std::abs(std::remainder(n.bearingToPointDeg - c.bearingDeg, 360.0));
        // Right under a camera the bearing means nothing: count the point as seen.
        n.inView = n.distanceM < 15 || (off <= c.fovDeg / 2.0 && n.distanceM <= kViewRangeM);
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
