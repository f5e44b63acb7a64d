#pragma once

#include "SceneKind.h"

#include <QElapsedTimer>
#include <QGeoCoordinate>
#include <QPointer>
#include <QQuickItem>
#include <QTimer>
#include <QVideoFrame>
#include <QVideoSink>
#include <atomic>
#include <deque>

class QMediaPlayer;

namespace wf::wall {

class RecordedPlayer;
class SyntheticFeed;
class VideoReceiver;
class WallModel;

// The video of one wall tile, with its watchdog. It sits over the tile's VideoOutput (it
// draws nothing itself) and:
// - plays `source` only while the item is visible: a hidden or removed tile stops its player,
//   gives it an empty source and deletes it (Qt 6.8 keeps decoding otherwise);
// - sees every frame on its way to the VideoOutput's sink, which gives the health numbers
//   (fps, resolution, age of the last frame), freeze-frame pause and step, and snapshots;
// - declares the signal stale, then lost, when frames stop, and reconnects with back-off on
//   its own: a new receiver or player per attempt, as a wedged one is not trusted to recover;
// - plays live network cameras (RTSP and the other push protocols) with its own VideoReceiver,
//   scaled to the tile; files, HLS and tiles with sound on keep QMediaPlayer, which paces
//   files by their timestamps, loops them and plays audio;
// - plays "sim://camera/ID" sources from the training world's synthetic video;
// - on a wall in playback, plays the camera's recording at the moment on the playback clock
//   (RecordedPlayer): `source` is then the recording's address (RecordingAddress).
// Everything happens on the GUI thread but the decoding (the wall's DecodePool, or Qt
// Multimedia's threads) and the synthetic drawing (a worker pool), so one dead camera cannot
// hold up another.
class WallPlayer : public QQuickItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("WallModel.h")
    Q_PROPERTY(QString source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(QString cameraId READ cameraId WRITE setCameraId NOTIFY cameraChanged)
    Q_PROPERTY(QString cameraName READ cameraName WRITE setCameraName NOTIFY cameraChanged)
    Q_PROPERTY(QVideoSink *videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
    Q_PROPERTY(wf::wall::WallModel *wall READ wall WRITE setWall NOTIFY wallChanged)
    Q_PROPERTY(int slot READ slot WRITE setSlot NOTIFY wallChanged)
    Q_PROPERTY(bool paused READ paused WRITE setPaused NOTIFY pausedChanged)
    Q_PROPERTY(bool muted READ muted WRITE setMuted NOTIFY mutedChanged)
    Q_PROPERTY(int lostTimeoutMs READ lostTimeoutMs WRITE setLostTimeoutMs NOTIFY lostTimeoutMsChanged)
    Q_PROPERTY(bool measureLatency READ measureLatency WRITE setMeasureLatency NOTIFY measureLatencyChanged)
    Q_PROPERTY(State state READ state NOTIFY healthChanged)
    Q_PROPERTY(double fps READ fps NOTIFY healthChanged)
    Q_PROPERTY(QSize resolution READ resolution NOTIFY healthChanged)
    Q_PROPERTY(int bitrateKbps READ bitrateKbps NOTIFY healthChanged)
    Q_PROPERTY(int frameAgeMs READ frameAgeMs NOTIFY healthChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY healthChanged)
    Q_PROPERTY(int retryInMs READ retryInMs NOTIFY healthChanged)
    Q_PROPERTY(qint64 framesReceived READ framesReceived NOTIFY healthChanged)
    Q_PROPERTY(int reconnects READ reconnects NOTIFY healthChanged)
    Q_PROPERTY(bool playing READ playing NOTIFY healthChanged)
    // Playing a recording on the playback clock, not a live picture.
    Q_PROPERTY(bool recording READ recording NOTIFY healthChanged)
    // A training camera's picture, drawn by the simulated world: never to be taken for a live one.
    Q_PROPERTY(bool simulated READ simulated NOTIFY healthChanged)
    // A recording's moment shown ("" before a picture) and why it is held, in words.
    Q_PROPERTY(QString recordingNote READ recordingNote NOTIFY healthChanged)
public:
    enum State {
        Idle, // nothing to play, or the tile is hidden
        Connecting, // waiting for the first picture
        Live,
        Stale, // frames stopped a moment ago
        Lost, // no frame for lostTimeoutMs: "signal lost", reconnecting
        Failed, // never got a picture: errorString says why, reconnecting
        NoRecording, // in playback, a moment the camera's recording does not cover
    };
    Q_ENUM(State)

    static constexpr int kTickMs = 250;
    static constexpr int kMinConnectTimeoutMs = 8000; // RTSP set-up and HLS buffering take seconds
    static constexpr int kMaxBackoffMs = 4000; // keeps recovery after a server restart under 10 s

    explicit WallPlayer(QQuickItem *parent = nullptr);
    ~WallPlayer() override;

    QString source() const { return m_source; }
    void setSource(const QString &source);
    QString cameraId() const { return m_cameraId; }
    void setCameraId(const QString &id);
    QString cameraName() const { return m_cameraName; }
    void setCameraName(const QString &name);
    QVideoSink *videoSink() const { return m_output; }
    void setVideoSink(QVideoSink *sink);
    WallModel *wall() const;
    void setWall(WallModel *wall);
    int slot() const { return m_slot; }
    void setSlot(int slot);
    bool paused() const { return m_paused; }
    void setPaused(bool paused);
    bool muted() const { return m_muted; }
    void setMuted(bool muted);
    int lostTimeoutMs() const { return m_lostTimeoutMs; }
    void setLostTimeoutMs(int ms);
    bool measureLatency() const { return m_measureLatency; }
    void setMeasureLatency(bool on);

    State state() const { return m_state; }
    double fps() const { return m_fps; }
    QSize resolution() const { return m_resolution; } // the stream's
    QSize pictureSize() const { return m_pictureSize; } // the frames' handed to the screen
    int bitrateKbps() const { return m_bitrateKbps; }
    int frameAgeMs() const;
    QString errorString() const { return m_error; }
    int retryInMs() const;
    qint64 framesReceived() const { return m_frames; }
    qint64 framesShown() const
    {
        return m_framesShown;
    } // handed to the screen; fewer when paused or coalesced
    // Frames the tile's window has drawn, whatever their cause: how often the video makes the
    // whole window redraw.
    qint64 windowFrames() const { return m_windowFrames; }
    int reconnects() const { return m_reconnects; }
    bool playing() const { return m_player || m_feed || m_receiver || m_recorded; }
    bool recording() const { return m_recorded; }
    bool simulated() const { return m_feed != nullptr; }
    QString recordingNote() const;
    // Which way the tile plays its source: "receiver", "player", "synthetic", "recorded" or ""
    // (idle).
    QString backend() const;
    // A synthetic feed's kind of scene ("food_street", "checkpoint_lane", ...), else "".
    QString sceneKindName() const { return m_feed ? wf::wall::sceneKindName(m_sceneKind) : QString(); }

    // Saves the frame on screen as CAMERA_yyyyMMdd-HHmmss-zzz.png in `folder` (default: the
    // user's Pictures/watchfloor); returns the file written, or "" when there is no picture.
    Q_INVOKABLE QString snapshot(const QString &folder = QString());
    // While paused, shows the next frame that arrives.
    Q_INVOKABLE void step();
    // Hands the latest frame to the screen. The wall calls this for all its tiles at the video
    // rate, so N unsynchronised streams cause one redraw per period instead of N.
    void present();
    // Whether the scene graph has taken the frame handed to the sink last (true without a window
    // on screen).
    bool screenTookLastFrame() const;
    // The training camera's picture on the screen (a paused tile's, not the feed's latest): its
    // moment on the world's clock (0: none, or not a training camera; a recording's moment in
    // playback) and the world's actor
    // drawn at (x, y) of it (0..1 from the picture's top left; "" on none), for marking a
    // sighting.
    Q_INVOKABLE double pictureTimeMs() const;
    Q_INVOKABLE QString actorAt(double x, double y) const;
    // The ground that point of the picture shows (where the one drawn there stands), through the
    // training picture's lens; invalid for any other camera or before a picture.
    Q_INVOKABLE QGeoCoordinate groundAt(double x, double y) const;
    // Drops the connection and connects again now (the operator's "retry").
    Q_INVOKABLE void reconnect();

    // The latest latency samples (ms, from stamps burnt into the picture; at most kLatencyWindow).
    QList<qint64> latencySamples() const { return m_latencies; }
    static constexpr int kLatencyWindow = 250; // ten seconds at 25 fps

signals:
    void sourceChanged();
    void cameraChanged();
    void videoSinkChanged();
    void wallChanged();
    void pausedChanged();
    void mutedChanged();
    void lostTimeoutMsChanged();
    void measureLatencyChanged();
    void healthChanged();

protected:
    void componentComplete() override;
    void itemChange(ItemChange change, const ItemChangeData &value) override;
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;

private:
    void updateWanted();
    void connectSource();
    void disconnectSource();
    void retryLater(const QString &why);
    // `stamp`: the FrameStamp clock already read from the picture (-1: none), or kReadStamp.
    void onFrame(const QVideoFrame &frame, qint64 stamp);
    static constexpr qint64 kReadStamp = -2;
    void updateTargetSize();
    void tick();
    void updateHealth();
    void show(const QVideoFrame &frame);

    QString m_source;
    QString m_cameraId;
    QString m_cameraName;
    QPointer<QVideoSink> m_output;
    QPointer<WallModel> m_wall;
    int m_slot = -1;
    bool m_paused = false;
    bool m_stepPending = false;
    bool m_muted = true; // a wall of 36 cameras with sound is noise: audio is opt-in per tile
    int m_lostTimeoutMs = 5000;
    bool m_measureLatency = false;
    bool m_complete = false;
    bool m_wanted = false;

    QMediaPlayer *m_player = nullptr;
    SyntheticFeed *m_feed = nullptr;
    SceneKind m_sceneKind = SceneKind::UrbanIntersection;
    VideoReceiver *m_receiver = nullptr;
    RecordedPlayer *m_recorded = nullptr;
    quint64 m_generation = 0; // frames from a torn-down connection are ignored
    QTimer m_ticker;
    QElapsedTimer m_clock;
    qint64 m_connectedAt = -1;
    qint64 m_lastFrameAt = -1;
    qint64 m_retryAt = -1;
    qint64 m_framesThisConnection = 0;
    int m_attempt = 0;
    std::deque<qint64> m_frameTimes;
    QVideoFrame m_shown;
    bool m_presentPending = false;
    QList<qint64> m_latencies;

    State m_state = Idle;
    double m_fps = 0;
    QSize m_resolution;
    QSize m_pictureSize;
    int m_bitrateKbps = -1;
    QString m_error;
    qint64 m_frames = 0;
    // Written on the GUI thread (present) and read while the render thread synchronises, when the
    // GUI thread is blocked; atomics keep that honest without a lock.
    std::atomic<quint64> m_presented { 0 };
    std::atomic<quint64> m_synchronised { 0 };
    std::atomic<qint64> m_framesShown { 0 };
    std::atomic<qint64> m_windowFrames { 0 };
    QMetaObject::Connection m_syncConnection;
    int m_reconnects = 0;
};

} // namespace wf::wall
