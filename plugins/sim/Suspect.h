#pragma once

#include "Event.h"
#include "RoadWalker.h"

#include <QString>
#include <utility>
#include <vector>

namespace wf::sim {

// A vehicle the scenario wants caught, driving its own route.
struct Suspect
{
    QString id;
    QString plate;
    QString vehicle;
    QString incidentId;
    maps::RoadWalker walk; // its route and where on it
    GeoPoint pos;
    GeoPoint start;
    double speedFactor = 1;
    qint64 hotListedAtMs = 0; // plate reads raise alerts from then on
    bool arrived = false;
    bool intercepted = false;
    qint64 interceptedAtMs = 0;
    QString interceptedBy;
    QString interceptedWhere;
    std::vector<std::pair<qint64, GeoPoint>> track; // a fix per minute: for delayed tips
    std::vector<QString> triedBy; // units that already had their chance to stop it
};

} // namespace wf::sim
