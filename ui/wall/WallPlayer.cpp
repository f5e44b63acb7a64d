#include "WallPlayer.h"

#include "CentreTime.h"
#include "FrameStamp.h"
#include "PlayerDisposal.h"
#include "RecordedPlayer.h"
#include "SyntheticFeed.h"
#include "VideoReceiver.h"
#include "WallModel.h"

#include <QAudioOutput>
#include <QDateTime>
#include <QDir>
#include <QMediaMetaData>
#include <QMediaPlayer>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QtMath>

namespace wf::wall {

namespace {

bool isLiveUrl(const QUrl &url)
{
    // Files loop (they stand in for cameras in tests and demos); anything else is a live feed
    // whose end means the camera went away.
    return !url.isLocalFile() && !url.scheme().isEmpty();
}

} // namespace

WallPlayer::WallPlayer(QQuickItem *parent)
    : QQuickItem(parent)
{
    m_clock.start();
    m_ticker.setInterval(kTickMs);
    connect(&m_ticker, &QTimer::timeout, this, &WallPlayer::tick);
    connect(this, &QQuickItem::windowChanged, this, [this](QQuickWindow *window) {
        disconnect(m_syncConnection);
        if (!window)
            return;
        m_syncConnection = connect(
            window, &QQuickWindow::beforeSynchronizing, this,
            [this] {
                m_windowFrames.fetch_add(1, std::memory_order_relaxed);
                const quint64 presented = m_presented.load(std::memory_order_acquire);
                if (m_synchronised.exchange(presented, std::memory_order_acq_rel) != presented)
                    m_framesShown.fetch_add(1, std::memory_order_relaxed);
            },
            Qt::DirectConnection);
    });
}

WallPlayer::~WallPlayer()
{
    disconnectSource();
    if (m_wall)
        m_wall->unregisterPlayer(this);
}

void WallPlayer::setSource(const QString &source)
{
    if (source == m_source)
        return;
    m_source = source;
    emit sourceChanged();
    // A new source is a new camera (or stream): forget the old one's history.
    disconnectSource();
    m_lastFrameAt = -1;
    m_attempt = 0;
    m_error.clear();
    m_frameTimes.clear();
    m_resolution = {};
    m_pictureSize = {};
    m_bitrateKbps = -1;
    m_shown = {};
    if (m_output)
        m_output->setVideoFrame({});
    updateWanted();
}

void WallPlayer::setCameraId(const QString &id)
{
    if (id == m_cameraId)
        return;
    m_cameraId = id;
    emit cameraChanged();
}

void WallPlayer::setCameraName(const QString &name)
{
    if (name == m_cameraName)
        return;
    m_cameraName = name;
    emit cameraChanged();
}

void WallPlayer::setVideoSink(QVideoSink *sink)
{
    if (sink == m_output)
        return;
    m_output = sink;
    if (m_output && m_shown.isValid())
        m_output->setVideoFrame(m_shown);
    emit videoSinkChanged();
}

WallModel *WallPlayer::wall() const
{
    return m_wall;
}

void WallPlayer::setWall(WallModel *wall)
{
    if (wall == m_wall)
        return;
    if (m_wall)
        m_wall->unregisterPlayer(this);
    m_wall = wall;
    if (m_wall)
        m_wall->registerPlayer(this);
    emit wallChanged();
}

void WallPlayer::setSlot(int slot)
{
    if (slot == m_slot)
        return;
    m_slot = slot;
    emit wallChanged();
}

void WallPlayer::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    m_stepPending = false;
    emit pausedChanged();
}

void WallPlayer::setMuted(bool muted)
{
    if (muted == m_muted)
        return;
    m_muted = muted;
    const QUrl url = QUrl::fromUserInput(m_source, QDir::currentPath(), QUrl::AssumeLocalFile);
    if (m_wanted && VideoReceiver::handles(url) && (m_receiver || m_player)) {
        // Sound comes with QMediaPlayer only: a live camera switches between the two.
        connectSource();
        emit mutedChanged();
        return;
    }
    if (m_player) {
        if (!m_muted && !m_player->audioOutput())
            m_player->setAudioOutput(new QAudioOutput(m_player));
        else if (m_muted && m_player->audioOutput()) {
            // No audio output at all rather than a muted one: nothing is decoded for it.
            auto *out = m_player->audioOutput();
            m_player->setAudioOutput(nullptr);
            out->deleteLater();
        }
    }
    emit mutedChanged();
}

void WallPlayer::setLostTimeoutMs(int ms)
{
    ms = std::max(1000, ms);
    if (ms == m_lostTimeoutMs)
        return;
    m_lostTimeoutMs = ms;
    emit lostTimeoutMsChanged();
}

void WallPlayer::setMeasureLatency(bool on)
{
    if (on == m_measureLatency)
        return;
    m_measureLatency = on;
    m_latencies.clear();
    if (m_receiver)
        m_receiver->setReadStamps(on);
    emit measureLatencyChanged();
}

int WallPlayer::frameAgeMs() const
{
    return m_lastFrameAt < 0 ? -1 : int(m_clock.elapsed() - m_lastFrameAt);
}

int WallPlayer::retryInMs() const
{
    return (m_wanted && !playing() && m_retryAt >= 0)
        ? int(std::max<qint64>(0, m_retryAt - m_clock.elapsed()))
        : -1;
}

void WallPlayer::componentComplete()
{
    QQuickItem::componentComplete();
    m_complete = true;
    updateWanted();
}

void WallPlayer::itemChange(ItemChange change, const ItemChangeData &value)
{
    QQuickItem::itemChange(change, value);
    if (change == ItemVisibleHasChanged || change == ItemSceneChange)
        updateWanted();
}

void WallPlayer::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    updateTargetSize();
}

void WallPlayer::updateTargetSize()
{
    const qreal dpr = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    const QSize size(qCeil(width() * dpr), qCeil(height() * dpr));
    if (m_receiver)
        m_receiver->setTargetSize(size);
    if (m_feed)
        m_feed->setTargetSize(size);
    if (m_recorded)
        m_recorded->setTargetSize(size);
}

QString WallPlayer::backend() const
{
    if (m_receiver)
        return QStringLiteral("receiver");
    if (m_player)
        return QStringLiteral("player");
    if (m_feed)
        return QStringLiteral("synthetic");
    if (m_recorded)
        return QStringLiteral("recorded");
    return {};
}

QString WallPlayer::recordingNote() const
{
    if (!m_recorded)
        return {};
    if (const QString held = m_recorded->holdText(); !held.isEmpty())
        return held;
    return m_recorded->pictureTimeMs() > 0
        ? tr("Recorded %1").arg(centreClockText(m_recorded->pictureTimeMs()))
        : QString();
}

void WallPlayer::updateWanted()
{
    const bool wanted = m_complete && !m_source.isEmpty() && isVisible() && window();
    if (wanted == m_wanted)
        return;
    m_wanted = wanted;
    if (m_wanted) {
        m_attempt = 0;
        m_retryAt = -1;
        m_ticker.start();
        connectSource();
    } else {
        m_ticker.stop();
        disconnectSource();
        // A hidden tile keeps no decoder buffers alive.
        m_shown = {};
        m_lastFrameAt = -1;
        m_frameTimes.clear();
        if (m_output)
            m_output->setVideoFrame({});
    }
    updateHealth();
}

void WallPlayer::connectSource()
{
    disconnectSource();
    m_connectedAt = m_clock.elapsed();
    m_framesThisConnection = 0;
    m_retryAt = -1;
    const quint64 generation = ++m_generation;
    const auto frameIn = [this, generation](const QVideoFrame &frame) {
        if (generation == m_generation)
            onFrame(frame, kReadStamp);
    };

    const QString simId = SyntheticFeed::cameraIdFromUrl(m_source);
    if (!simId.isEmpty()) {
        SyntheticFeed::Setup setup { simId, m_cameraName, SceneKind::UrbanIntersection, std::nullopt, {},
            {} };
        if (SceneSource *scene = m_wall ? m_wall->scene() : nullptr) {
            // The world's clock and actors, and what the camera looks at.
            setup.clock = scene->clock();
            setup.world = scene->latest();
            if (const auto camera = m_wall->camera(simId)) {
                setup.kind = scene->sceneKindOf(*camera);
                setup.view = maps::CameraView { { camera->position.lat, camera->position.lon },
                    camera->bearingDeg, camera->fovDeg, kViewRangeM };
            }
        }
        m_sceneKind = setup.kind;
        m_feed = new SyntheticFeed(std::move(setup), this);
        connect(m_feed, &SyntheticFeed::frameReady, this, frameIn);
        updateTargetSize();
        m_feed->start();
        return;
    }

    if (m_wall && m_wall->playback()) {
        // Playback shows what the camera recorded at the moment on the timeline, never its live
        // picture.
        SceneSource *scene = m_wall->scene();
        if (!scene) {
            retryLater(tr("No playback clock"));
            return;
        }
        m_recorded = new RecordedPlayer(
            { m_source, m_cameraId, scene->clock(), std::max(m_lostTimeoutMs, kMinConnectTimeoutMs) }, this);
        connect(m_recorded, &RecordedPlayer::frameArrived, this, frameIn);
        connect(m_recorded, &RecordedPlayer::failed, this, [this, generation](const QString &why) {
            if (generation == m_generation)
                retryLater(why);
        });
        updateTargetSize();
        m_recorded->start();
        return;
    }

    const QUrl url = QUrl::fromUserInput(m_source, QDir::currentPath(), QUrl::AssumeLocalFile);
    if (!url.isValid()) {
        retryLater(tr("Invalid address: %1").arg(m_source));
        return;
    }
    if (VideoReceiver::handles(url) && m_muted) {
        m_receiver = new VideoReceiver(this);
        connect(m_receiver, &VideoReceiver::frameArrived, this,
            [this, generation](const QVideoFrame &frame, qint64 stamp) {
                if (generation == m_generation)
                    onFrame(frame, stamp);
            });
        connect(m_receiver, &VideoReceiver::failed, this, [this, generation](const QString &why) {
            if (generation == m_generation)
                retryLater(why);
        });
        updateTargetSize();
        VideoReceiver::Options options;
        options.url = m_source;
        // A camera that cannot start within the lost-signal time is as good as lost; unlike the
        // player (HLS buffers whole segments first), the receiver needs no more than that.
        options.connectTimeoutMs = m_lostTimeoutMs;
        options.readTimeoutMs = m_lostTimeoutMs;
        options.readStamps = m_measureLatency;
        m_receiver->start(options);
        return;
    }
    m_player = new QMediaPlayer(this);
    // Our own sink sees every frame first, on Qt Multimedia's thread; frames reach this object
    // through a queued connection, so the decoder never waits for the GUI.
    auto *tap = new QVideoSink(m_player);
    m_player->setVideoSink(tap);
    connect(tap, &QVideoSink::videoFrameChanged, this, frameIn);
    connect(m_player, &QMediaPlayer::errorOccurred, this,
        [this, generation](QMediaPlayer::Error, const QString &text) {
            if (generation == m_generation)
                retryLater(text.isEmpty() ? tr("Playback error") : text);
        });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this,
        [this, generation, url](QMediaPlayer::MediaStatus status) {
            if (generation != m_generation)
                return;
            if (status == QMediaPlayer::EndOfMedia && isLiveUrl(url))
                retryLater(tr("The stream ended"));
            else if (status == QMediaPlayer::InvalidMedia)
                retryLater(m_player->errorString().isEmpty() ? tr("Unsupported or unreachable stream")
                                                             : m_player->errorString());
        });
    connect(m_player, &QMediaPlayer::metaDataChanged, this, [this, generation] {
        if (generation != m_generation)
            return;
        const QVariant rate = m_player->metaData().value(QMediaMetaData::VideoBitRate);
        m_bitrateKbps = rate.toInt() > 0 ? rate.toInt() / 1000 : -1;
    });
    if (!isLiveUrl(url))
        m_player->setLoops(QMediaPlayer::Infinite);
    if (!m_muted)
        m_player->setAudioOutput(new QAudioOutput(m_player));
    m_player->setSource(url);
    m_player->play();
}

void WallPlayer::disconnectSource()
{
    ++m_generation;
    disposePlayer(m_player, this);
    if (m_feed) {
        m_feed->stop();
        m_feed->deleteLater();
        m_feed = nullptr;
    }
    // The receiver's threads finish on their own; deleting it only lets go of them.
    delete m_receiver;
    m_receiver = nullptr;
    if (m_recorded) {
        m_recorded->disconnect(this);
        m_recorded->deleteLater();
        m_recorded = nullptr;
    }
    m_connectedAt = -1;
}

void WallPlayer::retryLater(const QString &why)
{
    m_error = why;
    disconnectSource();
    if (!m_wanted)
        return;
    // 1, 2, 4, 4, ... seconds: quick for a blip, gentle on a camera that is down.
    const int delay = std::min(kMaxBackoffMs, 1000 << std::min(m_attempt, 8));
    ++m_attempt;
    m_retryAt = m_clock.elapsed() + delay;
    updateHealth();
}

void WallPlayer::reconnect()
{
    if (!m_wanted)
        return;
    m_attempt = 0;
    ++m_reconnects;
    connectSource();
    updateHealth();
}

void WallPlayer::onFrame(const QVideoFrame &frame, qint64 stamp)
{
    if (!frame.isValid())
        return; // players push an empty frame when they stop
    const qint64 now = m_clock.elapsed();
    const bool wasLive = m_state == Live;
    m_lastFrameAt = now;
    ++m_frames;
    ++m_framesThisConnection;
    m_attempt = 0;
    m_error.clear();
    m_frameTimes.push_back(now);
    while (!m_frameTimes.empty() && m_frameTimes.front() < now - 2000)
        m_frameTimes.pop_front();
    m_pictureSize = frame.size();
    // The stream's own size, not the size the receiver scaled it to for this tile.
    m_resolution = m_receiver && m_receiver->sourceSize().isValid() ? m_receiver->sourceSize()
        : m_feed ? QSize(SyntheticScene::kWidth, SyntheticScene::kHeight)
                 : frame.size();
    if (m_receiver)
        m_bitrateKbps = m_receiver->bitrateKbps();
    if (m_measureLatency) {
        if (stamp == kReadStamp) {
            const auto read = FrameStamp::read(frame);
            stamp = read ? qint64(*read) : -1;
        }
        if (stamp >= 0) {
            m_latencies.append(FrameStamp::ageMs(quint32(stamp), QDateTime::currentMSecsSinceEpoch()));
            if (m_latencies.size() > kLatencyWindow)
                m_latencies.removeFirst();
        }
    }
    if (!m_paused || m_stepPending) {
        m_stepPending = false;
        show(frame);
    }
    if (!wasLive)
        updateHealth(); // the overlay should not wait a tick to say the picture is back
}

void WallPlayer::show(const QVideoFrame &frame)
{
    // A newer frame while one still waits for the wall's beat: the waiting one goes to the screen
    // now, once the screen has drawn the one before it, instead of being dropped (a camera's
    // clock and the beat drift, so now and then two of its frames fall into one beat); the newer
    // one waits for the next beat.
    if (m_wall && m_presentPending)
        present();
    m_shown = frame;
    m_presentPending = true;
    if (!m_wall)
        present(); // a player on its own shows each frame as it comes
}

bool WallPlayer::screenTookLastFrame() const
{
    // A window that is not on screen draws nothing, so there is nothing to wait for.
    return !window() || !window()->isExposed()
        || m_synchronised.load(std::memory_order_acquire) == m_presented.load(std::memory_order_acquire);
}

void WallPlayer::present()
{
    if (!m_presentPending)
        return;
    // The frame handed over last has not been drawn yet (the renderer is behind, or the beat came
    // just after a frame was handed over early): this one waits for the next beat instead of
    // replacing that one unseen.
    if (m_wall && !screenTookLastFrame())
        return;
    m_presentPending = false;
    if (m_output) {
        m_output->setVideoFrame(m_shown);
        m_presented.fetch_add(1, std::memory_order_release);
    }
}

void WallPlayer::step()
{
    if (m_paused)
        m_stepPending = true;
}

void WallPlayer::tick()
{
    if (!m_wanted)
        return;
    const qint64 now = m_clock.elapsed();
    if (!playing()) {
        if (m_retryAt >= 0 && now >= m_retryAt) {
            ++m_reconnects;
            connectSource();
        }
    } else {
        if (m_recorded && (m_recorded->hold() != RecordedPlayer::Hold::None || m_recorded->waiting())) {
            // A recording held on purpose (the playback paused, or nothing recorded at this
            // moment) sends nothing, and that is not a lost signal; one being moved to a new
            // moment keeps a deadline of its own.
            m_connectedAt = now;
            if (m_lastFrameAt >= 0)
                m_lastFrameAt = now;
            if (m_recorded->hold() == RecordedPlayer::Hold::NoRecording && m_shown.isValid()) {
                // Another moment's picture would mislead: the tile goes dark and says why.
                m_shown = {};
                m_presentPending = true;
                if (!m_wall)
                    present();
            }
        }
        // The watchdog: a connection that delivers nothing for too long is dropped and retried,
        // whatever the player thinks its state is.
        const qint64 since
            = std::max(m_connectedAt, m_framesThisConnection > 0 ? m_lastFrameAt : m_connectedAt);
        const qint64 limit
            = m_framesThisConnection > 0 ? m_lostTimeoutMs : std::max(m_lostTimeoutMs, kMinConnectTimeoutMs);
        if (now - since > limit)
            retryLater(m_framesThisConnection > 0
                    ? tr("No picture for %1 s").arg((now - since) / 1000)
                    : tr("No picture within %1 s of connecting").arg(limit / 1000));
    }
    updateHealth();
}

void WallPlayer::updateHealth()
{
    const qint64 now = m_clock.elapsed();
    State state = Idle;
    if (m_wanted) {
        if (m_lastFrameAt < 0) {
            state = m_error.isEmpty() ? Connecting : Failed;
        } else {
            const qint64 age = now - m_lastFrameAt;
            const qint64 staleAfter = std::min<qint64>(1500, m_lostTimeoutMs / 2);
            state = age <= staleAfter ? Live : (age <= m_lostTimeoutMs ? Stale : Lost);
        }
        if (m_recorded && m_recorded->hold() == RecordedPlayer::Hold::NoRecording)
            state = NoRecording;
    }
    m_state = state;
    while (!m_frameTimes.empty() && m_frameTimes.front() < now - 2000)
        m_frameTimes.pop_front();
    // Frames over the last two seconds, or over the time since the picture came back.
    const qint64 window
        = std::clamp<qint64>(m_frameTimes.empty() ? 2000 : now - m_frameTimes.front(), 500, 2000);
    m_fps = m_frameTimes.size() < 2 ? 0 : double(m_frameTimes.size() - 1) * 1000.0 / double(window);
    emit healthChanged();
}

QString WallPlayer::snapshot(const QString &folder)
{
    if (!m_shown.isValid())
        return {};
    // A training camera's picture is drawn again at its full size; a network camera's is kept
    // as the tile shows it.
    const QImage image = m_feed && m_shown.startTime() > 0 ? m_feed->fullPicture(m_shown.startTime() / 1000)
                                                           : m_shown.toImage();
    if (image.isNull())
        return {};
    QString dir = folder;
    if (dir.isEmpty())
        dir = QDir(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
                  .filePath(QStringLiteral("watchfloor"));
    if (!QDir().mkpath(dir))
        return {};
    QString id = m_cameraId.isEmpty() ? QStringLiteral("camera") : m_cameraId;
    id.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    const QString path = QDir(dir).filePath(QStringLiteral("%1_%2.png")
            .arg(id, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"))));
    return image.save(path, "PNG") ? path : QString();
}

double WallPlayer::pictureTimeMs() const
{
    if (m_recorded)
        return double(m_recorded->pictureTimeMs());
    if (!m_feed)
        return 0;
    // The picture on the screen (a paused tile's is older than the feed's latest).
    return m_shown.isValid() && m_shown.startTime() > 0 ? double(m_shown.startTime() / 1000)
                                                        : double(m_feed->lastPictureMs());
}

QString WallPlayer::actorAt(double x, double y) const
{
    return m_feed ? m_feed->actorAt(x, y, qint64(pictureTimeMs())) : QString();
}

QGeoCoordinate WallPlayer::groundAt(double x, double y) const
{
    const auto ground = m_feed ? m_feed->groundAt(x, y, qint64(pictureTimeMs())) : std::nullopt;
    return ground ? QGeoCoordinate(ground->lat, ground->lon) : QGeoCoordinate();
}

} // namespace wf::wall
