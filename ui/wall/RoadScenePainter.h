#pragma once

#include "ScenePainter.h"

namespace wf::wall {

// Scenes of a road seen along its length from a pole or gantry above it: an expressway, a
// checkpoint's lanes under its canopy, a city junction with its crossing road, a village road.
// Vehicles approach on the left and drive away on the right (traffic keeps right), each
// entering at a moment and a speed that are pure functions of the camera and its slot, so a
// plate reader at the camera sees the same plates at the same second on every run.
class RoadScenePainter : public ScenePainter
{
public:
    RoadScenePainter(SceneKind kind, quint64 cameraSeed, double fovDeg);

    void paintBackground(QPainter &p, const SceneConditions &light) const override;
    void addExtras(qint64 ms, std::vector<SceneFigure> &out) const override;

    // A plate like "鄂A·3K721", a pure function of its seed.
    static QString plateFor(quint64 seed);

    int lanesEachWay() const { return m_lanes; }
    double laneWidthM() const { return m_laneWidth; }

private:
    struct Lane
    {
        double rightM = 0;
        bool towards = true;
    };
    Lane lane(int i) const;
    SceneFigure::Kind vehicleKind(quint64 h) const;
    void paintBuildings(QPainter &p, const SceneConditions &light) const;

    int m_lanes = 2; // each way
    double m_laneWidth = 3.5;
    double m_speedMps = 11;
    double m_farM = 160;
    qint64 m_slotMs = 1300;
    int m_percentBusy = 42; // the share of slots in which a vehicle enters
};

} // namespace wf::wall
