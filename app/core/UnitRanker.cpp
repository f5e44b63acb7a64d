#include "UnitRanker.h"

#include "Geodesy.h"
#include "TravelRanking.h"
#include "WorldModels.h"

#include <QSet>
#include <algorithm>

namespace wf {

namespace {

bool walks(UnitKind k)
{
    return k == UnitKind::FootPatrol || k == UnitKind::FixedPost;
}

} // namespace

UnitRanker::UnitRanker(std::shared_ptr<const maps::RoadGraph> graph)
    : m_router(std::move(graph))
{ }

std::vector<UnitEta> UnitRanker::rank(
    const UnitModel &units, GeoPoint place, double limitSeconds, const OrderModel *orders)
{
    QSet<QString> committed;
    if (orders) {
        for (const auto &o : orders->rows()) {
            if (o.state == OrderState::Issued || o.state == OrderState::Delivered
                || o.state == OrderState::Acknowledged || o.state == OrderState::EnRoute
                || o.state == OrderState::OnScene)
                committed.insert(o.info.unitId);
        }
    }
    std::vector<UnitEta> candidates;
    std::vector<GeoPoint> positions;
    for (const auto &r : units.rows()) {
        if (r.info.status != UnitStatus::Available || committed.contains(r.info.unitId))
            continue;
        candidates.push_back({ r.info.unitId, r.info.callSign, r.info.kind });
        positions.push_back(r.info.position);
    }
    return rank(std::move(candidates), positions, place, limitSeconds);
}

std::vector<UnitEta> UnitRanker::rank(std::vector<UnitEta> candidates, const std::vector<GeoPoint> &positions,
    GeoPoint place, double limitSeconds)
{
    const maps::LatLon at { place.lat, place.lon };
    std::vector<maps::Traveller> travellers;
    travellers.reserve(candidates.size());
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const maps::LatLon p { positions[i].lat, positions[i].lon };
        candidates[i].straightMeters = maps::distanceMeters(p, at);
        travellers.push_back({ p, walks(candidates[i].kind),
            candidates[i].kind == UnitKind::FixedPost ? kFixedPostReachMeters : 0.0 });
    }
    const auto seconds = maps::travelSecondsTo(m_router, travellers, at, m_conditions, limitSeconds);
    for (std::size_t i = 0; i < candidates.size(); ++i)
        candidates[i].seconds = seconds[i];
    std::erase_if(candidates, [](const UnitEta &c) { return c.seconds == maps::RoadRouter::kUnreachable; });
    std::sort(candidates.begin(), candidates.end(), [](const UnitEta &a, const UnitEta &b) {
        return a.seconds != b.seconds ? a.seconds < b.seconds : a.unitId < b.unitId;
    });
    return candidates;
}

} // namespace wf
