#include "Event.h"

#include <QDataStream>
#include <QIODevice>
#include <array>
#include <cmath>

namespace wf {

namespace {

// Index of each alternative in EventPayload, in the same order as EventKind (which starts at 1).
constexpr std::array<QStringView, std::variant_size_v<EventPayload>> kKindNames = {
    u"unit_reported",
    u"unit_moved",
    u"unit_status_changed",
    u"camera_reported",
    u"site_reported",
    u"incident_reported",
    u"incident_closed",
    u"congestion_reported",
    u"order_issued",
    u"order_state_changed",
    u"cordon_set",
    u"cordon_cleared",
    u"alert_raised",
    u"alert_acknowledged",
    u"operator_action",
    u"scenario_started",
    u"training_command",
    u"scenario_scored",
    u"plate_read",
    u"incident_stage_changed",
    u"alert_dismissed",
    u"alert_snoozed",
    u"alert_linked",
    u"backend_status",
    u"cordon_activated",
    u"cordon_closed",
    u"sighting_marked",
};
// One name per kind: a kind appended without its name leaves the last entry empty.
static_assert(!kKindNames.back().isEmpty());

// Bumped per payload layout change; decode keeps reading older layouts.
// 2: AlertRaised carries a code and its arguments.
// 3: OrderIssued carries a lookout (plate, description, photo).
// 4: SightingMarked carries the ground point it stands for.
constexpr quint8 kPayloadVersion = 4;

QDataStream &operator<<(QDataStream &s, const GeoPoint &p)
{
    return s << p.lat << p.lon;
}
QDataStream &operator>>(QDataStream &s, GeoPoint &p)
{
    return s >> p.lat >> p.lon;
}

template<typename E> void putEnum(QDataStream &s, E e)
{
    s << quint8(e);
}
template<typename E> void getEnum(QDataStream &s, E &e)
{
    quint8 v = 0;
    s >> v;
    e = E(v);
}

struct Writer
{
    QDataStream &s;
    void operator()(const UnitReported &p)
    {
        s << p.unitId << p.callSign;
        putEnum(s, p.kind);
        putEnum(s, p.status);
        s << p.position << p.headingDeg;
    }
    void operator()(const UnitMoved &p) { s << p.unitId << p.position << p.headingDeg << p.speedKmh; }
    void operator()(const UnitStatusChanged &p)
    {
        s << p.unitId;
        putEnum(s, p.status);
    }
    void operator()(const CameraReported &p)
    {
        s << p.cameraId << p.name << p.position << p.bearingDeg << p.fovDeg << p.mainUrl << p.subUrl;
    }
    void operator()(const SiteReported &p)
    {
        s << p.siteId << p.name;
        putEnum(s, p.kind);
        s << p.position;
    }
    void operator()(const IncidentReported &p)
    {
        s << p.incidentId << p.type << p.summary;
        putEnum(s, p.severity);
        s << p.position;
    }
    void operator()(const IncidentClosed &p) { s << p.incidentId << p.resolution; }
    void operator()(const CongestionReported &p)
    {
        s << p.congestionId << p.road;
        putEnum(s, p.severity);
        s << p.position << p.cleared;
    }
    void operator()(const OrderIssued &p)
    {
        s << p.orderId << p.unitId << p.task << p.target << p.incidentId << p.lookout.plate
          << p.lookout.description << p.lookout.photo;
    }
    void operator()(const OrderStateChanged &p)
    {
        s << p.orderId;
        putEnum(s, p.state);
        s << p.note;
    }
    void operator()(const CordonSet &p)
    {
        s << p.cordonId << p.name << quint32(p.ring.size());
        for (const auto &pt : p.ring)
            s << pt;
    }
    void operator()(const CordonCleared &p) { s << p.cordonId; }
    void operator()(const AlertRaised &p)
    {
        s << p.alertId << p.text;
        putEnum(s, p.severity);
        s << p.position << p.code << p.args;
    }
    void operator()(const AlertAcknowledged &p) { s << p.alertId; }
    void operator()(const OperatorAction &p) { s << p.operatorId << p.action << p.detail; }
    void operator()(const ScenarioStarted &p)
    {
        s << p.scenarioId << p.titleZh << p.titleEn << p.briefingZh << p.briefingEn << p.startMs << p.endMs
          << quint32(p.suspects.size());
        for (const auto &id : p.suspects)
            s << id;
    }
    void operator()(const TrainingCommand &p)
    {
        putEnum(s, p.command);
        s << p.subject << p.position;
        putEnum(s, p.severity);
    }
    void operator()(const ScenarioScored &p) { s << p.scenarioId << p.reason << p.reportJson << p.savedPath; }
    void operator()(const PlateRead &p) { s << p.siteId << p.plate << p.hotListed << p.reason; }
    void operator()(const IncidentStageChanged &p)
    {
        s << p.incidentId;
        putEnum(s, p.stage);
        s << p.note;
    }
    void operator()(const AlertDismissed &p) { s << p.alertId << p.reason; }
    void operator()(const AlertSnoozed &p) { s << p.alertId << p.untilMs; }
    void operator()(const AlertLinked &p) { s << p.alertId << p.incidentId; }
    void operator()(const BackendStatus &p)
    {
        s << p.state << p.broker << p.role << p.ns << p.detail << qint32(p.outboxPending)
          << qint32(p.refusedMessages);
    }
    void operator()(const CordonActivated &p) { s << p.cordonId << p.orderIds; }
    void operator()(const CordonClosed &p) { s << p.cordonId; }
    void operator()(const SightingMarked &p)
    {
        s << p.cameraId << p.pictureMs << p.x << p.y << p.actorId << p.ground.has_value()
          << p.ground.value_or(GeoPoint {});
    }
};

template<typename T> T read(QDataStream &s, quint8 version);

// A list of strings as QDataStream writes a QStringList (a count, then each). The count is checked
// before anything is allocated: a corrupt one must not ask for gigabytes (a string takes at least
// 4 bytes).
bool readStrings(QDataStream &s, QStringList &out)
{
    quint32 n = 0;
    s >> n;
    if (n > quint32(s.device()->bytesAvailable() / 4)) {
        s.setStatus(QDataStream::ReadCorruptData);
        return false;
    }
    for (quint32 i = 0; i < n; ++i) {
        QString item;
        s >> item;
        out.append(item);
    }
    return true;
}

template<> UnitReported read(QDataStream &s, [[maybe_unused]] quint8 version)
{
    UnitReported p;
    s >> p.unitId >> p.callSign;
    getEnum(s, p.kind);
    getEnum(s, p.status);
    s >> p.position >> p.headingDeg;
    return p;
}
template<> UnitMoved read(QDataStream &s, [[maybe_unused]] quint8 version)
{
    UnitMoved p;
    s >> p.unitId >> p.position >> p.headingDeg >> p.speedKmh;
    return p;
}
template<> UnitStatusChanged read(QDataStream &s, [[maybe_unused]] quint8 version)
{
    UnitStatusChanged p;
    s >> p.unitId;
    getEnum(s, p.status);
    return p;
}
template<> CameraReported read(QDataStream &s, [[maybe_unused]] quint8 version)
{
    CameraReported p;
    s >> p.cameraId >> p.name >> p.position >> p.bearingDeg >> p.fovDeg >> p.mainUrl >> p.subUrl;
    return p;
}
template<> SiteReported read(QDataStream &s, [[maybe_unused]] quint8 version)
{
    SiteReported p;
    s >> p.siteId >> p.name;
    getEnum(s, p.kind);
    s >> p.position;
    return p;
}
template<> IncidentReported read(QDataStream &s, [[maybe_unused]] quint8 version)
{
    IncidentReported p;
    s >> p.incidentId >> p.type >> p.summary;
    getEnum(s, p.severity);
    s >> p.position;
    return p;
}
template<> IncidentClosed read(QDataStream &s, [[maybe_unused]] quint8 version)
{
    IncidentClosed p;
    s >> p.incidentId >> p.resolution;
    return p;
}
template<> CongestionReported read(QDataStream &s, [[maybe_unused]] quint8 version)
{
    CongestionReported p;
    s >> p.congestionId >> p.road;
    getEnum(s, p.severity);
    s >> p.position >> p.cleared;
    return p;
}
template<> OrderIssued read(QDataStream &s, [[maybe_unused]] quint8 version)
{
    OrderIssued p;
    s >> p.orderId >> p.unitId >> p.task >> p.target >> p.incidentId;
    if (version >= 3)
        s >> p.lookout.plate >> p.lookout.description >> p.lookout.photo;
    return p;
}
template<> OrderStateChanged read(QDataStream &s, [[maybe_unused]] quint8 version)
{
    OrderStateChanged p;
    s >> p.orderId;
    getEnum(s, p.state);
    s >> p.note;
    return p;
}
template<> CordonSet read(QDataStream &s, [[maybe_unused]] quint8 version)
{
    CordonSet p;
    quint32 n = 0;
    s >> p.cordonId >> p.name >> n;
    // A corrupt count must not make us allocate gigabytes: a ring point takes 16 bytes.
    if (n > quint32(s.device()->bytesAvailable() / 16)) {
        s.setStatus(QDataStream::ReadCorruptData);
        return p;
    }
    p.ring.reserve(n);
    for (quint32 i = 0; i < n; ++i) {
        GeoPoint pt;
        s >> pt;
        p.ring.append(pt);
    }
    return p;
}
template<> CordonCleared read(QDataStream &s, [[maybe_unused]] quint8 version)
{
    CordonCleared p;
    s >> p.cordonId;
    return p;
}
template<> AlertRaised read(QDataStream &s, [[maybe_unused]] quint8 version)
{
    AlertRaised p;
    s >> p.alertId >> p.text;
    getEnum(s, p.severity);
    s >> p.position;
    // Layout 2 added the code and its arguments.
    if (version >= 2) {
        s >> p.code;
        readStrings(s, p.args);
    }
    return p;
}
template<> AlertAcknowledged read(QDataStream &s, [[maybe_unused]] quint8 version)
{
    AlertAcknowledged p;
    s >> p.alertId;
    return p;
}
template<> OperatorAction read(QDataStream &s, [[maybe_unused]] quint8 version)
{
    OperatorAction p;
    s >> p.operatorId >> p.action >> p.detail;
    return p;
}

template<> ScenarioStarted read(QDataStream &s, [[maybe_unused]] quint8 version)
{
    ScenarioStarted p;
    quint32 n = 0;
    s >> p.scenarioId >> p.titleZh >> p.titleEn >> p.briefingZh >> p.briefingEn >> p.startMs >> p.endMs >> n;
    // As for rings: a corrupt count must not allocate; a string takes at least 4 bytes.
    if (n > quint32(s.device()->bytesAvailable() / 4)) {
        s.setStatus(QDataStream::ReadCorruptData);
        return p;
    }
    for (quint32 i = 0; i < n; ++i) {
        QString id;
        s >> id;
        p.suspects.append(id);
    }
    return p;
}
template<> TrainingCommand read(QDataStream &s, [[maybe_unused]] quint8 version)
{
    TrainingCommand p;
    getEnum(s, p.command);
    s >> p.subject >> p.position;
    getEnum(s, p.severity);
    return p;
}
template<> ScenarioScored read(QDataStream &s, [[maybe_unused]] quint8 version)
{
    ScenarioScored p;
    s >> p.scenarioId >> p.reason >> p.reportJson >> p.savedPath;
    return p;
}
template<> PlateRead read(QDataStream &s, [[maybe_unused]] quint8 version)
{
    PlateRead p;
    s >> p.siteId >> p.plate >> p.hotListed >> p.reason;
    return p;
}
template<> BackendStatus read(QDataStream &s, [[maybe_unused]] quint8 version)
{
    BackendStatus p;
    qint32 pending = 0, refused = 0;
    s >> p.state >> p.broker >> p.role >> p.ns >> p.detail >> pending >> refused;
    p.outboxPending = pending;
    p.refusedMessages = refused;
    return p;
}

template<> IncidentStageChanged read(QDataStream &s, [[maybe_unused]] quint8 version)
{
    IncidentStageChanged p;
    s >> p.incidentId;
    getEnum(s, p.stage);
    s >> p.note;
    if (p.stage > IncidentStage::Closed)
        s.setStatus(QDataStream::ReadCorruptData);
    return p;
}
template<> AlertDismissed read(QDataStream &s, [[maybe_unused]] quint8 version)
{
    AlertDismissed p;
    s >> p.alertId >> p.reason;
    return p;
}
template<> AlertSnoozed read(QDataStream &s, [[maybe_unused]] quint8 version)
{
    AlertSnoozed p;
    s >> p.alertId >> p.untilMs;
    return p;
}
template<> AlertLinked read(QDataStream &s, [[maybe_unused]] quint8 version)
{
    AlertLinked p;
    s >> p.alertId >> p.incidentId;
    return p;
}

template<> CordonActivated read(QDataStream &s, [[maybe_unused]] quint8 version)
{
    CordonActivated p;
    s >> p.cordonId;
    readStrings(s, p.orderIds);
    return p;
}
template<> CordonClosed read(QDataStream &s, [[maybe_unused]] quint8 version)
{
    CordonClosed p;
    s >> p.cordonId;
    return p;
}
template<> SightingMarked read(QDataStream &s, [[maybe_unused]] quint8 version)
{
    SightingMarked p;
    s >> p.cameraId >> p.pictureMs >> p.x >> p.y >> p.actorId;
    // A mark is on the picture or it is not one.
    if (!(p.x >= 0 && p.x <= 1 && p.y >= 0 && p.y <= 1))
        s.setStatus(QDataStream::ReadCorruptData);
    // Layout 4 added the ground point; a point off the globe is no place.
    if (version >= 4) {
        bool grounded = false;
        GeoPoint ground;
        s >> grounded >> ground;
        if (grounded) {
            if (!(std::abs(ground.lat) <= 90 && std::abs(ground.lon) <= 180))
                s.setStatus(QDataStream::ReadCorruptData);
            p.ground = ground;
        }
    }
    return p;
}

template<std::size_t I = 0>
std::optional<EventPayload> readAlternative(std::size_t index, QDataStream &s, quint8 version)
{
    if constexpr (I < std::variant_size_v<EventPayload>) {
        if (index == I)
            return EventPayload(read<std::variant_alternative_t<I, EventPayload>>(s, version));
        return readAlternative<I + 1>(index, s, version);
    } else {
        return std::nullopt;
    }
}

struct EntityId
{
    QString operator()(const UnitReported &p) const { return p.unitId; }
    QString operator()(const UnitMoved &p) const { return p.unitId; }
    QString operator()(const UnitStatusChanged &p) const { return p.unitId; }
    QString operator()(const CameraReported &p) const { return p.cameraId; }
    QString operator()(const SiteReported &p) const { return p.siteId; }
    QString operator()(const IncidentReported &p) const { return p.incidentId; }
    QString operator()(const IncidentClosed &p) const { return p.incidentId; }
    QString operator()(const CongestionReported &p) const { return p.congestionId; }
    QString operator()(const OrderIssued &p) const { return p.orderId; }
    QString operator()(const OrderStateChanged &p) const { return p.orderId; }
    QString operator()(const CordonSet &p) const { return p.cordonId; }
    QString operator()(const CordonCleared &p) const { return p.cordonId; }
    QString operator()(const AlertRaised &p) const { return p.alertId; }
    QString operator()(const AlertAcknowledged &p) const { return p.alertId; }
    QString operator()(const OperatorAction &p) const { return p.operatorId; }
    QString operator()(const ScenarioStarted &p) const { return p.scenarioId; }
    QString operator()(const TrainingCommand &p) const { return p.subject; }
    QString operator()(const ScenarioScored &p) const { return p.scenarioId; }
    QString operator()(const PlateRead &p) const { return p.siteId; }
    QString operator()(const IncidentStageChanged &p) const { return p.incidentId; }
    QString operator()(const AlertDismissed &p) const { return p.alertId; }
    QString operator()(const AlertSnoozed &p) const { return p.alertId; }
    QString operator()(const AlertLinked &p) const { return p.alertId; }
    QString operator()(const BackendStatus &p) const { return p.broker; }
    QString operator()(const CordonActivated &p) const { return p.cordonId; }
    QString operator()(const CordonClosed &p) const { return p.cordonId; }
    QString operator()(const SightingMarked &p) const { return p.cameraId; }
};

} // namespace

EventKind Event::kind() const
{
    return EventKind(payload.index() + 1);
}

QString Event::entityId() const
{
    return std::visit(EntityId {}, payload);
}

QStringView eventKindName(EventKind kind)
{
    const auto i = std::size_t(kind) - 1;
    return i < kKindNames.size() ? kKindNames[i] : QStringView(u"unknown");
}

std::optional<EventKind> eventKindFromName(QStringView name)
{
    for (std::size_t i = 0; i < kKindNames.size(); ++i) {
        if (kKindNames[i] == name)
            return EventKind(i + 1);
    }
    return std::nullopt;
}

QByteArray encodePayload(const EventPayload &payload)
{
    QByteArray bytes;
    bytes.reserve(96);
    QDataStream s(&bytes, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_8);
    s << kPayloadVersion;
    std::visit(Writer { s }, payload);
    return bytes;
}

std::optional<EventPayload> decodePayload(EventKind kind, const QByteArray &bytes)
{
    QDataStream s(bytes);
    s.setVersion(QDataStream::Qt_6_8);
    quint8 version = 0;
    s >> version;
    if (version == 0 || version > kPayloadVersion)
        return std::nullopt;
    auto payload = readAlternative(std::size_t(kind) - 1, s, version);
    if (!payload || s.status() != QDataStream::Ok || !s.atEnd())
        return std::nullopt;
    return payload;
}

QStringView unitStatusName(UnitStatus status)
{
    switch (status) {
    case UnitStatus::Available:
        return u"available";
    case UnitStatus::EnRoute:
        return u"en_route";
    case UnitStatus::OnScene:
        return u"on_scene";
    case UnitStatus::OffDuty:
        return u"off_duty";
    }
    return u"unknown";
}

QStringView orderStateName(OrderState state)
{
    switch (state) {
    case OrderState::Issued:
        return u"issued";
    case OrderState::Delivered:
        return u"delivered";
    case OrderState::Acknowledged:
        return u"acknowledged";
    case OrderState::EnRoute:
        return u"en_route";
    case OrderState::OnScene:
        return u"on_scene";
    case OrderState::Done:
        return u"done";
    case OrderState::Rejected:
        return u"rejected";
    case OrderState::NoAnswer:
        return u"no_answer";
    case OrderState::Expired:
        return u"expired";
    }
    return u"unknown";
}

QStringView incidentStageName(IncidentStage stage)
{
    switch (stage) {
    case IncidentStage::New:
        return u"new";
    case IncidentStage::Dispatched:
        return u"dispatched";
    case IncidentStage::OnScene:
        return u"on_scene";
    case IncidentStage::Resolved:
        return u"resolved";
    case IncidentStage::Closed:
        return u"closed";
    }
    return u"unknown";
}

} // namespace wf
