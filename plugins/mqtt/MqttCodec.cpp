#include "MqttCodec.h"

#include "UrlCredentials.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <array>
#include <cmath>

namespace wf::mqtt {

namespace {

// The largest integer a JSON number holds exactly; also bounds source times.
constexpr double kMaxExactInteger = 9007199254740992.0;

template<typename E> struct Named
{
    QStringView name;
    E value;
};

constexpr std::array<Named<UnitKind>, 4> kUnitKinds { { { u"patrol_car", UnitKind::PatrolCar },
    { u"foot_patrol", UnitKind::FootPatrol }, { u"joint_armed_patrol", UnitKind::JointArmedPatrol },
    { u"fixed_post", UnitKind::FixedPost } } };
constexpr std::array<Named<UnitStatus>, 4> kUnitStatuses { { { u"available", UnitStatus::Available },
    { u"en_route", UnitStatus::EnRoute }, { u"on_scene", UnitStatus::OnScene },
    { u"off_duty", UnitStatus::OffDuty } } };
constexpr std::array<Named<Severity>, 4> kSeverities { { { u"low", Severity::Low },
    { u"medium", Severity::Medium }, { u"high", Severity::High }, { u"critical", Severity::Critical } } };
constexpr std::array<Named<OrderState>, 10> kOrderStates { { { u"issued", OrderState::Issued },
    { u"delivered", OrderState::Delivered }, { u"acknowledged", OrderState::Acknowledged },
    { u"accepted", OrderState::Acknowledged }, { u"en_route", OrderState::EnRoute },
    { u"on_scene", OrderState::OnScene }, { u"done", OrderState::Done },
    { u"rejected", OrderState::Rejected }, { u"no_answer", OrderState::NoAnswer },
    { u"expired", OrderState::Expired } } };
constexpr std::array<Named<SiteKind>, 5> kSiteKinds { { { u"police_checkpoint", SiteKind::PoliceCheckpoint },
    { u"smart_checkpoint", SiteKind::SmartCheckpoint }, { u"police_station", SiteKind::PoliceStation },
    { u"street_service_station", SiteKind::StreetServiceStation }, { u"key_site", SiteKind::KeySite } } };
constexpr std::array<QStringView, 6> kTasks { u"respond", u"move_to", u"man_checkpoint", u"hold_position",
    u"lookout", u"recall" };

template<typename E, std::size_t N>
std::optional<E> fromName(const std::array<Named<E>, N> &table, QStringView n)
{
    for (const auto &entry : table) {
        if (entry.name == n)
            return entry.value;
    }
    return std::nullopt;
}

template<typename E, std::size_t N> QString toName(const std::array<Named<E>, N> &table, E value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return entry.name.toString();
    }
    return {};
}

// Reads the fields of one payload; the first problem wins and names its reason and field.
class Fields
{
public:
    explicit Fields(const QJsonObject &o)
        : m_o(o)
    { }

    bool ok() const { return m_reason == nullptr; }
    const char *reason() const { return m_reason; }
    QString detail() const { return m_detail; }
    bool has(const char *key) const { return m_o.contains(QLatin1StringView(key)); }

    QString id(const char *key, bool required = true)
    {
        const QString s = text(key, 64, required);
        if (ok() && (required || !s.isEmpty()) && !MqttCodec::validId(s))
            fail("out_of_range", key);
        return s;
    }
    QString text(const char *key, int maxChars = MqttCodec::kMaxTextChars, bool required = false)
    {
        const auto v = m_o.value(QLatin1StringView(key));
        if (v.isUndefined()) {
            if (required)
                fail("missing_field", key);
            return {};
        }
        if (!v.isString()) {
            fail("wrong_type", key);
            return {};
        }
        QString s = v.toString();
        if (s.size() > maxChars)
            fail("out_of_range", key);
        return s;
    }
    double number(const char *key, double lo, double hi, bool required, double fallback = 0)
    {
        const auto v = m_o.value(QLatin1StringView(key));
        if (v.isUndefined()) {
            if (required)
                fail("missing_field", key);
            return fallback;
        }
        if (!v.isDouble()) {
            fail("wrong_type", key);
            return fallback;
        }
        const double d = v.toDouble();
        if (!std::isfinite(d) || d < lo || d > hi) {
            fail("out_of_range", key);
            return fallback;
        }
        return d;
    }
    bool boolean(const char *key)
    {
        const auto v = m_o.value(QLatin1StringView(key));
        if (v.isUndefined())
            return false;
        if (!v.isBool())
            fail("wrong_type", key);
        return v.toBool();
    }
    // An optional array of at most maxItems strings of at most maxChars each.
    QStringList strings(const char *key, int maxItems, int maxChars)
    {
        const auto v = m_o.value(QLatin1StringView(key));
        QStringList out;
        if (v.isUndefined())
            return out;
        if (!v.isArray()) {
            fail("wrong_type", key);
            return out;
        }
        const QJsonArray a = v.toArray();
        if (a.size() > maxItems) {
            fail("out_of_range", key);
            return out;
        }
        for (const auto &item : a) {
            if (!item.isString()) {
                fail("wrong_type", key);
                return {};
            }
            if (item.toString().size() > maxChars) {
                fail("out_of_range", key);
                return {};
            }
            out.append(item.toString());
        }
        return out;
    }
    GeoPoint position()
    {
        GeoPoint p;
        p.lat = number("lat", -90, 90, true);
        p.lon = number("lon", -180, 180, true);
        return p;
    }
    template<typename E, std::size_t N>
    E choice(const char *key, const std::array<Named<E>, N> &table, E fallback)
    {
        const QString s = text(key, 64, true);
        if (!ok())
            return fallback;
        const auto e = fromName(table, s);
        if (!e) {
            fail("out_of_range", key);
            return fallback;
        }
        return *e;
    }
    void fail(const char *reason, const char *key)
    {
        if (m_reason)
            return;
        m_reason = reason;
        m_detail = QString::fromLatin1(key);
    }

private:
    const QJsonObject &m_o;
    const char *m_reason = nullptr;
    QString m_detail;
};

QByteArray toJson(QJsonObject o, qint64 ts)
{
    o.insert(QStringLiteral("v"), MqttCodec::kVersion);
    o.insert(QStringLiteral("ts"), double(ts));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject withPosition(QJsonObject o, const GeoPoint &p)
{
    o.insert(QStringLiteral("lat"), p.lat);
    o.insert(QStringLiteral("lon"), p.lon);
    return o;
}

} // namespace

MqttCodec::MqttCodec(QString ns)
    : m_ns(std::move(ns))
    , m_prefix("wf/" + m_ns.toUtf8() + '/')
{ }

bool MqttCodec::validId(QStringView id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
            || u == u'_' || u == u'-' || u == u'.' || u == u':';
        if (!ok)
            return false;
    }
    return true;
}

std::optional<OrderState> MqttCodec::orderStateFromName(QStringView name)
{
    return fromName(kOrderStates, name);
}

QStringList MqttCodec::orderTasks()
{
    QStringList out;
    for (const auto t : kTasks)
        out.append(t.toString());
    return out;
}

QByteArray MqttCodec::orderTopic(const QString &unitId) const
{
    return m_prefix + "units/" + unitId.toUtf8() + "/orders";
}

QByteArray MqttCodec::orderStatusTopic(const QString &unitId) const
{
    return m_prefix + "units/" + unitId.toUtf8() + "/order-status";
}

QByteArray MqttCodec::presenceTopic(const QString &client) const
{
    return m_prefix + "workstations/" + client.toUtf8() + "/presence";
}

std::optional<MqttCodec::Decoded> MqttCodec::refuse(const char *reason, const QString &detail, QString *error)
{
    ++m_refusedTotal;
    ++m_refused[QString::fromLatin1(reason)];
    if (error)
        *error = detail.isEmpty() ? QString::fromLatin1(reason)
                                  : QStringLiteral("%1 (%2)").arg(QString::fromLatin1(reason), detail);
    return std::nullopt;
}

std::optional<MqttCodec::Decoded> MqttCodec::decode(QByteArrayView topicBytes, QByteArrayView payload,
    QByteArrayView correlationData, qint64 receiveTimeMs, QString *error)
{
    if (topicBytes.size() > kMaxTopicBytes)
        return refuse("too_large", QStringLiteral("topic"), error);
    if (!topicBytes.startsWith(QByteArrayView(m_prefix)))
        return refuse("wrong_namespace", QString::fromUtf8(topicBytes.left(64)), error);
    // wf/<ns>/<collection>/<id>[/<leaf>]
    const QString rest = QString::fromUtf8(topicBytes.mid(m_prefix.size()));
    const QStringList parts = rest.split(u'/');
    if (parts.size() < 2 || parts.size() > 3 || !validId(parts[1]))
        return refuse("unknown_topic", rest.left(64), error);
    const QString &collection = parts[0];
    const QString &topicId = parts[1];
    const QString leaf = parts.value(2);
    const bool cordon = collection == u"cordons" && leaf.isEmpty();
    const bool manning = collection == u"cordons" && leaf == u"manning";
    if (payload.size() > (cordon || manning ? kMaxCordonBytes : kMaxPayloadBytes))
        return refuse("too_large", QStringLiteral("%1 bytes").arg(payload.size()), error);

    // An empty retained message removes a thing's retained state at the broker (a field
    // simulator leaving tidies up so): nothing happened in the world, nothing is refused.
    if (payload.isEmpty()) {
        ++m_decoded;
        return Decoded {};
    }
    QJsonParseError pe;
    const auto doc = QJsonDocument::fromJson(payload.toByteArray(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return refuse(
            "malformed_json", pe.error != QJsonParseError::NoError ? pe.errorString() : QString(), error);
    const QJsonObject o = doc.object();
    const auto v = o.value(u"v");
    if (v.isUndefined())
        return refuse("missing_field", QStringLiteral("v"), error);
    if (!v.isDouble() || v.toDouble() != std::floor(v.toDouble()))
        return refuse("wrong_type", QStringLiteral("v"), error);
    if (v.toDouble() > kVersion)
        return refuse("future_version", QStringLiteral("v=%1").arg(v.toDouble()), error);
    if (v.toDouble() < 1)
        return refuse("out_of_range", QStringLiteral("v"), error);

    Fields f(o);
    Event e;
    e.sourceTimeMs = qint64(f.number("ts", 0, kMaxExactInteger, true));
    e.receiveTimeMs = receiveTimeMs;
    e.source = QStringLiteral("mqtt");
    Decoded out;
    QString payloadId;
    if (collection == u"units" && leaf == u"status") {
        UnitReported p;
        p.unitId = payloadId = f.id("unit_id");
        p.callSign = f.text("call_sign", 64);
        p.kind = f.choice("kind", kUnitKinds, UnitKind::PatrolCar);
        p.status = f.choice("status", kUnitStatuses, UnitStatus::Available);
        p.position = f.position();
        p.headingDeg = float(f.number("heading_deg", 0, 360, false));
        e.payload = p;
    } else if (collection == u"units" && leaf == u"position") {
        UnitMoved p;
        p.unitId = payloadId = f.id("unit_id");
        p.position = f.position();
        p.headingDeg = float(f.number("heading_deg", 0, 360, false));
        p.speedKmh = float(f.number("speed_kmh", 0, 400, false));
        e.payload = p;
    } else if (collection == u"units" && leaf == u"orders") {
        // Another workstation's order to a unit (our own are not echoed: no-local subscription).
        OrderIssued p;
        p.orderId = f.id("order_id");
        p.unitId = payloadId = f.id("unit_id");
        p.task = f.text("task", 64, true);
        if (f.ok() && std::find(kTasks.begin(), kTasks.end(), QStringView(p.task)) == kTasks.end())
            f.fail("out_of_range", "task");
        p.target = f.position();
        p.incidentId = f.id("incident_id", false);
        // A lookout's plate, description and photo (the same limits as the workstation's).
        p.lookout.plate = f.text("plate", 16);
        p.lookout.description = f.text("description");
        p.lookout.photo = f.text("photo", 2000);
        e.payload = p;
    } else if (collection == u"units" && leaf == u"order-status") {
        OrderStateChanged p;
        p.orderId = f.id("order_id");
        payloadId = f.id("unit_id", false);
        if (payloadId.isEmpty())
            payloadId = topicId;
        const QString state = f.text("state", 32, true);
        if (f.ok()) {
            const auto s = orderStateFromName(state);
            if (!s)
                f.fail("out_of_range", "state");
            else
                p.state = *s;
        }
        p.note = f.text("note");
        if (f.ok() && !correlationData.isEmpty() && correlationData != QByteArrayView(p.orderId.toUtf8()))
            return refuse("id_mismatch", QStringLiteral("correlation data"), error);
        e.payload = p;
    } else if (collection == u"alerts" && leaf.isEmpty()) {
        payloadId = f.id("alert_id");
        const QString state = f.text("state", 32, true);
        if (f.ok() && state == u"acknowledged") {
            e.payload = AlertAcknowledged { payloadId };
        } else if (f.ok() && state == u"raised") {
            AlertRaised p;
            p.alertId = payloadId;
            p.text = f.text("text", kMaxTextChars, true);
            p.severity = f.choice("severity", kSeverities, Severity::High);
            p.position = f.position();
            p.code = f.text("code", 64);
            p.args = f.strings("args", kMaxAlertArgs, kMaxTextChars);
            e.payload = p;
        } else {
            f.fail("out_of_range", "state");
        }
    } else if (collection == u"incidents" && leaf.isEmpty()) {
        payloadId = f.id("incident_id");
        const QString state = f.text("state", 32, true);
        if (f.ok() && state == u"closed") {
            e.payload = IncidentClosed { payloadId, f.text("resolution") };
        } else if (f.ok() && state == u"open") {
            IncidentReported p;
            p.incidentId = payloadId;
            p.type = f.text("type", 64, true);
            p.summary = f.text("summary");
            p.severity = f.choice("severity", kSeverities, Severity::Medium);
            p.position = f.position();
            e.payload = p;
        } else {
            f.fail("out_of_range", "state");
        }
    } else if (cordon) {
        payloadId = f.id("cordon_id");
        const QString state = f.text("state", 32, true);
        if (f.ok() && state == u"cleared") {
            e.payload = CordonCleared { payloadId };
        } else if (f.ok() && state == u"active") {
            CordonSet p;
            p.cordonId = payloadId;
            p.name = f.text("name");
            const auto ring = o.value(u"ring");
            if (!ring.isArray()) {
                f.fail(ring.isUndefined() ? "missing_field" : "wrong_type", "ring");
            } else {
                const QJsonArray points = ring.toArray();
                if (points.size() < 3 || points.size() > kMaxRingPoints)
                    f.fail("out_of_range", "ring");
                for (qsizetype i = 0; f.ok() && i < points.size(); ++i) {
                    const QJsonArray pt = points[i].toArray();
                    if (!points[i].isArray() || pt.size() != 2 || !pt[0].isDouble() || !pt[1].isDouble()) {
                        f.fail("wrong_type", "ring");
                        break;
                    }
                    const GeoPoint g { pt[0].toDouble(), pt[1].toDouble() };
                    if (!(std::abs(g.lat) <= 90 && std::abs(g.lon) <= 180))
                        f.fail("out_of_range", "ring");
                    p.ring.append(g);
                }
            }
            e.payload = p;
        } else {
            f.fail("out_of_range", "state");
        }
    } else if (manning) {
        // A cordon's manning plan went out (the orders that man it), or every crossing is manned.
        payloadId = f.id("cordon_id");
        const QString state = f.text("state", 32, true);
        if (f.ok() && state == u"activated") {
            CordonActivated p;
            p.cordonId = payloadId;
            p.orderIds = f.strings("order_ids", kMaxCordonOrders, 64);
            for (const QString &id : std::as_const(p.orderIds)) {
                if (!validId(id)) {
                    f.fail("out_of_range", "order_ids");
                    break;
                }
            }
            e.payload = p;
        } else if (f.ok() && state == u"closed") {
            e.payload = CordonClosed { payloadId };
        } else {
            f.fail("out_of_range", "state");
        }
    } else if (collection == u"cameras" && leaf.isEmpty()) {
        CameraReported p;
        p.cameraId = payloadId = f.id("camera_id");
        p.name = f.text("name");
        p.position = f.position();
        p.bearingDeg = float(f.number("bearing_deg", 0, 360, false));
        p.fovDeg = float(f.number("fov_deg", 0.001, 360, false, 60));
        p.mainUrl = f.text("main_url");
        p.subUrl = f.text("sub_url");
        if (f.ok()
            && (withoutUrlCredentials(p.mainUrl) != p.mainUrl || withoutUrlCredentials(p.subUrl) != p.subUrl))
            return refuse("credentials_in_url", QStringLiteral("camera %1").arg(p.cameraId), error);
        e.payload = p;
    } else if (collection == u"plates" && leaf.isEmpty()) {
        PlateRead p;
        p.siteId = payloadId = f.id("site_id");
        p.plate = f.text("plate", 16, true);
        if (f.ok() && p.plate.trimmed().isEmpty())
            f.fail("out_of_range", "plate");
        p.hotListed = f.boolean("hot_listed");
        p.reason = f.text("reason");
        e.payload = p;
    } else if (collection == u"sites" && leaf.isEmpty()) {
        SiteReported p;
        p.siteId = payloadId = f.id("site_id");
        p.name = f.text("name", 200);
        p.kind = f.choice("kind", kSiteKinds, SiteKind::PoliceCheckpoint);
        p.position = f.position();
        e.payload = p;
    } else if (collection == u"congestion" && leaf.isEmpty()) {
        CongestionReported p;
        p.congestionId = payloadId = f.id("congestion_id");
        p.road = f.text("road", 200);
        const QString state = f.text("state", 32, true);
        if (f.ok() && state != u"active" && state != u"cleared")
            f.fail("out_of_range", "state");
        p.cleared = state == u"cleared";
        p.severity = f.choice("severity", kSeverities, Severity::Low);
        p.position = f.position();
        e.payload = p;
    } else if (collection == u"exercises" && leaf.isEmpty()) {
        // A training exercise's script: never part of the live world.
        if (m_ns != u"training")
            return refuse("training_only", QStringLiteral("exercises"), error);
        ScenarioStarted p;
        p.scenarioId = payloadId = f.id("scenario_id");
        p.titleZh = f.text("title_zh", 200);
        p.titleEn = f.text("title_en", 200);
        p.briefingZh = f.text("briefing_zh", kMaxBriefingChars);
        p.briefingEn = f.text("briefing_en", kMaxBriefingChars);
        p.startMs = qint64(f.number("start_ts", 0, kMaxExactInteger, true));
        p.endMs = qint64(f.number("end_ts", 0, kMaxExactInteger, true));
        p.suspects = f.strings("suspects", kMaxSuspects, 64);
        if (f.ok() && p.endMs < p.startMs)
            f.fail("out_of_range", "end_ts");
        e.payload = p;
    } else if (collection == u"workstations" && leaf == u"presence") {
        Presence p;
        p.client = payloadId = f.id("client");
        p.operatorId = f.text("operator", 64);
        p.role = f.text("role", 32);
        const QString state = f.text("state", 32, true);
        if (f.ok() && state != u"online" && state != u"offline")
            f.fail("out_of_range", "state");
        p.online = state == u"online";
        if (!f.ok())
            return refuse(f.reason(), f.detail(), error);
        if (payloadId != topicId)
            return refuse(
                "id_mismatch", QStringLiteral("%1 in a message for %2").arg(payloadId, topicId), error);
        ++m_decoded;
        out.presence = p;
        return out;
    } else {
        return refuse("unknown_topic", rest.left(64), error);
    }
    if (!f.ok())
        return refuse(f.reason(), f.detail(), error);
    if (payloadId != topicId)
        return refuse("id_mismatch", QStringLiteral("%1 in a message for %2").arg(payloadId, topicId), error);
    ++m_decoded;
    out.event = std::move(e);
    return out;
}

std::optional<OutgoingMessage> MqttCodec::encode(
    const Event &event, const QString &operatorId, QString *error) const
{
    const qint64 ts = event.sourceTimeMs > 0 ? event.sourceTimeMs : QDateTime::currentMSecsSinceEpoch();
    OutgoingMessage m;
    if (const auto *o = std::get_if<OrderIssued>(&event.payload)) {
        if (!validId(o->orderId) || !validId(o->unitId)
            || (!o->incidentId.isEmpty() && !validId(o->incidentId))) {
            *error = QStringLiteral("order %1: ids must be 1 to 64 of A-Z a-z 0-9 _ - . :").arg(o->orderId);
            return std::nullopt;
        }
        if (!orderTasks().contains(o->task)) {
            *error = QStringLiteral("order %1: unknown task '%2' (%3)")
                         .arg(o->orderId, o->task, orderTasks().join(u", "));
            return std::nullopt;
        }
        QJsonObject j { { QStringLiteral("order_id"), o->orderId }, { QStringLiteral("unit_id"), o->unitId },
            { QStringLiteral("task"), o->task }, { QStringLiteral("issued_by"), operatorId } };
        if (!o->incidentId.isEmpty())
            j.insert(QStringLiteral("incident_id"), o->incidentId);
        // What a lookout asks the units to watch for; only the fields it has.
        if (!o->lookout.plate.isEmpty())
            j.insert(QStringLiteral("plate"), o->lookout.plate);
        if (!o->lookout.description.isEmpty())
            j.insert(QStringLiteral("description"), o->lookout.description);
        if (!o->lookout.photo.isEmpty())
            j.insert(QStringLiteral("photo"), o->lookout.photo);
        m.topic = orderTopic(o->unitId);
        m.payload = toJson(withPosition(j, o->target), ts);
        m.expirySeconds = kOrderExpirySeconds;
        m.responseTopic = orderStatusTopic(o->unitId);
        m.correlationData = o->orderId.toUtf8();
        return m;
    }
    if (const auto *a = std::get_if<AlertAcknowledged>(&event.payload)) {
        if (!validId(a->alertId)) {
            *error = QStringLiteral("alert id '%1' cannot be published").arg(a->alertId);
            return std::nullopt;
        }
        m.topic = m_prefix + "alerts/" + a->alertId.toUtf8();
        m.payload = toJson({ { QStringLiteral("alert_id"), a->alertId },
                               { QStringLiteral("state"), QStringLiteral("acknowledged") },
                               { QStringLiteral("by"), operatorId } },
            ts);
        m.retain = true;
        m.expirySeconds = 86400;
        return m;
    }
    if (const auto *c = std::get_if<CordonSet>(&event.payload)) {
        if (!validId(c->cordonId) || c->ring.size() < 3 || c->ring.size() > kMaxRingPoints) {
            *error = QStringLiteral("cordon '%1' cannot be published (id or 3..%2 points)")
                         .arg(c->cordonId)
                         .arg(kMaxRingPoints);
            return std::nullopt;
        }
        QJsonArray ring;
        for (const auto &p : c->ring)
            ring.append(QJsonArray { p.lat, p.lon });
        m.topic = m_prefix + "cordons/" + c->cordonId.toUtf8();
        m.payload = toJson({ { QStringLiteral("cordon_id"), c->cordonId },
                               { QStringLiteral("state"), QStringLiteral("active") },
                               { QStringLiteral("name"), c->name }, { QStringLiteral("ring"), ring } },
            ts);
        m.retain = true;
        return m;
    }
    if (const auto *c = std::get_if<CordonCleared>(&event.payload)) {
        if (!validId(c->cordonId)) {
            *error = QStringLiteral("cordon id '%1' cannot be published").arg(c->cordonId);
            return std::nullopt;
        }
        m.topic = m_prefix + "cordons/" + c->cordonId.toUtf8();
        m.payload = toJson({ { QStringLiteral("cordon_id"), c->cordonId },
                               { QStringLiteral("state"), QStringLiteral("cleared") } },
            ts);
        m.retain = true;
        m.expirySeconds = 86400;
        return m;
    }
    if (const auto *c = std::get_if<CordonActivated>(&event.payload)) {
        const bool idsOk = std::all_of(
            c->orderIds.begin(), c->orderIds.end(), [](const QString &id) { return validId(id); });
        if (!validId(c->cordonId) || !idsOk || c->orderIds.size() > kMaxCordonOrders) {
            *error = QStringLiteral(
                "the manning of cordon '%1' cannot be published (ids, or more than %2 orders)")
                         .arg(c->cordonId)
                         .arg(kMaxCordonOrders);
            return std::nullopt;
        }
        m.topic = m_prefix + "cordons/" + c->cordonId.toUtf8() + "/manning";
        m.payload = toJson({ { QStringLiteral("cordon_id"), c->cordonId },
                               { QStringLiteral("state"), QStringLiteral("activated") },
                               { QStringLiteral("order_ids"), QJsonArray::fromStringList(c->orderIds) } },
            ts);
        m.retain = true;
        m.expirySeconds = 86400;
        return m;
    }
    if (const auto *c = std::get_if<CordonClosed>(&event.payload)) {
        if (!validId(c->cordonId)) {
            *error = QStringLiteral("cordon id '%1' cannot be published").arg(c->cordonId);
            return std::nullopt;
        }
        m.topic = m_prefix + "cordons/" + c->cordonId.toUtf8() + "/manning";
        m.payload = toJson({ { QStringLiteral("cordon_id"), c->cordonId },
                               { QStringLiteral("state"), QStringLiteral("closed") } },
            ts);
        m.retain = true;
        m.expirySeconds = 86400;
        return m;
    }
    if (const auto *i = std::get_if<IncidentReported>(&event.payload)) {
        if (!validId(i->incidentId)) {
            *error = QStringLiteral("incident id '%1' cannot be published").arg(i->incidentId);
            return std::nullopt;
        }
        m.topic = m_prefix + "incidents/" + i->incidentId.toUtf8();
        m.payload = toJson(
            withPosition({ { QStringLiteral("incident_id"), i->incidentId },
                             { QStringLiteral("state"), QStringLiteral("open") },
                             { QStringLiteral("type"), i->type }, { QStringLiteral("summary"), i->summary },
                             { QStringLiteral("severity"), toName(kSeverities, i->severity) } },
                i->position),
            ts);
        m.retain = true;
        return m;
    }
    if (const auto *i = std::get_if<IncidentClosed>(&event.payload)) {
        if (!validId(i->incidentId)) {
            *error = QStringLiteral("incident id '%1' cannot be published").arg(i->incidentId);
            return std::nullopt;
        }
        m.topic = m_prefix + "incidents/" + i->incidentId.toUtf8();
        m.payload = toJson({ { QStringLiteral("incident_id"), i->incidentId },
                               { QStringLiteral("state"), QStringLiteral("closed") },
                               { QStringLiteral("resolution"), i->resolution } },
            ts);
        m.retain = true;
        m.expirySeconds = 86400;
        return m;
    }
    *error = QStringLiteral("the backend protocol has no message for '%1'").arg(eventKindName(event.kind()));
    return std::nullopt;
}

std::optional<OutgoingMessage> MqttCodec::encodeReport(const Event &event, QString *error) const
{
    const qint64 ts = event.sourceTimeMs > 0 ? event.sourceTimeMs : QDateTime::currentMSecsSinceEpoch();
    const QString id = event.entityId();
    if (!validId(id)) {
        *error = QStringLiteral("%1 '%2': ids must be 1 to 64 of A-Z a-z 0-9 _ - . :")
                     .arg(eventKindName(event.kind()), id);
        return std::nullopt;
    }
    OutgoingMessage m;
    if (const auto *u = std::get_if<UnitReported>(&event.payload)) {
        m.topic = m_prefix + "units/" + id.toUtf8() + "/status";
        m.payload = toJson(withPosition({ { QStringLiteral("unit_id"), u->unitId },
                                            { QStringLiteral("call_sign"), u->callSign },
                                            { QStringLiteral("kind"), toName(kUnitKinds, u->kind) },
                                            { QStringLiteral("status"), toName(kUnitStatuses, u->status) },
                                            { QStringLiteral("heading_deg"), double(u->headingDeg) } },
                               u->position),
            ts);
        m.retain = true;
        return m;
    }
    if (const auto *u = std::get_if<UnitMoved>(&event.payload)) {
        m.topic = m_prefix + "units/" + id.toUtf8() + "/position";
        m.payload = toJson(withPosition({ { QStringLiteral("unit_id"), u->unitId },
                                            { QStringLiteral("heading_deg"), double(u->headingDeg) },
                                            { QStringLiteral("speed_kmh"), double(u->speedKmh) } },
                               u->position),
            ts);
        m.qos = 0; // the next fix replaces a lost one
        m.expirySeconds = 30;
        return m;
    }
    if (const auto *c = std::get_if<CameraReported>(&event.payload)) {
        if (withoutUrlCredentials(c->mainUrl) != c->mainUrl
            || withoutUrlCredentials(c->subUrl) != c->subUrl) {
            *error = QStringLiteral("camera %1: stream credentials never travel over the bus").arg(id);
            return std::nullopt;
        }
        m.topic = m_prefix + "cameras/" + id.toUtf8();
        m.payload = toJson(
            withPosition(
                { { QStringLiteral("camera_id"), c->cameraId }, { QStringLiteral("name"), c->name },
                    { QStringLiteral("bearing_deg"), double(c->bearingDeg) },
                    { QStringLiteral("fov_deg"), double(c->fovDeg) },
                    { QStringLiteral("main_url"), c->mainUrl }, { QStringLiteral("sub_url"), c->subUrl } },
                c->position),
            ts);
        m.retain = true;
        return m;
    }
    if (const auto *s = std::get_if<SiteReported>(&event.payload)) {
        m.topic = m_prefix + "sites/" + id.toUtf8();
        m.payload = toJson(
            withPosition({ { QStringLiteral("site_id"), s->siteId }, { QStringLiteral("name"), s->name },
                             { QStringLiteral("kind"), toName(kSiteKinds, s->kind) } },
                s->position),
            ts);
        m.retain = true;
        return m;
    }
    if (const auto *p = std::get_if<PlateRead>(&event.payload)) {
        m.topic = m_prefix + "plates/" + id.toUtf8();
        m.payload = toJson(
            { { QStringLiteral("site_id"), p->siteId }, { QStringLiteral("plate"), p->plate },
                { QStringLiteral("hot_listed"), p->hotListed }, { QStringLiteral("reason"), p->reason } },
            ts);
        m.expirySeconds = 3600;
        return m;
    }
    if (const auto *a = std::get_if<AlertRaised>(&event.payload)) {
        QJsonObject j { { QStringLiteral("alert_id"), a->alertId },
            { QStringLiteral("state"), QStringLiteral("raised") },
            { QStringLiteral("text"), a->text.left(kMaxTextChars) },
            { QStringLiteral("severity"), toName(kSeverities, a->severity) } };
        if (!a->code.isEmpty())
            j.insert(QStringLiteral("code"), a->code);
        if (!a->args.isEmpty())
            j.insert(QStringLiteral("args"), QJsonArray::fromStringList(a->args.mid(0, kMaxAlertArgs)));
        m.topic = m_prefix + "alerts/" + id.toUtf8();
        m.payload = toJson(withPosition(j, a->position), ts);
        m.retain = true;
        m.expirySeconds = 86400;
        return m;
    }
    if (const auto *c = std::get_if<CongestionReported>(&event.payload)) {
        m.topic = m_prefix + "congestion/" + id.toUtf8();
        m.payload
            = toJson(withPosition({ { QStringLiteral("congestion_id"), c->congestionId },
                                      { QStringLiteral("road"), c->road },
                                      { QStringLiteral("state"),
                                          c->cleared ? QStringLiteral("cleared") : QStringLiteral("active") },
                                      { QStringLiteral("severity"), toName(kSeverities, c->severity) } },
                         c->position),
                ts);
        m.retain = true;
        if (c->cleared)
            m.expirySeconds = 86400;
        return m;
    }
    if (const auto *s = std::get_if<ScenarioStarted>(&event.payload)) {
        if (m_ns != u"training") {
            *error = QStringLiteral("an exercise is published only in the training namespace");
            return std::nullopt;
        }
        m.topic = m_prefix + "exercises/" + id.toUtf8();
        m.payload = toJson(
            { { QStringLiteral("scenario_id"), s->scenarioId }, { QStringLiteral("title_zh"), s->titleZh },
                { QStringLiteral("title_en"), s->titleEn }, { QStringLiteral("briefing_zh"), s->briefingZh },
                { QStringLiteral("briefing_en"), s->briefingEn },
                { QStringLiteral("start_ts"), double(s->startMs) },
                { QStringLiteral("end_ts"), double(s->endMs) },
                { QStringLiteral("suspects"), QJsonArray::fromStringList(s->suspects) } },
            ts);
        m.retain = true;
        return m;
    }
    if (std::holds_alternative<IncidentReported>(event.payload)
        || std::holds_alternative<IncidentClosed>(event.payload))
        return encode(event, {}, error);
    *error = QStringLiteral("the field side has no message for '%1'").arg(eventKindName(event.kind()));
    return std::nullopt;
}

OutgoingMessage MqttCodec::encodePresence(const Presence &p, qint64 nowMs) const
{
    OutgoingMessage m;
    m.topic = presenceTopic(p.client);
    m.payload = toJson(
        { { QStringLiteral("client"), p.client }, { QStringLiteral("operator"), p.operatorId },
            { QStringLiteral("role"), p.role },
            { QStringLiteral("state"), p.online ? QStringLiteral("online") : QStringLiteral("offline") } },
        nowMs);
    m.retain = true;
    return m;
}

OutgoingMessage MqttCodec::encodeOrderStatus(
    const QString &unitId, const QString &orderId, OrderState state, const QString &note, qint64 nowMs) const
{
    OutgoingMessage m;
    m.topic = orderStatusTopic(unitId);
    m.payload = toJson(
        { { QStringLiteral("order_id"), orderId }, { QStringLiteral("unit_id"), unitId },
            { QStringLiteral("state"), orderStateName(state).toString() }, { QStringLiteral("note"), note } },
        nowMs);
    m.expirySeconds = 3600;
    m.correlationData = orderId.toUtf8();
    return m;
}

} // namespace wf::mqtt
