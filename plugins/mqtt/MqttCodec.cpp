#include "MqttCodec.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace wf::mqtt {

MqttCodec::MqttCodec(QString ns)
    : m_ns(std::move(ns))
    , m_prefix("wf/" + m_ns.toUtf8() + '/')
{ }

QByteArray MqttCodec::orderTopic(const QString &unitId) const
{
    return OrderCodec::topic(m_prefix, unitId);
}

QByteArray MqttCodec::orderStatusTopic(const QString &unitId) const
{
    return OrderCodec::statusTopic(m_prefix, unitId);
}

QByteArray MqttCodec::presenceTopic(const QString &client) const
{
    return PresenceCodec::topic(m_prefix, client);
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

    PayloadFields f(o);
    Event e;
    e.sourceTimeMs = qint64(f.number("ts", 0, PayloadFields::kMaxExactInteger, true));
    e.receiveTimeMs = receiveTimeMs;
    e.source = QStringLiteral("mqtt");
    std::optional<Presence> presence;
    QString payloadId;
    if (collection == u"units" && leaf == u"status") {
        e.payload = UnitCodec::decodeStatus(f, &payloadId);
    } else if (collection == u"units" && leaf == u"position") {
        e.payload = UnitCodec::decodePosition(f, &payloadId);
    } else if (collection == u"units" && leaf == u"orders") {
        e.payload = OrderCodec::decode(f, &payloadId);
    } else if (collection == u"units" && leaf == u"order-status") {
        e.payload = OrderCodec::decodeStatus(f, topicId, correlationData, &payloadId);
    } else if (collection == u"alerts" && leaf.isEmpty()) {
        e.payload = AlertCodec::decode(f, &payloadId);
    } else if (collection == u"incidents" && leaf.isEmpty()) {
        e.payload = IncidentCodec::decode(f, &payloadId);
    } else if (cordon) {
        e.payload = CordonCodec::decode(f, &payloadId);
    } else if (manning) {
        e.payload = CordonCodec::decodeManning(f, &payloadId);
    } else if (collection == u"cameras" && leaf.isEmpty()) {
        e.payload = CameraCodec::decode(f, &payloadId);
    } else if (collection == u"plates" && leaf.isEmpty()) {
        e.payload = PlateReadCodec::decode(f, &payloadId);
    } else if (collection == u"sites" && leaf.isEmpty()) {
        e.payload = SiteCodec::decode(f, &payloadId);
    } else if (collection == u"congestion" && leaf.isEmpty()) {
        e.payload = CongestionCodec::decode(f, &payloadId);
    } else if (collection == u"exercises" && leaf.isEmpty()) {
        // A training exercise's script: never part of the live world.
        if (m_ns != u"training")
            return refuse("training_only", QStringLiteral("exercises"), error);
        e.payload = ExerciseCodec::decode(f, &payloadId);
    } else if (collection == u"workstations" && leaf == u"presence") {
        presence = PresenceCodec::decode(f, &payloadId);
    } else {
        return refuse("unknown_topic", rest.left(64), error);
    }
    if (!f.ok())
        return refuse(f.reason(), f.detail(), error);
    if (payloadId != topicId)
        return refuse("id_mismatch", QStringLiteral("%1 in a message for %2").arg(payloadId, topicId), error);
    ++m_decoded;
    Decoded out;
    if (presence)
        out.presence = std::move(presence);
    else
        out.event = std::move(e);
    return out;
}

std::optional<OutgoingMessage> MqttCodec::encode(
    const Event &event, const QString &operatorId, QString *error) const
{
    const qint64 ts = event.sourceTimeMs > 0 ? event.sourceTimeMs : QDateTime::currentMSecsSinceEpoch();
    if (const auto *o = std::get_if<OrderIssued>(&event.payload))
        return OrderCodec::encode(m_prefix, *o, operatorId, ts, error);
    if (const auto *a = std::get_if<AlertAcknowledged>(&event.payload))
        return AlertCodec::encodeAcknowledged(m_prefix, *a, operatorId, ts, error);
    if (const auto *c = std::get_if<CordonSet>(&event.payload))
        return CordonCodec::encodeSet(m_prefix, *c, ts, error);
    if (const auto *c = std::get_if<CordonCleared>(&event.payload))
        return CordonCodec::encodeCleared(m_prefix, *c, ts, error);
    if (const auto *c = std::get_if<CordonActivated>(&event.payload))
        return CordonCodec::encodeActivated(m_prefix, *c, ts, error);
    if (const auto *c = std::get_if<CordonClosed>(&event.payload))
        return CordonCodec::encodeClosed(m_prefix, *c, ts, error);
    if (const auto *i = std::get_if<IncidentReported>(&event.payload))
        return IncidentCodec::encodeReported(m_prefix, *i, ts, error);
    if (const auto *i = std::get_if<IncidentClosed>(&event.payload))
        return IncidentCodec::encodeClosed(m_prefix, *i, ts, error);
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
    if (const auto *u = std::get_if<UnitReported>(&event.payload))
        return UnitCodec::encodeStatus(m_prefix, id, *u, ts);
    if (const auto *u = std::get_if<UnitMoved>(&event.payload))
        return UnitCodec::encodePosition(m_prefix, id, *u, ts);
    if (const auto *c = std::get_if<CameraReported>(&event.payload))
        return CameraCodec::encode(m_prefix, id, *c, ts, error);
    if (const auto *s = std::get_if<SiteReported>(&event.payload))
        return SiteCodec::encode(m_prefix, id, *s, ts);
    if (const auto *p = std::get_if<PlateRead>(&event.payload))
        return PlateReadCodec::encode(m_prefix, id, *p, ts);
    if (const auto *a = std::get_if<AlertRaised>(&event.payload))
        return AlertCodec::encodeRaised(m_prefix, id, *a, ts);
    if (const auto *c = std::get_if<CongestionReported>(&event.payload))
        return CongestionCodec::encode(m_prefix, id, *c, ts);
    if (const auto *s = std::get_if<ScenarioStarted>(&event.payload)) {
        if (m_ns != u"training") {
            *error = QStringLiteral("an exercise is published only in the training namespace");
            return std::nullopt;
        }
        return ExerciseCodec::encode(m_prefix, id, *s, ts);
    }
    if (std::holds_alternative<IncidentReported>(event.payload)
        || std::holds_alternative<IncidentClosed>(event.payload))
        return encode(event, {}, error);
    *error = QStringLiteral("the field side has no message for '%1'").arg(eventKindName(event.kind()));
    return std::nullopt;
}

OutgoingMessage MqttCodec::encodePresence(const Presence &p, qint64 nowMs) const
{
    return PresenceCodec::encode(m_prefix, p, nowMs);
}

OutgoingMessage MqttCodec::encodeOrderStatus(
    const QString &unitId, const QString &orderId, OrderState state, const QString &note, qint64 nowMs) const
{
    return OrderCodec::encodeStatus(m_prefix, unitId, orderId, state, note, nowMs);
}

} // namespace wf::mqtt
