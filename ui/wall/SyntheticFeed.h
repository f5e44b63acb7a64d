#pragma once

#include "CameraView.h"
#include "SceneKind.h"
#include "SceneSnapshot.h"
#include "SyntheticScene.h"

#include <QObject>
#include <QTimer>
#include <QVideoFrame>
#include <memory>
#include <optional>

namespace wf::wall {

class WorldClock;

// A simulated camera's live feed: renders its SyntheticScene at 25 fps off the GUI thread, at
// the size of the tile that shows it (704x576 at most, like a camera's main and sub-streams),
// and hands out QVideoFrames whose start time is the moment they show. It exists only while a tile shows the
// camera, so a camera nobody watches costs nothing; a frame still being drawn when the next is due is skipped
// rather than queued, so a busy machine shows fewer frames instead of growing latency.
class SyntheticFeed : public QObject
{
    Q_OBJECT
public:
    // 25 fps, a PAL camera's rate: a 704x576 picture of the busiest scene takes about 2.3 ms
    // (bench sim: synthetic_frame_ms), so 16 tiles need under one core.
    static constexpr int kIntervalMs = 40;

    // Everything a feed knows of its camera and the world behind it.
    struct Setup
    {
        QString cameraId;
        QString cameraName;
        SceneKind kind = SceneKind::UrbanIntersection;
        // Where the camera stands and looks; without it, no actor of the world is filmed.
        std::optional<maps::CameraView> view;
        // The world's clock (the picture shows its time); null: the workstation's.
        std::shared_ptr<const WorldClock> clock;
        // Who is where in the world; null: nobody.
        std::shared_ptr<const SceneSnapshot::Latest> world;
    };

    explicit SyntheticFeed(Setup setup, QObject *parent = nullptr);
    // A feed with no world behind it: the workstation's clock, passing traffic only.
    SyntheticFeed(const QString &cameraId, const QString &cameraName, QObject *parent = nullptr);
    ~SyntheticFeed() override;

    void start();
    void stop();
    // The tile's size in device pixels: later pictures are drawn at SyntheticScene::pictureSizeFor it.
    void setTargetSize(QSize deviceSize);
    QSize pictureSize() const { return m_pictureSize; }

    SceneKind kind() const { return m_setup.kind; }

    // "sim://camera/CAM0001" -> "CAM0001"; empty for any other URL.
    static QString cameraIdFromUrl(const QString &url);
    // The moment the next picture shows: the world's time, or the workstation's without a world
    // (or before the world's clock has started).
    qint64 pictureTimeMs() const;

    // The moment of the latest picture drawn (the world's clock); 0 before the first.
    qint64 lastPictureMs() const { return m_lastPictureMs; }
    // The world's actor at (x, y) (0..1 from its top left) of the picture of `pictureMs` (a
    // frame's startTime() / 1000: the one a tile shows, paused or not), or "".
    QString actorAt(double x, double y, qint64 pictureMs) const;
    // The ground (x, y) of that picture shows, through the picture's own lens: where the
    // one drawn there stands, else the ground at the point; nothing without a picture of the
    // world (no view of the camera, no world, no picture yet).
    std::optional<maps::LatLon> groundAt(double x, double y, qint64 pictureMs) const;
    // The picture of the moment `pictureMs` (a frame's startTime() / 1000) at the camera's full
    // 704x576, whatever size the tile shows: what a snapshot keeps as evidence.
    QImage fullPicture(qint64 pictureMs) const;

signals:
    void frameReady(const QVideoFrame &frame);

private:
    struct Shared; // what the render job and the feed share; the job never touches the feed
    void renderNext();
    // The moment `pictureMs` as its picture was drawn; nothing without a view of the camera, a
    // world or a picture.
    std::optional<SyntheticScene::Moment> pictureMoment(qint64 pictureMs) const;
    // The world's weather and the actors in view at `ms`; safe on the render pool's threads.
    static SyntheticScene::Moment momentOf(const std::shared_ptr<const SceneSnapshot::Latest> &world,
        const std::optional<maps::CameraView> &view, qint64 ms);

    Setup m_setup;
    std::shared_ptr<const SyntheticScene> m_scene;
    std::shared_ptr<Shared> m_shared;
    QTimer m_timer;
    qint64 m_lastPictureMs = 0;
    QSize m_pictureSize { SyntheticScene::kWidth, SyntheticScene::kHeight };
};

} // namespace wf::wall
