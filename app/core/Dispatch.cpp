#include "Dispatch.h"

#include "CameraView.h"
#include "ConnectorHost.h"
#include "EventBus.h"
#include "Geodesy.h"
#include "WorldState.h"

#include <QUrl>
#include <cmath>

namespace wf {

namespace {

bool validPlace(double lat, double lon)
{
    return lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180 && !(lat == 0 && lon == 0);
}

// An order that still binds its unit.
bool active(OrderState s)
{
    return s == OrderState::Issued || s == OrderState::Delivered || s == OrderState::Acknowledged
        || s == OrderState::EnRoute || s == OrderState::OnScene;
}

} // namespace

Dispatch::Dispatch(EventBus *bus, ConnectorHost *host, const WorldState *world, const QString &operatorId,
    Role role, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_host(host)
    , m_world(world)
    , m_operatorId(operatorId)
    , m_role(role)
{ }

std::optional<Dispatch::Role> Dispatch::roleFromName(QStringView name)
{
    for (auto r : { Role::Dispatcher, Role::Supervisor, Role::Trainee }) {
        if (name == roleName(r))
            return r;
    }
    return std::nullopt;
}

QString Dispatch::roleName(Role role)
{
    switch (role) {
    case Role::Dispatcher:
        return QStringLiteral("dispatcher");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Trainee:
        return QStringLiteral("trainee");
    }
    return {};
}

QString Dispatch::taskName(Task task)
{
    switch (task) {
    case Task::Respond:
        return QStringLiteral("respond");
    case Task::MoveTo:
        return QStringLiteral("move_to");
    case Task::ManCheckpoint:
        return QStringLiteral("man_checkpoint");
    case Task::HoldPosition:
        return QStringLiteral("hold_position");
    case Task::Recall:
        return QStringLiteral("recall");
    case Task::Lookout:
        return QStringLiteral("lookout");
    }
    return {};
}

bool Dispatch::mayAct(const QString &action)
{
    // A trainee's actions belong to an exercise: they never reach a live world.
    if (m_role == Role::Trainee && !m_host->training())
        return refuse(action, tr("A trainee cannot act in a live session"));
    return true;
}

bool Dispatch::mayEditZones()
{
    if (m_role != Role::Supervisor)
        return refuse(QStringLiteral("zone_edit"), tr("Only a supervisor may edit the response zones"));
    return true;
}

QString Dispatch::unitProblem(const QString &unitId, const QString &incidentId) const
{
    const UnitRow *unit = m_world->units()->find(unitId);
    if (!unit)
        return tr("Unknown unit %1").arg(unitId);
    if (unit->info.status == UnitStatus::OffDuty)
        return tr("%1 is off duty").arg(unit->info.callSign);
    for (const auto &o : m_world->orders()->rows()) {
        // A lookout asks a unit to watch while it goes on with its work: it binds nobody.
        if (o.info.unitId != unitId || !active(o.state) || o.info.task == taskName(Task::Lookout))
            continue;
        if (!incidentId.isEmpty() && o.info.incidentId == incidentId)
            return tr("%1 already has an order for this incident").arg(unit->info.callSign);
        return tr("%1 is committed to order %2").arg(unit->info.callSign, o.info.orderId);
    }
    return {};
}

QString Dispatch::orderUnit(
    const QString &unitId, Task task, double latitude, double longitude, const QString &incidentId)
{
    const QString action = QStringLiteral("order_unit");
    if (!mayAct(action))
        return {};
    if (task == Task::Lookout) {
        refuse(action, tr("A lookout goes out with its plate or description: use the lookout dialog"));
        return {};
    }
    if (!validPlace(latitude, longitude)) {
        refuse(action, tr("The order has no valid place"));
        return {};
    }
    if (!incidentId.isEmpty() && !m_world->incidents()->find(incidentId)) {
        refuse(action, tr("Unknown incident %1").arg(incidentId));
        return {};
    }
    // A recall or a hold changes what a committed unit does; anything else needs a free unit.
    const bool redirect = task == Task::Recall || task == Task::HoldPosition;
    const QString problem = redirect
        ? (m_world->units()->find(unitId) ? QString() : tr("Unknown unit %1").arg(unitId))
        : unitProblem(unitId, incidentId);
    if (!problem.isEmpty()) {
        refuse(action, problem);
        return {};
    }
    return issue(unitId, task, GeoPoint { latitude, longitude }, incidentId);
}

QStringList Dispatch::dispatchUnits(const QString &incidentId, const QStringList &unitIds)
{
    const QString action = QStringLiteral("dispatch_units");
    if (!mayAct(action))
        return {};
    const IncidentRow *incident = m_world->incidents()->find(incidentId);
    if (!incident) {
        refuse(action, tr("Unknown incident %1").arg(incidentId));
        return {};
    }
    if (!incident->open) {
        refuse(action, tr("Incident %1 is no longer open").arg(incidentId));
        return {};
    }
    if (unitIds.isEmpty()) {
        refuse(action, tr("No unit chosen"));
        return {};
    }
    // All or none: every unit is checked before the first order goes out.
    for (const auto &u : unitIds) {
        if (unitIds.count(u) > 1) {
            refuse(action, tr("Unit %1 is chosen twice").arg(u));
            return {};
        }
        if (const QString problem = unitProblem(u, incidentId); !problem.isEmpty()) {
            refuse(action, problem);
            return {};
        }
    }
    QStringList orders;
    for (const auto &u : unitIds)
        orders.append(issue(u, Task::Respond, incident->info.position, incidentId));
    return orders;
}

QString Dispatch::recallUnit(const QString &unitId)
{
    const UnitRow *unit = m_world->units()->find(unitId);
    const GeoPoint at = unit ? unit->info.position : GeoPoint {};
    return orderUnit(unitId, Task::Recall, at.lat, at.lon);
}

QString Dispatch::lookoutProblem(Lookout &lookout, const QString &incidentId) const
{
    lookout.plate = lookout.plate.trimmed();
    lookout.description = lookout.description.trimmed();
    lookout.photo = lookout.photo.trimmed();
    if (lookout.plate.isEmpty() && lookout.description.isEmpty())
        return tr("A lookout needs a plate or a description");
    if (lookout.plate.size() > kMaxPlateLength)
        return tr("A plate has at most %1 characters").arg(kMaxPlateLength);
    if (lookout.description.size() > kMaxLookoutText)
        return tr("A lookout's description has at most %1 characters").arg(kMaxLookoutText);
    if (lookout.photo.size() > kMaxPhotoLength)
        return tr("The photo's address has at most %1 characters").arg(kMaxPhotoLength);
    if (!lookout.photo.isEmpty()) {
        // A web link the units' terminals fetch, or a file on a share they can open. Never a
        // link with a password in it: orders are journaled and sent to every unit.
        const QUrl url(lookout.photo, QUrl::StrictMode);
        const bool web
            = url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty();
        const bool file = lookout.photo.startsWith(u'/') || (url.isValid() && url.isLocalFile());
        if (!web && !file)
            return tr("The photo must be an http(s) link or a file path");
        if (web && (!url.userName().isEmpty() || !url.password().isEmpty()))
            return tr("The photo's link must not carry a user name or password");
    }
    if (!incidentId.isEmpty() && !m_world->incidents()->find(incidentId))
        return tr("Unknown incident %1").arg(incidentId);
    return {};
}

QStringList Dispatch::broadcastLookout(const QString &plate, const QString &description, const QString &photo,
    const QStringList &unitIds, const QString &incidentId)
{
    const QString action = QStringLiteral("broadcast_lookout");
    if (!mayAct(action))
        return {};
    Lookout lookout { plate, description, photo };
    if (const QString problem = lookoutProblem(lookout, incidentId); !problem.isEmpty()) {
        refuse(action, problem);
        return {};
    }
    if (unitIds.isEmpty()) {
        refuse(action, tr("No unit chosen"));
        return {};
    }
    if (unitIds.size() > kMaxLookoutUnits) {
        refuse(action, tr("A lookout goes to at most %1 units").arg(kMaxLookoutUnits));
        return {};
    }
    for (const auto &u : unitIds) {
        if (unitIds.count(u) > 1) {
            refuse(action, tr("Unit %1 is chosen twice").arg(u));
            return {};
        }
        const UnitRow *unit = m_world->units()->find(u);
        if (!unit) {
            refuse(action, tr("Unknown unit %1").arg(u));
            return {};
        }
        if (unit->info.status == UnitStatus::OffDuty) {
            refuse(action, tr("%1 is off duty").arg(unit->info.callSign));
            return {};
        }
    }
    return sendLookout(action, lookout, unitIds, std::nullopt, incidentId,
        QStringLiteral("units=%1").arg(unitIds.join(u' ')));
}

QStringList Dispatch::broadcastLookoutInArea(const QString &plate, const QString &description,
    const QString &photo, double latitude, double longitude, double radiusMeters, const QString &incidentId)
{
    const QString action = QStringLiteral("broadcast_lookout");
    if (!mayAct(action))
        return {};
    Lookout lookout { plate, description, photo };
    if (const QString problem = lookoutProblem(lookout, incidentId); !problem.isEmpty()) {
        refuse(action, problem);
        return {};
    }
    if (!validPlace(latitude, longitude)) {
        refuse(action, tr("The lookout's area has no valid centre: pick it on the map"));
        return {};
    }
    if (!(radiusMeters > 0) || radiusMeters > kMaxLookoutRadiusMeters) {
        refuse(action,
            tr("The lookout's radius must be more than 0 and at most %1 km")
                .arg(kMaxLookoutRadiusMeters / 1000));
        return {};
    }
    QStringList unitIds;
    const maps::LatLon centre { latitude, longitude };
    for (const auto &u : m_world->units()->rows()) {
        if (u.info.status != UnitStatus::OffDuty
            && maps::distanceMeters(centre, { u.info.position.lat, u.info.position.lon }) <= radiusMeters)
            unitIds.append(u.info.unitId);
    }
    if (unitIds.isEmpty()) {
        refuse(action, tr("No unit on duty within %1 m of that place").arg(qRound(radiusMeters)));
        return {};
    }
    if (unitIds.size() > kMaxLookoutUnits) {
        refuse(action,
            tr("%1 units are in that area; a lookout goes to at most %2: make the radius smaller")
                .arg(unitIds.size())
                .arg(kMaxLookoutUnits));
        return {};
    }
    return sendLookout(action, lookout, unitIds, GeoPoint { latitude, longitude }, incidentId,
        QStringLiteral("area=%1,%2 radius_m=%3")
            .arg(latitude, 0, 'f', 6)
            .arg(longitude, 0, 'f', 6)
            .arg(qRound(radiusMeters)));
}

QStringList Dispatch::sendLookout(const QString &action, const Lookout &lookout, const QStringList &unitIds,
    std::optional<GeoPoint> area, const QString &incidentId, const QString &where)
{
    record(action,
        QStringLiteral("plate=%1 description=%2 photo=%3 incident=%4 %5 units=%6")
            .arg(lookout.plate, lookout.description.left(200), lookout.photo, incidentId, where)
            .arg(unitIds.size()));
    // Where each unit watches: the area's centre, else the incident, else where it is.
    const IncidentRow *incident = incidentId.isEmpty() ? nullptr : m_world->incidents()->find(incidentId);
    QStringList orders;
    for (const auto &u : unitIds) {
        GeoPoint target = m_world->units()->find(u)->info.position;
        if (area)
            target = *area;
        else if (incident)
            target = incident->info.position;
        orders.append(issue(u, Task::Lookout, target, incidentId, lookout));
    }
    return orders;
}

QString Dispatch::issue(
    const QString &unitId, Task task, GeoPoint target, const QString &incidentId, const Lookout &lookout)
{
    // The bus time makes ids unique across restarts of the same journal.
    const QString orderId = QStringLiteral("ORD-%1-%2").arg(m_bus->now()).arg(m_nextOrder++);
    const QString taskId = taskName(task);
    record(QStringLiteral("order_unit"),
        QStringLiteral("order=%1 unit=%2 task=%3 at=%4,%5 incident=%6")
            .arg(orderId, unitId, taskId)
            .arg(target.lat, 0, 'f', 6)
            .arg(target.lon, 0, 'f', 6)
            .arg(incidentId));
    Event order;
    order.source = QStringLiteral("operator");
    order.payload = OrderIssued { orderId, unitId, taskId, target, incidentId, lookout };
    m_bus->publish(order);

    QString error;
    if (!m_host->submit(order, &error)) {
        // The backend refused it: the order exists in the record, rejected, with the reason.
        publish(OrderStateChanged { orderId, OrderState::Rejected, error });
        refuse(QStringLiteral("order_unit"), error);
    }
    return orderId;
}

QString Dispatch::createIncident(const QString &type, int severity, double latitude, double longitude,
    const QString &description, const QString &alertId)
{
    const QString action = QStringLiteral("create_incident");
    if (!mayAct(action))
        return {};
    if (!validPlace(latitude, longitude)) {
        refuse(action, tr("An incident needs a place: pick it on the map"));
        return {};
    }
    if (type.trimmed().isEmpty()) {
        refuse(action, tr("An incident needs a type"));
        return {};
    }
    if (severity < int(Severity::Low) || severity > int(Severity::Critical)) {
        refuse(action, tr("Unknown priority %1").arg(severity));
        return {};
    }
    if (!alertId.isEmpty()) {
        const AlertRow *alert = m_world->alerts()->find(alertId);
        if (!alert) {
            refuse(action, tr("Unknown alert %1").arg(alertId));
            return {};
        }
        if (!alert->incidentId.isEmpty()) {
            refuse(action, tr("Alert %1 is already attached to incident %2").arg(alertId, alert->incidentId));
            return {};
        }
    }
    const QString incidentId = QStringLiteral("INC-%1-%2").arg(m_bus->now()).arg(m_nextIncident++);
    record(action,
        QStringLiteral("incident=%1 type=%2 severity=%3 at=%4,%5 alert=%6")
            .arg(incidentId, type)
            .arg(severity)
            .arg(latitude, 0, 'f', 6)
            .arg(longitude, 0, 'f', 6)
            .arg(alertId));
    publish(IncidentReported { incidentId, type.trimmed(), description.left(2000), Severity(severity),
        GeoPoint { latitude, longitude } });
    if (!alertId.isEmpty()) {
        publish(AlertLinked { alertId, incidentId });
        publish(AlertAcknowledged { alertId });
    }
    return incidentId;
}

bool Dispatch::setIncidentStage(const QString &incidentId, int stage, const QString &note)
{
    const QString action = QStringLiteral("incident_stage");
    if (!mayAct(action))
        return false;
    const IncidentRow *incident = m_world->incidents()->find(incidentId);
    if (!incident)
        return refuse(action, tr("Unknown incident %1").arg(incidentId));
    if (stage < int(IncidentStage::New) || stage > int(IncidentStage::Closed))
        return refuse(action, tr("Unknown incident stage %1").arg(stage));
    const auto target = IncidentStage(stage);
    if (target == incident->stage)
        return true;
    if (target < incident->stage && incident->stage >= IncidentStage::Resolved && m_role != Role::Supervisor)
        return refuse(action, tr("Only a supervisor may reopen an incident"));
    record(action, QStringLiteral("incident=%1 stage=%2").arg(incidentId, incidentStageName(target)));
    publish(IncidentStageChanged { incidentId, target, note.left(2000) });
    return true;
}

bool Dispatch::acknowledgeAlert(const QString &alertId)
{
    const QString action = QStringLiteral("acknowledge_alert");
    if (!mayAct(action))
        return false;
    const AlertRow *alert = m_world->alerts()->find(alertId);
    if (!alert)
        return refuse(action, tr("Unknown alert %1").arg(alertId));
    if (alert->acknowledged)
        return true;
    record(action, alertId);
    publish(AlertAcknowledged { alertId });
    return true;
}

bool Dispatch::dismissAlert(const QString &alertId, const QString &reason)
{
    const QString action = QStringLiteral("dismiss_alert");
    if (!mayAct(action))
        return false;
    const AlertRow *alert = m_world->alerts()->find(alertId);
    if (!alert)
        return refuse(action, tr("Unknown alert %1").arg(alertId));
    if (reason.trimmed().isEmpty())
        return refuse(action, tr("Say why the alert is dismissed"));
    if (alert->info.severity == Severity::Critical && m_role != Role::Supervisor)
        return refuse(action, tr("Only a supervisor may dismiss a critical alert"));
    record(action, QStringLiteral("alert=%1 reason=%2").arg(alertId, reason.trimmed().left(500)));
    publish(AlertDismissed { alertId, reason.trimmed().left(500) });
    return true;
}

bool Dispatch::snoozeAlert(const QString &alertId, int minutes)
{
    const QString action = QStringLiteral("snooze_alert");
    if (!mayAct(action))
        return false;
    if (!m_world->alerts()->find(alertId))
        return refuse(action, tr("Unknown alert %1").arg(alertId));
    if (minutes < 1 || minutes > 240)
        return refuse(action, tr("Snooze between 1 and 240 minutes"));
    // The world's clock: in training a snooze lasts training minutes.
    const qint64 until = m_world->clock() + qint64(minutes) * 60'000;
    record(action, QStringLiteral("alert=%1 minutes=%2").arg(alertId).arg(minutes));
    publish(AlertSnoozed { alertId, until });
    return true;
}

bool Dispatch::attachAlert(const QString &alertId, const QString &incidentId)
{
    const QString action = QStringLiteral("attach_alert");
    if (!mayAct(action))
        return false;
    if (!m_world->alerts()->find(alertId))
        return refuse(action, tr("Unknown alert %1").arg(alertId));
    if (!m_world->incidents()->find(incidentId))
        return refuse(action, tr("Unknown incident %1").arg(incidentId));
    record(action, QStringLiteral("alert=%1 incident=%2").arg(alertId, incidentId));
    publish(AlertLinked { alertId, incidentId });
    publish(AlertAcknowledged { alertId });
    return true;
}

bool Dispatch::markSighting(const QString &cameraId, qint64 pictureMs, double x, double y,
    const QString &actorId, double latitude, double longitude)
{
    const QString action = QStringLiteral("mark_sighting");
    if (!mayAct(action))
        return false;
    const CameraReported *camera = m_world->cameras()->find(cameraId);
    if (!camera)
        return refuse(action, tr("Unknown camera %1").arg(cameraId));
    std::optional<GeoPoint> ground;
    if (!std::isnan(latitude) || !std::isnan(longitude)) {
        // What the picture's lens makes of the point: on the ground within the camera's reach
        // (CameraView's range, a metre's rounding allowed), or not a place the camera shows.
        const bool onGlobe = std::abs(latitude) <= 90 && std::abs(longitude) <= 180;
        if (!onGlobe
            || maps::distanceMeters({ camera->position.lat, camera->position.lon }, { latitude, longitude })
                > maps::CameraView {}.rangeM + 1)
            return refuse(action, tr("The marked place is not within camera %1's view").arg(cameraId));
        ground = GeoPoint { latitude, longitude };
    }
    if (!(x >= 0 && x <= 1 && y >= 0 && y <= 1))
        return refuse(action, tr("A sighting is marked on the picture"));
    if (actorId.size() > kMaxActorIdLength)
        return refuse(
            action, tr("What was marked has a name of at most %1 characters").arg(kMaxActorIdLength));
    // The picture runs a tick behind the world; a mark from the future is not a picture's.
    if (pictureMs <= 0 || (m_world->clock() > 0 && pictureMs > m_world->clock() + 60'000))
        return refuse(action, tr("The picture's time is not the world's"));
    const SightingMarked mark { cameraId, pictureMs, x, y, actorId, ground };
    record(action,
        QStringLiteral("camera=%1 at=%2 x=%3 y=%4 actor=%5%6")
            .arg(cameraId)
            .arg(pictureMs)
            .arg(x, 0, 'f', 3)
            .arg(y, 0, 'f', 3)
            .arg(actorId,
                ground
                    ? QStringLiteral(" ground=%1,%2").arg(ground->lat, 0, 'f', 6).arg(ground->lon, 0, 'f', 6)
                    : QString()));
    publish(mark);
    if (m_host->training()) {
        // The training world scores what the trainee spots; a refusal there loses nothing of the
        // record (the mark is journaled) but is said.
        Event e;
        e.source = QStringLiteral("operator");
        e.payload = mark;
        QString error;
        if (!m_host->submit(e, &error))
            return refuse(action, error);
    }
    return true;
}

void Dispatch::record(const QString &action, const QString &detail)
{
    publish(OperatorAction { m_operatorId, action, detail });
}

void Dispatch::shareCordon(const Event &cordon)
{
    if (m_host->playback() || m_host->running().isEmpty())
        return;
    QString error;
    if (!m_host->submit(cordon, &error))
        qWarning("the %s did not take the cordon: %s", m_host->training() ? "training world" : "backend",
            qPrintable(error));
}

void Dispatch::publish(EventPayload payload)
{
    Event e;
    e.source = QStringLiteral("operator");
    e.payload = std::move(payload);
    m_bus->publish(e);
}

bool Dispatch::refuse(const QString &action, const QString &error)
{
    // The refusal is part of the audit trail too.
    publish(OperatorAction {
        m_operatorId, QStringLiteral("refused"), QStringLiteral("%1: %2").arg(action, error) });
    m_lastError = error;
    ++m_refused;
    emit lastErrorChanged();
    return false;
}

} // namespace wf
