#include "Suspects.h"

#include "CrewOrders.h"
#include "SimGeometry.h"

#include <algorithm>

namespace wf::sim {

using maps::RoadProfile;

namespace {

constexpr double kInterceptRadiusM = 150;

} // namespace

bool Suspects::add(Suspect s, GeoPoint to, const RoadProfile &profile, QString *error)
{
    const int from = m_world.nearestNode(s.start, profile.classMask);
    const int goal = m_world.nearestNode(to, profile.classMask);
    auto route = m_world.router.routeNodes(from, goal, profile, m_world.conditions());
    if (!route.found || route.edges.empty()) {
        if (error)
            *error = QStringLiteral("no road from the suspect's start to its destination");
        return false;
    }
    s.walk.follow(std::move(route.edges));
    s.walk.atNode = from;
    s.pos = m_world.nodePos(from);
    s.track.push_back({ m_world.now, s.pos });
    m_suspects.push_back(std::move(s));
    return true;
}

bool Suspects::move(const QString &id, GeoPoint to, QString *error)
{
    for (auto &s : m_suspects) {
        if (s.id != id)
            continue;
        const GeoPoint dest
            = s.walk.route.empty() ? to : m_world.nodePos(m_world.roads().edgeTo(s.walk.route.back()));
        const int from = m_world.nearestNode(to);
        auto route = m_world.router.routeNodes(
            from, m_world.nearestNode(dest), RoadProfile::evading(), m_world.conditions());
        s.walk = {};
        s.walk.atNode = from;
        s.pos = m_world.nodePos(from);
        s.walk.follow(std::move(route.edges));
        s.arrived = s.walk.route.empty();
        return true;
    }
    if (error)
        *error = QStringLiteral("unknown suspect %1").arg(id);
    return false;
}

void Suspects::setHotListed(const QString &id)
{
    for (auto &s : m_suspects) {
        if (s.id == id && s.hotListedAtMs == 0)
            s.hotListedAtMs = m_world.now;
    }
}

std::optional<GeoPoint> Suspects::positionAgo(const QString &id, qint64 delayMs) const
{
    for (const auto &s : m_suspects) {
        if (s.id != id)
            continue;
        GeoPoint p = s.track.empty() ? s.pos : s.track.front().second;
        for (const auto &[t, pos] : s.track) {
            if (t <= m_world.now - delayMs)
                p = pos;
        }
        return p;
    }
    return std::nullopt;
}

void Suspects::tick(double seconds, std::vector<Event> &out)
{
    for (auto &s : m_suspects) {
        if (s.arrived || s.intercepted)
            continue;
        m_movement.step(
            s.walk, s.pos, seconds, true, [](int) { return -1; },
            [&](int edge) { return std::max(3.0, m_movement.trafficKmh(edge) * s.speedFactor) / 3.6; },
            [&](int node) { m_plates.readSuspect(s, node, out); });
        if (s.walk.routeDone())
            s.arrived = true; // went to ground at the destination
        if ((m_world.now - s.track.back().first) >= 60'000)
            s.track.push_back({ m_world.now, s.pos });
        tryToStop(s, out);
    }
}

void Suspects::tryToStop(Suspect &s, std::vector<Event> &out)
{
    const auto &sites = m_world.map->sites();
    for (const auto &u : m_fleet.units()) {
        if (u.status != UnitStatus::OnScene || !holdsPosition(u.task)
            || distanceMeters(u.pos, s.pos) > kInterceptRadiusM)
            continue;
        // One chance per unit: a car that got through a roadblock does not come back to it.
        if (std::find(s.triedBy.begin(), s.triedBy.end(), u.id) != s.triedBy.end())
            continue;
        s.triedBy.push_back(u.id);
        if (!m_world.rng.chance(0.85))
            continue;
        s.intercepted = true;
        s.interceptedAtMs = m_world.now;
        s.interceptedBy = u.callSign;
        QString where;
        double best = 400;
        for (int site : m_world.region.sites()) {
            const auto &fs = sites[std::size_t(site)];
            const double d = distanceMeters(fs.pos, s.pos);
            if (d < best && (fs.kind == SiteKind::PoliceCheckpoint || fs.kind == SiteKind::SmartCheckpoint)) {
                best = d;
                where = fs.name;
            }
        }
        s.interceptedWhere = where.isEmpty()
            ? m_world.map->counties()[std::size_t(m_world.map->nodeCounty(m_world.nearestNode(s.pos)))].nameZh
            : where;
        out.push_back(m_world.make(AlertRaised { QStringLiteral("INT-%1").arg(s.id),
            QStringLiteral("Suspect %1 intercepted by %2 at %3").arg(s.plate, u.callSign, s.interceptedWhere),
            Severity::High, s.pos, QStringLiteral("intercepted"),
            { s.plate, u.callSign, s.interceptedWhere } }));
        if (!s.incidentId.isEmpty())
            m_incidents.close(s.incidentId, QStringLiteral("suspect intercepted by %1").arg(u.callSign), out);
        break;
    }
}

} // namespace wf::sim
