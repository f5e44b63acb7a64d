#pragma once

#include "RoadRouter.h"
#include "RoadSnap.h"

#include <vector>

namespace wf::maps {

// How far from a road a traveller or a place may be and still be reached, and how fast the
// metres off the road go (a car's slow first metres out of a yard, or walking pace).
inline constexpr double kTravelSnapMeters = 1'500;
inline constexpr double kOffRoadCarMps = 5;
inline constexpr double kOffRoadWalkMps = 1.4;

// Someone who could be sent to a place: where they are, whether they walk (foot patrols, fixed
// posts) or drive with lights and siren, and how far in a straight line they may go at most
// (a fixed post does not leave its site; 0: no limit).
struct Traveller
{
    LatLon position;
    bool walks = false;
    double maxStraightMeters = 0;
};

// Each traveller's travel time in seconds to the place, by road, with the way onto the road and
// off it at the place (walking pace, or a car's slow first metres out of a yard), or
// RoadRouter::kUnreachable beyond limitSeconds. One bounded backward search per profile from the
// place: the cost grows with the area covered, not with the number of travellers. Used by the
// workstation's unit recommendation and by the training world's automatic dispatcher alike.
std::vector<double> travelSecondsTo(RoadRouter &router, const std::vector<Traveller> &travellers,
    LatLon place, const TravelConditions &conditions, double limitSeconds);

// The same for one place after another (a cordon's crossings): the travellers are snapped to the
// roads once, then each place costs one bounded search per profile.
class TravelTimes
{
public:
    TravelTimes(RoadRouter &router, std::vector<Traveller> travellers);
    // Each traveller's seconds to the place, as travelSecondsTo counts them.
    std::vector<double> secondsTo(LatLon place, const TravelConditions &conditions, double limitSeconds);

private:
    struct Group // the travellers of one profile that are near a road
    {
        std::vector<std::size_t> who;
        std::vector<RoadSnap> from;
    };
    RoadRouter &m_router;
    std::vector<Traveller> m_travellers;
    Group m_groups[2]; // driving, walking
};

// One traveller's way to the place: the road route with the way onto the road and off it, its
// time counted as travelSecondsTo counts it (the same seconds the ranking showed), and the line
// from the traveller's position to the place. found is false when either end is too far from a
// road the traveller may use, the place is beyond a fixed post's reach, or no road connects them.
RoadRoute travelRoute(
    RoadRouter &router, const Traveller &traveller, LatLon place, const TravelConditions &conditions);

} // namespace wf::maps
