#pragma once

#include "RoadClass.h"

#include <QString>
#include <QStringView>
#include <optional>

namespace wf::maps {

// Who travels: which road classes they may use, how much they dislike each (a factor on the
// travel time used only to choose the route, never in the reported duration), and how their
// speed relates to the road's.
struct RoadProfile
{
    quint8 classMask = kAllRoadClasses; // a cleared bit forbids the class
    float classPenalty[kRoadClassCount] = { 1, 1, 1, 1, 1 };
    float speedCapKmh = 0; // walkers: 0 means the road's own speed
    float speedBoost = 1; // emergency driving

    static RoadProfile car() { return {}; }
    // Lights and siren: faster than the traffic, not twice as fast.
    static RoadProfile emergency();
    // Pavements along city and rural roads, never expressways or urban expressways.
    static RoadProfile walking();
    // A driver avoiding cameras and checkpoints: village and county roads, expressways last.
    static RoadProfile evading();
    // "car", "emergency", "walking" or "evading".
    static std::optional<RoadProfile> fromName(QStringView name);

    bool allows(RoadClass c) const { return classMask & roadClassBit(c); }
    bool penalised() const;
    friend bool operator==(const RoadProfile &, const RoadProfile &) = default;
};

} // namespace wf::maps
