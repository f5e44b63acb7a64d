#pragma once

#include <QColor>
#include <QString>
#include <QtGlobal>

namespace wf::wall {

// One thing standing or moving in front of a synthetic camera, placed on the ground in metres
// (ahead of the camera and to its right) for maps::CameraLens, with what is needed to draw it.
// The passing traffic and crowds of a scene are figures, and so is every actor of the world
// that the camera sees.
struct SceneFigure
{
    enum class Kind : quint8 {
        Car,
        Taxi,
        Bus,
        Van,
        PatrolCar,
        EBike,
        Pedestrian,
        Officer, // a foot patrol officer (hi-vis vest)
        ArmedOfficer, // a joint armed patrol (dark uniform, helmet)
        Pickpocket,
    };
    Kind kind = Kind::Car;
    double aheadM = 10;
    double rightM = 0;
    // Its heading relative to the camera's: 0 drives away from the camera, 180 comes towards it.
    double relativeHeadingDeg = 180;
    QString plate; // vehicles: drawn on the plate and readable close up
    quint64 seed = 0; // colours, clothing and the like
    double stepPhase = 0; // people: where in a stride (0..1)
    bool fromWorld = false; // one of the world's actors rather than passing extras
    QString actorId; // the world's actor it is (fromWorld), so a click on the picture can name it
    // What a scenario says its suspect looks like; invalid: the figure's own colours.
    QColor clothing; // people and riders: the top
    QColor bag; // people: a bag of this colour
    QColor body; // vehicles: the paint

    bool isVehicle() const { return kind <= Kind::EBike; }
};

} // namespace wf::wall
