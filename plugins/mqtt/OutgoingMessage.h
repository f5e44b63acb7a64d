#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace wf::mqtt {

// One MQTT message as it goes out: topic, payload and the MQTT 5 properties the protocol
// (docs/protocol.md) fixes for its kind.
struct OutgoingMessage
{
    QByteArray topic;
    QByteArray payload;
    int qos = 1;
    bool retain = false;
    quint32 expirySeconds = 0; // 0: no message expiry
    QByteArray responseTopic; // orders: where the unit answers
    QByteArray correlationData; // orders: the order id
};

} // namespace wf::mqtt
