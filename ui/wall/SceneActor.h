#pragma once

#include "CameraView.h"
#include "Event.h"
#include "SceneFigure.h"

#include <QString>
#include <optional>

namespace wf::wall {

// Someone or something of the world that a training camera may film: a unit (patrol car, foot
// patrol, armed patrol, a fixed post's officer), a scenario's suspect in or on its vehicle, a
// pickpocket at work in a crowd. Positions come from the world at one moment and are carried
// on along the heading at the reported speed for the few seconds until the next, so a car
// crosses the picture smoothly rather than jumping once a tick.
struct SceneActor
{
    enum class Kind : quint8 {
        PatrolCar,
        FootOfficer,
        ArmedPatrol,
        SuspectVehicle,
        SuspectEBike,
        Pickpocket
    };

    QString id;
    Kind kind = Kind::PatrolCar;
    GeoPoint position; // at the snapshot's time
    float headingDeg = 0;
    float speedMps = 0;
    QString plate;
    QString vehicle; // a suspect's: "taxi", "car", "van", ...
    // A suspect's looks as the scenario describes them; invalid: the figure's own.
    QColor clothing;
    QColor bag;
    QColor body;

    // Positions are carried on (or back: the picture runs a tick behind the world) for at most
    // this long from the snapshot.
    static constexpr qint64 kMaxCarryMs = 10'000;
    // Nearer than this a figure is under or beside the lens: not in the picture.
    static constexpr double kNearestM = 3;
    // How far right of the road's centre line a vehicle drives (the middle of the first lane).
    static constexpr double kKeepRightM = 1.75;
    static constexpr double kEBikeKeepRightM = 3.2;

    maps::LatLon positionAt(qint64 ms, qint64 snapshotMs) const;
    // The figure this actor makes in a camera's picture at ms, or nothing when it is out of
    // the camera's view (behind it, beside the lens, or beyond its range).
    std::optional<SceneFigure> figureFor(const maps::CameraView &view, qint64 ms, qint64 snapshotMs) const;
};

} // namespace wf::wall
