#include "RoadProfile.h"

namespace wf::maps {

RoadProfile RoadProfile::emergency()
{
    RoadProfile p;
    p.speedBoost = 1.25f;
    return p;
}

RoadProfile RoadProfile::walking()
{
    RoadProfile p;
    p.classMask = roadClassBit(RoadClass::Arterial) | roadClassBit(RoadClass::County)
        | roadClassBit(RoadClass::Village);
    p.speedCapKmh = 5;
    return p;
}

RoadProfile RoadProfile::evading()
{
    RoadProfile p;
    p.classPenalty[int(RoadClass::Expressway)] = 6; // tolls, cameras and checkpoints at every gate
    p.classPenalty[int(RoadClass::UrbanRing)] = 3;
    p.classPenalty[int(RoadClass::Arterial)] = 1.6f;
    p.classPenalty[int(RoadClass::County)] = 1.2f;
    return p;
}

std::optional<RoadProfile> RoadProfile::fromName(QStringView name)
{
    if (name == u"car")
        return car();
    if (name == u"emergency")
        return emergency();
    if (name == u"walking")
        return walking();
    if (name == u"evading")
        return evading();
    return std::nullopt;
}

bool RoadProfile::penalised() const
{
    for (float p : classPenalty) {
        if (p != 1)
            return true;
    }
    return false;
}

} // namespace wf::maps
