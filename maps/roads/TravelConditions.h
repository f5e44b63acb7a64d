#pragma once

#include "RoadClass.h"

#include <QString>
#include <QStringView>
#include <optional>

namespace wf::maps {

enum class Weather : quint8 { Clear, Rain, HeavyRain, Fog };
std::optional<Weather> weatherFromName(QStringView name);
QString weatherName(Weather w);

// What makes travel slower than the posted speed, apart from per-road congestion: the hour
// (rush hours choke city roads, night slows dark rural roads) and the weather.
struct TravelConditions
{
    int hourOfDay = 12; // local time, 0..23
    Weather weather = Weather::Clear;

    // The factor (<= 1) on the posted speed of a road of this class.
    double speedFactor(RoadClass c) const;
    // Conditions with the same key slow every road alike: routing caches per key, not per hour.
    int key() const;
    friend bool operator==(const TravelConditions &, const TravelConditions &) = default;
};

} // namespace wf::maps
