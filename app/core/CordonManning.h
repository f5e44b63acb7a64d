#pragma once

#include "CordonEngine.h"
#include "UnitRanker.h"

#include <QString>
#include <limits>
#include <vector>

namespace wf {

class OrderModel;
class UnitModel;

// Who closes which crossing of a cordon. The crossings are taken most urgent first (the
// suspect's earliest arrival, as the analysis orders them); each gets the free unit that reaches
// it first among those not yet given a crossing. A crossing whose unit arrives after the suspect
// can, or that no unit reaches within the limit, is a gap: the dispatcher sees it in red and
// decides (another unit, a wider ring). Greedy by urgency, so the crossing the suspect reaches
// first is never left for a nearer one the suspect reaches later.
struct ManningRow
{
    int crossing = -1; // index into the analysis' crossings
    QString unitId; // empty: nobody reaches it within the limit
    QString callSign;
    UnitKind kind = UnitKind::PatrolCar;
    double unitSeconds = std::numeric_limits<double>::infinity();
    double suspectSeconds = std::numeric_limits<double>::infinity();
    // Manned before the suspect can be there (a crossing the suspect cannot reach within the
    // search's limit counts as in time once someone reaches it).
    bool inTime() const { return !unitId.isEmpty() && unitSeconds < suspectSeconds; }
};

struct ManningPlan
{
    std::vector<ManningRow> rows; // one per crossing, in the analysis' order
    int gaps = 0; // rows not inTime()
    // When the last assigned unit arrives: the cordon is closed then, if nothing else changes.
    double closedAfterSeconds = 0;
};

class CordonManning
{
public:
    // limitSeconds: how far the units' search looks (nobody further is worth sending).
    static ManningPlan plan(UnitRanker &ranker, const UnitModel &units, const OrderModel *orders,
        const std::vector<CordonCrossing> &crossings, double limitSeconds);
    // The same over an explicit list of free units (the benchmark).
    static ManningPlan plan(UnitRanker &ranker, const std::vector<UnitReported> &free,
        const std::vector<CordonCrossing> &crossings, double limitSeconds);
};

} // namespace wf
