#include "TileSource.h"

#include "TileImageFormat.h"
#include "TileRenderer.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QTimer>
#include <memory>

using namespace Qt::StringLiterals;

namespace wf::maps {

bool validUpstreamTemplate(const QString &urlTemplate, QString *error)
{
    const QUrl url(urlTemplate);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty()) {
        *error = QStringLiteral("the upstream tile URL must be an http:// or https:// URL, not '%1'")
                     .arg(urlTemplate);
        return false;
    }
    for (const auto *field : { "{z}", "{x}", "{y}" }) {
        if (!urlTemplate.contains(QLatin1String(field))) {
            *error = QStringLiteral("the upstream tile URL '%1' lacks %2 (it needs {z}, {x} and {y})")
                         .arg(urlTemplate, QLatin1String(field));
            return false;
        }
    }
    return true;
}

QUrl upstreamTileUrl(const QString &urlTemplate, TileId t)
{
    QString s = urlTemplate;
    s.replace(QLatin1String("{z}"), QString::number(t.z));
    s.replace(QLatin1String("{x}"), QString::number(t.x));
    s.replace(QLatin1String("{y}"), QString::number(t.y));
    return QUrl(s);
}

TileSource::TileSource(TileSourceConfig config, std::shared_ptr<const TileRenderer> renderer, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_renderer(std::move(renderer))
{
    // Leave a core for the UI and the simulation on small machines.
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
}

TileSource::~TileSource()
{
    m_pool.waitForDone();
}

bool TileSource::openCache(QString *error)
{
    if (m_config.cachePath.isEmpty())
        return true;
    m_cache.setMaxBytes(m_config.cacheMaxBytes);
    return m_cache.open(m_config.cachePath, error);
}

void TileSource::request(TileId t)
{
    if (!validTile(t)) {
        QMetaObject::invokeMethod(
            this, [this, t] { emit failed(t, QStringLiteral("no such tile")); }, Qt::QueuedConnection);
        return;
    }
    if (auto data = m_cache.tile(t)) {
        ++m_cacheHits;
        QMetaObject::invokeMethod(
            this, [this, t, png = std::move(*data)] { emit ready(t, png, true); }, Qt::QueuedConnection);
        return;
    }
    if (m_config.hasUpstream())
        fetchUpstream(t);
    else
        render(t);
}

namespace {

// A redirect may move a tile on the same server; it may not send the request (with its
// User-Agent) to another host, or from https down to http.
bool redirectAllowed(const QUrl &from, const QUrl &to)
{
    return to.host().compare(from.host(), Qt::CaseInsensitive) == 0
        && (to.scheme() == from.scheme() || (from.scheme() == u"http" && to.scheme() == u"https"));
}

// Why a body is not a tile the map can show, or empty when it is one. Only the formats a raster
// tile comes in, and no larger than a tile: a small file can claim a huge picture.
QString notATile(const QByteArray &body)
{
    if (tileImageFormat(body) == TileImageFormat::Unknown)
        return QStringLiteral("upstream sent %1 bytes that are not an image").arg(body.size());
    QBuffer buffer;
    buffer.setData(body);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    if (size.width() > 1024 || size.height() > 1024)
        return QStringLiteral("upstream sent a %1x%2 picture, not a map tile")
            .arg(size.width())
            .arg(size.height());
    if (reader.read().isNull())
        return QStringLiteral("upstream sent %1 bytes that are not an image").arg(body.size());
    return {};
}

} // namespace

void TileSource::fetchUpstream(TileId t)
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QNetworkRequest request(upstreamTileUrl(m_config.upstreamUrl, t));
    request.setHeader(QNetworkRequest::UserAgentHeader, m_config.userAgent);
    // Between two packets; the deadline below bounds the whole request.
    request.setTransferTimeout(m_config.timeoutMs);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(3);
    ++m_upstreamRequests;
    QNetworkReply *reply = m_network->get(request);
    // The first reason to give up wins; abort() then finishes the reply.
    auto reason = std::make_shared<QString>();
    const auto giveUp = [reply, reason](const QString &why) {
        if (reason->isEmpty())
            *reason = why;
        reply->abort();
    };
    // Compared with the configured server, so that a chain of redirects cannot walk away.
    connect(reply, &QNetworkReply::redirected, this, [reply, giveUp, origin = request.url()](const QUrl &to) {
        if (redirectAllowed(origin, to))
            emit reply->redirectAllowed();
        else
            giveUp(QStringLiteral("upstream redirected to another host (%1), refused").arg(to.host()));
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply, giveUp] {
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
            return; // a redirect, or an error that finished() reports
        const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        if (!type.startsWith(u"image/", Qt::CaseInsensitive)) {
            giveUp(QStringLiteral("upstream sent %1, not an image")
                    .arg(type.isEmpty() ? u"no Content-Type"_s : type));
            return;
        }
        bool known = false;
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
        if (known && length > m_config.maxTileBytes)
            giveUp(QStringLiteral("upstream announced %1 bytes, too large for a tile (at most %2)")
                    .arg(length)
                    .arg(m_config.maxTileBytes));
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, giveUp](qint64 received, qint64) {
        if (received > m_config.maxTileBytes)
            giveUp(QStringLiteral("upstream sent more than %1 bytes, too large for a tile")
                    .arg(m_config.maxTileBytes));
    });
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [this, giveUp] {
        giveUp(QStringLiteral("upstream timed out (no complete answer within %1 s)")
                .arg(m_config.timeoutMs / 1000.0));
    });
    deadline->start(m_config.timeoutMs);
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, t, reason] { finishUpstream(reply, t, *reason); });
}

void TileSource::finishUpstream(QNetworkReply *reply, TileId t, const QString &abortReason)
{
    reply->deleteLater();
    if (!abortReason.isEmpty()) {
        emit failed(t, abortReason);
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 0 && status != 200) {
        emit failed(t, QStringLiteral("upstream answered HTTP %1").arg(status));
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        emit failed(t,
            reply->error() == QNetworkReply::OperationCanceledError
                ? QStringLiteral("upstream timed out (nothing for %1 s)").arg(m_config.timeoutMs / 1000.0)
                : QStringLiteral("upstream: %1").arg(reply->errorString()));
        return;
    }
    const QByteArray body = reply->readAll();
    // A body that does not decode would show as a broken tile and poison the cache.
    if (const QString why = notATile(body); !why.isEmpty()) {
        emit failed(t, why);
        return;
    }
    store(t, body);
    emit ready(t, body, false);
}

void TileSource::render(TileId t)
{
    if (!m_renderer) {
        QMetaObject::invokeMethod(
            this, [this, t] { emit failed(t, QStringLiteral("no tile source configured")); },
            Qt::QueuedConnection);
        return;
    }
    m_pool.start([this, t, renderer = m_renderer] {
        const QImage img = renderer->render(t);
        QByteArray png;
        QBuffer buf(&png);
        buf.open(QIODevice::WriteOnly);
        const bool ok = !img.isNull() && img.save(&buf, "PNG");
        QMetaObject::invokeMethod(
            this,
            [this, t, png, ok] {
                // Rendered tiles are not stored: they are cheap to redo and depend on the language.
                if (ok)
                    emit ready(t, png, false);
                else
                    emit failed(t, QStringLiteral("rendering failed"));
            },
            Qt::QueuedConnection);
    });
}

void TileSource::store(TileId t, const QByteArray &data)
{
    if (!m_cache.isOpen())
        return;
    QString error;
    if (m_cache.put(t, data, &error, m_config.whenCacheFull))
        return;
    emit storeFailed(t, error);
    if (!m_storeErrorReported) {
        // A full disk must not stop the map; say it once.
        qWarning("tile cache %s: %s", qPrintable(m_cache.path()), qPrintable(error));
        m_storeErrorReported = true;
    }
}

} // namespace wf::maps
