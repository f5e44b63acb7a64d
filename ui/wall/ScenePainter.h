#pragma once

#include "CameraLens.h"
#include "SceneConditions.h"
#include "SceneFigure.h"
#include "SceneKind.h"

#include <memory>
#include <vector>

class QPainter;

namespace wf::wall {

// One family of synthetic scenes (roads with traffic, places with crowds): what stands still
// (drawn once per camera and light, then reused) and the extras that pass at a given moment.
// A painter is a pure function of its kind, its camera's seed and its lens; it is shared by
// the render threads, read-only.
class ScenePainter
{
public:
    virtual ~ScenePainter() = default;

    // The painter for a kind of scene, for a camera (its seed varies the details) and its lens.
    static std::unique_ptr<ScenePainter> make(SceneKind kind, quint64 cameraSeed, double fovDeg);

    SceneKind kind() const { return m_kind; }
    const maps::CameraLens &lens() const { return m_lens; }
    // The static picture: sky, ground, buildings, road or hall, in this light.
    virtual void paintBackground(QPainter &p, const SceneConditions &light) const = 0;
    // The extras (vehicles passing, people walking) at this moment.
    virtual void addExtras(qint64 ms, std::vector<SceneFigure> &out) const = 0;

protected:
    ScenePainter(SceneKind kind, quint64 seed, maps::CameraLens lens)
        : m_kind(kind)
        , m_seed(seed)
        , m_lens(lens)
    { }
    // The sky down to the horizon.
    void paintSky(QPainter &p, const SceneConditions &light) const;
    // A vertical wall beside the view (a facade, a stall's back) from aheadNear to aheadFar at
    // rightM, upM high.
    void paintWall(
        QPainter &p, double rightM, double aheadNear, double aheadFar, double upM, const QColor &c) const;

    SceneKind m_kind;
    quint64 m_seed;
    maps::CameraLens m_lens;
};

} // namespace wf::wall
