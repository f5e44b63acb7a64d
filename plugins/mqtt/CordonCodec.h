#pragma once

#include "Event.h"
#include "OutgoingMessage.h"
#include "PayloadFields.h"

#include <optional>

namespace wf::mqtt {

// Cordons (docs/protocol.md 4.7 and 4.7a): a workstation sets or clears a cordon's ring on the
// cordon's retained topic, and publishes its manning (the orders that man its crossings, then
// that every crossing is manned) under it. The only messages allowed past the common 8 KiB.
// prefix is the namespace's "wf/<ns>/".
class CordonCodec
{
public:
    static constexpr qsizetype kMaxCordonBytes = 256 * 1024;
    static constexpr int kMaxCordonOrders = 5000; // a cordon's manning: one order per crossing
    static constexpr int kMaxRingPoints = 10000;

    // CordonSet or CordonCleared, by the payload's state.
    static EventPayload decode(PayloadFields &f, QString *payloadId);
    // CordonActivated or CordonClosed, by the payload's state.
    static EventPayload decodeManning(PayloadFields &f, QString *payloadId);

    static std::optional<OutgoingMessage> encodeSet(
        const QByteArray &prefix, const CordonSet &c, qint64 ts, QString *error);
    static std::optional<OutgoingMessage> encodeCleared(
        const QByteArray &prefix, const CordonCleared &c, qint64 ts, QString *error);
    static std::optional<OutgoingMessage> encodeActivated(
        const QByteArray &prefix, const CordonActivated &c, qint64 ts, QString *error);
    static std::optional<OutgoingMessage> encodeClosed(
        const QByteArray &prefix, const CordonClosed &c, qint64 ts, QString *error);
};

} // namespace wf::mqtt
