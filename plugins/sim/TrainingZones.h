#pragma once

#include <QByteArray>

namespace wf::sim {

class HubeiMap;

// The response zones of the training world, as the GeoJSON layer the workstation reads: a
// 500 m circle round each key site (1-minute target), the centre of each prefecture seat
// (3 minutes; 7.5 km in Wuhan, 3 km elsewhere) and its built-up area (5 minutes). Written by
// `watchfloor sim --write-zones FILE` into resources/zones; a test keeps the two the same.
QByteArray trainingZonesGeoJson(const HubeiMap &map);

} // namespace wf::sim
