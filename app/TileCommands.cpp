#include "TileCommands.h"

#include "BaseMap.h"
#include "MBTilesCache.h"
#include "OfflineArea.h"
#include "PlaceDirectory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

namespace wf {

std::optional<maps::TileSourceConfig> tileSourceConfig(
    const AppOptions &options, const Settings &settings, QString *error)
{
    maps::TileSourceConfig c;
    c.upstreamUrl = options.tileUrl.isEmpty() ? settings.map.upstreamUrl : options.tileUrl;
    if (c.hasUpstream() && !maps::validUpstreamTemplate(c.upstreamUrl, error))
        return std::nullopt;
    c.userAgent = settings.map.userAgent.toUtf8();
    c.timeoutMs = int(settings.map.timeoutSeconds * 1000);
    c.cacheMaxBytes = settings.map.cacheMaxMegabytes * 1024 * 1024;
    c.cachePath = !options.tileCachePath.isEmpty() ? options.tileCachePath
        : !settings.map.cachePath.isEmpty()        ? settings.map.cachePath
                                                   : defaultTileCachePath();
    return c;
}

namespace {

int importTiles(const AppOptions &options, const maps::TileSourceConfig &config)
{
    maps::MBTilesCache cache;
    cache.setMaxBytes(config.cacheMaxBytes);
    QString error;
    if (!cache.open(config.cachePath, &error)) {
        std::fprintf(stderr, "watchfloor: --import-tiles: %s\n", qPrintable(error));
        return 1;
    }
    const qint64 added = cache.importFile(options.importTilesPath, &error);
    if (added < 0) {
        std::fprintf(stderr, "watchfloor: --import-tiles: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("imported %lld new tiles from %s into %s (%lld tiles)\n", added,
        qPrintable(options.importTilesPath), qPrintable(config.cachePath), cache.tileCount());
    return 0;
}

int prepareOffline(const AppOptions &options, const Settings &settings, const maps::TileSourceConfig &config)
{
    QString error;
    maps::BaseMap baseMap;
    if (!baseMap.loadFolder(QStringLiteral(":/watchfloor/basemap"), &error))
        std::fprintf(stderr, "watchfloor: base map incomplete: %s\n", qPrintable(error));
    maps::PlaceDirectory places;
    places.loadFile(QStringLiteral(":/watchfloor/basemap/places.json"), &error);
    const auto box = maps::resolveRegion(options.prepareOfflineRegion, baseMap, &places, &error);
    if (!box) {
        std::fprintf(stderr, "watchfloor: --prepare-offline: %s\n", qPrintable(error));
        return 1;
    }
    const maps::OfflineArea area { *box, options.minZoom, options.maxZoom };
    std::fprintf(stderr, "watchfloor: %s (%.4f,%.4f,%.4f,%.4f), zooms %d-%d: %lld tiles\n",
        qPrintable(options.prepareOfflineRegion), box->west, box->south, box->east, box->north, area.minZoom,
        area.maxZoom, area.tileCount());
    maps::OfflineAreaSeeder seeder(config);
    if (!seeder.start(area, settings.map.maxOfflineTiles, &error)) {
        std::fprintf(stderr, "watchfloor: --prepare-offline: %s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer sinceReport;
    sinceReport.start();
    QObject::connect(&seeder, &maps::OfflineAreaSeeder::progressChanged, &seeder, [&] {
        if (sinceReport.elapsed() < 1000)
            return;
        sinceReport.restart();
        const auto p = seeder.progress();
        std::fprintf(stderr, "watchfloor: %lld/%lld tiles\n", p.done(), p.total);
    });
    int code = 0;
    QObject::connect(&seeder, &maps::OfflineAreaSeeder::finished, &seeder, [&](bool, const QString &e) {
        const auto p = seeder.progress();
        std::printf("offline area: %lld tiles, %lld fetched, %lld already cached, %lld failed\n", p.total,
            p.fetched, p.skipped, p.failed);
        if (!e.isEmpty())
            std::fprintf(stderr, "watchfloor: --prepare-offline stopped: %s\n", qPrintable(e));
        code = e.isEmpty() && p.failed == 0 ? 0 : 1;
        QCoreApplication::quit();
    });
    QCoreApplication::exec();
    return code;
}

} // namespace

int runTileCommand(const AppOptions &options, const Settings &settings, const maps::TileSourceConfig &config)
{
    if (!options.importTilesPath.isEmpty())
        return importTiles(options, config);
    return prepareOffline(options, settings, config);
}

} // namespace wf
