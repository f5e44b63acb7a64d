#include "RoadClass.h"

namespace wf::maps {

QString roadClassName(RoadClass c)
{
    switch (c) {
    case RoadClass::Expressway:
        return QStringLiteral("expressway");
    case RoadClass::UrbanRing:
        return QStringLiteral("urban_ring");
    case RoadClass::Arterial:
        return QStringLiteral("arterial");
    case RoadClass::County:
        return QStringLiteral("county");
    case RoadClass::Village:
        return QStringLiteral("village");
    }
    return QStringLiteral("unknown");
}

std::optional<RoadClass> roadClassFromName(QStringView name)
{
    for (int i = 0; i < kRoadClassCount; ++i) {
        if (roadClassName(RoadClass(i)) == name)
            return RoadClass(i);
    }
    return std::nullopt;
}

double defaultSpeedKmh(RoadClass c)
{
    switch (c) {
    case RoadClass::Expressway:
        return 100;
    case RoadClass::UrbanRing:
        return 70;
    case RoadClass::Arterial:
        return 45;
    case RoadClass::County:
        return 60;
    case RoadClass::Village:
        return 35;
    }
    return 30;
}

} // namespace wf::maps
