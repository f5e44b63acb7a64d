#pragma once

#include "CordonEngine.h"
#include "Event.h"

#include <QJsonArray>
#include <map>
#include <memory>
#include <vector>

namespace wf::sim {

class SimWorld;

// How each cordon met the fleeing suspects, whoever set it (the trainee at the workstation or the
// built-in dispatcher): its road crossings by the workstation's cordon engine on the world's own
// roads, and for each suspect whether the crossing it came to was held (a unit on scene with a
// man-checkpoint, intercept or hold order within 300 m) before it got there, the share of the
// ring's crossings held at that moment, whether it got out, and whether it was caught inside.
// "Closed before the suspect passed" is the held crossing: that is what stops a car.
class CordonScore
{
public:
    static constexpr double kHoldRadiusM = 300; // a unit this near a crossing holds it
    static constexpr double kReachRadiusM = 400; // the suspect this near a crossing has come to it
    static constexpr qint64 kSampleMs = 5'000; // a car at 100 km/h moves ~140 m between looks

    explicit CordonScore(const SimWorld &world);
    ~CordonScore();

    // CordonSet and CordonCleared, from any source; other events are ignored.
    void observe(const Event &event);
    // After each step of the world: the suspects against the cordons set.
    void sample();

    // Did the suspect come to a held crossing of some cordon (by atMs, when > 0)?
    bool heldBefore(const QString &suspectId, qint64 atMs = 0) const;
    QJsonArray report(qint64 startMs) const;

private:
    struct Meeting
    {
        bool insideWhenSet = false;
        bool wasInside = false;
        qint64 reachedAtMs = 0;
        QString reachedRoad;
        bool held = false;
        int heldPercent = 0;
        qint64 leftAtMs = 0; // got out through the ring
        bool caughtInside = false;
    };
    struct Cordon
    {
        QString id;
        QString name;
        QString source;
        qint64 setAtMs = 0;
        qint64 clearedAtMs = 0;
        maps::GeoShape shape;
        std::vector<CordonCrossing> crossings;
        std::map<QString, Meeting> suspects;
        bool sampled = false;
    };
    bool held(const CordonCrossing &crossing) const;

    const SimWorld &m_world;
    std::unique_ptr<CordonEngine> m_engine;
    std::vector<Cordon> m_cordons;
    qint64 m_lastSampleMs = 0;
};

} // namespace wf::sim
