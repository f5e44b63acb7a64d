#include "EvidenceArea.h"

#include "WorldState.h"

namespace wf {

void EvidenceArea::noteAt(Family family, const QString &id, const GeoPoint &at)
{
    if (contains(at))
        m_inside.insert({ family, id });
}

bool EvidenceArea::contains(const GeoPoint &p) const
{
    return p.lat >= m_box.south && p.lat <= m_box.north && p.lon >= m_box.west && p.lon <= m_box.east;
}

void EvidenceArea::noteWorld(const WorldState &world)
{
    for (const auto &u : world.units()->rows())
        noteAt(Family::Unit, u.info.unitId, u.info.position);
    for (const auto &c : world.cameras()->rows())
        noteAt(Family::Camera, c.cameraId, c.position);
    for (const auto &s : world.sites()->rows())
        noteAt(Family::Site, s.siteId, s.position);
    for (const auto &i : world.incidents()->rows())
        noteAt(Family::Incident, i.info.incidentId, i.info.position);
    for (const auto &a : world.alerts()->rows())
        noteAt(Family::Alert, a.info.alertId, a.info.position);
    for (const auto &o : world.orders()->rows())
        m_orders.insert(o.info.orderId, { o.info.unitId, o.info.incidentId });
}

void EvidenceArea::note(const Event &event)
{
    const auto &p = event.payload;
    if (const auto *e = std::get_if<UnitReported>(&p))
        noteAt(Family::Unit, e->unitId, e->position);
    else if (const auto *e = std::get_if<UnitMoved>(&p))
        noteAt(Family::Unit, e->unitId, e->position);
    else if (const auto *e = std::get_if<CameraReported>(&p))
        noteAt(Family::Camera, e->cameraId, e->position);
    else if (const auto *e = std::get_if<SiteReported>(&p))
        noteAt(Family::Site, e->siteId, e->position);
    else if (const auto *e = std::get_if<IncidentReported>(&p))
        noteAt(Family::Incident, e->incidentId, e->position);
    else if (const auto *e = std::get_if<CongestionReported>(&p))
        noteAt(Family::Congestion, e->congestionId, e->position);
    else if (const auto *e = std::get_if<AlertRaised>(&p))
        noteAt(Family::Alert, e->alertId, e->position);
    else if (const auto *e = std::get_if<SightingMarked>(&p); e && e->ground)
        noteAt(Family::Camera, e->cameraId, *e->ground);
    else if (const auto *e = std::get_if<OrderIssued>(&p))
        m_orders.insert(e->orderId, { e->unitId, e->incidentId });
}

bool EvidenceArea::keeps(const Event &event) const
{
    const auto in = [this](Family family, const QString &id) { return m_inside.contains({ family, id }); };
    const auto orderIn = [&](const QString &orderId) {
        const auto it = m_orders.constFind(orderId);
        return it != m_orders.constEnd() && (in(Family::Unit, it->first) || in(Family::Incident, it->second));
    };
    const auto &p = event.payload;
    if (const auto *e = std::get_if<UnitReported>(&p))
        return in(Family::Unit, e->unitId);
    if (const auto *e = std::get_if<UnitMoved>(&p))
        return in(Family::Unit, e->unitId);
    if (const auto *e = std::get_if<UnitStatusChanged>(&p))
        return in(Family::Unit, e->unitId);
    if (const auto *e = std::get_if<CameraReported>(&p))
        return in(Family::Camera, e->cameraId);
    if (const auto *e = std::get_if<SightingMarked>(&p))
        return in(Family::Camera, e->cameraId);
    if (const auto *e = std::get_if<SiteReported>(&p))
        return in(Family::Site, e->siteId);
    if (const auto *e = std::get_if<PlateRead>(&p))
        return in(Family::Site, e->siteId);
    if (const auto *e = std::get_if<IncidentReported>(&p))
        return in(Family::Incident, e->incidentId);
    if (const auto *e = std::get_if<IncidentClosed>(&p))
        return in(Family::Incident, e->incidentId);
    if (const auto *e = std::get_if<IncidentStageChanged>(&p))
        return in(Family::Incident, e->incidentId);
    if (const auto *e = std::get_if<CongestionReported>(&p))
        return in(Family::Congestion, e->congestionId);
    if (const auto *e = std::get_if<OrderIssued>(&p))
        return orderIn(e->orderId);
    if (const auto *e = std::get_if<OrderStateChanged>(&p))
        return orderIn(e->orderId);
    if (const auto *e = std::get_if<AlertRaised>(&p))
        return in(Family::Alert, e->alertId);
    if (const auto *e = std::get_if<AlertAcknowledged>(&p))
        return in(Family::Alert, e->alertId);
    if (const auto *e = std::get_if<AlertDismissed>(&p))
        return in(Family::Alert, e->alertId);
    if (const auto *e = std::get_if<AlertSnoozed>(&p))
        return in(Family::Alert, e->alertId);
    if (const auto *e = std::get_if<AlertLinked>(&p))
        return in(Family::Alert, e->alertId) || in(Family::Incident, e->incidentId);
    return true; // about no place: the context of what was done
}

} // namespace wf
