#include "TravelConditions.h"

namespace wf::maps {

std::optional<Weather> weatherFromName(QStringView name)
{
    for (auto w : { Weather::Clear, Weather::Rain, Weather::HeavyRain, Weather::Fog }) {
        if (weatherName(w) == name)
            return w;
    }
    return std::nullopt;
}

QString weatherName(Weather w)
{
    switch (w) {
    case Weather::Clear:
        return QStringLiteral("clear");
    case Weather::Rain:
        return QStringLiteral("rain");
    case Weather::HeavyRain:
        return QStringLiteral("heavy_rain");
    case Weather::Fog:
        return QStringLiteral("fog");
    }
    return QStringLiteral("clear");
}

namespace {

enum class DayPart { Day, Rush, Night };

DayPart dayPart(int hour)
{
    if ((hour >= 7 && hour < 9) || (hour >= 17 && hour < 19))
        return DayPart::Rush;
    if (hour >= 22 || hour < 6)
        return DayPart::Night;
    return DayPart::Day;
}

// Rush hours choke city roads most; at night the city is fast but dark county and village
// roads are driven more carefully. Every factor is <= 1, so the posted speed stays an upper
// bound (A*-style estimates and the hierarchy's metric rely on no factor speeding things up).
double timeOfDayFactor(RoadClass c, DayPart part)
{
    switch (c) {
    case RoadClass::UrbanRing:
    case RoadClass::Arterial:
        return part == DayPart::Rush ? 0.55 : (part == DayPart::Night ? 1.0 : 0.8);
    case RoadClass::Expressway:
        return part == DayPart::Rush ? 0.85 : 1.0;
    case RoadClass::County:
    case RoadClass::Village:
        return part == DayPart::Night ? 0.85 : 1.0;
    }
    return 1;
}

double weatherFactor(RoadClass c, Weather w)
{
    const bool fast = c == RoadClass::Expressway || c == RoadClass::UrbanRing;
    switch (w) {
    case Weather::Clear:
        return 1;
    case Weather::Rain:
        return 0.85;
    case Weather::HeavyRain:
        return fast ? 0.6 : 0.7;
    case Weather::Fog:
        return fast ? 0.45 : 0.75; // expressways are slowed or closed in fog
    }
    return 1;
}

} // namespace

double TravelConditions::speedFactor(RoadClass c) const
{
    return timeOfDayFactor(c, dayPart(hourOfDay)) * weatherFactor(c, weather);
}

int TravelConditions::key() const
{
    return int(dayPart(hourOfDay)) * 4 + int(weather);
}

} // namespace wf::maps
