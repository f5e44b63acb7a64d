#pragma once

#include "Geodesy.h"
#include "MBTilesCache.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace wf::maps {

class TileRenderer;

// Where base-map tiles come from in a real deployment: an upstream XYZ server (a URL template
// with {z}, {x} and {y}), fetched with the configured User-Agent, and an on-disk MBTiles cache.
struct TileSourceConfig
{
    QString upstreamUrl; // empty: the embedded base map only
    QByteArray userAgent = "Watchfloor";
    int timeoutMs = 10000; // the whole request, from asking to the last byte
    QString cachePath; // empty: no disk cache
    qint64 cacheMaxBytes = MBTilesCache::kDefaultMaxBytes; // 0: no limit
    // What storing a tile does when the cache is full: the map evicts the least recently used
    // tiles; seeding an offline area refuses (and stops) rather than evict what it just fetched.
    MBTilesCache::WhenFull whenCacheFull = MBTilesCache::WhenFull::EvictLeastRecentlyUsed;
    // The largest tile body accepted from the upstream: a raster tile is tens of KB.
    qint64 maxTileBytes = 2 * 1024 * 1024;

    bool hasUpstream() const { return !upstreamUrl.isEmpty(); }
};

// Checks an upstream template: http(s) with {z}, {x} and {y}.
bool validUpstreamTemplate(const QString &urlTemplate, QString *error);
QUrl upstreamTileUrl(const QString &urlTemplate, TileId t);

// The one place that gets a tile: from the disk cache when it holds it, else from the upstream
// server (and then into the cache), else, with no upstream configured, rendered from the
// embedded base map on a thread pool. Asynchronous and thread-affine: create (or move) it on a
// worker thread, call everything there; it answers with ready or failed, never from inside
// request(). A tile that cannot be had is failed, with the reason: an HTTP error, no answer
// within the timeout (counted for the whole request, so a server that drips bytes is cut off
// too), a body larger than maxTileBytes, a Content-Type that is not image/*, a body that does
// not decode, or a redirect to another host (or from https to http).
class TileSource : public QObject
{
    Q_OBJECT
public:
    TileSource(
        TileSourceConfig config, std::shared_ptr<const TileRenderer> renderer, QObject *parent = nullptr);
    ~TileSource() override;

    const TileSourceConfig &config() const { return m_config; }

    // Opens the disk cache on the calling thread (which must be this object's). On failure the
    // source works without a cache.
    bool openCache(QString *error);
    MBTilesCache *cache() { return m_cache.isOpen() ? &m_cache : nullptr; }

    void request(TileId t);

    qint64 upstreamRequests() const { return m_upstreamRequests; }
    qint64 cacheHits() const { return m_cacheHits; }

signals:
    void ready(wf::maps::TileId tile, const QByteArray &data, bool fromCache);
    void failed(wf::maps::TileId tile, const QString &reason);
    // A fetched tile could not be written to the disk cache (full, or the file broke). Emitted
    // just before the tile's ready: the tile itself is good and still delivered.
    void storeFailed(wf::maps::TileId tile, const QString &reason);

private:
    void fetchUpstream(TileId t);
    void render(TileId t);
    void store(TileId t, const QByteArray &data);
    void finishUpstream(QNetworkReply *reply, TileId t, const QString &abortReason);

    TileSourceConfig m_config;
    std::shared_ptr<const TileRenderer> m_renderer;
    MBTilesCache m_cache;
    QNetworkAccessManager *m_network = nullptr; // made on first use, on this object's thread
    QThreadPool m_pool;
    qint64 m_upstreamRequests = 0;
    qint64 m_cacheHits = 0;
    bool m_storeErrorReported = false;
};

} // namespace wf::maps
