#pragma once

#include "GroundTruth.h"

#include <QColor>

class QPainter;

namespace wf::wall {

// The light and weather of a synthetic picture: the hour of the world's clock in the centre's
// zone (day, dusk, night) and the world's weather (rain, heavy rain, fog). Colours of
// everything drawn pass through shade(), so a night scene is dark with its lamps lit, a rainy
// one grey and wet, and a foggy one fades with distance.
struct SceneConditions
{
    double hour = 12; // 0..24, local to the centre
    GroundTruth::Weather weather = GroundTruth::Weather::Clear;

    static SceneConditions at(qint64 worldMs, GroundTruth::Weather weather, int utcOffsetSeconds);
    // 1 in full day, 0 at night, in between at dawn (5-7 h) and dusk (18-20 h).
    double daylight() const;
    bool night() const { return daylight() < 0.35; }
    bool raining() const
    {
        return weather == GroundTruth::Weather::Rain || weather == GroundTruth::Weather::HeavyRain;
    }
    // A background is drawn again only when its bucket changes (every quarter of an hour).
    int bucket() const { return int(hour * 4) * 4 + int(weather); }

    // A surface colour as this light shows it, distanceM away (fog swallows far things).
    QColor shade(QColor c, double distanceM = 0) const;
    QColor sky(double height01) const; // 0 at the horizon, 1 at the top of the picture

    // Falling rain over the picture: streaks that move with time (a pure function of ms).
    void paintPrecipitation(QPainter &p, qint64 ms, int width, int height) const;
};

} // namespace wf::wall
