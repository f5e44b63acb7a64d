#include "CrewOrders.h"

#include "RoadProfile.h"
#include "SimGeometry.h"

#include <QStringList>

namespace wf::sim {

using maps::RoadProfile;

bool holdsPosition(const QString &task)
{
    return task == u"man_checkpoint" || task == u"intercept" || task == u"hold";
}

QString crewTask(const QString &task)
{
    if (task == u"move_to")
        return QStringLiteral("patrol");
    if (task == u"hold_position")
        return QStringLiteral("hold");
    if (task == u"recall")
        return QStringLiteral("release");
    if (task.isEmpty())
        return QStringLiteral("respond");
    return task;
}

bool CrewOrders::accept(const OrderIssued &given, QString *error)
{
    OrderIssued order = given;
    order.task = crewTask(given.task);
    // A task the crews do not know is refused in words, not guessed at (it would otherwise send
    // the unit to the target as if to an incident).
    static const QStringList known { QStringLiteral("respond"), QStringLiteral("patrol"),
        QStringLiteral("man_checkpoint"), QStringLiteral("hold"), QStringLiteral("release"),
        QStringLiteral("intercept"), QStringLiteral("clear_congestion"), QStringLiteral("lookout") };
    if (!known.contains(order.task)) {
        if (error)
            *error = QStringLiteral("unknown task %1").arg(given.task.left(64));
        return false;
    }
    const SimUnit *found = m_fleet.find(order.unitId);
    if (!found) {
        if (error)
            *error = QStringLiteral("unknown unit %1").arg(order.unitId);
        return false;
    }
    const SimUnit &u = *found;
    m_pending[order.orderId] = order;
    auto at = [&](qint64 t, OrderState s, const QString &note = {}) {
        m_steps.insert({ t, { order.orderId, order.unitId, s, note } });
    };
    const qint64 now = m_world.now;
    Rng &rng = m_world.rng;
    if (u.radioFailed) {
        at(now + 60'000, OrderState::NoAnswer, QStringLiteral("no radio contact"));
        return true;
    }
    // Radio and crew delays: the terminal gets it within seconds, the crew acknowledges when
    // they can (walkers with a handset take longer), and now and then nobody answers or the
    // crew cannot go.
    const qint64 t1 = now + rng.between(500, 3000);
    const qint64 t2
        = t1 + (u.kind == UnitKind::FootPatrol ? rng.between(5000, 25'000) : rng.between(3000, 15'000));
    at(t1, OrderState::Delivered);
    if (order.task == u"lookout") {
        // The crew notes the plate and description and keeps patrolling: the order is done once
        // it is acknowledged, and the unit's own work goes on.
        at(t2, OrderState::Acknowledged);
        at(t2 + 1, OrderState::Done, QStringLiteral("lookout noted"));
        return true;
    }
    const double roll = rng.uniform();
    if (u.kind == UnitKind::FixedPost && order.task != u"release"
        && distanceMeters(u.pos, order.target) > 2'000) {
        at(t2, OrderState::Rejected, QStringLiteral("fixed post cannot leave its site"));
    } else if (roll < 0.03) {
        at(t2 + 30'000, OrderState::NoAnswer, QStringLiteral("no answer"));
    } else if (roll < 0.06 && order.task != u"release") {
        at(t2, OrderState::Rejected,
            roll < 0.045 ? QStringLiteral("engaged with a traffic stop") : QStringLiteral("vehicle fault"));
    } else {
        at(t2, OrderState::Acknowledged);
        at(t2 + rng.between(2000, 8000), OrderState::EnRoute);
    }
    return true;
}

void CrewOrders::finish(SimUnit &u, const QString &note, std::vector<Event> &out)
{
    // A unit started from a recording is on its task without an order of this session.
    if (!u.orderId.isEmpty())
        out.push_back(m_world.make(OrderStateChanged { u.orderId, OrderState::Done, note }));
    if (!u.task.isEmpty())
        m_incidents.resolve(u.incidentId, u.callSign, out);
    u.orderId.clear();
    u.task.clear();
    u.incidentId.clear();
    u.walk.follow({});
    u.directLeg = false;
    if (u.status != UnitStatus::Available) {
        u.status = UnitStatus::Available;
        out.push_back(m_world.make(UnitStatusChanged { u.id, u.status }));
    }
    if (u.walk.edge < 0) {
        const int n = m_world.nearestNode(
            u.pos, u.kind == UnitKind::FootPatrol ? RoadProfile::walking().classMask : maps::kAllRoadClasses);
        u.walk.atNode = n >= 0 ? n : u.homeNode;
    }
    if (u.kind == UnitKind::FixedPost && u.site >= 0) {
        u.pos = m_world.map->sites()[std::size_t(u.site)].pos;
        u.walk.atNode = u.homeNode;
    }
}

void CrewOrders::startDriving(SimUnit &u)
{
    const auto profile = u.kind == UnitKind::FootPatrol || u.kind == UnitKind::FixedPost
        ? RoadProfile::walking()
        : RoadProfile::emergency();
    // A unit on an edge finishes it first; the route starts where the edge ends.
    const int start = u.walk.edge >= 0 ? m_world.roads().edgeTo(u.walk.edge) : u.walk.atNode;
    const int goal = m_world.nearestNode(u.target, profile.classMask, 5'000);
    u.walk.follow({});
    u.directLeg = false;
    if (goal < 0 || start < 0) {
        u.directLeg = true;
        return;
    }
    if (start == goal)
        return;
    u.walk.follow(m_world.router.routeNodes(start, goal, profile, m_world.conditions()).edges);
    if (u.walk.route.empty())
        u.directLeg = true;
}

void CrewOrders::runDue(std::vector<Event> &out)
{
    while (!m_steps.empty() && m_steps.begin()->first <= m_world.now) {
        const auto s = m_steps.begin()->second;
        m_steps.erase(m_steps.begin());
        SimUnit *unit = m_fleet.find(s.unitId);
        auto ot = m_pending.find(s.orderId);
        if (!unit || ot == m_pending.end())
            continue;
        SimUnit &u = *unit;
        const OrderIssued order = ot->second;
        if (s.state != OrderState::EnRoute || order.task != u"release")
            out.push_back(m_world.make(OrderStateChanged { s.orderId, s.state, s.note }));
        if (s.state == OrderState::Rejected || s.state == OrderState::NoAnswer || s.state == OrderState::Done)
            m_pending.erase(ot);
        if (s.state != OrderState::EnRoute)
            continue;
        m_pending.erase(ot);
        if (order.task == u"release") {
            finish(u, QStringLiteral("released"), out);
            out.push_back(m_world.make(OrderStateChanged { s.orderId, OrderState::Done, {} }));
            continue;
        }
        if (!u.task.isEmpty())
            finish(u, QStringLiteral("superseded by %1").arg(s.orderId), out);
        u.orderId = s.orderId;
        u.task = order.task.isEmpty() ? QStringLiteral("respond") : order.task;
        u.incidentId = order.incidentId;
        u.target = order.target;
        u.status = UnitStatus::EnRoute;
        out.push_back(m_world.make(UnitStatusChanged { u.id, u.status }));
        startDriving(u);
    }
}

void CrewOrders::arrive(SimUnit &u, std::vector<Event> &out)
{
    u.pos = u.target; // the last metres on foot, off the road graph
    u.directLeg = false;
    u.walk.follow({});
    u.status = UnitStatus::OnScene;
    u.speedKmh = 0;
    out.push_back(m_world.make(UnitStatusChanged { u.id, u.status }));
    if (!u.orderId.isEmpty())
        out.push_back(m_world.make(OrderStateChanged { u.orderId, OrderState::OnScene, {} }));
    m_incidents.attend(u.incidentId);
    m_jams.clearNear(u.pos);
    if (u.task == u"patrol") {
        u.homeNode = m_world.nearestNode(u.pos);
        finish(u, {}, out);
    } else {
        const qint64 stay = onSceneMs(u);
        u.onSceneUntilMs = stay > 0 ? m_world.now + stay : 0;
    }
}

qint64 CrewOrders::onSceneMs(const SimUnit &u)
{
    if (holdsPosition(u.task))
        return 0;
    if (u.task == u"clear_congestion")
        return m_world.rng.between(6, 15) * 60'000;
    return m_world.rng.between(8, 25) * 60'000;
}

} // namespace wf::sim
