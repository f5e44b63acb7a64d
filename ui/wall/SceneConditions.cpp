#include "SceneConditions.h"

#include <QPainter>
#include <algorithm>
#include <cmath>

namespace wf::wall {

namespace {

QColor mix(const QColor &a, const QColor &b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor(int(a.red() + (b.red() - a.red()) * t), int(a.green() + (b.green() - a.green()) * t),
        int(a.blue() + (b.blue() - a.blue()) * t), a.alpha());
}

quint64 mix64(quint64 x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

} // namespace

SceneConditions SceneConditions::at(qint64 worldMs, GroundTruth::Weather weather, int utcOffsetSeconds)
{
    const qint64 dayMs = 86'400'000;
    const qint64 local = ((worldMs + qint64(utcOffsetSeconds) * 1000) % dayMs + dayMs) % dayMs;
    return { double(local) / 3'600'000.0, weather };
}

double SceneConditions::daylight() const
{
    if (hour < 5 || hour >= 20)
        return 0;
    if (hour < 7)
        return (hour - 5) / 2;
    if (hour >= 18)
        return 1 - (hour - 18) / 2;
    return 1;
}

QColor SceneConditions::shade(QColor c, double distanceM) const
{
    const double d = daylight();
    // Night keeps a little of the colour (street lighting) and turns it blue-grey.
    c = mix(QColor(c.red() / 5, c.green() / 5 + 4, c.blue() / 5 + 14, c.alpha()), c, 0.15 + 0.85 * d);
    if (raining())
        c = mix(c, QColor(90, 96, 104, c.alpha()), weather == GroundTruth::Weather::HeavyRain ? 0.35 : 0.2);
    if (weather == GroundTruth::Weather::Fog) {
        const QColor fog = mix(QColor(40, 44, 50), QColor(196, 200, 204), d);
        c = mix(c, QColor(fog.red(), fog.green(), fog.blue(), c.alpha()), 1 - std::exp(-distanceM / 120.0));
    }
    return c;
}

QColor SceneConditions::sky(double height01) const
{
    const double d = daylight();
    QColor day = mix(QColor(0xc9d3dc), QColor(0x8fa9c4), height01);
    const QColor dusk = mix(QColor(0xe8a070), QColor(0x4a5a88), height01);
    const QColor night = mix(QColor(0x1c2230), QColor(0x06080e), height01);
    QColor c = d >= 1 ? day : (d > 0.5 ? mix(dusk, day, (d - 0.5) * 2) : mix(night, dusk, d * 2));
    if (raining())
        c = mix(c, mix(QColor(0x30343a), QColor(0x8a9096), d), 0.7);
    if (weather == GroundTruth::Weather::Fog)
        c = mix(c, mix(QColor(0x2a2e34), QColor(0xc4c8cc), d), 0.85);
    return c;
}

void SceneConditions::paintPrecipitation(QPainter &p, qint64 ms, int width, int height) const
{
    if (!raining())
        return;
    const bool heavy = weather == GroundTruth::Weather::HeavyRain;
    const int drops = heavy ? 220 : 110;
    p.setPen(QPen(QColor(200, 210, 225, heavy ? 110 : 80), 1));
    // Each drop falls the picture's height in 400 ms, from a place that is a pure function of
    // its index and its fall: the same moment gives the same streaks.
    const qint64 fallMs = 400;
    for (int i = 0; i < drops; ++i) {
        const qint64 phase = ms + qint64(mix64(quint64(i)) % fallMs);
        const quint64 h = mix64(quint64(i) * 7919 + quint64(phase / fallMs));
        const double x = double(h % quint64(width + 60)) - 30;
        const double y = double(phase % fallMs) / fallMs * (height + 40) - 20;
        const double len = heavy ? 26 : 18;
        p.drawLine(QPointF(x, y), QPointF(x - len * 0.18, y + len));
    }
}

} // namespace wf::wall
