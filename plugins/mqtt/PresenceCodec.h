#pragma once

#include "OutgoingMessage.h"
#include "PayloadFields.h"

#include <QString>

namespace wf::mqtt {

// A workstation's presence (wf/<ns>/workstations/<client>/presence). Not an event of the world:
// the connector counts the workstations online.
struct Presence
{
    QString client;
    QString operatorId;
    QString role;
    bool online = false;
};

// Workstation presence (docs/protocol.md 4.10): retained, and the connection's will publishes
// the offline state when a workstation goes away unannounced. prefix is the namespace's
// "wf/<ns>/".
class PresenceCodec
{
public:
    static QByteArray topic(const QByteArray &prefix, const QString &client);
    static Presence decode(PayloadFields &f, QString *payloadId);
    static OutgoingMessage encode(const QByteArray &prefix, const Presence &p, qint64 nowMs);
};

} // namespace wf::mqtt
