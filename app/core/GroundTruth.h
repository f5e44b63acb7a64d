#pragma once

#include "Event.h"

#include <QString>
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

    struct Suspect
    {
        QString id;
        QString plate; // what a camera can read on it; may be empty
        QString vehicle; // "taxi", "car", "e-bike", "van", "on foot", ...
        GeoPoint position;
        float headingDeg = 0;
        float speedMps = 0; // 0: stopped (caught, or gone to ground)
    };

    qint64 timeMs = 0; // the world's clock when this was taken
    Weather weather = Weather::Clear;
    std::vector<Suspect> suspects;
};

} // namespace wf
