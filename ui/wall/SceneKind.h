#pragma once

#include "Event.h"
#include "RoadClass.h"

#include <QString>
#include <optional>

namespace wf::wall {

// The kind of place a training camera looks at, which decides what its synthetic picture
// shows: traffic with readable plates, a junction, a crowd among food stalls, a station's hall.
enum class SceneKind : quint8 {
    Expressway, // fast traffic, several lanes, a central barrier
    CheckpointLane, // a checkpoint's canopy over the lanes, vehicles slowing for the plate reader
    UrbanIntersection, // a city junction: crossing road, zebra crossings, pedestrians
    FoodStreet, // a pedestrian street of stalls and shops, crowds walking
    StationHall, // a railway or coach station's concourse
    AirportHall, // an airport terminal's hall
    Plaza, // an open square at a landmark
    VillageRoad, // a narrow rural road, fields, e-bikes and the odd car
};

// What is known about the place a camera looks at.
struct CameraPlace
{
    QString cameraName;
    std::optional<SiteKind> siteKind; // the fixed site the camera belongs to (within 200 m)
    QString siteName;
    std::optional<maps::RoadClass> road; // the road in front of the camera, if any near
};

// The scene for a place: the camera's site first (a checkpoint films its lanes; a key site by
// its name: airport, station, food or pedestrian street, otherwise a plaza), then the road it
// looks at; a camera with neither looks at a city junction.
SceneKind sceneKindFor(const CameraPlace &place);
// "expressway", "checkpoint_lane", ...: for logs, the health file and tests.
QString sceneKindName(SceneKind kind);
// Scenes of people on foot rather than traffic.
bool isCrowdScene(SceneKind kind);

} // namespace wf::wall
