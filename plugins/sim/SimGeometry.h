#pragma once

#include "Event.h"
#include "Geodesy.h"

#include <vector>

// The training world speaks GeoPoint (the events' position type, from the connector API) and
// maps/Geodesy speaks LatLon: the same two WGS-84 degrees. These overloads only convert and
// call maps/Geodesy, so the world's geometry is the workstation's; no formula lives here.
namespace wf::sim {

inline maps::LatLon latLon(GeoPoint p)
{
    return { p.lat, p.lon };
}

inline GeoPoint geoPoint(maps::LatLon p)
{
    return { p.lat, p.lon };
}

inline double distanceMeters(GeoPoint a, GeoPoint b)
{
    return maps::distanceMeters(latLon(a), latLon(b));
}

inline float bearingDegrees(GeoPoint a, GeoPoint b)
{
    return float(maps::bearingDegrees(latLon(a), latLon(b)));
}

inline GeoPoint interpolate(GeoPoint a, GeoPoint b, double fraction)
{
    return geoPoint(maps::interpolate(latLon(a), latLon(b), fraction));
}

inline GeoPoint offsetMeters(GeoPoint p, double east, double north)
{
    return geoPoint(maps::offsetMeters(latLon(p), east, north));
}

} // namespace wf::sim
