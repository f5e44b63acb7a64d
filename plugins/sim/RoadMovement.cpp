#include "RoadMovement.h"

#include "RoadProfile.h"

#include <algorithm>

namespace wf::sim {

using maps::RoadClass;
using maps::RoadProfile;

double RoadMovement::trafficKmh(int edge) const
{
    const auto c = m_world.conditions();
    if (!m_traffic || m_trafficKey != c.key()) {
        m_traffic.emplace(m_world.roads(), RoadProfile::car(), c, &m_world.router.congestion());
        m_trafficKey = c.key();
    }
    return m_traffic->trafficKmh(edge);
}

double RoadMovement::unitSpeedMps(const SimUnit &u, int edge) const
{
    double kmh = trafficKmh(edge);
    const bool responding = u.status == UnitStatus::EnRoute;
    switch (u.kind) {
    case UnitKind::FootPatrol:
    case UnitKind::FixedPost:
        kmh = responding ? 7 : 4.5;
        break;
    case UnitKind::JointArmedPatrol:
        kmh = responding ? kmh * 1.15 : std::min(kmh, 15.0);
        break;
    case UnitKind::PatrolCar:
        kmh = responding ? kmh * 1.25 : std::min(kmh, 40.0);
        break;
    }
    return std::max(kmh, 3.0) / 3.6;
}

int RoadMovement::pickPatrolEdge(SimUnit &u)
{
    const int at = u.walk.atNode;
    if (at < 0)
        return -1;
    const auto &g = m_world.roads();
    const quint8 mask = u.kind == UnitKind::FootPatrol
        ? RoadProfile::walking().classMask
        : quint8(maps::kAllRoadClasses & ~maps::roadClassBit(RoadClass::Expressway));
    const int back = u.walk.lastEdge >= 0 ? g.edgeTwin(u.walk.lastEdge) : -1;
    int candidates[16];
    int n = 0;
    const auto [b, e] = g.outEdges(at);
    for (int edge = b; edge != e && n < 16; ++edge) {
        if ((mask & maps::roadClassBit(g.edgeClass(edge))) && edge != back)
            candidates[n++] = edge;
    }
    if (n == 0)
        return back; // a dead end: turn round (or stand, on a one-way dead end)
    const GeoPoint home = m_world.nodePos(u.homeNode);
    if (distanceMeters(m_world.nodePos(at), home) > u.beatRadiusM && m_world.rng.chance(0.8)) {
        int best = candidates[0];
        double bestM = 1e18;
        for (int i = 0; i < n; ++i) {
            const double d = distanceMeters(m_world.nodePos(g.edgeTo(candidates[i])), home);
            if (d < bestM) {
                bestM = d;
                best = candidates[i];
            }
        }
        return best;
    }
    return candidates[m_world.rng.between(0, n - 1)];
}

void RoadMovement::advance(SimUnit &u, double seconds)
{
    if (u.status == UnitStatus::OnScene || u.status == UnitStatus::OffDuty)
        return;
    if (u.kind == UnitKind::FixedPost && u.status == UnitStatus::Available)
        return;
    const bool enRoute = u.status == UnitStatus::EnRoute;
    if (enRoute && u.directLeg) {
        const double mps
            = (u.kind == UnitKind::FootPatrol || u.kind == UnitKind::FixedPost ? 7.0 : 30.0) / 3.6;
        const double left = distanceMeters(u.pos, u.target);
        u.heading = bearingDegrees(u.pos, u.target);
        u.headingEdge = -1;
        u.speedKmh = float(mps * 3.6);
        u.pos = left <= mps * seconds ? u.target : interpolate(u.pos, u.target, mps * seconds / left);
        return;
    }
    const auto &g = m_world.roads();
    const double mps = step(
        u.walk, u.pos, seconds, enRoute, [&](int) { return pickPatrolEdge(u); },
        [&](int edge) { return unitSpeedMps(u, edge); }, [](int) {});
    if (mps > 0)
        u.speedKmh = float(mps * 3.6);
    if (u.walk.edge >= 0 && (u.walk.edge != u.headingEdge || !g.linkShape(g.edgeLink(u.walk.edge)).empty())) {
        u.heading = float(u.walk.heading(g));
        u.headingEdge = u.walk.edge;
    }
}

} // namespace wf::sim
