#include "MapTiles.h"

#include "MBTilesCache.h"
#include "TileServer.h"

#include <QCoreApplication>
#include <QThreadPool>

namespace wf {

MapTiles::MapTiles(QObject *parent)
    : MapTiles(Config {}, parent)
{ }

MapTiles::MapTiles(Config config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    QString error;
    if (!m_places.loadFile(QStringLiteral(":/watchfloor/basemap/places.json"), &error))
        qWarning("offline areas: no places: %s", qPrintable(error));
    if (!m_config.server)
        return;
    connect(m_config.server, &maps::TileServer::failedTilesChanged, this, &MapTiles::failedTilesChanged);
    const auto &source = m_config.server->config();
    if (source.hasUpstream() && m_config.server->hasCache()) {
        m_seeder = std::make_unique<maps::OfflineAreaSeeder>(source);
        connect(m_seeder.get(), &maps::OfflineAreaSeeder::progressChanged, this, &MapTiles::progressChanged);
        connect(m_seeder.get(), &maps::OfflineAreaSeeder::finished, this,
            [this](bool cancelled, const QString &e) {
                emit progressChanged();
                emit prepareFinished(cancelled, e);
            });
    }
}

MapTiles::~MapTiles() = default;

bool MapTiles::upstream() const
{
    return m_config.server && m_config.server->config().hasUpstream();
}

QString MapTiles::attribution() const
{
    return m_config.attribution;
}

QString MapTiles::cachePath() const
{
    return m_config.server && m_config.server->hasCache() ? m_config.server->config().cachePath : QString();
}

QString MapTiles::cacheError() const
{
    return m_config.server ? m_config.server->cacheError() : QString();
}

int MapTiles::failedTiles() const
{
    return m_config.server ? int(m_config.server->failedTiles()) : 0;
}

QString MapTiles::lastFailure() const
{
    return m_config.server ? m_config.server->lastFailure() : QString();
}

QVariantMap MapTiles::regionBox(const QString &name) const
{
    static const maps::BaseMap none;
    QString error;
    const auto box
        = maps::resolveRegion(name, m_config.baseMap ? *m_config.baseMap : none, &m_places, &error);
    if (!box)
        return { { QStringLiteral("found"), false }, { QStringLiteral("error"), error } };
    return { { QStringLiteral("found"), true }, { QStringLiteral("north"), box->north },
        { QStringLiteral("west"), box->west }, { QStringLiteral("south"), box->south },
        { QStringLiteral("east"), box->east } };
}

maps::OfflineArea MapTiles::area(
    double north, double west, double south, double east, int minZoom, int maxZoom) const
{
    return { { west, south, east, north }, minZoom, maxZoom };
}

double MapTiles::estimate(
    double north, double west, double south, double east, int minZoom, int maxZoom) const
{
    const auto a = area(north, west, south, east, minZoom, maxZoom);
    return a.box.isValid() && minZoom >= 0 && minZoom <= maxZoom && maxZoom <= 19 ? double(a.tileCount()) : 0;
}

QString MapTiles::refusal(
    double north, double west, double south, double east, int minZoom, int maxZoom) const
{
    if (!upstream())
        return tr("No upstream tile server is configured: the built-in map is always available offline.");
    if (!m_seeder)
        return tr("The tile cache cannot be used: %1").arg(cacheError());
    const auto a = area(north, west, south, east, minZoom, maxZoom);
    if (!a.box.isValid() || minZoom < 0 || minZoom > maxZoom || maxZoom > 19)
        return tr("Choose an area and zoom levels from 0 to 19, the first no larger than the last.");
    const qint64 n = a.tileCount();
    if (n > m_config.maxTiles)
        return tr("%L1 tiles is more than the limit of %L2: choose a smaller area or fewer zoom levels.")
            .arg(n)
            .arg(m_config.maxTiles);
    return {};
}

QString MapTiles::prepare(double north, double west, double south, double east, int minZoom, int maxZoom)
{
    if (const QString why = refusal(north, west, south, east, minZoom, maxZoom); !why.isEmpty())
        return why;
    QString error;
    if (!m_seeder->start(area(north, west, south, east, minZoom, maxZoom), m_config.maxTiles, &error))
        return error;
    return {};
}

void MapTiles::cancelPrepare()
{
    if (m_seeder)
        m_seeder->cancel();
}

void MapTiles::importFile(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    const QString cache = cachePath();
    const qint64 maxBytes = m_config.server ? m_config.server->config().cacheMaxBytes : 0;
    if (cache.isEmpty()) {
        emit importFinished(false, tr("There is no tile cache to import into: %1").arg(cacheError()));
        return;
    }
    if (m_importing)
        return;
    m_importing = true;
    emit importingChanged();
    // A large file takes a while; the cache's connection is made and used on the worker thread.
    QThreadPool::globalInstance()->start([self = QPointer<MapTiles>(this), path, cache, maxBytes] {
        maps::MBTilesCache target;
        target.setMaxBytes(maxBytes);
        QString error;
        qint64 added = -1;
        qint64 total = 0;
        if (target.open(cache, &error)) {
            added = target.importFile(path, &error);
            total = target.tileCount();
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, added, total, error, path] {
                if (!self)
                    return;
                self->m_importing = false;
                emit self->importingChanged();
                if (added < 0) {
                    emit self->importFinished(false, tr("Nothing imported: %1").arg(error));
                    return;
                }
                if (self->m_config.server)
                    self->m_config.server->clearMemoryCache();
                emit self->importFinished(true,
                    tr("Imported %L1 new tiles from %2; the cache holds %L3 tiles.")
                        .arg(added)
                        .arg(path)
                        .arg(total));
            },
            Qt::QueuedConnection);
    });
}

} // namespace wf
