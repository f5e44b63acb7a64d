#pragma once

#include <QObject>
#include <QTimer>
#include <QVideoFrame>
#include <memory>

namespace wf::wall {

class SyntheticScene;

// A simulated camera's live feed: renders its SyntheticScene at 12.5 fps (704x576) off the GUI
// thread and hands out QVideoFrames. It exists only while a tile shows the camera, so a camera
// nobody watches costs nothing; a frame still being drawn when the next is due is skipped
// rather than queued, so a busy machine shows fewer frames instead of growing latency.
class SyntheticFeed : public QObject
{
    Q_OBJECT
public:
    // 12.5 fps: smooth enough to follow a car, cheap enough for a 6x6 wall.
    static constexpr int kIntervalMs = 80;

    SyntheticFeed(const QString &cameraId, const QString &cameraName, QObject *parent = nullptr);
    ~SyntheticFeed() override;

    void start();
    void stop();

    // "sim://camera/CAM0001" -> "CAM0001"; empty for any other URL.
    static QString cameraIdFromUrl(const QString &url);

signals:
    void frameReady(const QVideoFrame &frame);

private:
    struct Shared; // what the render job and the feed share; the job never touches the feed
    void renderNext();

    std::shared_ptr<const SyntheticScene> m_scene;
    std::shared_ptr<Shared> m_shared;
    QTimer m_timer;
};

} // namespace wf::wall
