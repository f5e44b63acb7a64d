#pragma once

#include "Event.h"

#include <QString>
#include <map>
#include <vector>

namespace wf {

// What a training world knows and its dispatchers are not told: where the scenario's suspects
// are, and the weather. Only the training cameras' synthetic video reads it, so a camera films
// a suspect driving past as a real one would; it never enters the world's models, the lists or
// the journal (the dispatcher learns of a suspect by watching, or by the plate reads and tips
// the world sends as events). Live connectors have none.
struct GroundTruth
{
    enum class Weather : quint8 { Clear, Rain, HeavyRain, Fog };

    // What the scenario says a suspect looks like: colours as "#rrggbb", empty when not said.
    struct Looks
    {
        QString clothing;
        QString bag;
        QString vehicleColour;
    };

    struct Suspect
    {
        QString id;
        QString plate; // what a camera can read on it; may be empty
        QString vehicle; // "taxi", "car", "e-bike", "van", "on foot", ...
        GeoPoint position;
        float headingDeg = 0;
        float speedMps = 0; // 0: stopped (caught, or gone to ground)
        Looks looks;
        std::vector<GeoPoint> track; // where it has been, a fix a minute: the instructor's map
    };

    // A stretch of time a training camera had a suspect (or a pickpocket at work) in view: what
    // the instructor sees the trainee could have spotted, and whether a mark was credited to it.
    struct CameraChance
    {
        QString suspect;
        QString cameraId;
        QString cameraName;
        qint64 fromMs = 0;
        qint64 toMs = 0;
        bool spotted = false;
    };

    qint64 timeMs = 0; // the world's clock when this was taken
    Weather weather = Weather::Clear;
    std::vector<Suspect> suspects;
    // The looks of the pickpockets at work at the scenario's pickpocketing incidents, by incident.
    std::map<QString, Looks> pickpockets;
    std::vector<CameraChance> chances; // the latest ones, oldest first
};

} // namespace wf
