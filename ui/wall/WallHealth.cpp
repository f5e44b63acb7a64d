#include "WallHealth.h"

#include "UrlCredentials.h"
#include "WallPlayer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace wf::wall::WallHealth {

namespace {

QJsonArray latencies(const WallPlayer *p)
{
    QJsonArray out;
    for (qint64 ms : p->latencySamples())
        out.append(ms);
    return out;
}

} // namespace

QJsonArray tiles(const QList<WallPlayer *> &players, int tileCount)
{
    static const char *stateNames[]
        = { "idle", "connecting", "live", "stale", "lost", "failed", "no_recording" };
    QJsonArray out;
    for (auto *p : players) {
        if (p->slot() < 0 || p->slot() >= tileCount)
            continue;
        const QRectF r = p->mapRectToScene(p->boundingRect());
        out.append(QJsonObject { { QStringLiteral("slot"), p->slot() },
            // Monitoring reads this file: stream URLs and errors go without user name and password.
            { QStringLiteral("camera_id"), p->cameraId() },
            { QStringLiteral("source"), withoutUrlCredentials(p->source()) },
            { QStringLiteral("visible"), p->isVisible() },
            { QStringLiteral("state"), QLatin1String(stateNames[p->state()]) },
            { QStringLiteral("fps"), p->fps() }, { QStringLiteral("frames"), p->framesReceived() },
            { QStringLiteral("shown"), p->framesShown() },
            { QStringLiteral("window_frames"), p->windowFrames() },
            { QStringLiteral("width"), p->resolution().width() },
            { QStringLiteral("height"), p->resolution().height() },
            { QStringLiteral("age_ms"), p->frameAgeMs() },
            { QStringLiteral("bitrate_kbps"), p->bitrateKbps() },
            { QStringLiteral("reconnects"), p->reconnects() },
            { QStringLiteral("error"), withoutUrlCredentials(p->errorString()) },
            { QStringLiteral("latency_ms"), latencies(p) }, { QStringLiteral("x"), r.x() },
            { QStringLiteral("y"), r.y() }, { QStringLiteral("w"), r.width() },
            { QStringLiteral("h"), r.height() },
            // How the tile plays its source, and the size of the pictures it uploads (smaller
            // than width x height when the receiver scales them to the tile).
            { QStringLiteral("backend"), p->backend() }, { QStringLiteral("scene"), p->sceneKindName() },
            { QStringLiteral("picture_w"), p->pictureSize().width() },
            { QStringLiteral("picture_h"), p->pictureSize().height() },
            // In playback: the moment on the centre's clock the picture shows.
            { QStringLiteral("picture_time_ms"), qint64(p->pictureTimeMs()) } });
    }
    return out;
}

bool write(const QString &path, const QString &layout, const QJsonArray &tiles)
{
    QSaveFile file(path); // readers never see half a file
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QJsonObject doc { { QStringLiteral("time_ms"), QDateTime::currentMSecsSinceEpoch() },
        { QStringLiteral("layout"), layout }, { QStringLiteral("tiles"), tiles } };
    file.write(QJsonDocument(doc).toJson(QJsonDocument::Compact));
    return file.commit();
}

} // namespace wf::wall::WallHealth
