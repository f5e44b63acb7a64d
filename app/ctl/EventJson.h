#pragma once

#include "Event.h"

#include <QJsonObject>

namespace wf::ctl {

// One event as a JSON object for scripts: {"seq", "kind", "source", "source_ts", "receive_ts",
// "id", "data"}, where "data" holds the payload's fields (for what the protocol carries, its
// message's fields, docs/protocol.md). Nothing in an event is a credential (camera URLs reach the
// world without them), so everything is written.
QJsonObject eventJson(const Event &event);

} // namespace wf::ctl
