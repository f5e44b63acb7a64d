#pragma once

#include "Event.h"
#include "OutgoingMessage.h"
#include "PayloadFields.h"

#include <optional>

namespace wf::mqtt {

// Alerts (docs/protocol.md 4.5): a gateway raises one, a workstation acknowledges it, both on
// the alert's retained topic. prefix is the namespace's "wf/<ns>/".
class AlertCodec
{
public:
    static constexpr int kMaxAlertArgs = 16;

    // AlertRaised or AlertAcknowledged, by the payload's state.
    static EventPayload decode(PayloadFields &f, QString *payloadId);

    static std::optional<OutgoingMessage> encodeAcknowledged(const QByteArray &prefix,
        const AlertAcknowledged &a, const QString &operatorId, qint64 ts, QString *error);
    // id is the alert's, checked by the caller.
    static OutgoingMessage encodeRaised(
        const QByteArray &prefix, const QString &id, const AlertRaised &a, qint64 ts);
};

} // namespace wf::mqtt
