#pragma once

#include "Event.h"
#include "OutgoingMessage.h"
#include "PayloadFields.h"

#include <optional>

namespace wf::mqtt {

// Cameras (docs/protocol.md 4.8), what a camera gateway publishes on a camera's retained topic.
// A stream URL with a user name or password is refused both ways: credentials never travel over
// the bus. prefix is the namespace's "wf/<ns>/".
class CameraCodec
{
public:
    static CameraReported decode(PayloadFields &f, QString *payloadId);
    // id is the camera's, checked by the caller.
    static std::optional<OutgoingMessage> encode(
        const QByteArray &prefix, const QString &id, const CameraReported &c, qint64 ts, QString *error);
};

} // namespace wf::mqtt
