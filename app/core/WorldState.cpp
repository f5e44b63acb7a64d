#include "WorldState.h"

#include "Geodesy.h"

#include <limits>

namespace wf {

namespace {
bool validPosition(const GeoPoint &p)
{
    return p.lat >= -90 && p.lat <= 90 && p.lon >= -180 && p.lon <= 180 && !(p.lat == 0 && p.lon == 0);
}
} // namespace

struct WorldState::Applier
{
    WorldState &w;
    const Event &e;

    // Returns false for an event the world cannot take (unknown entity, impossible position).
    bool operator()(const UnitReported &p)
    {
        if (p.unitId.isEmpty() || !validPosition(p.position))
            return false;
        w.m_units.upsert(p.unitId, UnitRow { p, 0, e.sourceTimeMs });
        return true;
    }
    bool operator()(const UnitMoved &p)
    {
        if (!validPosition(p.position))
            return false;
        return w.m_units.update(p.unitId,
            [&](UnitRow &r) {
                r.info.position = p.position;
                r.info.headingDeg = p.headingDeg;
                r.speedKmh = p.speedKmh;
                r.lastFixMs = e.sourceTimeMs;
            },
            { UnitModel::LatitudeRole, UnitModel::LongitudeRole, UnitModel::HeadingRole, UnitModel::SpeedRole,
                UnitModel::LastFixRole });
    }
    bool operator()(const UnitStatusChanged &p)
    {
        return w.m_units.update(p.unitId, [&](UnitRow &r) { r.info.status = p.status; },
            { UnitModel::StatusRole, UnitModel::StatusNameRole });
    }
    bool operator()(const CameraReported &p)
    {
        if (p.cameraId.isEmpty() || !validPosition(p.position))
            return false;
        w.m_cameras.upsert(p.cameraId, p);
        return true;
    }
    bool operator()(const SiteReported &p)
    {
        if (p.siteId.isEmpty() || !validPosition(p.position))
            return false;
        w.m_sites.upsert(p.siteId, p);
        return true;
    }
    bool operator()(const IncidentReported &p)
    {
        if (p.incidentId.isEmpty() || !validPosition(p.position))
            return false;
        w.m_incidents.upsert(p.incidentId, IncidentRow { p, e.sourceTimeMs, true, {} });
        return true;
    }
    bool operator()(const IncidentClosed &p)
    {
        return w.m_incidents.update(p.incidentId, [&](IncidentRow &r) {
            r.open = false;
            r.resolution = p.resolution;
        });
    }
    bool operator()(const CongestionReported &p)
    {
        if (p.cleared)
            return w.m_congestion.remove(p.congestionId);
        if (p.congestionId.isEmpty() || !validPosition(p.position))
            return false;
        w.m_congestion.upsert(p.congestionId, CongestionRow { p, e.sourceTimeMs });
        return true;
    }
    bool operator()(const OrderIssued &p)
    {
        if (p.orderId.isEmpty() || !w.m_units.find(p.unitId))
            return false;
        w.m_orders.upsert(p.orderId, OrderRow { p, OrderState::Issued, e.sourceTimeMs, e.sourceTimeMs, {} });
        return true;
    }
    bool operator()(const OrderStateChanged &p)
    {
        return w.m_orders.update(p.orderId, [&](OrderRow &r) {
            r.state = p.state;
            r.updatedMs = e.sourceTimeMs;
            if (!p.note.isEmpty())
                r.note = p.note;
        });
    }
    bool operator()(const CordonSet &p)
    {
        if (p.cordonId.isEmpty() || p.ring.size() < 3)
            return false;
        for (const auto &pt : p.ring) {
            if (!validPosition(pt))
                return false;
        }
        w.m_cordons.upsert(p.cordonId, p);
        return true;
    }
    bool operator()(const CordonCleared &p) { return w.m_cordons.remove(p.cordonId); }
    bool operator()(const AlertRaised &p)
    {
        if (p.alertId.isEmpty())
            return false;
        w.m_alerts.upsert(p.alertId, AlertRow { p, e.sourceTimeMs, false });
        return true;
    }
    bool operator()(const AlertAcknowledged &p)
    {
        return w.m_alerts.update(p.alertId, [](AlertRow &r) { r.acknowledged = true; });
    }
    bool operator()(const OperatorAction &) { return true; } // audit only; changes nothing
    bool operator()(const ScenarioStarted &p)
    {
        if (p.scenarioId.isEmpty())
            return false;
        w.m_scenario.start(p);
        return true;
    }
    // The command itself changes nothing; what it does comes back as the world's own events.
    bool operator()(const TrainingCommand &) { return true; }
    bool operator()(const PlateRead &p)
    {
        if (p.siteId.isEmpty() || p.plate.isEmpty())
            return false;
        ++w.m_plateReads;
        return true;
    }
    // The connection to the backend is the session's business (status bar), not the world's.
    bool operator()(const BackendStatus &) { return true; }
    bool operator()(const ScenarioScored &p)
    {
        if (p.scenarioId != w.m_scenario.scenarioId())
            return false;
        w.m_scenario.score(p);
        return true;
    }
};

WorldState::WorldState(QObject *parent)
    : QObject(parent)
{ }

void WorldState::apply(const Event &event)
{
    if (!std::visit(Applier { *this, event }, event.payload))
        reject();
    ++m_applied;
    // The world's clock is its sources' clock. What the workstation itself adds (operator
    // actions, configured cameras) is stamped with the wall clock, which in training is not the
    // simulator's: a paused or replayed 2024 scenario must not jump to today.
    if (event.source != u"operator" && event.source != u"config")
        m_clock = std::max(m_clock, event.sourceTimeMs);
    emit clockChanged();
}

void WorldState::reset()
{
    m_units.clear();
    m_cameras.clear();
    m_sites.clear();
    m_incidents.clear();
    m_congestion.clear();
    m_orders.clear();
    m_cordons.clear();
    m_alerts.clear();
    m_scenario.reset();
    m_clock = 0;
    m_applied = 0;
    m_rejected = 0;
    emit clockChanged();
    emit rejectedEventsChanged();
}

QString WorldState::nearestUnit(double latitude, double longitude, int status) const
{
    const maps::LatLon target { latitude, longitude };
    QString best;
    double bestM = std::numeric_limits<double>::max();
    for (const auto &r : m_units.rows()) {
        if (int(r.info.status) != status)
            continue;
        const double d = maps::distanceMeters({ r.info.position.lat, r.info.position.lon }, target);
        if (d < bestM) {
            bestM = d;
            best = r.info.unitId;
        }
    }
    return best;
}

void WorldState::reject()
{
    ++m_rejected;
    emit rejectedEventsChanged();
}

} // namespace wf
