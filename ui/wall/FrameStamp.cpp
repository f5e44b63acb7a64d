#include "FrameStamp.h"

#include <QVideoFrame>

namespace wf::wall::FrameStamp {

namespace {

// Samples the centre of every block in the two stamp rows; `at(x, y)` returns a brightness 0..255.
template<typename At> std::optional<quint32> decode(int width, At at)
{
    const int bw = blockWidth(width);
    const int bh = blockHeight(width);
    quint32 value = 0;
    for (int bit = 0; bit < kBits; ++bit) {
        const int x = bit * bw + bw / 2;
        const bool one = at(x, bh / 2) > 128;
        const bool inverted = at(x, bh + bh / 2) > 128;
        if (one == inverted)
            return std::nullopt;
        value = (value << 1) | (one ? 1u : 0u);
    }
    return value;
}

} // namespace

std::optional<quint32> read(const QVideoFrame &input)
{
    QVideoFrame frame = input; // map() needs a non-const handle; frames are shared, not copied
    if (blockWidth(frame.width()) < kMinBlockWidth || frame.height() < 2 * blockHeight(frame.width()))
        return std::nullopt;
    if (!frame.map(QVideoFrame::ReadOnly))
        return std::nullopt;
    std::optional<quint32> out;
    const uchar *bits = frame.bits(0);
    const int stride = frame.bytesPerLine(0);
    switch (frame.pixelFormat()) {
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YUV422P:
    case QVideoFrameFormat::Format_YV12:
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_IMC1:
    case QVideoFrameFormat::Format_IMC3:
        out = decode(frame.width(), [&](int x, int y) { return int(bits[y * stride + x]); });
        break;
    case QVideoFrameFormat::Format_XRGB8888:
    case QVideoFrameFormat::Format_ARGB8888:
    case QVideoFrameFormat::Format_BGRX8888:
    case QVideoFrameFormat::Format_BGRA8888:
    case QVideoFrameFormat::Format_RGBX8888:
    case QVideoFrameFormat::Format_RGBA8888:
    case QVideoFrameFormat::Format_XBGR8888:
    case QVideoFrameFormat::Format_ABGR8888:
        // The stamp is grey; the middle two bytes are colour channels in every one of these layouts.
        out = decode(frame.width(), [&](int x, int y) {
            const uchar *px = bits + y * stride + x * 4;
            return (int(px[1]) + int(px[2])) / 2;
        });
        break;
    default:
        break;
    }
    frame.unmap();
    return out;
}

qint64 ageMs(quint32 stamp, qint64 nowMs)
{
    const quint32 now = quint32(quint64(nowMs) & 0xffffffffu);
    return qint64(qint32(now - stamp));
}

} // namespace wf::wall::FrameStamp
