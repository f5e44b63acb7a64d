#pragma once

#include "Event.h"
#include "OutgoingMessage.h"
#include "PayloadFields.h"

#include <optional>

namespace wf::mqtt {

// Incidents (docs/protocol.md 4.6): opened and closed, by a workstation or a gateway, on the
// incident's retained topic. prefix is the namespace's "wf/<ns>/".
class IncidentCodec
{
public:
    // IncidentReported or IncidentClosed, by the payload's state.
    static EventPayload decode(PayloadFields &f, QString *payloadId);

    static std::optional<OutgoingMessage> encodeReported(
        const QByteArray &prefix, const IncidentReported &i, qint64 ts, QString *error);
    static std::optional<OutgoingMessage> encodeClosed(
        const QByteArray &prefix, const IncidentClosed &i, qint64 ts, QString *error);
};

} // namespace wf::mqtt
