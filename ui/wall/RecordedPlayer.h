#pragma once

#include "HlsTimeline.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QTimer>
#include <QVideoFrame>
#include <memory>
#include <optional>

class QMediaPlayer;
class QNetworkAccessManager;
class QNetworkReply;

namespace wf::wall {

class VideoReceiver;
class WorldClock;

// A camera's recorded video on the playback clock, for one wall tile in playback. The tile's
// picture is what the camera filmed at the moment on the timeline, and follows it: playing at the
// playback's pace, held when it is paused, moved when it jumps.
// - An HLS recording (the address has no start time): its playlist's program date-time maps the
//   clock into the video; the player is positioned there and kept within a second of it.
// - An NVR's playback stream (the address carries {start}): opened at the moment on the clock;
//   as the NVR plays it in real time, any other pace or a jump opens it again at the new moment.
// Frames reach the tile through frameArrived. A moment without a recording holds the picture and
// says so (holdText); nothing is expected from a held recording, so the tile's watchdog waits.
class RecordedPlayer : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString urlTemplate; // RecordingAddress
        QString cameraId;
        std::shared_ptr<const WorldClock> clock; // the playback's
        int connectTimeoutMs = 8000;
    };
    enum class Hold {
        None, // playing, or about to
        Paused, // the playback is paused: the picture stays
        NoRecording, // nothing was recorded at this moment
    };
    static constexpr int kFollowMs = 250;
    // How far the picture may drift from the clock before it is moved.
    static constexpr qint64 kToleranceMs = 1500;
    // An NVR stream is opened again at most this often while the clock runs at another pace.
    static constexpr qint64 kReopenMs = 2000;

    explicit RecordedPlayer(Options options, QObject *parent = nullptr);
    ~RecordedPlayer() override;

    void start();
    void setTargetSize(QSize size);
    Hold hold() const { return m_hold; }
    // Opened or moved, and waiting for the picture of the new moment (with a deadline of its
    // own: connectTimeoutMs, then failed).
    bool waiting() const { return m_awaitingSince >= 0; }
    // Why the picture is held, in words ("No recording at 10:32:15; recorded 10:00:00–10:20:00").
    QString holdText() const;
    // The moment the recording shows now (its clock; 0 before the first picture).
    qint64 pictureTimeMs() const { return m_pictureTime; }
    // The address played, with the moment filled in.
    QString url() const { return m_url; }
    bool usesReceiver() const { return m_receiver; }

signals:
    void frameArrived(const QVideoFrame &frame);
    void failed(const QString &why);

private:
    void readPlaylist(const QString &url);
    void onPlaylist(const QByteArray &bytes);
    void openPlayer(const QString &url);
    void openStreamAt(qint64 atMs);
    void closeStream();
    void follow();
    void followHls(qint64 at, bool moving, double rate);
    void followStream(qint64 at, bool moving, double rate);
    void setHold(Hold hold);
    void await();
    void onFrame(const QVideoFrame &frame, qint64 pictureTime);

    Options m_options;
    QString m_url;
    QTimer m_timer;
    QElapsedTimer m_wall;
    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    std::optional<HlsTimeline> m_timeline;
    QMediaPlayer *m_player = nullptr;
    VideoReceiver *m_receiver = nullptr;
    QSize m_targetSize;
    bool m_loaded = false; // the player knows the media and can be positioned
    Hold m_hold = Hold::None;
    qint64 m_lastClock = -1;
    qint64 m_lastFollowAt = -1;
    qint64 m_pictureTime = 0;
    qint64 m_holdAt = 0; // the moment without a recording
    qint64 m_awaitingSince = -1; // when the player was opened or moved, until its next picture
    // An NVR stream: the moment it was opened at, when, and when it was last opened.
    qint64 m_streamFrom = 0;
    qint64 m_streamOpenedAt = -1;
};

} // namespace wf::wall
