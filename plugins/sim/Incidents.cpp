#include "Incidents.h"

#include "SimGeometry.h"

#include <QRegularExpression>
#include <algorithm>

namespace wf::sim {

void Incidents::report(const QString &id, const QString &type, const QString &summary, Severity severity,
    GeoPoint pos, bool scripted)
{
    m_open[id] = { id, pos, scripted ? 0 : m_world.now + m_world.rng.between(30, 60) * 60'000, false };
    if (!scripted)
        m_everyday.insert(id);
    m_world.injected.push_back(m_world.make(IncidentReported { id, type, summary, severity, pos }));
    if (severity >= Severity::High)
        m_world.injected.push_back(m_world.make(
            AlertRaised { QStringLiteral("AL-%1").arg(id), QStringLiteral("%1: %2").arg(type, summary),
                severity, pos, QStringLiteral("incident"), { type, summary } }));
}

void Incidents::addRecorded(const IncidentReported &incident, std::vector<Event> &out)
{
    static const QRegularExpression everydayId(QStringLiteral("^INC(\\d{1,9})$"));
    m_open[incident.incidentId] = { incident.incidentId, incident.position, 0, false };
    out.push_back(m_world.make(incident));
    if (const auto m = everydayId.match(incident.incidentId); m.hasMatch())
        m_next = std::max(m_next, m.captured(1).toInt() + 1);
}

void Incidents::attend(const QString &id)
{
    auto it = m_open.find(id);
    if (it != m_open.end())
        it->second.attended = true;
}

void Incidents::resolve(const QString &id, const QString &callSign, std::vector<Event> &out)
{
    auto it = m_open.find(id);
    if (it != m_open.end() && it->second.attended) {
        out.push_back(m_world.make(IncidentClosed { id, QStringLiteral("resolved by %1").arg(callSign) }));
        m_open.erase(it);
    }
}

void Incidents::close(const QString &id, const QString &reason, std::vector<Event> &out)
{
    out.push_back(m_world.make(IncidentClosed { id, reason }));
    m_open.erase(id);
}

void Incidents::background()
{
    if (!m_world.rng.chance(m_perHour / 3600.0))
        return;
    static const char *types[] = { "pickpocketing", "theft", "traffic_accident", "dispute" };
    const double t = m_world.rng.uniform();
    const int type = t < 0.25 ? 0 : t < 0.55 ? 1 : t < 0.8 ? 2 : 3;
    const double s = m_world.rng.uniform();
    const Severity severity = s < 0.35 ? Severity::Low
        : s < 0.75                     ? Severity::Medium
        : s < 0.95                     ? Severity::High
                                       : Severity::Critical;
    const int node = m_world.randomUrbanNode();
    const GeoPoint pos
        = offsetMeters(m_world.nodePos(node), m_world.rng.uniform(-250, 250), m_world.rng.uniform(-250, 250));
    const auto &g = m_world.roads();
    const auto [b, e] = g.outEdges(node);
    const QString road = b != e ? g.name(g.edgeName(b)).name : QString();
    const QString id = QStringLiteral("INC%1").arg(m_next++, 5, 10, QChar(u'0'));
    const QString kind = QString::fromLatin1(types[type]);
    // The summary is the place; the type is translated by each workstation.
    report(id, kind, road, severity, pos, false);
}

void Incidents::closeUnattended(std::vector<Event> &out)
{
    for (auto it = m_open.begin(); it != m_open.end();) {
        if (!it->second.attended && it->second.closeAtMs > 0 && it->second.closeAtMs <= m_world.now) {
            out.push_back(
                m_world.make(IncidentClosed { it->first, QStringLiteral("handled by the local station") }));
            it = m_open.erase(it);
        } else {
            ++it;
        }
    }
}

} // namespace wf::sim
