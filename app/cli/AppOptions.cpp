#include "AppOptions.h"

#include "BackendUrl.h"
#include "Settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <cmath>

namespace wf {

ParsedOptions parseAppOptions(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Watchfloor: command-center GIS workstation for public-security dispatch.\n"
                       "Without options it starts training mode on the built-in Hubei/Wuhan world."));
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(
        { QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), QStringLiteral("Show the version."));
    const QCommandLineOption training(QStringLiteral("training"),
        QStringLiteral(
            "Training mode on the simulated world (the default while no live backend is configured)."));
    const QCommandLineOption live(
        QStringLiteral("live"), QStringLiteral("Live mode against the configured backend."));
    const QCommandLineOption backend(QStringLiteral("backend"),
        QStringLiteral(
            "The MQTT 5 broker, mqtts://user@host:port (setting backend.url). With --live: live "
            "orders to real units; without: a shared training exercise. The password comes from "
            "the file backend.password_file or the environment variable WATCHFLOOR_BACKEND_PASSWORD."),
        QStringLiteral("URL"));
    const QCommandLineOption db(
        QStringLiteral("db"), QStringLiteral("Journal file (SQLite)."), QStringLiteral("FILE"));
    const QCommandLineOption lang(
        QStringLiteral("lang"), QStringLiteral("UI language: zh_CN or en."), QStringLiteral("LANG"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QStringLiteral("Save a PNG of the main window (use with --quit-after)."), QStringLiteral("FILE"));
    const QCommandLineOption quitAfter(QStringLiteral("quit-after"),
        QStringLiteral("Quit after this many seconds (after saving the screenshot)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption pluginDir(QStringLiteral("plugin-dir"),
        QStringLiteral("Folder with connector plugins."), QStringLiteral("DIR"));
    const QCommandLineOption settings(
        QStringLiteral("settings"), QStringLiteral("Settings file (JSON)."), QStringLiteral("FILE"));
    const QCommandLineOption seed(
        QStringLiteral("seed"), QStringLiteral("Seed of the simulated world."), QStringLiteral("N"));
    const QCommandLineOption units(
        QStringLiteral("units"), QStringLiteral("Number of simulated patrol units."), QStringLiteral("N"));
    const QCommandLineOption scenario(QStringLiteral("scenario"),
        QStringLiteral("Training scenario to play: a built-in id (hit-and-run, pickpocketing, ebike-theft, "
                       "key-site-drills, weather-congestion) or a scenario file."),
        QStringLiteral("ID|FILE"));
    const QCommandLineOption debrief(QStringLiteral("debrief"),
        QStringLiteral(
            "Save the training run's score and debrief (JSON) here (default: next to the journal)."),
        QStringLiteral("FILE"));
    const QCommandLineOption instructor(
        QStringLiteral("instructor"), QStringLiteral("Start with the instructor panel open (training)."));
    // Camera wall options.
    const QCommandLineOption cameras(QStringLiteral("cameras"),
        QStringLiteral(
            "Cameras of this site: a JSON array of {id, name, lat, lon, bearing_deg, fov_deg, main, sub, "
            "playback}. With --playback, where their recorded video is."),
        QStringLiteral("FILE"));
    const QCommandLineOption wallLayout(QStringLiteral("wall-layout"),
        QStringLiteral("Start layout of the camera wall: 1, 2x2, 3x3, 4x4, 5x5, 6x6, 1+5 or 1+7."),
        QStringLiteral("LAYOUT"));
    const QCommandLineOption wallHealth(QStringLiteral("wall-health"),
        QStringLiteral("Write the health of every wall tile to FILE (JSON, twice a second)."),
        QStringLiteral("FILE"));
    const QCommandLineOption uiHealth(QStringLiteral("ui-health"),
        QStringLiteral("Write how responsive the main window is (frame times, the longest the UI was "
                       "blocked; per minute) to FILE (JSON, once a second)."),
        QStringLiteral("FILE"));
    const QCommandLineOption wallLost(QStringLiteral("wall-lost-after"),
        QStringLiteral(
            "Seconds without a frame before a tile shows \"signal lost\" and reconnects (default 5)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption wallExpanded(QStringLiteral("wall-expanded"),
        QStringLiteral("Start with the camera wall taking most of the window (F10 toggles)."));
    const QCommandLineOption wallWindow(QStringLiteral("wall-window"),
        QStringLiteral("Start with the camera wall in a window of its own, full screen on the second "
                       "screen when there is one (F9 toggles)."));
    const QCommandLineOption view(QStringLiteral("view"),
        QStringLiteral("Start the map centred on LAT,LON (WGS-84 degrees) at ZOOM (1 to 20)."),
        QStringLiteral("LAT,LON,ZOOM"));
    // Base-map tiles of a real deployment.
    const QCommandLineOption tileUrl(QStringLiteral("tile-url"),
        QStringLiteral("Upstream XYZ tile server, a URL with {z}, {x} and {y} (setting map.upstream_url)."),
        QStringLiteral("URL"));
    const QCommandLineOption tileCache(QStringLiteral("tile-cache"),
        QStringLiteral("MBTiles file that caches the tiles (setting map.cache)."), QStringLiteral("FILE"));
    const QCommandLineOption prepareOffline(QStringLiteral("prepare-offline"),
        QStringLiteral("Fetch every tile of REGION (a prefecture, district or place name, or W,S,E,N in "
                       "degrees) at the zoom levels of --zooms into the cache, then exit. Tiles already "
                       "cached are skipped, so running it again resumes."),
        QStringLiteral("REGION"));
    const QCommandLineOption zooms(QStringLiteral("zooms"),
        QStringLiteral("Zoom levels for --prepare-offline, e.g. 8-14."), QStringLiteral("MIN-MAX"));
    const QCommandLineOption importTiles(QStringLiteral("import-tiles"),
        QStringLiteral("Merge the tiles of an MBTiles file into the cache, then exit."),
        QStringLiteral("FILE"));
    // The road graph and the headless road commands.
    const QCommandLineOption roads(QStringLiteral("roads"),
        QStringLiteral("Road graph file (setting map.roads; default: the training world's generated roads). "
                       "With --import-roads: the file to write."),
        QStringLiteral("FILE"));
    const QCommandLineOption importRoads(QStringLiteral("import-roads"),
        QStringLiteral(
            "Import the roads of an OpenStreetMap file (.osm, .osm.pbf, .osm.gz, .osm.bz2) into the "
            "road graph file given with --roads, then exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption routeOption(QStringLiteral("route"),
        QStringLiteral(
            "Print the route between two points as JSON (distance_m, duration_s, path), then exit: "
            "--route LAT,LON LAT,LON."),
        QStringLiteral("LAT,LON"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
        QStringLiteral("Who travels the --route: car (default), emergency, walking or evading."),
        QStringLiteral("PROFILE"));
    const QCommandLineOption hourOption(QStringLiteral("hour"),
        QStringLiteral("Local hour (0-23) the --route's travel time is for (default: now)."),
        QStringLiteral("H"));
    // The camera register.
    const QCommandLineOption cameraIndex(QStringLiteral("camera-index"),
        QStringLiteral("Camera register of the site: a camera index file made by --import-cameras (setting "
                       "map.camera_index; default in training: the generated province register)."),
        QStringLiteral("FILE"));
    const QCommandLineOption importCameras(QStringLiteral("import-cameras"),
        QStringLiteral("Build a camera index from a camera register CSV (columns id, name, lat, lon, "
                       "bearing_deg, fov_deg, main, sub; optional transport and crs) into --out FILE, "
                       "then exit."),
        QStringLiteral("FILE.csv"));
    const QCommandLineOption outOption(QStringLiteral("out"),
        QStringLiteral("With --import-cameras: the camera index file to write (default: --camera-index, "
                       "else the CSV's name with .cameras)."),
        QStringLiteral("FILE"));
    const QCommandLineOption crs(QStringLiteral("crs"),
        QStringLiteral("With --import-cameras: the datum of rows that have no crs column, WGS-84 (default) "
                       "or GCJ-02 (converted to WGS-84 on import)."),
        QStringLiteral("DATUM"));
    const QCommandLineOption prepareTrainingCameras(QStringLiteral("prepare-training-cameras"),
        QStringLiteral("Make the generated training camera register in the user's data folder now, if it is "
                       "not there yet (a training start otherwise makes it in the background), then exit."));
    p.addOptions({ cameraIndex, importCameras, outOption, crs, prepareTrainingCameras });
    // Playback of a recorded journal.
    const QCommandLineOption playback(QStringLiteral("playback"),
        QStringLiteral("Open a journal read-only in the PLAYBACK view; nothing is sent to any connector."),
        QStringLiteral("FILE"));
    const QCommandLineOption at(QStringLiteral("at"),
        QStringLiteral("With --playback: open at this moment; with --train-from: start from it. An ISO-8601 "
                       "time (2024-06-01T08:30:00+08:00) or an offset from the journal's start (+90m, "
                       "+1h30m, +45s)."),
        QStringLiteral("TIME"));
    const QCommandLineOption trainFrom(QStringLiteral("train-from"),
        QStringLiteral("With --at TIME: a training run on the simulated world that starts as the recorded "
                       "journal's world stood then (its units, open incidents and cordons), in a training "
                       "journal of its own. Never live, never a backend."),
        QStringLiteral("JOURNAL"));
    p.addOptions({ playback, at, trainFrom });
    // Evidence export of a recorded journal's range, and its check.
    const QCommandLineOption exportEvidence(QStringLiteral("export-evidence"),
        QStringLiteral("With --playback FILE: write an evidence folder of the range --from .. --to (the "
                       "journal's slice, events.csv, report.pdf, export.json and manifest.sha256) into DIR, "
                       "a new or empty folder, then exit."),
        QStringLiteral("DIR"));
    const QCommandLineOption verifyExport(QStringLiteral("verify-export"),
        QStringLiteral("Check an evidence folder against its manifest.sha256; exits 1 naming every changed, "
                       "missing or added file."),
        QStringLiteral("DIR"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
        QStringLiteral(
            "With --export-evidence: the range's start, an ISO-8601 time with its zone or an offset "
            "from the journal's start (+90m); default: the journal's start."),
        QStringLiteral("TIME"));
    const QCommandLineOption toOption(QStringLiteral("to"),
        QStringLiteral(
            "With --export-evidence: the range's end (included), as --from; default: the journal's "
            "end."),
        QStringLiteral("TIME"));
    const QCommandLineOption areaOption(QStringLiteral("area"),
        QStringLiteral("With --export-evidence: only what was in this area at some moment of the range "
                       "(\"W,S,E,N\" in degrees, or a prefecture or district of the base map, as "
                       "--prepare-offline); default: everywhere."),
        QStringLiteral("AREA"));
    p.addOptions({ exportEvidence, verifyExport, fromOption, toOption, areaOption });
    const QCommandLineOption checkLayer(QStringLiteral("check-layer"),
        QStringLiteral("Read a GeoJSON, KML, Shapefile or GeoPackage layer and print one JSON object "
                       "(features, area_km2 of its polygons, crs) or the error, then exit."),
        QStringLiteral("FILE"));
    p.addOption(checkLayer);
    const QCommandLineOption exportCordons(QStringLiteral("export-cordons"),
        QStringLiteral(
            "--export-cordons JOURNAL OUT.geojson|OUT.kml: write the cordons still set at the end of "
            "a journal (live, training runner or workstation) as polygons with their id, name and "
            "the time they were set, then exit. Cordons lifted before the end are left out. OUT "
            "must not exist; it appears only once it is completely written."),
        QStringLiteral("JOURNAL"));
    p.addOption(exportCordons);
    p.addOptions({ help, version, training, live, backend, db, lang, screenshot, quitAfter, pluginDir,
        settings, seed, units, scenario, debrief, instructor, cameras, wallLayout, wallHealth, uiHealth,
        wallLost, wallExpanded, wallWindow, view, tileUrl, tileCache, prepareOffline, zooms, importTiles,
        roads, importRoads, routeOption, profileOption, hourOption });

    ParsedOptions out;
    auto fail = [&](const QString &message) {
        out.action = ParsedOptions::Action::Fail;
        out.message = message + QStringLiteral("\nTry 'watchfloor --help'.");
        return out;
    };
    if (!p.parse(arguments))
        return fail(p.errorText());
    // --route takes two points: "--route A B" leaves B as the one positional argument.
    QStringList positional = p.positionalArguments();
    QStringList routePoints;
    if (p.isSet(routeOption)) {
        routePoints = p.value(routeOption).split(u' ', Qt::SkipEmptyParts);
        if (routePoints.size() == 1 && !positional.isEmpty())
            routePoints.append(positional.takeFirst());
    }
    // --export-cordons JOURNAL OUT: OUT is left as a positional argument.
    QString exportCordonsOut;
    if (p.isSet(exportCordons)) {
        if (positional.isEmpty())
            return fail(QStringLiteral("--export-cordons needs a journal and the file to write: "
                                       "--export-cordons JOURNAL OUT.geojson|OUT.kml"));
        exportCordonsOut = positional.takeFirst();
    }
    if (!positional.isEmpty())
        return fail(QStringLiteral("unexpected argument '%1'").arg(positional.first()));
    if (p.isSet(help)) {
        out.action = ParsedOptions::Action::ShowHelp;
        out.message = p.helpText();
        return out;
    }
    if (p.isSet(version)) {
        out.action = ParsedOptions::Action::ShowVersion;
        out.message = QStringLiteral("watchfloor %1").arg(QStringLiteral(WATCHFLOOR_VERSION));
        return out;
    }
    auto &o = out.options;
    if (p.isSet(live) && p.isSet(training))
        return fail(QStringLiteral("--live and --training exclude each other"));
    o.training = !p.isSet(live);
    if (p.isSet(backend)) {
        QString why;
        if (!BackendUrl::parse(p.value(backend), &why))
            return fail(QStringLiteral("--backend: %1").arg(why));
        o.backendUrl = p.value(backend);
    }
    o.dbPath = p.value(db);
    if (p.isSet(db) && o.dbPath.isEmpty())
        return fail(QStringLiteral("--db needs a file name"));
    if (p.isSet(lang)) {
        o.language = p.value(lang);
        if (o.language != u"zh_CN" && o.language != u"en")
            return fail(QStringLiteral("unknown language '%1' (zh_CN or en)").arg(o.language));
    }
    o.screenshotPath = p.value(screenshot);
    if (p.isSet(quitAfter)) {
        bool ok = false;
        o.quitAfterSeconds = p.value(quitAfter).toDouble(&ok);
        if (!ok || o.quitAfterSeconds <= 0 || o.quitAfterSeconds > 86400)
            return fail(QStringLiteral("--quit-after needs a number of seconds between 0 and 86400, not '%1'")
                    .arg(p.value(quitAfter)));
    }
    if (!o.screenshotPath.isEmpty() && o.quitAfterSeconds <= 0)
        return fail(QStringLiteral("--screenshot needs --quit-after SECONDS"));
    o.pluginDir = p.value(pluginDir);
    o.settingsPath = p.value(settings);
    if (p.isSet(seed)) {
        bool ok = false;
        o.seed = p.value(seed).toULongLong(&ok);
        if (!ok)
            return fail(QStringLiteral("--seed needs a non-negative integer, not '%1'").arg(p.value(seed)));
    }
    if (p.isSet(units)) {
        bool ok = false;
        const int n = p.value(units).toInt(&ok);
        if (!ok || n < 0 || n > 100000)
            return fail(
                QStringLiteral("--units needs a number from 0 to 100000, not '%1'").arg(p.value(units)));
        o.units = n;
    }
    o.scenario = p.value(scenario).trimmed();
    if (p.isSet(scenario) && o.scenario.isEmpty())
        return fail(QStringLiteral("--scenario needs a scenario id or a file name"));
    o.debriefPath = p.value(debrief);
    if (p.isSet(debrief) && o.debriefPath.isEmpty())
        return fail(QStringLiteral("--debrief needs a file name"));
    o.instructor = p.isSet(instructor);
    o.camerasPath = p.value(cameras);
    if (p.isSet(cameras) && o.camerasPath.isEmpty())
        return fail(QStringLiteral("--cameras needs a file name"));
    if (p.isSet(wallLayout)) {
        static const QStringList layouts { QStringLiteral("1"), QStringLiteral("2x2"), QStringLiteral("3x3"),
            QStringLiteral("4x4"), QStringLiteral("5x5"), QStringLiteral("6x6"), QStringLiteral("1+5"),
            QStringLiteral("1+7") };
        o.wallLayout = p.value(wallLayout).toLower();
        if (!layouts.contains(o.wallLayout))
            return fail(QStringLiteral("unknown wall layout '%1' (%2)")
                    .arg(p.value(wallLayout), layouts.join(u", ")));
    }
    o.wallHealthPath = p.value(wallHealth);
    o.uiHealthPath = p.value(uiHealth);
    o.wallExpanded = p.isSet(wallExpanded);
    o.wallWindow = p.isSet(wallWindow);
    if (p.isSet(wallLost)) {
        bool ok = false;
        const double seconds = p.value(wallLost).toDouble(&ok);
        if (!ok || seconds < 1 || seconds > 600)
            return fail(QStringLiteral("--wall-lost-after needs seconds from 1 to 600, not '%1'")
                    .arg(p.value(wallLost)));
        o.wallLostTimeoutMs = int(seconds * 1000);
    }
    if (p.isSet(view)) {
        const QStringList parts = p.value(view).split(u',');
        bool ok[3] = {};
        o.viewLatitude = parts.value(0).trimmed().toDouble(&ok[0]);
        o.viewLongitude = parts.value(1).trimmed().toDouble(&ok[1]);
        o.viewZoom = parts.value(2).trimmed().toDouble(&ok[2]);
        if (parts.size() != 3 || !ok[0] || !ok[1] || !ok[2] || std::abs(o.viewLatitude) > 85
            || std::abs(o.viewLongitude) > 180 || o.viewZoom < 1 || o.viewZoom > 20)
            return fail(QStringLiteral("--view needs LAT,LON,ZOOM with |LAT| <= 85, |LON| <= 180 and ZOOM "
                                       "from 1 to 20, not '%1'")
                    .arg(p.value(view)));
        o.hasView = true;
    }
    o.tileUrl = p.value(tileUrl);
    if (p.isSet(tileUrl) && o.tileUrl.isEmpty())
        return fail(QStringLiteral("--tile-url needs a URL"));
    o.tileCachePath = p.value(tileCache);
    if (p.isSet(tileCache) && o.tileCachePath.isEmpty())
        return fail(QStringLiteral("--tile-cache needs a file name"));
    o.prepareOfflineRegion = p.value(prepareOffline).trimmed();
    if (p.isSet(prepareOffline) && o.prepareOfflineRegion.isEmpty())
        return fail(QStringLiteral("--prepare-offline needs a region"));
    if (p.isSet(zooms)) {
        const QStringList parts = p.value(zooms).split(u'-');
        bool okMin = false, okMax = false;
        o.minZoom = parts.value(0).toInt(&okMin);
        o.maxZoom = parts.value(parts.size() - 1).toInt(&okMax); // "12" alone is 12-12
        if (parts.size() > 2 || !okMin || !okMax || o.minZoom < 0 || o.maxZoom > 19 || o.minZoom > o.maxZoom)
            return fail(QStringLiteral("--zooms needs MIN-MAX with 0 <= MIN <= MAX <= 19, not '%1'")
                    .arg(p.value(zooms)));
    }
    if (!o.prepareOfflineRegion.isEmpty() && o.minZoom < 0)
        return fail(QStringLiteral("--prepare-offline needs --zooms MIN-MAX"));
    if (p.isSet(zooms) && o.prepareOfflineRegion.isEmpty())
        return fail(QStringLiteral("--zooms goes with --prepare-offline"));
    o.importTilesPath = p.value(importTiles);
    if (p.isSet(importTiles) && o.importTilesPath.isEmpty())
        return fail(QStringLiteral("--import-tiles needs a file name"));
    if (!o.prepareOfflineRegion.isEmpty() && !o.importTilesPath.isEmpty())
        return fail(QStringLiteral("--prepare-offline and --import-tiles are separate runs"));
    o.roadsPath = p.value(roads);
    if (p.isSet(roads) && o.roadsPath.isEmpty())
        return fail(QStringLiteral("--roads needs a file name"));
    o.checkLayerPath = p.value(checkLayer);
    if (p.isSet(checkLayer) && o.checkLayerPath.isEmpty())
        return fail(QStringLiteral("--check-layer needs a file"));
    o.exportCordonsJournal = p.value(exportCordons);
    o.exportCordonsOut = exportCordonsOut;
    if (p.isSet(exportCordons) && (o.exportCordonsJournal.isEmpty() || o.exportCordonsOut.isEmpty()))
        return fail(QStringLiteral("--export-cordons needs a journal and the file to write"));
    o.importRoadsPath = p.value(importRoads);
    if (p.isSet(importRoads) && o.importRoadsPath.isEmpty())
        return fail(QStringLiteral("--import-roads needs an OpenStreetMap file"));
    if (!o.importRoadsPath.isEmpty() && o.roadsPath.isEmpty())
        return fail(QStringLiteral("--import-roads needs --roads FILE: where to write the road graph"));
    o.route = p.isSet(routeOption);
    if (o.route) {
        if (routePoints.size() != 2 || !parseLatLon(routePoints[0], &o.routeFrom[0], &o.routeFrom[1])
            || !parseLatLon(routePoints[1], &o.routeTo[0], &o.routeTo[1]))
            return fail(QStringLiteral("--route needs two points, LAT,LON LAT,LON in degrees, not '%1'")
                    .arg(routePoints.join(u' ')));
    }
    if (p.isSet(profileOption)) {
        o.profile = p.value(profileOption);
        static const QStringList profiles { QStringLiteral("car"), QStringLiteral("emergency"),
            QStringLiteral("walking"), QStringLiteral("evading") };
        if (!profiles.contains(o.profile))
            return fail(QStringLiteral("unknown profile '%1' (%2)").arg(o.profile, profiles.join(u", ")));
        if (!o.route)
            return fail(QStringLiteral("--profile goes with --route"));
    }
    if (p.isSet(hourOption)) {
        bool ok = false;
        o.hour = p.value(hourOption).toInt(&ok);
        if (!ok || o.hour < 0 || o.hour > 23)
            return fail(
                QStringLiteral("--hour needs an hour from 0 to 23, not '%1'").arg(p.value(hourOption)));
        if (!o.route)
            return fail(QStringLiteral("--hour goes with --route"));
    }
    o.cameraIndexPath = p.value(cameraIndex);
    if (p.isSet(cameraIndex) && o.cameraIndexPath.isEmpty())
        return fail(QStringLiteral("--camera-index needs a file name"));
    o.importCamerasPath = p.value(importCameras);
    if (p.isSet(importCameras) && o.importCamerasPath.isEmpty())
        return fail(QStringLiteral("--import-cameras needs a CSV file"));
    o.outPath = p.value(outOption);
    if (p.isSet(outOption) && (o.outPath.isEmpty() || o.importCamerasPath.isEmpty()))
        return fail(QStringLiteral("--out FILE goes with --import-cameras"));
    if (p.isSet(crs)) {
        QString name = p.value(crs).toLower();
        name.remove(u'-');
        if (name != u"wgs84" && name != u"gcj02")
            return fail(QStringLiteral("--crs needs WGS-84 or GCJ-02, not '%1'").arg(p.value(crs)));
        if (o.importCamerasPath.isEmpty())
            return fail(QStringLiteral("--crs goes with --import-cameras"));
        o.crs = name;
    }
    o.prepareTrainingCameras = p.isSet(prepareTrainingCameras);
    if (o.prepareTrainingCameras && !o.importCamerasPath.isEmpty())
        return fail(QStringLiteral("--prepare-training-cameras and --import-cameras are separate runs"));
    if (!o.importCamerasPath.isEmpty() && o.outPath.isEmpty())
        o.outPath = !o.cameraIndexPath.isEmpty()
            ? o.cameraIndexPath
            : QFileInfo(o.importCamerasPath)
                  .dir()
                  .filePath(QFileInfo(o.importCamerasPath).completeBaseName() + QStringLiteral(".cameras"));
    o.playbackPath = p.value(playback);
    if (p.isSet(playback) && o.playbackPath.isEmpty())
        return fail(QStringLiteral("--playback needs a journal file"));
    o.trainFromPath = p.value(trainFrom);
    if (p.isSet(trainFrom)) {
        // A replay to train on is a training run of its own: the simulated world, never the field.
        if (o.trainFromPath.isEmpty() || !p.isSet(at))
            return fail(
                QStringLiteral("--train-from needs a journal and --at TIME, the moment to start from"));
        if (p.isSet(live) || p.isSet(backend))
            return fail(
                QStringLiteral("--train-from starts a training run on the simulated world; it is never "
                               "live and never uses a backend (--live, --backend)"));
        if (p.isSet(playback) || p.isSet(scenario))
            return fail(QStringLiteral("--train-from starts from the recording's world; --playback and "
                                       "--scenario are other runs"));
    }
    if (p.isSet(at)) {
        if (o.playbackPath.isEmpty() && o.trainFromPath.isEmpty())
            return fail(QStringLiteral("--at goes with --playback or --train-from"));
        if (!parsePlaybackTime(p.value(at), &o.playbackAtMs, &o.playbackAtIsOffset))
            return fail(
                QStringLiteral("--at needs an ISO-8601 time with its zone (2024-06-01T08:30:00+08:00) or "
                               "an offset from the start such as +90m, +1h30m or +45s, not '%1'")
                    .arg(p.value(at)));
        o.hasPlaybackAt = true;
    }
    o.exportEvidenceDir = p.value(exportEvidence);
    o.verifyExportDir = p.value(verifyExport);
    if (p.isSet(exportEvidence) && o.exportEvidenceDir.isEmpty())
        return fail(QStringLiteral("--export-evidence needs a folder"));
    if (p.isSet(verifyExport) && o.verifyExportDir.isEmpty())
        return fail(QStringLiteral("--verify-export needs a folder"));
    if (!o.exportEvidenceDir.isEmpty() && o.playbackPath.isEmpty())
        return fail(QStringLiteral("--export-evidence needs the journal: --playback FILE"));
    if (!o.exportEvidenceDir.isEmpty() && !o.verifyExportDir.isEmpty())
        return fail(QStringLiteral("--export-evidence and --verify-export are separate runs"));
    if ((p.isSet(fromOption) || p.isSet(toOption) || p.isSet(areaOption)) && o.exportEvidenceDir.isEmpty())
        return fail(QStringLiteral("--from, --to and --area go with --export-evidence"));
    o.evidenceArea = p.value(areaOption).trimmed();
    if (p.isSet(areaOption) && o.evidenceArea.isEmpty())
        return fail(QStringLiteral("--area needs W,S,E,N or the name of a prefecture or district"));
    const auto parseEnd = [&](const QCommandLineOption &option, qint64 *ms, bool *isOffset) {
        return parsePlaybackTime(p.value(option), ms, isOffset);
    };
    if (p.isSet(fromOption) && !(o.hasFrom = parseEnd(fromOption, &o.fromMs, &o.fromIsOffset)))
        return fail(
            QStringLiteral("--from needs an ISO-8601 time with its zone (2024-06-01T08:30:00+08:00) or an "
                           "offset from the start such as +90m, not '%1'")
                .arg(p.value(fromOption)));
    if (p.isSet(toOption) && !(o.hasTo = parseEnd(toOption, &o.toMs, &o.toIsOffset)))
        return fail(
            QStringLiteral("--to needs an ISO-8601 time with its zone (2024-06-01T08:30:00+08:00) or an "
                           "offset from the start such as +2h, not '%1'")
                .arg(p.value(toOption)));
    if (o.headlessEvidenceCommand()
        && (o.headlessCameraCommand() || o.headlessRoadCommand() || o.headlessTileCommand()))
        return fail(QStringLiteral("evidence commands are runs of their own"));
    // With --playback, --cameras only says where the site's cameras keep their recordings.
    if (!o.playbackPath.isEmpty() && (p.isSet(db) || p.isSet(scenario)))
        return fail(QStringLiteral(
            "--playback shows a recorded journal; --db and --scenario are for a running shift"));
    if (o.route && !o.importRoadsPath.isEmpty())
        return fail(QStringLiteral("--import-roads and --route are separate runs"));
    if (o.headlessRoadCommand() && o.headlessTileCommand())
        return fail(QStringLiteral("road and tile commands are separate runs"));
    if (o.headlessCameraCommand() && (o.headlessRoadCommand() || o.headlessTileCommand()))
        return fail(QStringLiteral("--import-cameras is a run of its own"));
    return out;
}

bool parseLatLon(const QString &text, double *lat, double *lon)
{
    const QStringList parts = text.split(u',');
    if (parts.size() != 2)
        return false;
    bool okLat = false, okLon = false;
    *lat = parts[0].trimmed().toDouble(&okLat);
    *lon = parts[1].trimmed().toDouble(&okLon);
    return okLat && okLon && std::isfinite(*lat) && std::isfinite(*lon) && std::abs(*lat) <= 90
        && std::abs(*lon) <= 180;
}

bool parsePlaybackTime(const QString &text, qint64 *ms, bool *isOffset)
{
    const QString t = text.trimmed();
    if (t.startsWith(u'+')) {
        // +1h30m, +90m, +45s, +2h: units in descending order, each at most once.
        static const QRegularExpression offset(
            QStringLiteral("^\\+(?:(\\d{1,4})h)?(?:(\\d{1,6})m)?(?:(\\d{1,8})s)?$"));
        const auto m = offset.match(t);
        if (!m.hasMatch() || t.size() < 3)
            return false;
        *ms = (m.captured(1).toLongLong() * 3600 + m.captured(2).toLongLong() * 60
                  + m.captured(3).toLongLong())
            * 1000;
        *isOffset = true;
        return true;
    }
    // A moment needs its zone: a journal is reviewed far from where, and when, it was written.
    auto when = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!when.isValid() || when.timeSpec() == Qt::LocalTime)
        return false;
    *ms = when.toMSecsSinceEpoch();
    *isOffset = false;
    return true;
}

QString defaultDebriefPath(const QString &journalPath, const QString &scenario, const QDateTime &when)
{
    // A file name is not an id: "my-drill.json" or "/x/y/my-drill.json" becomes "my-drill".
    QString name = scenario.isEmpty() ? QStringLiteral("free-shift") : QFileInfo(scenario).completeBaseName();
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    return QFileInfo(journalPath)
        .dir()
        .filePath(
            QStringLiteral("debrief-%1-%2.json").arg(name, when.toString(QStringLiteral("yyyyMMdd-HHmmss"))));
}

namespace {
QString userDataDir()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/watchfloor");
    return dir;
}
} // namespace

QString defaultJournalDir()
{
    return userDataDir();
}

QString defaultWallLayoutsPath()
{
    return QDir(userDataDir()).filePath(QStringLiteral("wall-layouts.json"));
}

QString defaultZonesPath()
{
    return QDir(userDataDir()).filePath(QStringLiteral("response-zones.geojson"));
}

QString defaultTileCachePath()
{
    return QDir(userDataDir()).filePath(QStringLiteral("tiles.mbtiles"));
}

QString defaultTrainingCameraIndexPath()
{
    // Named by what makes it: a change of the generator or the file format gets a new file.
    return QDir(userDataDir()).filePath(QStringLiteral("training-cameras-2190000-s7-v3.cameras"));
}

int AppOptions::simUnits(const Settings &settings) const
{
    return units.value_or(settings.simUnits);
}

} // namespace wf
