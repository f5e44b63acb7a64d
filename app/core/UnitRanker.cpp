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

std::vector<UnitReported> UnitRanker::freeUnits(const UnitModel &units, const OrderModel *orders)
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
    std::vector<UnitReported> out;
    for (const auto &r : units.rows()) {
        if (r.info.status == UnitStatus::Available && !committed.contains(r.info.unitId))
            out.push_back(r.info);
    }
    return out;
}

maps::Traveller UnitRanker::traveller(UnitKind kind, GeoPoint position)
{
    return { maps::LatLon { position.lat, position.lon }, walks(kind),
        kind == UnitKind::FixedPost ? kFixedPostReachMeters : 0.0 };
}

std::vector<UnitEta> UnitRanker::rank(
    const UnitModel &units, GeoPoint place, double limitSeconds, const OrderModel *orders)
{
    std::vector<UnitEta> candidates;
    std::vector<GeoPoint> positions;
    for (const UnitReported &u : freeUnits(units, orders)) {
        candidates.push_back({ u.unitId, u.callSign, u.kind });
        positions.push_back(u.position);
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
        travellers.push_back(traveller(candidates[i].kind, positions[i]));
        candidates[i].straightMeters = maps::distanceMeters(travellers.back().position, at);
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
