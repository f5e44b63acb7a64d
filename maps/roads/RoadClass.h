#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>
#include <optional>

namespace wf::maps {

// The five classes every road of the graph falls in. The training world's generator uses them
// directly; an OpenStreetMap import maps highway=* onto them (OsmRoadImporter). Profiles forbid
// or penalise whole classes, and the conditions slow them differently.
enum class RoadClass : quint8 {
    Expressway, // motorways: tolled, grade-separated, gates and cameras
    UrbanRing, // urban expressways, ring roads and national trunk roads
    Arterial, // main city streets and provincial roads
    County, // county roads, minor connecting roads
    Village, // village and residential streets
};
constexpr int kRoadClassCount = 5;
constexpr quint8 kAllRoadClasses = 0x1f;

constexpr quint8 roadClassBit(RoadClass c)
{
    return quint8(1u << int(c));
}

QString roadClassName(RoadClass c);
std::optional<RoadClass> roadClassFromName(QStringView name);
// The speed a road of this class is driven at when nothing else is known (no maxspeed tag).
double defaultSpeedKmh(RoadClass c);

} // namespace wf::maps
