#pragma once

#include "Event.h"
#include "OutgoingMessage.h"
#include "PayloadFields.h"

#include <QByteArrayView>
#include <optional>

namespace wf::mqtt {

// Orders to a unit and the unit's answers (docs/protocol.md 4.3 and 4.4): a workstation
// publishes an order with MQTT 5 request/response properties, the addressed unit answers on the
// order's response topic with the order id as correlation data. prefix is the namespace's
// "wf/<ns>/".
class OrderCodec
{
public:
    static constexpr quint32 kOrderExpirySeconds = 300;

    static QByteArray topic(const QByteArray &prefix, const QString &unitId);
    static QByteArray statusTopic(const QByteArray &prefix, const QString &unitId);
    static std::optional<OrderState> stateFromName(QStringView name);
    static QStringList tasks();

    // Another workstation's order to a unit (our own are not echoed: no-local subscription).
    static OrderIssued decode(PayloadFields &f, QString *payloadId);
    // A unit's answer; topicId is the unit of the topic (the payload may leave its unit out).
    static OrderStateChanged decodeStatus(
        PayloadFields &f, const QString &topicId, QByteArrayView correlationData, QString *payloadId);

    static std::optional<OutgoingMessage> encode(
        const QByteArray &prefix, const OrderIssued &o, const QString &operatorId, qint64 ts, QString *error);
    static OutgoingMessage encodeStatus(const QByteArray &prefix, const QString &unitId,
        const QString &orderId, OrderState state, const QString &note, qint64 nowMs);
};

} // namespace wf::mqtt
