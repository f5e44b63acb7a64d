#include "RecordedPlayer.h"

#include "BoundedFile.h"
#include "CentreTime.h"
#include "PlayerDisposal.h"
#include "RecordingAddress.h"
#include "SceneSource.h"
#include "VideoReceiver.h"
#include "WorldClock.h"

#include <QDir>
#include <QMediaPlayer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>
#include <QVideoSink>
#include <cmath>

namespace wf::wall {

namespace {

QUrl urlOf(const QString &address)
{
    return QUrl::fromUserInput(address, QDir::currentPath(), QUrl::AssumeLocalFile);
}

} // namespace

RecordedPlayer::RecordedPlayer(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_timer.setInterval(kFollowMs);
    connect(&m_timer, &QTimer::timeout, this, &RecordedPlayer::follow);
    m_wall.start();
}

RecordedPlayer::~RecordedPlayer()
{
    closeStream();
}

void RecordedPlayer::start()
{
    if (!m_options.clock) {
        emit failed(tr("No playback clock"));
        return;
    }
    m_timer.start();
    if (RecordingAddress::startsAtGivenTime(m_options.urlTemplate)) {
        follow(); // opens the stream at the clock's moment
        return;
    }
    readPlaylist(RecordingAddress::expand(m_options.urlTemplate, m_options.cameraId, 0));
}

void RecordedPlayer::setTargetSize(QSize size)
{
    m_targetSize = size;
    if (m_receiver)
        m_receiver->setTargetSize(size);
}

QString RecordedPlayer::holdText() const
{
    switch (m_hold) {
    case Hold::None:
        return {};
    case Hold::Paused:
        return tr("Paused at %1").arg(centreClockText(m_pictureTime));
    case Hold::NoRecording:
        if (m_timeline)
            return tr("No recording at %1; recorded %2–%3")
                .arg(centreClockText(m_holdAt), centreClockText(m_timeline->startMs()),
                    centreClockText(m_timeline->endMs()));
        return tr("No recording at %1").arg(centreClockText(m_holdAt));
    }
    return {};
}

void RecordedPlayer::readPlaylist(const QString &address)
{
    m_url = address;
    const QUrl url = urlOf(address);
    if (url.isLocalFile()) {
        QString why;
        const auto bytes = readBoundedFile(url.toLocalFile(), HlsTimeline::kMaxBytes, &why);
        if (!bytes) {
            emit failed(tr("Cannot read the recording's playlist: %1").arg(why));
            return;
        }
        onPlaylist(*bytes);
        return;
    }
    if (url.scheme() != u"http" && url.scheme() != u"https") {
        emit failed(tr("A recording without {start} must be an HLS playlist (http, https or a file)"));
        return;
    }
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_options.connectTimeoutMs);
    // Another host's playlist is another recorder's: a redirect is not followed off this one.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > HlsTimeline::kMaxBytes && m_reply) {
            m_reply->setProperty("tooLarge", true);
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::finished, this, [this, reply = m_reply] {
        reply->deleteLater();
        if (reply->property("tooLarge").toBool()) {
            emit failed(
                tr("The recording's playlist is larger than %1").arg(byteSizeText(HlsTimeline::kMaxBytes)));
            return;
        }
        if (reply->error() != QNetworkReply::NoError) {
            emit failed(tr("Cannot read the recording's playlist: %1").arg(reply->errorString()));
            return;
        }
        onPlaylist(reply->readAll());
    });
}

void RecordedPlayer::onPlaylist(const QByteArray &bytes)
{
    QString why;
    m_timeline = HlsTimeline::parse(bytes, &why);
    if (!m_timeline) {
        emit failed(tr("The recording's playlist: %1").arg(why));
        return;
    }
    openPlayer(m_url);
    follow();
}

void RecordedPlayer::openPlayer(const QString &address)
{
    m_loaded = false;
    m_player = new QMediaPlayer(this);
    // Frames are seen on their way, as the tile's own sink would see them.
    auto *tap = new QVideoSink(m_player);
    m_player->setVideoSink(tap);
    connect(tap, &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame &frame) {
        if (!frame.isValid())
            return;
        onFrame(frame,
            m_timeline ? m_timeline->timeAtMediaPosition(frame.startTime() / 1000)
                       : m_streamFrom + (m_wall.elapsed() - m_streamOpenedAt));
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &text) {
        // Qt 6.8's FFmpeg player cannot seek an HLS recording to a moment before its first
        // timestamp (MPEG-TS segments start some 1.4 s in) and reports it as an error; the
        // recording is fine, so it is opened again and positioned from its start.
        if (m_timeline && text.startsWith(QLatin1String("Failed to seek"))) {
            QMetaObject::invokeMethod(
                this,
                [this] {
                    closeStream();
                    openPlayer(m_url);
                },
                Qt::QueuedConnection);
            return;
        }
        emit failed(text.isEmpty() ? tr("Cannot play the recording") : text);
    });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        if (status == QMediaPlayer::InvalidMedia)
            emit failed(m_player->errorString().isEmpty() ? tr("Unsupported or unreachable recording")
                                                          : m_player->errorString());
        if (!m_loaded
            && (status == QMediaPlayer::LoadedMedia || status == QMediaPlayer::BufferedMedia
                || status == QMediaPlayer::BufferingMedia)) {
            m_loaded = true;
            m_lastClock = -1; // position it at once
            follow();
        }
    });
    m_player->setSource(urlOf(address));
    await();
}

void RecordedPlayer::await()
{
    m_awaitingSince = m_wall.elapsed();
}

void RecordedPlayer::onFrame(const QVideoFrame &frame, qint64 pictureTime)
{
    m_awaitingSince = -1;
    m_pictureTime = pictureTime;
    // A paused playback played on only to get the picture of its moment.
    if (m_hold == Hold::Paused && m_player && m_player->playbackState() == QMediaPlayer::PlayingState)
        m_player->pause();
    emit frameArrived(frame);
}

void RecordedPlayer::openStreamAt(qint64 atMs)
{
    closeStream();
    m_streamFrom = atMs;
    m_streamOpenedAt = m_wall.elapsed();
    m_url = RecordingAddress::expand(m_options.urlTemplate, m_options.cameraId, atMs);
    const QUrl url = urlOf(m_url);
    if (VideoReceiver::handles(url)) {
        m_receiver = new VideoReceiver(this);
        connect(m_receiver, &VideoReceiver::frameArrived, this, [this](const QVideoFrame &frame, qint64) {
            if (m_hold != Hold::None && !waiting())
                return; // the NVR plays on; a held tile keeps its picture
            onFrame(frame, m_streamFrom + (m_wall.elapsed() - m_streamOpenedAt));
        });
        connect(m_receiver, &VideoReceiver::failed, this, &RecordedPlayer::failed);
        m_receiver->setTargetSize(m_targetSize);
        VideoReceiver::Options options;
        options.url = m_url;
        options.connectTimeoutMs = m_options.connectTimeoutMs;
        options.readTimeoutMs = m_options.connectTimeoutMs;
        m_receiver->start(options);
        await();
        return;
    }
    openPlayer(m_url);
    m_player->play();
}

void RecordedPlayer::closeStream()
{
    disposePlayer(m_player, this);
    delete m_receiver;
    m_receiver = nullptr;
    m_awaitingSince = -1;
}

void RecordedPlayer::setHold(Hold hold)
{
    m_hold = hold;
}

void RecordedPlayer::follow()
{
    const qint64 now = m_wall.elapsed();
    if (waiting() && now - m_awaitingSince > m_options.connectTimeoutMs) {
        m_awaitingSince = -1;
        emit failed(tr("No picture from the recording within %1 s").arg(m_options.connectTimeoutMs / 1000));
        return;
    }
    const qint64 at = m_options.clock->at(SceneSource::wallNowMs());
    if (at <= 0)
        return; // the playback has not started
    const bool moving = m_lastClock >= 0 && at != m_lastClock;
    const double rate
        = moving && now > m_lastFollowAt ? double(at - m_lastClock) / double(now - m_lastFollowAt) : 0;
    const bool first = m_lastClock < 0;
    m_lastClock = at;
    m_lastFollowAt = now;
    if (RecordingAddress::startsAtGivenTime(m_options.urlTemplate))
        followStream(at, moving || first, rate);
    else if (m_timeline && m_player && m_loaded)
        followHls(at, moving || first, first ? 1.0 : rate);
}

void RecordedPlayer::followHls(qint64 at, bool moving, double rate)
{
    const auto position = m_timeline->mediaPositionAt(at);
    if (!position) {
        m_holdAt = at;
        setHold(Hold::NoRecording);
        if (m_player->playbackState() == QMediaPlayer::PlayingState)
            m_player->pause();
        return;
    }
    const qint64 drift = *position - m_player->position();
    if (drift < -kToleranceMs) {
        // Back in time: Qt 6.8's FFmpeg demuxer fails some backward seeks in HLS ("Failed to
        // seek", and no picture after it), so the recording is opened again and positioned
        // from its start, which it always manages.
        closeStream();
        openPlayer(m_url);
        return;
    }
    if (drift > kToleranceMs || m_hold == Hold::NoRecording) {
        m_player->setPosition(*position);
        await();
    }
    if (!moving) {
        setHold(Hold::Paused);
        // Paused: the player plays on only until the picture of this moment is there.
        if (waiting() && m_player->playbackState() != QMediaPlayer::PlayingState)
            m_player->play();
        else if (!waiting() && m_player->playbackState() == QMediaPlayer::PlayingState)
            m_player->pause();
        return;
    }
    setHold(Hold::None);
    // The player follows the playback's pace up to what it can decode; faster than that the
    // picture is moved to the clock at each step instead.
    const double pace = std::clamp(rate, 0.25, 4.0);
    if (std::abs(m_player->playbackRate() - pace) > 0.05 * pace)
        m_player->setPlaybackRate(pace);
    if (m_player->playbackState() != QMediaPlayer::PlayingState)
        m_player->play();
}

void RecordedPlayer::followStream(qint64 at, bool moving, double rate)
{
    const qint64 now = m_wall.elapsed();
    if (!moving) {
        setHold(Hold::Paused);
        return;
    }
    const bool open = m_receiver || m_player;
    const qint64 expected = m_streamFrom + (now - m_streamOpenedAt);
    // The NVR plays in real time: a jump, or a clock at another pace, drifts away from it.
    const bool drifted = std::abs(expected - at) > kToleranceMs + qint64(std::abs(rate - 1) * kFollowMs);
    setHold(Hold::None);
    if (!open || (drifted && now - m_streamOpenedAt >= kReopenMs))
        openStreamAt(at);
}

} // namespace wf::wall
