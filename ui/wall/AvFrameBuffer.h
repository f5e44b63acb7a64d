#pragma once

#include <QAbstractVideoBuffer>
#include <QVideoFrame>

struct AVFrame;

namespace wf::wall {

// A decoded FFmpeg picture handed to Qt Multimedia without a copy: the QVideoFrame holds a
// reference to the AVFrame's buffers, which go back to the decoder's (or the scaler's) buffer
// pool when the last QVideoFrame that shows them is gone. Pooled buffers keep a wall's memory
// flat: a fresh 600 KB allocation per frame and per stream is what fragments the heap.
class AvFrameBuffer : public QAbstractVideoBuffer
{
public:
    // Takes a new reference to `frame` (which must be YUV420P or YUVJ420P).
    static QVideoFrame wrap(const AVFrame *frame);
    static bool canWrap(int pixelFormat);

    ~AvFrameBuffer() override;
    QVideoFrameFormat format() const override { return m_format; }
    MapData map(QVideoFrame::MapMode mode) override;

private:
    AvFrameBuffer(AVFrame *frame, const QVideoFrameFormat &format);

    AVFrame *m_frame;
    QVideoFrameFormat m_format;
};

} // namespace wf::wall
