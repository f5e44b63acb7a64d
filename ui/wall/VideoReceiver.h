#pragma once

#include <QObject>
#include <QSize>
#include <QVideoFrame>
#include <memory>

class QUrl;

namespace wf::wall {

struct ReceiverSession;

// Receives one live network stream (RTSP, RTMP, SRT, UDP/RTP) with FFmpeg's own libraries and
// hands its pictures to Qt Multimedia as QVideoFrames. It is what a wall tile plays a camera
// with, in place of QMediaPlayer, because a live viewer needs what the player does not give:
// - it never pauses or seeks the stream (Qt 6.8's player seeks to 0 right after opening, which
//   FFmpeg turns into PAUSE + PLAY Range: npt=0-, and a stock gst-rtsp-server stalls on it);
// - low-latency demuxing (small probe, no reordering wait beyond the jitter of UDP), the
//   transport chosen per camera (TCP by default), and deadlines for connecting and for every
//   read, so a server that answers slowly or not at all fails only its own tile;
// - decoding on the shared DecodePool, and scaling in the decoder's thread to the tile's size,
//   so a 320x200 tile never uploads a 704x576 picture;
// - only the newest picture waits for the GUI thread: if the GUI falls behind, older frames are
//   dropped instead of queueing up in its event loop (memory stays flat whatever the load).
// One receiver is one connection attempt: when it fails, its owner makes a new one.
class VideoReceiver : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString url;
        QString transport; // "tcp" or "udp" for RTSP; empty: taken from the URL's "?tcp"/"?udp", else TCP
        int connectTimeoutMs = 8000; // from the first byte to the first decoded picture's stream info
        int readTimeoutMs = 5000; // no packet for this long ends the connection
        bool readStamps = false; // read the FrameStamp clock from each picture (latency tests)
    };

    // True for the live push protocols the receiver is for. Files and HLS keep QMediaPlayer, which
    // paces them by their timestamps and loops them; a live sender paces itself.
    static bool handles(const QUrl &url);

    explicit VideoReceiver(QObject *parent = nullptr);
    ~VideoReceiver() override;

    void start(const Options &options);
    // The size the picture is shown at, in device pixels. Larger pictures are scaled down to fit
    // in the decoding thread; an empty size shows the stream's own size.
    void setTargetSize(QSize size);
    void setReadStamps(bool on);

    QSize sourceSize() const; // the stream's own picture size, once known
    int bitrateKbps() const; // over the last second or so; -1 until known
    qint64 framesDecoded() const;
    qint64 framesDropped() const; // decoded but replaced by a newer one before the GUI took it

signals:
    // `stamp` is the FrameStamp value read from the picture, or -1.
    void frameArrived(const QVideoFrame &frame, qint64 stamp);
    void failed(const QString &why);

private:
    void takeLatest();
    friend struct ReceiverSession;

    std::shared_ptr<ReceiverSession> m_session;
    QSize m_targetSize;
};

} // namespace wf::wall
