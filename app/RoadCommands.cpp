#include "RoadCommands.h"

#include "OsmRoadImporter.h"
#include "RoadRouter.h"
#include "RoadSnap.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTime>
#include <cstdio>

namespace wf {

namespace {

// How far a --route point may be from the nearest road it can use.
constexpr double kMaxSnapMeters = 500;

int fail(const char *command, const QString &message)
{
    std::fprintf(stderr, "watchfloor: %s: %s\n", command, qPrintable(message));
    return 1;
}

int importRoads(const AppOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    auto progress = [](const QString &what) { std::fprintf(stderr, "watchfloor: %s\n", qPrintable(what)); };
    maps::RoadGraphBuilder builder;
    maps::OsmRoadImporter importer;
    importer.setProgress(progress);
    QString error;
    if (!importer.read(options.importRoadsPath, builder, &error))
        return fail("--import-roads", error);
    const auto &s = importer.stats();
    std::fprintf(stderr, "watchfloor: %lld OpenStreetMap nodes, %lld roads: %d junctions, %d road links\n",
        s.osmNodes, s.roadWays, s.graphNodes, s.links);
    builder.setSource(QStringLiteral("OpenStreetMap: %1 (imported %2)")
                          .arg(QFileInfo(options.importRoadsPath).fileName(),
                              QDateTime::currentDateTimeUtc().toString(Qt::ISODate)),
        QStringLiteral("© OpenStreetMap contributors (ODbL)"));
    // Written to a temporary file and renamed at the end: a failure leaves no file behind.
    if (!builder.write(options.roadsPath, &error, progress))
        return fail("--import-roads", error);
    std::printf("imported %d road links (%d junctions) from %s into %s in %.1f s\n", s.links, s.graphNodes,
        qPrintable(options.importRoadsPath), qPrintable(options.roadsPath), double(timer.elapsed()) / 1000);
    return 0;
}

QString point(const double p[2])
{
    return QStringLiteral("%1,%2").arg(p[0], 0, 'f', 6).arg(p[1], 0, 'f', 6);
}

int route(const AppOptions &options, const Settings &settings)
{
    const QString path = roadGraphPath(options, settings);
    QString error;
    const auto graph = maps::RoadGraph::open(path, &error);
    if (!graph)
        return fail("--route", error);
    const auto profile = maps::RoadProfile::fromName(options.profile);
    if (!profile)
        return fail("--route", QStringLiteral("unknown profile %1").arg(options.profile));
    const maps::LatLon from { options.routeFrom[0], options.routeFrom[1] };
    const maps::LatLon to { options.routeTo[0], options.routeTo[1] };
    const auto start = maps::snapToRoad(*graph, from, profile->classMask, kMaxSnapMeters);
    if (!start.valid())
        return fail("--route",
            QStringLiteral("the start %1 is more than %2 m from a road a %3 can use")
                .arg(point(options.routeFrom))
                .arg(kMaxSnapMeters)
                .arg(options.profile));
    const auto end = maps::snapToRoad(*graph, to, profile->classMask, kMaxSnapMeters);
    if (!end.valid())
        return fail("--route",
            QStringLiteral("the destination %1 is more than %2 m from a road a %3 can use")
                .arg(point(options.routeTo))
                .arg(kMaxSnapMeters)
                .arg(options.profile));
    const int hour = options.hour >= 0 ? options.hour : QTime::currentTime().hour();
    maps::RoadRouter router(graph);
    const auto r = router.route(start, end, *profile, { hour, maps::Weather::Clear });
    if (!r.found)
        return fail("--route",
            QStringLiteral("no route from %1 to %2 for a %3 (the roads there are not connected)")
                .arg(point(options.routeFrom), point(options.routeTo), options.profile));
    // One line of JSON, written by hand: the path can be long and the numbers want fixed digits.
    QByteArray json = "{\"distance_m\":" + QByteArray::number(r.meters, 'f', 1)
        + ",\"duration_s\":" + QByteArray::number(r.seconds, 'f', 1) + ",\"path\":[";
    for (std::size_t i = 0; i < r.path.size(); ++i) {
        if (i > 0)
            json += ',';
        json += '[' + QByteArray::number(r.path[i].lat, 'f', 7) + ','
            + QByteArray::number(r.path[i].lon, 'f', 7) + ']';
    }
    json += "]}\n";
    std::fwrite(json.constData(), 1, std::size_t(json.size()), stdout);
    return 0;
}

} // namespace

QString roadGraphPath(const AppOptions &options, const Settings &settings)
{
    if (!options.roadsPath.isEmpty())
        return options.roadsPath;
    if (!settings.map.roadsPath.isEmpty())
        return settings.map.roadsPath;
    return QDir(QCoreApplication::applicationDirPath())
        .filePath(QStringLiteral("../data/hubei-training.roads"));
}

int runRoadCommand(const AppOptions &options, const Settings &settings)
{
    if (!options.importRoadsPath.isEmpty())
        return importRoads(options);
    return route(options, settings);
}

} // namespace wf
