#include "TileSource.h"

#include "TileRenderer.h"

#include <QBuffer>
#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>

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

void TileSource::fetchUpstream(TileId t)
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QNetworkRequest request(upstreamTileUrl(m_config.upstreamUrl, t));
    request.setHeader(QNetworkRequest::UserAgentHeader, m_config.userAgent);
    request.setTransferTimeout(m_config.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    ++m_upstreamRequests;
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, t] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 0 && status != 200) {
            emit failed(t, QStringLiteral("upstream answered HTTP %1").arg(status));
            return;
        }
        if (reply->error() != QNetworkReply::NoError) {
            emit failed(t,
                reply->error() == QNetworkReply::OperationCanceledError
                    ? QStringLiteral("upstream timed out")
                    : QStringLiteral("upstream: %1").arg(reply->errorString()));
            return;
        }
        const QByteArray body = reply->readAll();
        // A body that does not decode would show as a broken tile and poison the cache.
        if (QImage::fromData(body).isNull()) {
            emit failed(t, QStringLiteral("upstream sent %1 bytes that are not an image").arg(body.size()));
            return;
        }
        store(t, body);
        emit ready(t, body, false);
    });
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
