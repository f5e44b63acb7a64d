#pragma once

#include <QtGlobal>
#include <optional>

class QVideoFrame;

namespace wf::wall {

// A machine-readable clock burnt into the top rows of a test picture, to measure
// glass-to-glass latency: the low 32 bits of the sender's wall-clock milliseconds as 32 blocks
// of 22x16 pixels (bright = 1), followed by 16 rows with every bit inverted so that a frame
// without a stamp (or damaged by compression) is rejected rather than misread. The test RTSP
// server (tests/tools/rtsp_server.py) writes the same layout into its luma plane.
namespace FrameStamp {
inline constexpr int kBits = 32;
inline constexpr int kBlockWidth = 22;
inline constexpr int kBlockHeight = 16;

// Reads the stamp from a frame's luma (Y) plane or, for RGB frames, its green channel.
std::optional<quint32> read(const QVideoFrame &frame);
// Milliseconds between the stamp and nowMs, modulo 2^32 wrap-around.
qint64 ageMs(quint32 stamp, qint64 nowMs);
} // namespace FrameStamp

} // namespace wf::wall
