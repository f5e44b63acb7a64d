#pragma once

#include <QPointF>
#include <algorithm>
#include <cmath>

namespace wf::wall {

// The synthetic camera's lens: a pinhole camera cameraHeightM above flat ground, looking level
// with the horizon at row `horizon`, its focal length in pixels from the field of view. Ground
// points are given as metres ahead of the camera (along the view's centre line) and to the
// right of it, the way CameraView's distance and offset decompose, so the background, the
// passing traffic and the world's actors all share one projection: a car 40 m ahead is as large
// as the road is wide there.
struct ScenePerspective
{
    static constexpr int kWidth = 704;
    static constexpr int kHeight = 576;
    static constexpr double kPi = 3.14159265358979323846;

    double focalPx = 609.7; // 60°
    double cameraHeightM = 6;
    int horizon = 190;

    static ScenePerspective forLens(double fovDeg, double heightM, int horizonRow)
    {
        ScenePerspective p;
        const double fov = std::clamp(fovDeg, 20.0, 120.0);
        p.focalPx = (kWidth / 2.0) / std::tan(fov / 2 * kPi / 180);
        p.cameraHeightM = heightM;
        p.horizon = horizonRow;
        return p;
    }

    // The row of the ground at `aheadM`, and pixels per metre there.
    double rowAt(double aheadM) const { return horizon + focalPx * cameraHeightM / aheadM; }
    double pixelsPerMetre(double aheadM) const { return focalPx / aheadM; }
    double columnAt(double aheadM, double rightM) const { return kWidth / 2.0 + focalPx * rightM / aheadM; }
    QPointF ground(double aheadM, double rightM) const { return { columnAt(aheadM, rightM), rowAt(aheadM) }; }
    // A point upM above the ground.
    QPointF at(double aheadM, double rightM, double upM) const
    {
        return { columnAt(aheadM, rightM), horizon + focalPx * (cameraHeightM - upM) / aheadM };
    }
    // The ground at the picture's bottom edge.
    double nearestAheadM() const { return focalPx * cameraHeightM / (kHeight - horizon); }
    // A point distanceM away, offsetDeg off the centre line (negative: left), as ahead and right.
    static QPointF aheadRight(double distanceM, double offsetDeg)
    {
        const double a = offsetDeg * kPi / 180;
        return { distanceM * std::cos(a), distanceM * std::sin(a) };
    }
};

} // namespace wf::wall
