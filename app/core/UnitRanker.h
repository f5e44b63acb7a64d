#pragma once

#include "Event.h"
#include "RoadRouter.h"
#include "TravelRanking.h"

#include <QString>
#include <memory>
#include <vector>

namespace wf {

class OrderModel;
class UnitModel;

// A unit's road travel time to a place, for choosing who goes.
struct UnitEta
{
    QString unitId;
    QString callSign;
    UnitKind kind = UnitKind::PatrolCar;
    double seconds = maps::RoadRouter::kUnreachable; // on the road graph, with the way onto it
    double straightMeters = 0;
};

// Ranks the available units by road travel time to a place (maps::travelSecondsTo): patrol cars
// and joint patrols drive with lights and siren, foot patrols walk, fixed posts walk and never
// leave their site by more than they may. Congestion and the hour and weather slow the roads.
// Not thread-safe: a thread that ranks has its own ranker over the shared graph.
class UnitRanker
{
public:
    static constexpr double kFixedPostReachMeters = 2'000;

    explicit UnitRanker(std::shared_ptr<const maps::RoadGraph> graph);

    maps::RoadRouter &router() { return m_router; }
    void setConditions(const maps::TravelConditions &c) { m_conditions = c; }
    const maps::TravelConditions &conditions() const { return m_conditions; }

    // Every available unit that can reach the place within limitSeconds, fastest first (ties by
    // id, so the order is the same every time). Units with an order still under way are not free,
    // whatever their status says yet.
    std::vector<UnitEta> rank(
        const UnitModel &units, GeoPoint place, double limitSeconds, const OrderModel *orders = nullptr);
    // The units free to send: available, and with no order still under way (whatever their
    // status says yet).
    static std::vector<UnitReported> freeUnits(const UnitModel &units, const OrderModel *orders);
    // How a unit travels: cars with lights and siren, foot patrols and fixed posts walking, a fixed
    // post never further than kFixedPostReachMeters from its site.
    static maps::Traveller traveller(UnitKind kind, GeoPoint position);

    // The same for an explicit list of candidates (the benchmark, the training runner).
    std::vector<UnitEta> rank(std::vector<UnitEta> candidates, const std::vector<GeoPoint> &positions,
        GeoPoint place, double limitSeconds);

private:
    maps::RoadRouter m_router;
    maps::TravelConditions m_conditions;
};

} // namespace wf
