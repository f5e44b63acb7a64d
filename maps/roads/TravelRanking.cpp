#include "TravelRanking.h"

#include "RoadSnap.h"

namespace wf::maps {

namespace {

RoadProfile profileOf(bool walking)
{
    return walking ? RoadProfile::walking() : RoadProfile::emergency();
}

double offRoadMpsOf(bool walking)
{
    return walking ? kOffRoadWalkMps : kOffRoadCarMps;
}

} // namespace

std::vector<double> travelSecondsTo(RoadRouter &router, const std::vector<Traveller> &travellers,
    LatLon place, const TravelConditions &conditions, double limitSeconds)
{
    return TravelTimes(router, travellers).secondsTo(place, conditions, limitSeconds);
}

TravelTimes::TravelTimes(RoadRouter &router, std::vector<Traveller> travellers)
    : m_router(router)
    , m_travellers(std::move(travellers))
{
    const auto &graph = router.graph();
    for (int walking = 0; walking < 2; ++walking) {
        const quint8 mask = profileOf(walking).classMask;
        for (std::size_t i = 0; i < m_travellers.size(); ++i) {
            if (m_travellers[i].walks != bool(walking))
                continue;
            const RoadSnap s = snapToRoad(graph, m_travellers[i].position, mask, kTravelSnapMeters);
            if (!s.valid())
                continue;
            m_groups[walking].who.push_back(i);
            m_groups[walking].from.push_back(s);
        }
    }
}

std::vector<double> TravelTimes::secondsTo(
    LatLon place, const TravelConditions &conditions, double limitSeconds)
{
    std::vector<double> out(m_travellers.size(), RoadRouter::kUnreachable);
    for (int walking = 0; walking < 2; ++walking) {
        const Group &g = m_groups[walking];
        if (g.who.empty())
            continue;
        const RoadProfile profile = profileOf(walking);
        const double offRoadMps = offRoadMpsOf(walking);
        const RoadSnap to = snapToRoad(m_router.graph(), place, profile.classMask, kTravelSnapMeters);
        if (!to.valid())
            continue;
        const double offRoadTo = to.distanceM / offRoadMps;
        const auto seconds
            = m_router.secondsTo(g.from, to, profile, conditions, std::max(0.0, limitSeconds - offRoadTo));
        for (std::size_t k = 0; k < g.who.size(); ++k) {
            const Traveller &t = m_travellers[g.who[k]];
            if (seconds[k] == RoadRouter::kUnreachable)
                continue;
            if (t.maxStraightMeters > 0 && distanceMeters(t.position, place) > t.maxStraightMeters)
                continue; // a fixed post does not leave its site that far
            const double total = seconds[k] + g.from[k].distanceM / offRoadMps + offRoadTo;
            if (total <= limitSeconds)
                out[g.who[k]] = total;
        }
    }
    return out;
}

RoadRoute travelRoute(
    RoadRouter &router, const Traveller &traveller, LatLon place, const TravelConditions &conditions)
{
    const RoadProfile profile = profileOf(traveller.walks);
    const double offRoadMps = offRoadMpsOf(traveller.walks);
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
