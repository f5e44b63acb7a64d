#include "TravelRanking.h"

#include "RoadSnap.h"

namespace wf::maps {

std::vector<double> travelSecondsTo(RoadRouter &router, const std::vector<Traveller> &travellers,
    LatLon place, const TravelConditions &conditions, double limitSeconds)
{
    std::vector<double> out(travellers.size(), RoadRouter::kUnreachable);
    const auto &graph = router.graph();
    for (int walking = 0; walking < 2; ++walking) {
        const RoadProfile profile = walking ? RoadProfile::walking() : RoadProfile::emergency();
        const double offRoadMps = walking ? kOffRoadWalkMps : kOffRoadCarMps;
        const RoadSnap to = snapToRoad(graph, place, profile.classMask, kTravelSnapMeters);
        if (!to.valid())
            continue;
        std::vector<std::size_t> who;
        std::vector<RoadSnap> from;
        for (std::size_t i = 0; i < travellers.size(); ++i) {
            const Traveller &t = travellers[i];
            if (t.walks != bool(walking))
                continue;
            if (t.maxStraightMeters > 0 && distanceMeters(t.position, place) > t.maxStraightMeters)
                continue;
            const RoadSnap s = snapToRoad(graph, t.position, profile.classMask, kTravelSnapMeters);
            if (!s.valid())
                continue;
            who.push_back(i);
            from.push_back(s);
        }
        if (who.empty())
            continue;
        const double offRoadTo = to.distanceM / offRoadMps;
        const auto seconds
            = router.secondsTo(from, to, profile, conditions, std::max(0.0, limitSeconds - offRoadTo));
        for (std::size_t k = 0; k < who.size(); ++k) {
            if (seconds[k] == RoadRouter::kUnreachable)
                continue;
            const double total = seconds[k] + from[k].distanceM / offRoadMps + offRoadTo;
            if (total <= limitSeconds)
                out[who[k]] = total;
        }
    }
    return out;
}

RoadRoute travelRoute(
    RoadRouter &router, const Traveller &traveller, LatLon place, const TravelConditions &conditions)
{
    const RoadProfile profile = traveller.walks ? RoadProfile::walking() : RoadProfile::emergency();
    const double offRoadMps = traveller.walks ? kOffRoadWalkMps : kOffRoadCarMps;
    if (traveller.maxStraightMeters > 0
        && distanceMeters(traveller.position, place) > traveller.maxStraightMeters)
        return {};
    const auto &graph = router.graph();
    const RoadSnap from = snapToRoad(graph, traveller.position, profile.classMask, kTravelSnapMeters);
    const RoadSnap to = snapToRoad(graph, place, profile.classMask, kTravelSnapMeters);
    if (!from.valid() || !to.valid())
        return {};
    RoadRoute r = router.route(from, to, profile, conditions);
    if (!r.found)
        return r;
    r.seconds += (from.distanceM + to.distanceM) / offRoadMps;
    r.meters += from.distanceM + to.distanceM;
    r.path.insert(r.path.begin(), traveller.position);
    r.path.push_back(place);
    return r;
}

} // namespace wf::maps
