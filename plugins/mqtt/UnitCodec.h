#pragma once

#include "Event.h"
#include "OutgoingMessage.h"
#include "PayloadFields.h"

namespace wf::mqtt {

// A unit's status and its position fixes (docs/protocol.md 4.1 and 4.2), what field terminals
// and AVL gateways publish. prefix is the namespace's "wf/<ns>/", id the unit's (checked by the
// caller).
class UnitCodec
{
public:
    static UnitReported decodeStatus(PayloadFields &f, QString *payloadId);
    static UnitMoved decodePosition(PayloadFields &f, QString *payloadId);

    static OutgoingMessage encodeStatus(
        const QByteArray &prefix, const QString &id, const UnitReported &u, qint64 ts);
    static OutgoingMessage encodePosition(
        const QByteArray &prefix, const QString &id, const UnitMoved &u, qint64 ts);
};

} // namespace wf::mqtt
