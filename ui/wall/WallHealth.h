#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

namespace wf::wall {

class WallPlayer;

// What --wall-health writes for monitoring, tests and the benchmark: per tile its camera, state,
// fps, frames, resolution, age of the last frame, error, place in the window, how it plays its
// source, the latest latency samples and, in playback, the moment its picture shows. Stream
// addresses and errors go without user name and password.
namespace WallHealth {
// The tiles of the players on the first tileCount tiles.
QJsonArray tiles(const QList<WallPlayer *> &players, int tileCount);
// {time_ms, layout, tiles} written atomically to path; false when it could not be.
bool write(const QString &path, const QString &layout, const QJsonArray &tiles);
} // namespace WallHealth

} // namespace wf::wall
