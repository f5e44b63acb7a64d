#include "CameraLens.h"

#include <limits>

namespace wf::maps {

double CameraLens::stageDistance(double distanceM) const
{
    if (stageM <= 0 || distanceM <= 0)
        return distanceM;
    return distanceM * stageM / (distanceM + stageM);
}

double CameraLens::worldDistance(double stageDistanceM) const
{
    if (stageM <= 0 || stageDistanceM <= 0)
        return stageDistanceM;
    if (stageDistanceM >= stageM)
        return std::numeric_limits<double>::infinity();
    return stageDistanceM * stageM / (stageM - stageDistanceM);
}

QPointF CameraLens::onStage(double aheadM, double rightM) const
{
    const double d = std::hypot(aheadM, rightM);
    if (stageM <= 0 || d <= 0)
        return { aheadM, rightM };
    // Along the same bearing: the column, which is the bearing, does not move.
    const double k = stageDistance(d) / d;
    return { aheadM * k, rightM * k };
}

std::optional<QPointF> CameraLens::pixelOf(const CameraView &view, LatLon point) const
{
    const auto sight = view.look(point);
    const QPointF ar = aheadRight(sight.distanceM, sight.offsetDeg);
    if (ar.x() <= 0)
        return std::nullopt;
    const QPointF staged = onStage(ar.x(), ar.y());
    return ground(staged.x(), staged.y());
}

LatLon CameraLens::groundAt(const CameraView &view, QPointF pixel) const
{
    // The column is the bearing off the centre line, whatever the distance.
    const double tangent = (pixel.x() - kWidth / 2.0) / focalPx;
    const double offset = std::atan(tangent);
    // The row is how far ahead the ground there is on the stage (the picture's bottom edge at
    // the nearest; at or above the horizon the ground is out of reach: the range).
    const double row = std::min(pixel.y(), double(kHeight));
    double distance = view.rangeM;
    if (row > horizon) {
        const double ahead = focalPx * cameraHeightM / (row - horizon);
        distance = std::min(view.rangeM, worldDistance(ahead / std::cos(offset)));
    }
    const double bearing = (view.bearingDeg + offset * 180 / kPi) * kPi / 180;
    return offsetMeters(view.position, distance * std::sin(bearing), distance * std::cos(bearing));
}

} // namespace wf::maps
