#include "SyntheticFeed.h"

#include "SceneSource.h"
#include "SyntheticScene.h"
#include "WorldClock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QThreadPool>
#include <atomic>

namespace wf::wall {

namespace {

// One small pool for every synthetic feed: with many tiles the frames are drawn in parallel,
// but never on the GUI thread and never with more threads than leave a core for the UI.
QThreadPool &renderPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool(QCoreApplication::instance());
        p->setMaxThreadCount(std::max(1, QThread::idealThreadCount() / 2));
        p->setObjectName(QStringLiteral("wf-synthetic-video"));
        return p;
    }();
    return *pool;
}

} // namespace

struct SyntheticFeed::Shared
{
    std::atomic<bool> busy = false;
    SyntheticFeed *feed = nullptr; // read and written on the GUI thread only
};

SyntheticFeed::SyntheticFeed(Setup setup, QObject *parent)
    : QObject(parent)
    , m_setup(std::move(setup))
    , m_scene(std::make_shared<const SyntheticScene>(m_setup.cameraId,
          m_setup.cameraName.isEmpty() ? m_setup.cameraId : m_setup.cameraName, m_setup.kind,
          m_setup.view ? m_setup.view->fovDeg : 60))
    , m_shared(std::make_shared<Shared>())
{
    m_shared->feed = this;
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &SyntheticFeed::renderNext);
}

SyntheticFeed::SyntheticFeed(const QString &cameraId, const QString &cameraName, QObject *parent)
    : SyntheticFeed(
          Setup { cameraId, cameraName, SceneKind::UrbanIntersection, std::nullopt, {}, {} }, parent)
{ }

SyntheticFeed::~SyntheticFeed()
{
    m_shared->feed = nullptr; // a frame still in flight is dropped on arrival
}

void SyntheticFeed::start()
{
    m_timer.start();
    renderNext(); // a picture at once, not one interval later
}

void SyntheticFeed::stop()
{
    m_timer.stop();
}

void SyntheticFeed::setTargetSize(QSize deviceSize)
{
    m_pictureSize = SyntheticScene::pictureSizeFor(deviceSize);
}

QString SyntheticFeed::cameraIdFromUrl(const QString &url)
{
    static const QString prefix = QStringLiteral("sim://camera/");
    return url.startsWith(prefix) ? url.mid(prefix.size()) : QString();
}

qint64 SyntheticFeed::pictureTimeMs() const
{
    const qint64 world = m_setup.clock ? m_setup.clock->at(SceneSource::wallNowMs()) : 0;
    return world > 0 ? world : QDateTime::currentMSecsSinceEpoch();
}

std::optional<SyntheticScene::Moment> SyntheticFeed::pictureMoment(qint64 pictureMs) const
{
    if (!m_setup.world || !m_setup.world->get() || !m_setup.view || pictureMs <= 0)
        return std::nullopt;
    // The same moment, actors and placement the picture was drawn from.
    return momentOf(m_setup.world, m_setup.view, pictureMs);
}

QString SyntheticFeed::actorAt(double x, double y, qint64 pictureMs) const
{
    const auto moment = pictureMoment(pictureMs);
    return moment
        ? m_scene->actorAt(*moment, QPointF(x * SyntheticScene::kWidth, y * SyntheticScene::kHeight))
        : QString();
}

std::optional<maps::LatLon> SyntheticFeed::groundAt(double x, double y, qint64 pictureMs) const
{
    const auto moment = pictureMoment(pictureMs);
    if (!moment)
        return std::nullopt;
    const QPointF feet
        = m_scene->standingPointAt(*moment, QPointF(x * SyntheticScene::kWidth, y * SyntheticScene::kHeight));
    return m_scene->lens().groundAt(*m_setup.view, feet);
}

SyntheticScene::Moment SyntheticFeed::momentOf(const std::shared_ptr<const SceneSnapshot::Latest> &world,
    const std::optional<maps::CameraView> &view, qint64 ms)
{
    SyntheticScene::Moment moment;
    moment.ms = ms;
    if (auto snapshot = world ? world->get() : nullptr) {
        moment.weather = snapshot->weather();
        if (view)
            moment.actors = snapshot->figuresFor(*view, ms);
    }
    return moment;
}

QImage SyntheticFeed::fullPicture(qint64 pictureMs) const
{
    return m_scene->render(momentOf(m_setup.world, m_setup.view, pictureMs));
}

void SyntheticFeed::renderNext()
{
    if (m_shared->busy.exchange(true))
        return; // the previous frame is not finished: skip this one
    const qint64 now = pictureTimeMs();
    m_lastPictureMs = now;
    renderPool().start([scene = m_scene, shared = m_shared, view = m_setup.view, world = m_setup.world, now,
                           size = m_pictureSize] {
        QImage picture;
        scene->render(momentOf(world, view, now), picture, size);
        QVideoFrame frame(picture);
        frame.setStartTime(now * 1000); // the moment shown, for a full-size snapshot of it
        shared->busy = false;
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [shared, frame] {
                if (shared->feed)
                    emit shared->feed->frameReady(frame);
            },
            Qt::QueuedConnection);
    });
}

} // namespace wf::wall
