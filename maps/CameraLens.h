#pragma once

#include "CameraView.h"

#include <QPointF>
#include <algorithm>
#include <cmath>
#include <optional>

namespace wf::maps {

// How a fixed camera's picture shows the flat ground in front of it, and back: a pinhole
// camera cameraHeightM above the ground, looking level with the horizon at row `horizon`, its
// focal length in pixels from the field of view, drawing a 704x576 (D1) picture. Ground points
// are metres ahead of the camera (along the view's centre line) and to its right, the way
// CameraView's distance and offset decompose. The training video draws its backgrounds, its
// passing extras and the world's actors through it, and a mark on the picture is taken back to
// the ground through it, so the two always agree.
//
// The stage. A camera watching a narrow street cannot show a person 300 m away as more than a
// few pixels, yet its picture is where the trainee is to find the world's people. So the world
// is drawn on a stage of depth stageM: a point d metres away stands d*stageM/(d+stageM) metres
// away in the picture, along the same bearing. Near the camera that is the true distance (the
// slope is 1 at the lens); farther away the world is drawn ever less deep, never beyond
// stageM, so everything within the camera's range is drawn at least as large as something
// stageM away and stays in order of distance. stageM 0 draws true distances. Plain value type.
struct CameraLens
{
    static constexpr int kWidth = 704;
    static constexpr int kHeight = 576;
    static constexpr double kPi = 3.14159265358979323846;

    double focalPx = 609.7; // 60°
    double cameraHeightM = 6;
    int horizon = 190;
    double stageM = 0;

    static CameraLens forLens(double fovDeg, double heightM, int horizonRow, double stageDepthM = 0)
    {
        CameraLens p;
        const double fov = std::clamp(fovDeg, 20.0, 120.0);
        p.focalPx = (kWidth / 2.0) / std::tan(fov / 2 * kPi / 180);
        p.cameraHeightM = heightM;
        p.horizon = horizonRow;
        p.stageM = std::max(0.0, stageDepthM);
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

    // The stage: where a point distanceM away is drawn, and back (infinity at or beyond the
    // stage's depth: the picture's far end shows the world's).
    double stageDistance(double distanceM) const;
    double worldDistance(double stageDistanceM) const;
    // A point of the world, ahead and right of the camera in metres, as drawn on the stage.
    QPointF onStage(double aheadM, double rightM) const;

    // Where a point of the ground is drawn (the pixel of the ground it stands on); nothing
    // when it is behind the camera.
    std::optional<QPointF> pixelOf(const CameraView &view, LatLon point) const;
    // The ground shown at a pixel of the picture: the bearing from its column, the distance from
    // its row on the ground plane (through the stage), clamped to between the picture's bottom
    // edge and the camera's range (a pixel at or above the horizon: the range).
    LatLon groundAt(const CameraView &view, QPointF pixel) const;
};

} // namespace wf::maps
