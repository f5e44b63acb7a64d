#pragma once

#include "Event.h"
#include "OutgoingMessage.h"
#include "PayloadFields.h"

namespace wf::mqtt {

// Plate reads (docs/protocol.md 4.9), what a plate-reader gateway publishes on its site's topic
// (not retained: a read is an event, not a state). prefix is the namespace's "wf/<ns>/".
class PlateReadCodec
{
public:
    static PlateRead decode(PayloadFields &f, QString *payloadId);
    // id is the site's, checked by the caller.
    static OutgoingMessage encode(const QByteArray &prefix, const QString &id, const PlateRead &p, qint64 ts);
};

} // namespace wf::mqtt
