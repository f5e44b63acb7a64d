#include "CordonManning.h"

#include "TravelRanking.h"
#include "WorldModels.h"

namespace wf {

namespace {

constexpr double kFirstReachSeconds = 120;

} // namespace

ManningPlan CordonManning::plan(UnitRanker &ranker, const UnitModel &units, const OrderModel *orders,
    const std::vector<CordonCrossing> &crossings, double limitSeconds)
{
    return plan(ranker, UnitRanker::freeUnits(units, orders), crossings, limitSeconds);
}

ManningPlan CordonManning::plan(UnitRanker &ranker, const std::vector<UnitReported> &free,
    const std::vector<CordonCrossing> &crossings, double limitSeconds)
{
    std::vector<maps::Traveller> travellers;
    travellers.reserve(free.size());
    for (const auto &u : free)
        travellers.push_back(UnitRanker::traveller(u.kind, u.position));
    maps::TravelTimes times(ranker.router(), std::move(travellers));
    std::vector<bool> taken(free.size(), false);

    ManningPlan plan;
    plan.rows.reserve(crossings.size());
    for (std::size_t c = 0; c < crossings.size(); ++c) {
        ManningRow row;
        row.crossing = int(c);
        row.suspectSeconds = crossings[c].suspectSeconds;
        // The search widens until it finds a unit still free: every unit within the reach
        // searched is timed exactly, so the first reach that holds one holds the fastest one (and
        // any tied with it). Most crossings have a unit within minutes; searching the whole
        // limit for each was most of the plan's cost.
        std::size_t best = free.size();
        std::vector<double> seconds;
        for (double reach = std::min(limitSeconds, kFirstReachSeconds);;
            reach = std::min(limitSeconds, reach * 2)) {
            seconds = times.secondsTo(crossings[c].road.point, ranker.conditions(), reach);
            for (std::size_t u = 0; u < free.size(); ++u) {
                if (taken[u] || seconds[u] == maps::RoadRouter::kUnreachable)
                    continue;
                // Ties by id, so the plan is the same every time.
                if (best == free.size() || seconds[u] < seconds[best]
                    || (seconds[u] == seconds[best] && free[u].unitId < free[best].unitId))
                    best = u;
            }
            if (best < free.size() || reach >= limitSeconds)
                break;
        }
        if (best < free.size()) {
            taken[best] = true;
            row.unitId = free[best].unitId;
            row.callSign = free[best].callSign;
            row.kind = free[best].kind;
            row.unitSeconds = seconds[best];
            plan.closedAfterSeconds = std::max(plan.closedAfterSeconds, row.unitSeconds);
        }
        if (!row.inTime())
            ++plan.gaps;
        plan.rows.push_back(row);
    }
    return plan;
}

} // namespace wf
