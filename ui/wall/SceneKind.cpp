#include "SceneKind.h"

namespace wf::wall {

namespace {

bool hasAny(const QString &text, std::initializer_list<const char16_t *> words)
{
    for (const char16_t *w : words) {
        if (text.contains(QString::fromUtf16(w), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

SceneKind keySiteScene(const QString &name)
{
    // The training world names its key sites in Chinese; a site's own register may use English.
    if (hasAny(name, { u"机场", u"airport", u"航站楼", u"terminal" }))
        return SceneKind::AirportHall;
    if (hasAny(name, { u"火车站", u"客运站", u"汽车站", u"站", u"station" }))
        return SceneKind::StationHall;
    if (hasAny(name, { u"巷", u"步行街", u"美食", u"alley", u"food", u"pedestrian street", u"market" }))
        return SceneKind::FoodStreet;
    return SceneKind::Plaza;
}

} // namespace

SceneKind sceneKindFor(const CameraPlace &place)
{
    if (place.siteKind) {
        switch (*place.siteKind) {
        case SiteKind::PoliceCheckpoint:
        case SiteKind::SmartCheckpoint:
            return place.road == maps::RoadClass::Expressway ? SceneKind::Expressway
                                                             : SceneKind::CheckpointLane;
        case SiteKind::KeySite:
            return keySiteScene(place.siteName.isEmpty() ? place.cameraName : place.siteName);
        case SiteKind::PoliceStation:
        case SiteKind::StreetServiceStation:
            break; // a station's camera looks at the street outside
        }
    }
    // Cameras of a register name their place; the words win over the nearest road.
    if (hasAny(place.cameraName, { u"卡口", u"检查站", u"checkpoint" }))
        return SceneKind::CheckpointLane;
    if (hasAny(place.cameraName,
            { u"机场", u"航站楼", u"站", u"巷", u"步行街", u"广场", u"airport", u"station", u"alley",
                u"pedestrian", u"plaza", u"square" }))
        return keySiteScene(place.cameraName);
    if (!place.road)
        return SceneKind::UrbanIntersection;
    switch (*place.road) {
    case maps::RoadClass::Expressway:
        return SceneKind::Expressway;
    case maps::RoadClass::UrbanRing:
    case maps::RoadClass::Arterial:
        return SceneKind::UrbanIntersection;
    case maps::RoadClass::County:
    case maps::RoadClass::Village:
        return SceneKind::VillageRoad;
    }
    return SceneKind::UrbanIntersection;
}

QString sceneKindName(SceneKind kind)
{
    switch (kind) {
    case SceneKind::Expressway:
        return QStringLiteral("expressway");
    case SceneKind::CheckpointLane:
        return QStringLiteral("checkpoint_lane");
    case SceneKind::UrbanIntersection:
        return QStringLiteral("urban_intersection");
    case SceneKind::FoodStreet:
        return QStringLiteral("food_street");
    case SceneKind::StationHall:
        return QStringLiteral("station_hall");
    case SceneKind::AirportHall:
        return QStringLiteral("airport_hall");
    case SceneKind::Plaza:
        return QStringLiteral("plaza");
    case SceneKind::VillageRoad:
        return QStringLiteral("village_road");
    }
    return {};
}

bool isCrowdScene(SceneKind kind)
{
    return kind == SceneKind::FoodStreet || kind == SceneKind::StationHall || kind == SceneKind::AirportHall
        || kind == SceneKind::Plaza;
}

} // namespace wf::wall
