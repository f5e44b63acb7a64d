#pragma once

#include "Event.h"

#include <QObject>
#include <QtQmlIntegration>
#include <limits>

namespace wf {

class EventBus;
class ConnectorHost;
class WorldState;

// Turns operator actions into events (for the audit trail) and commands (for the backend), and
// is where what an operator may do is decided: every action is checked here against the
// operator's role and the state of the world, and a refused action changes nothing (it is
// recorded, and said in words in lastError).
class Dispatch : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Dispatch is made by the application")
    Q_PROPERTY(QString operatorId READ operatorId CONSTANT)
    Q_PROPERTY(Role role READ role CONSTANT)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(int refusedCommands READ refusedCommands NOTIFY lastErrorChanged)
public:
    // Dispatchers handle alerts, incidents and orders; supervisors also dismiss critical alerts
    // and reopen finished incidents; trainees act like dispatchers, in training only.
    enum class Role { Dispatcher, Supervisor, Trainee };
    Q_ENUM(Role)
    // What an order asks of a unit (the protocol's task names: respond, move_to,
    // man_checkpoint, hold_position, recall, lookout). Stored by name, never by number: new
    // tasks go at the end.
    enum class Task { Respond, MoveTo, ManCheckpoint, HoldPosition, Recall, Lookout };
    Q_ENUM(Task)
    // Input limits of a lookout: Chinese plates have 7 or 8 characters, with room for foreign
    // and temporary ones; a broadcast to more units than this is an area drawn too wide.
    static constexpr int kMaxPlateLength = 16;
    static constexpr int kMaxLookoutText = 1000;
    static constexpr int kMaxPhotoLength = 2000;
    static constexpr double kMaxLookoutRadiusMeters = 50'000;
    static constexpr int kMaxLookoutUnits = 2000;

    Dispatch(EventBus *bus, ConnectorHost *host, const WorldState *world, const QString &operatorId,
        Role role = Role::Dispatcher, QObject *parent = nullptr);

    static std::optional<Role> roleFromName(QStringView name);
    static QString roleName(Role role);
    static QString taskName(Task task);

    QString operatorId() const { return m_operatorId; }
    Role role() const { return m_role; }
    QString lastError() const { return m_lastError; }
    int refusedCommands() const { return m_refused; }

    // Orders a unit; returns the order id, or "" when refused (lastError says why). The
    // order's progress arrives as events.
    Q_INVOKABLE QString orderUnit(const QString &unitId, wf::Dispatch::Task task, double latitude,
        double longitude, const QString &incidentId = {});
    // Sends these units to the incident, all or none; returns the order ids.
    Q_INVOKABLE QStringList dispatchUnits(const QString &incidentId, const QStringList &unitIds);
    // Sends a unit back to patrol.
    Q_INVOKABLE QString recallUnit(const QString &unitId);
    // A lookout (a plate, a description or both, and an optional photo URL or path) to the
    // chosen units, or to every on-duty unit within radiusMeters of a place: one order with the
    // task "lookout" per unit, carrying the incident when one is given. It does not take a unit
    // off what it is doing. All or none; returns the order ids, or none when refused.
    Q_INVOKABLE QStringList broadcastLookout(const QString &plate, const QString &description,
        const QString &photo, const QStringList &unitIds, const QString &incidentId = {});
    Q_INVOKABLE QStringList broadcastLookoutInArea(const QString &plate, const QString &description,
        const QString &photo, double latitude, double longitude, double radiusMeters,
        const QString &incidentId = {});

    // Incidents: returns the new incident's id, or "" when refused. With an alert, the alert is
    // attached to it (and so leaves the queue).
    Q_INVOKABLE QString createIncident(const QString &type, int severity, double latitude, double longitude,
        const QString &description, const QString &alertId = {});
    Q_INVOKABLE bool setIncidentStage(const QString &incidentId, int stage, const QString &note = {});

    // The alert queue.
    Q_INVOKABLE bool acknowledgeAlert(const QString &alertId);
    Q_INVOKABLE bool dismissAlert(const QString &alertId, const QString &reason);
    Q_INVOKABLE bool snoozeAlert(const QString &alertId, int minutes);
    Q_INVOKABLE bool attachAlert(const QString &alertId, const QString &incidentId);

    // Whether this operator may edit the response zones (supervisors only); a refusal is audited
    // and says why in lastError. The edit itself is recorded by whoever saves it.
    Q_INVOKABLE bool mayEditZones();

    // A mark on a camera's picture: "a suspect is here". pictureMs is the moment of the picture
    // marked (the world's clock), x and y where in it (0..1 from the top left), actorId what the
    // click hit when the picture knows, latitude and longitude the ground the point shows when
    // the picture knows its lens (NaN: it does not; the map then shows the camera's place).
    // Journaled; in training the world's scorer judges it. Returns false (lastError says why)
    // for an unknown camera, a mark off the picture or a ground point out of the camera's reach.
    Q_INVOKABLE bool markSighting(const QString &cameraId, qint64 pictureMs, double x, double y,
        const QString &actorId = {}, double latitude = std::numeric_limits<double>::quiet_NaN(),
        double longitude = std::numeric_limits<double>::quiet_NaN());
    static constexpr int kMaxActorIdLength = 200;

    // Records an operator action that changes nothing in the world (a view change worth auditing).
    Q_INVOKABLE void record(const QString &action, const QString &detail);

    // A cordon set, moved, lifted, activated or closed (already published and audited) goes to
    // the running connector too: the training world scores it against the suspects, a live
    // backend shares it with the other workstations. Never from a playback.
    void shareCordon(const Event &cordon);

signals:
    void lastErrorChanged();

private:
    bool refuse(const QString &action, const QString &error);
    bool mayAct(const QString &action);
    // Why this unit cannot take a new order now, or "" when it can.
    QString unitProblem(const QString &unitId, const QString &incidentId) const;
    QString issue(const QString &unitId, Task task, GeoPoint target, const QString &incidentId,
        const Lookout &lookout = {});
    // Checks a lookout's words and photo; the error, or "" when it may go out.
    QString lookoutProblem(Lookout &lookout, const QString &incidentId) const;
    QStringList sendLookout(const QString &action, const Lookout &lookout, const QStringList &unitIds,
        std::optional<GeoPoint> area, const QString &incidentId, const QString &where);
    void publish(EventPayload payload);

    EventBus *m_bus;
    ConnectorHost *m_host;
    const WorldState *m_world;
    QString m_operatorId;
    Role m_role;
    QString m_lastError;
    int m_refused = 0;
    int m_nextOrder = 1;
    int m_nextIncident = 1;
};

} // namespace wf
