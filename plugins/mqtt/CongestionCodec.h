#pragma once

#include "Event.h"
#include "OutgoingMessage.h"
#include "PayloadFields.h"

namespace wf::mqtt {

// Road congestion (docs/protocol.md 4.12), from a traffic gateway or the field simulator, on the
// congestion's retained topic until it clears. prefix is the namespace's "wf/<ns>/".
class CongestionCodec
{
public:
    static CongestionReported decode(PayloadFields &f, QString *payloadId);
    // id is the congestion's, checked by the caller.
    static OutgoingMessage encode(
        const QByteArray &prefix, const QString &id, const CongestionReported &c, qint64 ts);
};

} // namespace wf::mqtt
