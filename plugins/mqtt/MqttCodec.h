#pragma once

#include "AlertCodec.h"
#include "CameraCodec.h"
#include "CongestionCodec.h"
#include "CordonCodec.h"
#include "Event.h"
#include "ExerciseCodec.h"
#include "IncidentCodec.h"
#include "OrderCodec.h"
#include "OutgoingMessage.h"
#include "PayloadFields.h"
#include "PlateReadCodec.h"
#include "PresenceCodec.h"
#include "SiteCodec.h"
#include "UnitCodec.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <map>
#include <optional>

namespace wf::mqtt {

// JSON <-> wf::Event for one namespace ("live" or "training"), as docs/protocol.md and
// docs/schema/*.json say. Every input is bounded and checked; a refused message changes nothing
// and is counted by reason ("too_large", "malformed_json", "wrong_type", "missing_field",
// "future_version", "out_of_range", "wrong_namespace", "unknown_topic", "id_mismatch",
// "credentials_in_url", "training_only").
//
// A facade: it owns what all messages share (the namespace and its topics, the size and version
// checks, the refusal counts) and hands each topic to its message family's codec (UnitCodec,
// OrderCodec, ...), one file per family as docs/protocol.md has one section per message. Callers
// keep one object and one set of limits, whatever family a message belongs to.
class MqttCodec
{
public:
    static constexpr int kVersion = PayloadFields::kVersion;
    static constexpr qsizetype kMaxPayloadBytes = 8 * 1024;
    static constexpr qsizetype kMaxCordonBytes = CordonCodec::kMaxCordonBytes;
    static constexpr int kMaxCordonOrders = CordonCodec::kMaxCordonOrders;
    static constexpr qsizetype kMaxTopicBytes = 256;
    static constexpr int kMaxRingPoints = CordonCodec::kMaxRingPoints;
    static constexpr int kMaxTextChars = PayloadFields::kMaxTextChars;
    static constexpr quint32 kOrderExpirySeconds = OrderCodec::kOrderExpirySeconds;
    static constexpr int kMaxAlertArgs = AlertCodec::kMaxAlertArgs;
    static constexpr int kMaxBriefingChars = ExerciseCodec::kMaxBriefingChars;
    static constexpr int kMaxSuspects = ExerciseCodec::kMaxSuspects;

    explicit MqttCodec(QString ns);

    QString ns() const { return m_ns; }
    // "wf/<ns>/": every topic of this codec starts with it.
    QByteArray prefix() const { return m_prefix; }
    // What a workstation subscribes to: everything of its namespace.
    QByteArray subscription() const { return m_prefix + '#'; }

    struct Decoded
    {
        std::optional<Event> event;
        std::optional<Presence> presence;
    };
    // A received message; nullopt with *error (and a counted reason) when refused. An empty
    // payload (retained state removed) decodes to neither an event nor a presence.
    std::optional<Decoded> decode(QByteArrayView topic, QByteArrayView payload,
        QByteArrayView correlationData, qint64 receiveTimeMs, QString *error);

    // A command or shared state to publish; nullopt with *error for what the protocol cannot carry.
    std::optional<OutgoingMessage> encode(
        const Event &event, const QString &operatorId, QString *error) const;
    OutgoingMessage encodePresence(const Presence &presence, qint64 nowMs) const;
    // What the field side publishes (terminals, gateways, the training field simulator): unit
    // status and positions, cameras, sites, plate reads, raised alerts, congestion, incidents and,
    // in the training namespace, the exercise. nullopt with *error for anything else.
    std::optional<OutgoingMessage> encodeReport(const Event &event, QString *error) const;
    // The answer a unit gives to an order (used by field peers and tools).
    OutgoingMessage encodeOrderStatus(const QString &unitId, const QString &orderId, OrderState state,
        const QString &note, qint64 nowMs) const;

    QByteArray orderTopic(const QString &unitId) const;
    QByteArray orderStatusTopic(const QString &unitId) const;
    QByteArray presenceTopic(const QString &client) const;

    static bool validId(QStringView id) { return PayloadFields::validId(id); }
    static std::optional<OrderState> orderStateFromName(QStringView name)
    {
        return OrderCodec::stateFromName(name);
    }
    static QStringList orderTasks() { return OrderCodec::tasks(); }

    int decoded() const { return m_decoded; }
    int refused() const { return m_refusedTotal; }
    const std::map<QString, int> &refusedByReason() const { return m_refused; }

private:
    std::optional<Decoded> refuse(const char *reason, const QString &detail, QString *error);

    QString m_ns;
    QByteArray m_prefix;
    int m_decoded = 0;
    int m_refusedTotal = 0;
    std::map<QString, int> m_refused;
};

} // namespace wf::mqtt
