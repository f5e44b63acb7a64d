#include "WorldState.h"

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
    qint64 at; // the event's time on the world's clock

    // Returns false for an event the world cannot take (unknown entity, impossible position).
    bool operator()(const UnitReported &p)
    {
        if (p.unitId.isEmpty() || !validPosition(p.position))
            return false;
        w.m_units.upsert(p.unitId, UnitRow { p, 0, at });
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
                r.lastFixMs = at;
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
        IncidentRow row;
        row.info = p;
        row.reportedMs = at;
        if (const IncidentRow *old = w.m_incidents.find(p.incidentId)) {
            // A report again (a correction): the handling so far stays.
            row.reportedMs = old->reportedMs;
            row.open = old->open;
            row.stage = old->stage;
            row.stageMs = old->stageMs;
            row.alerts = old->alerts;
        }
        row.source = e.source;
        row.stageMs[std::size_t(IncidentStage::New)] = row.reportedMs;
        w.m_incidents.upsert(p.incidentId, row);
        w.m_incidents.recount();
        return true;
    }
    bool operator()(const IncidentClosed &p)
    {
        const bool known = w.m_incidents.update(p.incidentId, [&](IncidentRow &r) {
            r.open = false;
            r.resolution = p.resolution;
            w.reachStage(r, IncidentStage::Closed, at);
        });
        w.m_incidents.recount();
        return known;
    }
    bool operator()(const IncidentStageChanged &p)
    {
        if (p.stage > IncidentStage::Closed)
            return false;
        const bool known = w.m_incidents.update(p.incidentId, [&](IncidentRow &r) {
            // The operator drives the stage both ways (a resolved incident can be reopened).
            r.stage = p.stage;
            if (r.stageMs[std::size_t(p.stage)] == 0)
                r.stageMs[std::size_t(p.stage)] = at;
            r.open = p.stage < IncidentStage::Resolved;
            if (!p.note.isEmpty())
                r.resolution = p.note;
        });
        w.m_incidents.recount();
        return known;
    }
    bool operator()(const CongestionReported &p)
    {
        if (p.cleared)
            return w.m_congestion.remove(p.congestionId);
        if (p.congestionId.isEmpty() || !validPosition(p.position))
            return false;
        w.m_congestion.upsert(p.congestionId, CongestionRow { p, at });
        return true;
    }
    bool operator()(const OrderIssued &p)
    {
        if (p.orderId.isEmpty() || !w.m_units.find(p.unitId))
            return false;
        w.m_orders.upsert(
            p.orderId, OrderRow { p, OrderState::Issued, at, at, {}, { { OrderState::Issued, at } } });
        // An order for an incident moves the incident on: someone is on the way. A lookout only
        // asks units to watch for someone, so it sends nobody.
        if (!p.incidentId.isEmpty() && p.task != u"lookout") {
            w.m_incidents.update(
                p.incidentId, [&](IncidentRow &r) { w.reachStage(r, IncidentStage::Dispatched, at); });
        }
        return true;
    }
    bool operator()(const OrderStateChanged &p)
    {
        if (p.state > OrderState::Expired)
            return false;
        QString incidentId;
        const bool known = w.m_orders.update(p.orderId, [&](OrderRow &r) {
            r.state = p.state;
            r.updatedMs = at;
            r.history.append({ p.state, at });
            if (!p.note.isEmpty())
                r.note = p.note;
            incidentId = r.info.incidentId;
        });
        if (known && p.state == OrderState::OnScene && !incidentId.isEmpty()) {
            w.m_incidents.update(
                incidentId, [&](IncidentRow &r) { w.reachStage(r, IncidentStage::OnScene, at); });
        }
        return known;
    }
    bool operator()(const CordonSet &p)
    {
        if (p.cordonId.isEmpty() || p.ring.size() < 3)
            return false;
        for (const auto &pt : p.ring) {
            if (!validPosition(pt))
                return false;
        }
        // Set again (the same id with a new ring) is a new cordon: its manning starts over.
        w.m_cordons.upsert(p.cordonId, CordonRow { p, at, 0, {}, 0 });
        return true;
    }
    bool operator()(const CordonCleared &p) { return w.m_cordons.remove(p.cordonId); }
    bool operator()(const CordonActivated &p)
    {
        return w.m_cordons.update(p.cordonId, [&](CordonRow &r) {
            r.activatedMs = at;
            r.orderIds = p.orderIds;
            r.closedMs = 0;
        });
    }
    bool operator()(const CordonClosed &p)
    {
        const CordonRow *r = w.m_cordons.find(p.cordonId);
        if (!r || r->activatedMs == 0)
            return false; // closed without being manned: not a closure the record can explain
        return w.m_cordons.update(p.cordonId, [&](CordonRow &row) { row.closedMs = at; });
    }
    bool operator()(const AlertRaised &p)
    {
        if (p.alertId.isEmpty())
            return false;
        AlertRow row;
        row.info = p;
        row.raisedMs = at;
        w.m_alerts.upsert(p.alertId, std::move(row));
        return true;
    }
    bool operator()(const AlertAcknowledged &p)
    {
        return w.m_alerts.update(p.alertId, [](AlertRow &r) { r.acknowledged = true; });
    }
    bool operator()(const AlertDismissed &p)
    {
        return w.m_alerts.update(p.alertId, [&](AlertRow &r) {
            r.dismissed = true;
            r.dismissReason = p.reason;
        });
    }
    bool operator()(const AlertSnoozed &p)
    {
        return w.m_alerts.update(p.alertId, [&](AlertRow &r) { r.snoozedUntilMs = p.untilMs; });
    }
    bool operator()(const AlertLinked &p)
    {
        if (!w.m_incidents.find(p.incidentId))
            return false;
        const bool known = w.m_alerts.update(p.alertId, [&](AlertRow &r) { r.incidentId = p.incidentId; });
        if (known) {
            w.m_incidents.update(p.incidentId, [&](IncidentRow &r) {
                if (!r.alerts.contains(p.alertId))
                    r.alerts.append(p.alertId);
            });
        }
        return known;
    }
    bool operator()(const OperatorAction &) { return true; } // audit only; changes nothing
    // A mark on a camera's picture: the scorer judges it; the map shows where the dispatcher
    // last saw someone: the ground the mark stands for, or the camera when that is not known.
    bool operator()(const SightingMarked &p)
    {
        const CameraReported *camera = w.m_cameras.find(p.cameraId);
        if (!camera)
            return false;
        const QString id = QStringLiteral("camera:%1").arg(p.cameraId);
        w.m_lastSeen.upsert(id,
            { id, camera->name.isEmpty() ? p.cameraId : camera->name, p.ground.value_or(camera->position),
                p.pictureMs });
        return true;
    }
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
        if (p.hotListed) {
            // A hot-listed plate read places its vehicle at the checkpoint.
            if (const SiteReported *site = w.m_sites.find(p.siteId)) {
                const QString id = QStringLiteral("plate:%1").arg(p.plate);
                w.m_lastSeen.upsert(id, { id, p.plate, site->position, at });
            }
        }
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
{
    m_clockNotify.setSingleShot(true);
    m_clockNotify.setInterval(kClockNotifyMs);
    connect(&m_clockNotify, &QTimer::timeout, this, [this] {
        m_notifiedClock = m_clock;
        emit clockChanged();
    });
}

void WorldState::notifyClock()
{
    if (m_clock >= m_notifiedClock + kClockNotifyMs || m_clock < m_notifiedClock) {
        m_notifiedClock = m_clock;
        m_clockNotify.stop();
        emit clockChanged();
    } else if (!m_clockNotify.isActive()) {
        m_clockNotify.start();
    }
}

void WorldState::apply(const Event &event)
{
    // The world's clock is its sources' clock. What the workstation itself adds (operator
    // actions, configured cameras) is stamped with the wall clock, which in training is not the
    // simulator's: a paused or replayed 2024 scenario must not jump to today. Such events happen
    // "now" on the world's clock, so every time the lists show is on one clock.
    const bool ownClock = event.source != u"operator" && event.source != u"config";
    if (ownClock)
        m_clock = std::max(m_clock, event.sourceTimeMs);
    if (!std::visit(Applier { *this, event, ownClock ? event.sourceTimeMs : m_clock }, event.payload))
        reject();
    ++m_applied;
    notifyClock();
}

void WorldState::reset()
{
    m_units.clear();
    m_cameras.clear();
    m_sites.clear();
    m_incidents.clear();
    m_congestion.clear();
    m_lastSeen.clear();
    m_orders.clear();
    m_cordons.clear();
    m_alerts.clear();
    m_incidents.recount();
    m_scenario.reset();
    m_clock = 0;
    m_applied = 0;
    m_rejected = 0;
    m_plateReads = 0;
    m_notifiedClock = 0;
    m_clockNotify.stop();
    emit clockChanged();
    emit rejectedEventsChanged();
}

void WorldState::restoreCounters(qint64 clock, qint64 applied, int rejected, qint64 plateReads)
{
    m_clock = clock;
    m_applied = applied;
    m_rejected = rejected;
    m_plateReads = plateReads;
    m_notifiedClock = clock;
    m_clockNotify.stop();
    emit clockChanged();
    emit rejectedEventsChanged();
}

void WorldState::reachStage(IncidentRow &row, IncidentStage stage, qint64 atMs)
{
    // Orders only move an incident forward, and never reopen one the operator resolved.
    if (row.stage >= stage)
        return;
    row.stage = stage;
    if (row.stageMs[std::size_t(stage)] == 0)
        row.stageMs[std::size_t(stage)] = atMs;
    if (stage >= IncidentStage::Resolved)
        row.open = false;
}

void WorldState::reject()
{
    ++m_rejected;
    emit rejectedEventsChanged();
}

} // namespace wf
