#pragma once

#include "ScenePainter.h"

namespace wf::wall {

// Scenes of people on foot: a food or pedestrian street between stalls and shopfronts, a
// station's concourse, an airport's hall, an open plaza. People walk towards and away from the
// camera in bands across the view, each a pure function of the camera and its slot; some stand
// (vendors, travellers waiting). A street camera hangs as high as a road camera, a hall's lower.
class CrowdScenePainter : public ScenePainter
{
public:
    CrowdScenePainter(SceneKind kind, quint64 cameraSeed, double fovDeg);

    void paintBackground(QPainter &p, const SceneConditions &light) const override;
    void addExtras(qint64 ms, std::vector<SceneFigure> &out) const override;

private:
    bool indoor() const { return m_kind == SceneKind::StationHall || m_kind == SceneKind::AirportHall; }
    void paintStreet(QPainter &p, const SceneConditions &light) const;
    void paintHall(QPainter &p, const SceneConditions &light) const;
    void paintPlaza(QPainter &p, const SceneConditions &light) const;

    double m_halfWidthM = 6; // the walkable width each side of the centre line
    int m_bands = 8; // walking bands across the view
    qint64 m_slotMs = 1800;
    int m_percentBusy = 60;
};

} // namespace wf::wall
