#pragma once

#include <QByteArray>

namespace wf {

class WorldState;

// The whole picture of a WorldState as bytes: the keyframes a journal keeps so that playback
// reaches any time from the nearest one plus the events after it, instead of replaying from the
// start. Restoring a snapshot taken after event N gives the state that applying events 1..N gives.
QByteArray encodeWorld(const WorldState &world);
// Replaces the world's state; false (the world reset) for bytes that are not a snapshot this
// version understands.
bool restoreWorld(WorldState &world, const QByteArray &snapshot);

} // namespace wf
