#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>
#include <variant>

namespace wf {

// A point in WGS-84 degrees. The core never stores GCJ-02; maps/ converts at the edge.
struct GeoPoint
{
    double lat = 0;
    double lon = 0;
    friend bool operator==(const GeoPoint &, const GeoPoint &) = default;
};

// The enums below are in the meta-object system so that QML compares them by name
// (Watchfloor.Core registers them as World.UnitStatus.OnScene and so on). Several share a value
// name (OnScene is a unit status, an order state and an incident stage), so QML reads them scoped
// only: an unscoped World.OnScene would silently mean whichever was registered last.
Q_NAMESPACE
Q_CLASSINFO("RegisterEnumClassesUnscoped", "false")

enum class UnitKind : quint8 { PatrolCar, FootPatrol, JointArmedPatrol, FixedPost };
Q_ENUM_NS(UnitKind)
enum class UnitStatus : quint8 { Available, EnRoute, OnScene, OffDuty };
Q_ENUM_NS(UnitStatus)
enum class SiteKind : quint8 {
    PoliceCheckpoint,
    SmartCheckpoint,
    PoliceStation,
    StreetServiceStation,
    KeySite
};
Q_ENUM_NS(SiteKind)
enum class OrderState : quint8 {
    Issued,
    Delivered,
    Acknowledged,
    EnRoute,
    OnScene,
    Done,
    Rejected,
    NoAnswer,
    Expired // given up: not acknowledged in the centre's time, or not delivered before its expiry
};
Q_ENUM_NS(OrderState)
// Where an incident is in its handling; the time of each step is kept (IncidentModel).
enum class IncidentStage : quint8 { New, Dispatched, OnScene, Resolved, Closed };
Q_ENUM_NS(IncidentStage)
enum class Severity : quint8 { Low, Medium, High, Critical };
Q_ENUM_NS(Severity)

// --- Payloads: one struct per kind of change to the world -----------------------------

struct UnitReported // a unit comes on shift or is first seen
{
    QString unitId;
    QString callSign;
    UnitKind kind = UnitKind::PatrolCar;
    UnitStatus status = UnitStatus::Available;
    GeoPoint position;
    float headingDeg = 0;
    friend bool operator==(const UnitReported &, const UnitReported &) = default;
};

struct UnitMoved // a position fix
{
    QString unitId;
    GeoPoint position;
    float headingDeg = 0;
    float speedKmh = 0;
    friend bool operator==(const UnitMoved &, const UnitMoved &) = default;
};

struct UnitStatusChanged
{
    QString unitId;
    UnitStatus status = UnitStatus::Available;
    friend bool operator==(const UnitStatusChanged &, const UnitStatusChanged &) = default;
};

struct CameraReported
{
    QString cameraId;
    QString name;
    GeoPoint position;
    float bearingDeg = 0;
    float fovDeg = 60;
    QString mainUrl;
    QString subUrl;
    friend bool operator==(const CameraReported &, const CameraReported &) = default;
};

struct SiteReported // checkpoints, stations, key sites
{
    QString siteId;
    QString name;
    SiteKind kind = SiteKind::PoliceCheckpoint;
    GeoPoint position;
    friend bool operator==(const SiteReported &, const SiteReported &) = default;
};

struct IncidentReported
{
    QString incidentId;
    QString type; // pickpocketing, theft, traffic_accident, dispute, ...
    QString summary;
    Severity severity = Severity::Medium;
    GeoPoint position;
    friend bool operator==(const IncidentReported &, const IncidentReported &) = default;
};

struct IncidentClosed
{
    QString incidentId;
    QString resolution;
    friend bool operator==(const IncidentClosed &, const IncidentClosed &) = default;
};

struct CongestionReported // also used to update; severity Low with cleared=true removes it
{
    QString congestionId;
    QString road;
    Severity severity = Severity::Low;
    GeoPoint position;
    bool cleared = false;
    friend bool operator==(const CongestionReported &, const CongestionReported &) = default;
};

// What a lookout order asks units to watch for: a plate, a description, or both, and a photo
// (a URL or a path the units' terminals can open) if there is one.
struct Lookout
{
    QString plate;
    QString description;
    QString photo;
    bool isEmpty() const { return plate.isEmpty() && description.isEmpty() && photo.isEmpty(); }
    friend bool operator==(const Lookout &, const Lookout &) = default;
};

struct OrderIssued
{
    QString orderId;
    QString unitId;
    QString task; // "respond", "patrol", "man_checkpoint", "lookout", ...
    GeoPoint target;
    QString incidentId; // optional
    Lookout lookout; // task "lookout" only
    friend bool operator==(const OrderIssued &, const OrderIssued &) = default;
};

struct OrderStateChanged
{
    QString orderId;
    OrderState state = OrderState::Delivered;
    QString note;
    friend bool operator==(const OrderStateChanged &, const OrderStateChanged &) = default;
};

struct CordonSet
{
    QString cordonId;
    QString name;
    QList<GeoPoint> ring; // closed polygon, first point not repeated
    friend bool operator==(const CordonSet &, const CordonSet &) = default;
};

struct CordonCleared
{
    QString cordonId;
    friend bool operator==(const CordonCleared &, const CordonCleared &) = default;
};

struct AlertRaised
{
    QString alertId;
    QString text; // the source's own words: shown when the code is unknown to this workstation
    Severity severity = Severity::High;
    GeoPoint position;
    // What kind of alert, so that each workstation words it in its own language: "incident"
    // (args: type, summary), "hot_list_hit" (plate, reason, checkpoint), "suspect_sighted" (plate,
    // vehicle, incident, checkpoint), "intercepted" (plate, unit, place), "order_unanswered"
    // (order, unit, seconds), or empty for free text.
    QString code;
    QStringList args;
    friend bool operator==(const AlertRaised &, const AlertRaised &) = default;
};

struct AlertAcknowledged
{
    QString alertId;
    friend bool operator==(const AlertAcknowledged &, const AlertAcknowledged &) = default;
};

// Operator actions are events like any other so that the journal is also the audit trail.
struct OperatorAction
{
    QString operatorId;
    QString action; // "order_unit", "acknowledge_alert", "set_cordon", ...
    QString detail; // free text or JSON, what the operator chose
    friend bool operator==(const OperatorAction &, const OperatorAction &) = default;
};

// An incident moved on by the operator (resolved, closed, reopened) or by its orders (a unit
// dispatched, a unit on scene). The note says why.
struct IncidentStageChanged
{
    QString incidentId;
    IncidentStage stage = IncidentStage::New;
    QString note;
    friend bool operator==(const IncidentStageChanged &, const IncidentStageChanged &) = default;
};

// The alert queue: dismissed with a reason, snoozed until a time (world clock), or attached to
// an incident (which also takes it off the queue).
struct AlertDismissed
{
    QString alertId;
    QString reason;
    friend bool operator==(const AlertDismissed &, const AlertDismissed &) = default;
};

struct AlertSnoozed
{
    QString alertId;
    qint64 untilMs = 0;
    friend bool operator==(const AlertSnoozed &, const AlertSnoozed &) = default;
};

struct AlertLinked
{
    QString alertId;
    QString incidentId;
    friend bool operator==(const AlertLinked &, const AlertLinked &) = default;
};

// --- Training: what a playback needs to show a training run as the trainee saw it ------------

// The scenario a training shift plays: shown in the training panel, and it starts the clock
// the debrief is measured against.
struct ScenarioStarted
{
    QString scenarioId;
    QString titleZh;
    QString titleEn;
    QString briefingZh;
    QString briefingEn;
    qint64 startMs = 0; // sim time of the scenario's start
    qint64 endMs = 0; // sim time at which it ends by itself
    QStringList suspects; // the suspects its timeline brings in, for the instructor
    friend bool operator==(const ScenarioStarted &, const ScenarioStarted &) = default;
};

// Stored in the journal: never renumber, append only.
enum class TrainingCommandKind : quint8 { InjectIncident, MoveSuspect, FailRadio, RestoreRadio, EndRun };

// An instructor's command to the simulated world. Only a training connector takes it; the
// host refuses it in a live session.
struct TrainingCommand
{
    TrainingCommandKind command = TrainingCommandKind::EndRun;
    QString subject; // the incident type (inject), the suspect (move) or the unit (radio)
    GeoPoint position; // where (inject, move)
    Severity severity = Severity::Medium; // inject
    friend bool operator==(const TrainingCommand &, const TrainingCommand &) = default;
};

// The end of a training run with its score: the same report `watchfloor sim --report` writes.
struct ScenarioScored
{
    QString scenarioId;
    QString reason; // "time" (the scenario's end time came) or "instructor" (ended early)
    QString reportJson;
    QString savedPath; // where the report was saved; empty when it could not be
    friend bool operator==(const ScenarioScored &, const ScenarioScored &) = default;
};

// A vehicle's plate read by a smart checkpoint (a plate-reading camera on a road). A read of a
// hot-listed plate also raises an alert; the read itself is the evidence a playback shows.
struct PlateRead
{
    QString siteId; // the checkpoint
    QString plate;
    bool hotListed = false;
    QString reason; // why the plate is hot-listed, when it is
    friend bool operator==(const PlateRead &, const PlateRead &) = default;
};

// The state of the connection to a live or shared backend (a broker): journaled, so an audit
// shows when the workstation could not reach the field, and shown in the status bar.
struct BackendStatus
{
    QString state; // "connecting", "connected", "disconnected", "refused"
    QString broker; // host:port, never credentials
    QString role; // the account's role, e.g. "dispatcher"
    QString ns; // "live" or "training"
    QString detail; // why, in words (refusal reason, last error)
    int outboxPending = 0; // orders waiting to go out
    int refusedMessages = 0; // received messages refused by the decoders so far
    friend bool operator==(const BackendStatus &, const BackendStatus &) = default;
};

// A cordon's manning activated: the man-checkpoint orders sent to close it. Without it the record
// shows the orders but not which cordon they were for.
struct CordonActivated
{
    QString cordonId;
    QStringList orderIds;
    friend bool operator==(const CordonActivated &, const CordonActivated &) = default;
};

// Every crossing of an activated cordon has a unit on its post: the cordon is closed.
struct CordonClosed
{
    QString cordonId;
    friend bool operator==(const CordonClosed &, const CordonClosed &) = default;
};

// A trainee's (or dispatcher's) mark on a camera's picture: "a suspect is here". The picture is
// the one on the wall at pictureMs (the world's clock, which runs a tick behind the world); x
// and y say where in it (0..1 from the top left), actorId what the click hit when the picture
// knows (a training camera knows where it drew each of the world's actors), else empty.
struct SightingMarked
{
    QString cameraId;
    qint64 pictureMs = 0;
    double x = 0;
    double y = 0;
    QString actorId;
    // Where on the ground the mark stands, through the camera's lens (payload layout 4); none
    // in older journals and for a picture without a lens model: the camera's own place.
    std::optional<GeoPoint> ground;
    // The actorId of a mark on one of the picture's own crowd or traffic rather than on one of
    // the world's actors: a passer-by, never a suspect.
    static QString passerBy() { return QStringLiteral("passer-by"); }
    friend bool operator==(const SightingMarked &, const SightingMarked &) = default;
};

using EventPayload = std::variant<UnitReported, UnitMoved, UnitStatusChanged, CameraReported, SiteReported,
    IncidentReported, IncidentClosed, CongestionReported, OrderIssued, OrderStateChanged, CordonSet,
    CordonCleared, AlertRaised, AlertAcknowledged, OperatorAction, ScenarioStarted, TrainingCommand,
    ScenarioScored, PlateRead, IncidentStageChanged, AlertDismissed, AlertSnoozed, AlertLinked, BackendStatus,
    CordonActivated, CordonClosed, SightingMarked>;

// The stable numeric kind stored in the journal. Never renumber: append new kinds at the end.
enum class EventKind : quint16 {
    UnitReported = 1,
    UnitMoved,
    UnitStatusChanged,
    CameraReported,
    SiteReported,
    IncidentReported,
    IncidentClosed,
    CongestionReported,
    OrderIssued,
    OrderStateChanged,
    CordonSet,
    CordonCleared,
    AlertRaised,
    AlertAcknowledged,
    OperatorAction,
    ScenarioStarted,
    TrainingCommand,
    ScenarioScored,
    PlateRead,
    IncidentStageChanged,
    AlertDismissed,
    AlertSnoozed,
    AlertLinked,
    BackendStatus,
    CordonActivated,
    CordonClosed,
    SightingMarked,
};

struct Event
{
    qint64 seq = 0; // assigned by the EventBus; 0 until published
    qint64 sourceTimeMs = 0; // when it happened, by the source's clock (ms since epoch)
    qint64 receiveTimeMs = 0; // when the workstation received it
    QString source; // connector id, e.g. "sim", "mqtt", "operator"
    EventPayload payload;

    EventKind kind() const;
    QString entityId() const; // the id of the thing the event is about
    friend bool operator==(const Event &, const Event &) = default;
};

QStringView eventKindName(EventKind kind);
std::optional<EventKind> eventKindFromName(QStringView name);

// Compact binary form used by the journal; versioned per kind so old journals stay readable.
QByteArray encodePayload(const EventPayload &payload);
std::optional<EventPayload> decodePayload(EventKind kind, const QByteArray &bytes);

QStringView unitStatusName(UnitStatus status);
QStringView orderStateName(OrderState state);
QStringView incidentStageName(IncidentStage stage);

} // namespace wf
