#pragma once

#include "Event.h"
#include "RoadWalker.h"

#include <QString>

namespace wf::sim {

// One unit of the training world's fleet: where it is, how it moves and the order it is on.
struct SimUnit
{
    QString id;
    QString callSign;
    UnitKind kind = UnitKind::PatrolCar;
    UnitStatus status = UnitStatus::Available;
    GeoPoint pos;
    float heading = 0;
    float speedKmh = 0;
    int homeNode = -1;
    double beatRadiusM = 3000;
    int site = -1; // fixed posts: the key site they guard
    maps::RoadWalker walk; // where on the road graph, and the route when responding
    int headingEdge = -1; // the edge the heading was worked out for (straight edges keep theirs)
    bool directLeg = false; // no road route: moving straight (off-road, or a walker)
    // The current order.
    QString orderId;
    QString task;
    QString incidentId;
    GeoPoint target;
    qint64 onSceneUntilMs = 0; // 0: holds until released
    bool radioFailed = false;
    qint64 nextReportMs = 0;
};

} // namespace wf::sim
