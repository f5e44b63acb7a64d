#include "Shift.h"

#include "RoadProfile.h"
#include "SimGeometry.h"

#include <map>

namespace wf::sim {

using maps::RoadProfile;

double Shift::beatRadius(UnitKind kind, int node) const
{
    switch (kind) {
    case UnitKind::PatrolCar:
        return node >= 0 && distanceMeters(m_world.nodePos(node), m_world.map->wuhanCentre()) > 26'000
            ? 12'000
            : 3'500;
    case UnitKind::FootPatrol:
        return 1'200;
    case UnitKind::JointArmedPatrol:
        return 2'500;
    case UnitKind::FixedPost:
        return 0;
    }
    return 3'500;
}

void Shift::report(SimUnit u, std::vector<Event> &out)
{
    // Spread the first reports over the interval like a real fleet.
    u.nextReportMs = m_world.now + m_world.rng.between(0, 4) * 1000;
    out.push_back(m_world.make(UnitReported { u.id, u.callSign, u.kind, u.status, u.pos, u.heading }));
    m_fleet.add(std::move(u));
}

void Shift::takeOver(const TrainingStart &start, std::vector<Event> &out)
{
    const auto &sites = m_world.map->sites();
    // The incidents first, so that the units on them find them.
    for (const auto &incident : start.incidents)
        m_incidents.addRecorded(incident, out);
    for (const auto &r : start.units) {
        if (r.info.unitId.isEmpty() || m_fleet.contains(r.info.unitId))
            continue;
        SimUnit u;
        u.id = r.info.unitId;
        u.callSign = r.info.callSign;
        u.kind = r.info.kind;
        u.status = r.info.status;
        u.pos = r.info.position;
        u.heading = r.info.headingDeg;
        const int node = m_world.nearestNode(
            u.pos, u.kind == UnitKind::FootPatrol ? RoadProfile::walking().classMask : maps::kAllRoadClasses);
        u.homeNode = node;
        u.walk.atNode = node;
        u.beatRadiusM = beatRadius(u.kind, node);
        if (u.kind == UnitKind::FixedPost) {
            // Its post is the key site it stands at; one standing nowhere near one stays put.
            double best = 300;
            for (int i : m_world.region.sites()) {
                const auto &site = sites[std::size_t(i)];
                if (site.kind == SiteKind::KeySite && distanceMeters(site.pos, u.pos) < best) {
                    best = distanceMeters(site.pos, u.pos);
                    u.site = i;
                    u.homeNode = site.node;
                }
            }
        }
        const bool busy = u.status == UnitStatus::EnRoute || u.status == UnitStatus::OnScene;
        if (busy) {
            // Busy on an order the recording holds: the same task, place and incident, without the
            // order itself (that was given in the recorded session; the trainee's orders are new).
            // Busy on one it does not hold: on the spot where it stands.
            u.task = crewTask(r.task);
            u.incidentId = m_incidents.contains(r.incidentId) ? r.incidentId : QString();
            u.target = r.task.isEmpty() ? u.pos : r.target;
            if (u.status == UnitStatus::OnScene) {
                u.onSceneUntilMs = m_orders.onSceneMs(u);
                if (u.onSceneUntilMs > 0)
                    u.onSceneUntilMs += m_world.now;
                if (!u.incidentId.isEmpty())
                    m_incidents.attend(u.incidentId);
            } else {
                m_orders.startDriving(u);
            }
        }
        report(std::move(u), out);
    }
}

void Shift::addUnit(
    UnitKind kind, int node, double beat, int site, const QString &callSign, std::vector<Event> &out)
{
    SimUnit u;
    u.id = QStringLiteral("U%1").arg(m_fleet.size() + 1, 5, 10, QChar(u'0'));
    u.callSign = callSign;
    u.kind = kind;
    u.homeNode = node;
    u.walk.atNode = node;
    u.beatRadiusM = beat;
    u.site = site;
    u.pos = site >= 0 ? m_world.map->sites()[std::size_t(site)].pos : m_world.nodePos(node);
    report(std::move(u), out);
}

void Shift::comeOnDuty(Scale scale, int units, std::vector<Event> &out)
{
    auto st = strengthOf(scale);
    if (units > 0) {
        st.foot = units / 5;
        st.joint = units / 10;
        st.cars = units - st.foot - st.joint;
    }
    const auto &map = *m_world.map;
    const auto &sites = map.sites();
    std::vector<int> keySites;
    for (int i : m_world.region.sites()) {
        if (sites[std::size_t(i)].kind == SiteKind::KeySite)
            keySites.push_back(i);
    }
    auto countyShort = [&](int node) {
        const int c = map.nodeCounty(node);
        QString n = c >= 0 ? map.counties()[std::size_t(c)].nameZh : QString();
        return n.size() > 2 ? n.left(2) : n;
    };
    std::map<QString, int> serial;
    auto sign = [&](const QString &prefix, int node) {
        const QString area = countyShort(node);
        return QStringLiteral("%1%2-%3").arg(area, prefix).arg(++serial[area + prefix], 2, 10, QChar(u'0'));
    };
    for (int i = 0; i < st.cars; ++i) {
        const int node = m_world.randomUrbanNode();
        addUnit(UnitKind::PatrolCar, node, beatRadius(UnitKind::PatrolCar, node), -1,
            sign(QStringLiteral("巡"), node), out);
    }
    // Foot patrols and joint armed patrols work the crowded places: key sites and their streets.
    Rng &rng = m_world.rng;
    auto nearKeySite = [&]() {
        if (keySites.empty())
            return m_world.randomUrbanNode();
        const auto &s
            = sites[std::size_t(keySites[std::size_t(rng.between(0, qint64(keySites.size()) - 1))])];
        const GeoPoint p = offsetMeters(s.pos, rng.uniform(-800, 800), rng.uniform(-800, 800));
        const int n = m_world.nearestNode(p, RoadProfile::walking().classMask, 20'000);
        return n >= 0 ? n : m_world.randomUrbanNode();
    };
    for (int i = 0; i < st.foot; ++i) {
        const int node = nearKeySite();
        addUnit(UnitKind::FootPatrol, node, beatRadius(UnitKind::FootPatrol, node), -1,
            sign(QStringLiteral("步"), node), out);
    }
    for (int i = 0; i < st.joint; ++i) {
        const int node = nearKeySite();
        addUnit(UnitKind::JointArmedPatrol, node, beatRadius(UnitKind::JointArmedPatrol, node), -1,
            sign(QStringLiteral("联"), node), out);
    }
    for (int i : keySites) {
        const auto &s = sites[std::size_t(i)];
        addUnit(UnitKind::FixedPost, s.node, 0, i, QStringLiteral("%1 固定岗").arg(s.name), out);
    }
}

} // namespace wf::sim
