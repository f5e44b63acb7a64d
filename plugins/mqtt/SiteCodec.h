#pragma once

#include "Event.h"
#include "OutgoingMessage.h"
#include "PayloadFields.h"

namespace wf::mqtt {

// Sites (docs/protocol.md 4.11): checkpoints, stations and key sites, from a gateway's site
// register or the field simulator, on a site's retained topic. prefix is the namespace's
// "wf/<ns>/".
class SiteCodec
{
public:
    static SiteReported decode(PayloadFields &f, QString *payloadId);
    // id is the site's, checked by the caller.
    static OutgoingMessage encode(
        const QByteArray &prefix, const QString &id, const SiteReported &s, qint64 ts);
};

} // namespace wf::mqtt
