#pragma once

#include "TrainingStart.h"
#include "TravelConditions.h"

#include <QString>
#include <QStringView>
#include <memory>
#include <optional>

namespace wf::sim {

// How much of Hubei is simulated: the centre of Wuhan, all of Wuhan, or the whole province
// at the strength the real provincial system reports (about 950 patrol cars, 1,600 foot
// patrols and 142 joint armed patrol groups).
enum class Scale : quint8 { SmallCity, Wuhan, Province };
std::optional<Scale> scaleFromName(QStringView name);
QString scaleName(Scale s);

// A scale's own fleet and background rates, used where the options leave them to the scale.
struct ScaleStrength
{
    int cars, foot, joint;
    double incidentsPerHour, jamsPerHour, hotListPerHour;
};
ScaleStrength strengthOf(Scale s);

struct SimOptions
{
    quint64 seed = 1;
    Scale scale = Scale::SmallCity;
    int units = 0; // mobile units (cars, foot, joint armed patrols); 0: the scale's own strength
    qint64 startTimeMs = 0; // sim clock at t = 0 (ms since epoch)
    double incidentsPerHour = -1; // background incidents; < 0: the scale's default, 0: none
    double congestionPerHour = -1; // background jams; < 0: the scale's default
    double hotListHitsPerHour = -1; // background hot-list hits; < 0: the scale's default
    maps::Weather weather = maps::Weather::Clear;
    // A moment of a recording to start from (its units, open incidents and clock) instead of the
    // scale's own fleet at startTimeMs; null: the usual start.
    std::shared_ptr<const TrainingStart> start;
};

} // namespace wf::sim
