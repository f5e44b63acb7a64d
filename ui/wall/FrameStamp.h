#pragma once

#include <QtGlobal>
#include <optional>

class QVideoFrame;

namespace wf::wall {

// A machine-readable clock burnt into the top rows of a test picture, to measure
// glass-to-glass latency: the low 32 bits of the sender's wall-clock milliseconds as 32 blocks
// across the picture's width (bright = 1; 22x16 pixels in a 704-wide picture, 11x8 in a
// 352-wide sub-stream), followed by a row of blocks with every bit inverted so that a frame
// without a stamp (or damaged by compression) is rejected rather than misread. The test RTSP
// server (tests/tools/rtsp_server.py) writes the same layout into its luma plane.
namespace FrameStamp {
inline constexpr int kBits = 32;
inline constexpr int kMinBlockWidth = 8;
inline int blockWidth(int pictureWidth)
{
    return pictureWidth / kBits;
}
inline int blockHeight(int pictureWidth)
{
    return blockWidth(pictureWidth) * 16 / 22;
}

// Reads the stamp from a frame's luma (Y) plane or, for RGB frames, its green channel.
std::optional<quint32> read(const QVideoFrame &frame);
// Milliseconds between the stamp and nowMs, modulo 2^32 wrap-around.
qint64 ageMs(quint32 stamp, qint64 nowMs);
} // namespace FrameStamp

} // namespace wf::wall
