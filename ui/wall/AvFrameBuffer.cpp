#include "AvFrameBuffer.h"

extern "C" {
#include <libavutil/frame.h>
#include <libavutil/pixfmt.h>
}

namespace wf::wall {

bool AvFrameBuffer::canWrap(int pixelFormat)
{
    return pixelFormat == AV_PIX_FMT_YUV420P || pixelFormat == AV_PIX_FMT_YUVJ420P;
}

QVideoFrame AvFrameBuffer::wrap(const AVFrame *frame)
{
    if (!frame || !canWrap(frame->format) || frame->width <= 0 || frame->height <= 0)
        return {};
    AVFrame *ref = av_frame_clone(frame);
    if (!ref)
        return {};
    QVideoFrameFormat format(QSize(frame->width, frame->height), QVideoFrameFormat::Format_YUV420P);
    // MJPEG cameras send full-range ("J") pictures; drawn as limited range they look washed out.
    const bool full = frame->format == AV_PIX_FMT_YUVJ420P || frame->color_range == AVCOL_RANGE_JPEG;
    format.setColorRange(full ? QVideoFrameFormat::ColorRange_Full : QVideoFrameFormat::ColorRange_Video);
    switch (frame->colorspace) {
    case AVCOL_SPC_BT709:
        format.setColorSpace(QVideoFrameFormat::ColorSpace_BT709);
        break;
    case AVCOL_SPC_BT2020_NCL:
    case AVCOL_SPC_BT2020_CL:
        format.setColorSpace(QVideoFrameFormat::ColorSpace_BT2020);
        break;
    default:
        format.setColorSpace(QVideoFrameFormat::ColorSpace_BT601);
        break;
    }
    return QVideoFrame(std::unique_ptr<QAbstractVideoBuffer>(new AvFrameBuffer(ref, format)));
}

AvFrameBuffer::AvFrameBuffer(AVFrame *frame, const QVideoFrameFormat &format)
    : m_frame(frame)
    , m_format(format)
{ }

AvFrameBuffer::~AvFrameBuffer()
{
    av_frame_free(&m_frame);
}

QAbstractVideoBuffer::MapData AvFrameBuffer::map(QVideoFrame::MapMode mode)
{
    MapData data;
    // The decoder may still reference these buffers (as a reference picture): never write.
    if (mode & QVideoFrame::WriteOnly)
        return data;
    const int chromaHeight = (m_frame->height + 1) / 2;
    data.planeCount = 3;
    for (int i = 0; i < 3; ++i) {
        data.data[i] = m_frame->data[i];
        data.bytesPerLine[i] = m_frame->linesize[i];
        data.dataSize[i] = m_frame->linesize[i] * (i == 0 ? m_frame->height : chromaHeight);
    }
    return data;
}

} // namespace wf::wall
