// The composition root: parses the command line, builds the objects and wires the one event
// path (connector -> EventBus -> Journal + WorldState -> models -> QML).
#include "AppOptions.h"
#include "BaseMap.h"
#include "CameraCommands.h"
#include "CameraFile.h"
#include "CameraRegister.h"
#include "CentreTime.h"
#include "ConnectorHost.h"
#include "CordonDesk.h"
#include "CoverageModel.h"
#include "Dispatch.h"
#include "EventBus.h"
#include "EventLogModel.h"
#include "EvidenceCommands.h"
#include "Instructor.h"
#include "Journal.h"
#include "JournalRetention.h"
#include "Keyframer.h"
#include "LayerCommands.h"
#include "MapTiles.h"
#include "OrderWatch.h"
#include "PlaybackController.h"
#include "RecordedMoment.h"
#include "RecordingOpener.h"
#include "ResponseZoneModel.h"
#include "RoadCommands.h"
#include "RoadGraph.h"
#include "RoutePreview.h"
#include "SceneSource.h"
#include "Session.h"
#include "Settings.h"
#include "TerminationSignals.h"
#include "TileCommands.h"
#include "TileServer.h"
#include "TimeControl.h"
#include "UiHealth.h"
#include "UnitRecommendationModel.h"
#include "WorldState.h"
#include "ZoneEditor.h"

#include <QDateTime>
#include <QDir>
#include <QGuiApplication>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimeZone>
#include <QTimer>
#include <QTranslator>
#include <QtPlugin>
#include <QtQml/qqmlextensionplugin.h>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

// The QML modules are static libraries: their plugins must be pulled in explicitly.
Q_IMPORT_QML_PLUGIN(Watchfloor_CorePlugin)
Q_IMPORT_QML_PLUGIN(Watchfloor_UiPlugin)
Q_IMPORT_QML_PLUGIN(Watchfloor_ThemePlugin)
Q_IMPORT_QML_PLUGIN(Watchfloor_CordonsPlugin)

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "watchfloor: %s\n", qPrintable(message));
    return 1;
}

void installTranslator(QGuiApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *translator = new QTranslator(&app);
    // English is the source language: only other languages need a catalogue.
    if (locale.language() != QLocale::English
        && translator->load(
            locale, QStringLiteral("watchfloor"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    // Parse before any GUI exists so --help and errors work without a display.
    const auto parsed = wf::parseAppOptions(args);
    switch (parsed.action) {
    case wf::ParsedOptions::Action::ShowHelp:
    case wf::ParsedOptions::Action::ShowVersion:
        std::printf("%s\n", qPrintable(parsed.message));
        return 0;
    case wf::ParsedOptions::Action::Fail:
        return fail(parsed.message) + 1; // 2: usage error
    case wf::ParsedOptions::Action::Run:
        break;
    }
    const auto &opt = parsed.options;

    // Tile and road work from the command line needs no display: it runs on a plain core application.
    if (!opt.checkLayerPath.isEmpty()) {
        QCoreApplication app(argc, argv);
        return wf::checkLayer(opt.checkLayerPath);
    }
    if (!opt.exportCordonsJournal.isEmpty()) {
        QCoreApplication app(argc, argv);
        return wf::exportCordons(opt.exportCordonsJournal, opt.exportCordonsOut);
    }
    if (opt.headlessRoadCommand()) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("watchfloor"));
        QString error;
        const auto settings = wf::Settings::load(opt.settingsPath, &error);
        if (!settings)
            return fail(error);
        return wf::runRoadCommand(opt, *settings);
    }
    if (opt.headlessCameraCommand()) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("watchfloor")); // the user's data folder
        QCoreApplication::setOrganizationName(QStringLiteral("watchfloor"));
        return wf::runCameraCommand(opt);
    }
    if (opt.headlessTileCommand()) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("watchfloor"));
        QCoreApplication::setOrganizationName(QStringLiteral("watchfloor"));
        QString error;
        const auto settings = wf::Settings::load(opt.settingsPath, &error);
        if (!settings)
            return fail(error);
        const auto tileConfig = wf::tileSourceConfig(opt, *settings, &error);
        if (!tileConfig)
            return fail(error);
        return wf::runTileCommand(opt, *settings, *tileConfig);
    }

    if (opt.headlessEvidenceCommand()) {
        // The report's text needs fonts, hence a GUI application, but no display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        QGuiApplication::setApplicationName(QStringLiteral("watchfloor"));
        QGuiApplication::setApplicationVersion(QStringLiteral(WATCHFLOOR_VERSION));
        installTranslator(app, opt.language);
        return wf::runEvidenceCommand(opt);
    }

    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("watchfloor"));
    QGuiApplication::setOrganizationName(QStringLiteral("watchfloor"));
    QGuiApplication::setApplicationVersion(QStringLiteral(WATCHFLOOR_VERSION));
    installTranslator(app, opt.language);

    QString error;
    const auto settings = wf::Settings::load(opt.settingsPath, &error);
    if (!settings)
        return fail(error);
    const auto tileConfig = wf::tileSourceConfig(opt, *settings, &error);
    if (!tileConfig)
        return fail(error);
    QDir().mkpath(QFileInfo(tileConfig->cachePath).absolutePath());

    // "Train from here": the recording's world at --at, read (and refused in words) before any
    // journal of the new run is made.
    std::optional<wf::RecordedMoment> recorded;
    if (!opt.trainFromPath.isEmpty()
        && !(recorded
            = wf::RecordedMoment::read(opt.trainFromPath, opt.playbackAtMs, opt.playbackAtIsOffset, &error)))
        return fail(error);

    // A malformed camera file stops the start before anything is written.
    QList<wf::CameraReported> siteCameras;
    QHash<QString, QString> cameraRecordings; // where each camera's recorded video is, for playback
    if (!opt.camerasPath.isEmpty()) {
        auto cameras = wf::wall::loadCameraFile(opt.camerasPath, &error, &cameraRecordings);
        if (!cameras)
            return fail(QStringLiteral("--cameras: %1").arg(error));
        siteCameras = std::move(*cameras);
    }

    // The province's camera register: a site's (--camera-index, map.camera_index) must open; in
    // a training shift without one, the generated register is opened, or made in the background.
    wf::wall::CameraRegister cameraRegister;
    if (const QString path = wf::cameraIndexPath(opt, *settings); !path.isEmpty()) {
        if (!cameraRegister.open(path, &error))
            return fail(QStringLiteral("%1: %2").arg(
                opt.cameraIndexPath.isEmpty() ? u"map.camera_index"_s : u"--camera-index"_s, error));
    } else if (opt.training && opt.playbackPath.isEmpty()) {
        cameraRegister.prepareGenerated(wf::defaultTrainingCameraIndexPath());
    }

    // Playback shows a recorded journal read-only: no journal is written, no connector started.
    const bool playbackMode = !opt.playbackPath.isEmpty();
    // The workstation's own journal is the file of the centre's day it starts on; a --db is the
    // operator's own file, never pruned.
    const QDate centreToday = QDateTime::currentDateTimeUtc().addSecs(wf::kCentreUtcOffsetSeconds).date();
    const bool dayJournal = !playbackMode && opt.dbPath.isEmpty();
    const QString journalPath = playbackMode ? opt.playbackPath
        : dayJournal
        ? QDir(wf::defaultJournalDir()).filePath(wf::JournalRetention::dayFileName(opt.training, centreToday))
        : opt.dbPath;
    wf::Journal journal;
    if (!playbackMode) {
        QDir().mkpath(QFileInfo(journalPath).absolutePath());
        if (!journal.open(
                journalPath, opt.training ? wf::JournalMode::Training : wf::JournalMode::Live, &error))
            return fail(error);
    }
    wf::JournalRetention::Pruned pruned;
    if (dayJournal && settings->journal.keepDays > 0) {
        pruned = wf::JournalRetention::prune(
            QDir(wf::defaultJournalDir()), opt.training, centreToday, settings->journal.keepDays);
        for (const QString &problem : std::as_const(pruned.problems))
            std::fprintf(stderr, "watchfloor: journal retention: %s\n", qPrintable(problem));
    }

    wf::EventBus bus;
    bus.setNextSeq(journal.lastSeqAtOpen() + 1);
    wf::WorldState world;
    const QString uiLanguage = opt.language.isEmpty() ? QLocale::system().name() : opt.language;
    world.scenario()->setLanguage(QLocale(uiLanguage).language() == QLocale::Chinese ? u"zh"_s : u"en"_s);
    wf::EventLogModel eventLog;
    wf::Keyframer keyframer(&journal, &world);
    if (!playbackMode)
        keyframer.sessionStarted(journal.lastSeqAtOpen(), bus.now());
    wf::PlaybackController playback(&world);
    if (playbackMode) {
        if (!playback.open(opt.playbackPath, &error))
            return fail(error);
        if (opt.hasPlaybackAt) {
            const auto at = playback.moment(opt.playbackAtMs, opt.playbackAtIsOffset, &error);
            if (!at)
                return fail(error);
            playback.seek(*at);
        }
    }
    QObject::connect(&bus, &wf::EventBus::published, &bus, [&](const wf::Event &e) {
        // In playback the world shows the recording only; what the operator tries goes nowhere.
        if (playbackMode)
            return;
        journal.append(e);
        world.apply(e);
        keyframer.observe(e);
        eventLog.append(e, world.clock());
    });

    wf::maps::BaseMap baseMap;
    if (!baseMap.loadFolder(QStringLiteral(":/watchfloor/basemap"), &error))
        std::fprintf(stderr, "watchfloor: base map incomplete: %s\n", qPrintable(error));
    const auto tileLanguage = QLocale(uiLanguage).language() == QLocale::Chinese
        ? wf::maps::TileRenderer::Language::Chinese
        : wf::maps::TileRenderer::Language::English;
    // The session's road graph: dispatch ranks units on it, and the embedded map draws it. A graph
    // named with --roads or map.roads must open; the training graph beside the app may be missing
    // from a partial build (then travel times cannot be computed, and the UI says so).
    std::shared_ptr<const wf::maps::RoadGraph> roads
        = wf::maps::RoadGraph::open(wf::roadGraphPath(opt, *settings), &error);
    if (!roads && (!opt.roadsPath.isEmpty() || !settings->map.roadsPath.isEmpty()))
        return fail(error);
    if (!roads)
        std::fprintf(stderr, "watchfloor: no road graph: %s\n", qPrintable(error));
    const auto tileRenderer = std::make_shared<const wf::maps::TileRenderer>(
        baseMap, tileLanguage, settings->map.drawRoads ? roads : nullptr);
    wf::maps::TileServer tiles(tileRenderer, *tileConfig);
    playback.evidence()->setRenderer(tileRenderer); // the evidence report's maps are the map's
    if (!tiles.listen(&error))
        return fail(error);
    // A cache that is not ours (or is broken) is left alone; the map runs without it and says so.
    if (!tiles.cacheError().isEmpty())
        std::fprintf(stderr, "watchfloor: tile cache not used: %s\n", qPrintable(tiles.cacheError()));
    wf::MapTiles mapTiles({ &tiles, &baseMap, settings->map.maxOfflineTiles, settings->map.attribution });

    // The site's own cameras (--cameras) enter the world like any other: as events, source "config".
    for (const auto &camera : siteCameras) {
        const qint64 now = bus.now();
        bus.publish(wf::Event { 0, now, now, QStringLiteral("config"), camera });
    }

    wf::ConnectorHost host(&bus, opt.training);
    host.setPlayback(playbackMode);
    const QString pluginDir = opt.pluginDir.isEmpty()
        ? QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../plugins/watchfloor"))
        : opt.pluginDir;
    host.discover(pluginDir);
    for (const auto &problem : host.loadErrors())
        std::fprintf(stderr, "watchfloor: plugin: %s\n", qPrintable(problem));
    // Training plays --scenario, else the settings' sim.scenario, else a free shift.
    const QString scenario = opt.scenario.isEmpty() ? settings->simScenario : opt.scenario;
    const QString debriefPath = opt.debriefPath.isEmpty()
        ? wf::defaultDebriefPath(journalPath, scenario, QDateTime::currentDateTime())
        : opt.debriefPath;
    QVariantMap simSettings { { QStringLiteral("seed"), opt.seed },
        { QStringLiteral("units"), opt.simUnits(*settings) },
        { QStringLiteral("incidents_per_hour"), settings->incidentsPerHour },
        { QStringLiteral("debrief"), debriefPath } };
    if (!scenario.isEmpty())
        simSettings.insert(QStringLiteral("scenario"), scenario);
    if (recorded)
        simSettings.insert(QStringLiteral("start"), wf::encodeTrainingStart(recorded->start));
    // A broker (--backend, or backend.url in a live session) replaces the simulated world: live
    // orders to real units, or a shared training exercise in the broker's training namespace.
    const QString backendUrl
        = !opt.backendUrl.isEmpty() ? opt.backendUrl : (opt.training ? QString() : settings->backend.url);
    if (!playbackMode && !opt.training && backendUrl.isEmpty())
        return fail(
            QStringLiteral("no live backend is configured: give --backend mqtts://user@host:port or the "
                           "setting backend.url"));
    if (playbackMode) {
        // A recording: no connector starts, nothing is sent.
    } else if (!backendUrl.isEmpty()) {
        const auto &b = settings->backend;
        const QFileInfo journalFile(journalPath);
        const QVariantMap backendSettings { { QStringLiteral("url"), backendUrl },
            { QStringLiteral("namespace"), opt.training ? u"training"_s : u"live"_s },
            { QStringLiteral("role"), b.role },
            { QStringLiteral("operator"),
                settings->operatorId.isEmpty() ? qEnvironmentVariable("USER") : settings->operatorId },
            { QStringLiteral("ca_file"), b.caFile }, { QStringLiteral("cert_file"), b.certFile },
            { QStringLiteral("key_file"), b.keyFile }, { QStringLiteral("password_file"), b.passwordFile },
            { QStringLiteral("client_id"), b.clientId },
            { QStringLiteral("outbox"),
                journalFile.dir().filePath(journalFile.completeBaseName() + u"-outbox.sqlite"_s) } };
        if (!host.start(QStringLiteral("mqtt"), backendSettings, &error))
            return fail(QStringLiteral("cannot start the backend connection: %1").arg(error));
    } else if (!host.start(QStringLiteral("sim"), simSettings, &error)) {
        return fail(QStringLiteral("cannot start the training world: %1").arg(error));
    }

    const QString operatorId = settings->operatorId.isEmpty()
        ? qEnvironmentVariable("USER", QStringLiteral("operator"))
        : settings->operatorId;
    const auto role
        = wf::Dispatch::roleFromName(settings->dispatch.role).value_or(wf::Dispatch::Role::Dispatcher);
    wf::Dispatch dispatch(&bus, &host, &world, operatorId, role);
    playback.setOperator(operatorId, wf::Dispatch::roleName(role));
    // Orders nobody acknowledges become alerts.
    wf::OrderWatch orderWatch(&bus, &world, settings->dispatch.ackSeconds);
    // The response zones (a centre's own file, else the training world's) and the units
    // recommended for an incident by road travel time against the zone's target.
    // A supervisor's edits are saved to dispatch.zones, or (with none named) to the user's data
    // folder, which then replaces the built-in zones at the next start.
    const QString editedZonesPath
        = settings->dispatch.zonesPath.isEmpty() ? wf::defaultZonesPath() : settings->dispatch.zonesPath;
    const QString zonesPath = !settings->dispatch.zonesPath.isEmpty() || QFileInfo::exists(editedZonesPath)
        ? editedZonesPath
        : QStringLiteral(":/watchfloor/zones/hubei-response-zones.geojson");
    QString zonesError;
    auto zoneLayer = wf::maps::ZoneLayer::load(zonesPath, &zonesError);
    if (!zoneLayer && !settings->dispatch.zonesPath.isEmpty())
        return fail(QStringLiteral("dispatch.zones: %1").arg(zonesError));
    if (!zoneLayer) {
        // An edited file that went bad: say so, and fall back to the built-in zones.
        std::fprintf(stderr, "watchfloor: %s; using the built-in response zones\n", qPrintable(zonesError));
        zoneLayer = wf::maps::ZoneLayer::load(
            QStringLiteral(":/watchfloor/zones/hubei-response-zones.geojson"), &zonesError);
    }
    wf::ResponseZoneModel zones(std::move(zoneLayer), zonesError);
    wf::ZoneEditor zoneEditor(&zones, &dispatch, editedZonesPath);
    wf::UnitRecommendationModel recommendations(&world, roads, &zones);
    // Where free units can be within 1, 3 and 5 minutes, against the zones (its own thread).
    wf::CoverageModel coverage(&world, roads, &zones);
    wf::RoutePreview routePreview(&world, roads);
    wf::TimeControl timeControl(&host, &dispatch);
    wf::Instructor instructor(&bus, &host, &dispatch);
    wf::Session session({ opt.training && !playbackMode, operatorId, journalPath, tiles.baseUrl(),
        host.running(), playbackMode });
    QObject::connect(&bus, &wf::EventBus::published, &session, [&session](const wf::Event &e) {
        if (const auto *status = std::get_if<wf::BackendStatus>(&e.payload))
            session.setBackendStatus(*status);
    });
    QTimer journalWatch;
    bool journalFailing = false;
    QObject::connect(&journalWatch, &QTimer::timeout, &session, [&] {
        const auto h = journal.health();
        session.setJournalHealth(h.writeErrors, h.failing, h.lastError, h.unwritten, h.lost);
        // Said once on the terminal too, for a workstation nobody is looking at.
        if (h.failing != journalFailing && h.failing)
            std::fprintf(stderr, "watchfloor: the journal cannot write (%s); %lld events wait in memory\n",
                qPrintable(h.lastError), static_cast<long long>(h.unwritten));
        journalFailing = h.failing;
    });
    if (!playbackMode) {
        journalWatch.start(1000);
        dispatch.record(QStringLiteral("session_start"),
            QStringLiteral("training=%1 journal=%2").arg(opt.training ? u"yes" : u"no", journalPath));
        if (!pruned.removed.isEmpty()) {
            // The supervisor's limit at work, on the record like any other removal of evidence.
            dispatch.record(QStringLiteral("journal_retention"),
                QStringLiteral("keep_days=%1 removed=%2 bytes=%3")
                    .arg(settings->journal.keepDays)
                    .arg(pruned.removed.join(u','))
                    .arg(pruned.bytes));
            std::fprintf(stderr,
                "watchfloor: journal retention: removed %lld day journals older than %d days (%.1f MB)\n",
                static_cast<long long>(pruned.removed.size()), settings->journal.keepDays,
                double(pruned.bytes) / 1e6);
        }
    }

    // The cordon tools over the session's road graph (crossings, drive-time rings need it).
    wf::CordonDesk cordonDesk(&world, &bus, &dispatch, roads);
    if (recorded) {
        // Where this run came from, on its record; then the recording's cordons, set again as the
        // trainee's own (journaled, on the map, scored by the training world).
        dispatch.record(QStringLiteral("train_from_recording"),
            QStringLiteral("journal=%1 at=%2")
                .arg(QFileInfo(recorded->journal).absoluteFilePath(),
                    QDateTime::fromMSecsSinceEpoch(recorded->atMs, QTimeZone::UTC)
                        .toString(Qt::ISODateWithMs)));
        if (!cordonDesk.setFromRecording(recorded->cordons))
            std::fprintf(stderr, "watchfloor: the recording's cordons were not set again: %s\n",
                qPrintable(cordonDesk.status()));
    }

    // "Open recording…": the same program with the same language and settings, in playback.
    QStringList playbackArguments;
    if (!opt.language.isEmpty())
        playbackArguments << QStringLiteral("--lang") << opt.language;
    if (!opt.settingsPath.isEmpty())
        playbackArguments << QStringLiteral("--settings") << opt.settingsPath;
    wf::RecordingOpener recordings(QCoreApplication::applicationFilePath(), playbackArguments);
    // The training cameras' synthetic video: the world's time, weather and actors, each camera
    // filming its kind of place.
    wf::wall::SceneSource sceneSource(&world, [&host] { return host.groundTruth(); }, roads);
    QVariantMap wallRecordings;
    if (playbackMode) {
        // The tiles show what was filmed at the moment on the timeline, which moves on between
        // the recorded events.
        sceneSource.followPosition(playback.positionMs());
        QObject::connect(&playback, &wf::PlaybackController::positionChanged, &sceneSource,
            [&] { sceneSource.followPosition(playback.positionMs()); });
        for (auto it = cameraRecordings.cbegin(); it != cameraRecordings.cend(); ++it)
            wallRecordings.insert(it.key(), it.value());
    }

    QQmlApplicationEngine engine;
    engine.setInitialProperties({ { QStringLiteral("world"), QVariant::fromValue(&world) },
        { QStringLiteral("dispatch"), QVariant::fromValue(&dispatch) },
        { QStringLiteral("session"), QVariant::fromValue(&session) },
        { QStringLiteral("events"), QVariant::fromValue(&eventLog) },
        { QStringLiteral("tiles"), QVariant::fromValue(&mapTiles) },
        { QStringLiteral("timeControl"), QVariant::fromValue(&timeControl) },
        { QStringLiteral("instructor"), QVariant::fromValue(&instructor) },
        { QStringLiteral("zones"), QVariant::fromValue(&zones) },
        { QStringLiteral("recommendations"), QVariant::fromValue(&recommendations) },
        { QStringLiteral("coverage"), QVariant::fromValue(&coverage) },
        { QStringLiteral("routes"), QVariant::fromValue(&routePreview) },
        { QStringLiteral("zoneEditor"), QVariant::fromValue(&zoneEditor) },
        { QStringLiteral("cordons"), QVariant::fromValue(&cordonDesk) },
        { QStringLiteral("cameraRegister"), QVariant::fromValue(&cameraRegister) },
        { QStringLiteral("sceneSource"), QVariant::fromValue(&sceneSource) },
        { QStringLiteral("instructorOpen"), opt.instructor },
        { QStringLiteral("playback"), QVariant::fromValue(playbackMode ? &playback : nullptr) },
        { QStringLiteral("recordings"), QVariant::fromValue(&recordings) },
        // Camera wall start-up settings.
        { QStringLiteral("wallLayout"), opt.wallLayout },
        { QStringLiteral("wallHealthPath"), opt.wallHealthPath },
        { QStringLiteral("wallLostTimeoutMs"), opt.wallLostTimeoutMs },
        { QStringLiteral("wallExpanded"), opt.wallExpanded },
        { QStringLiteral("wallDetached"), opt.wallWindow },
        { QStringLiteral("wallLayoutsPath"), wf::defaultWallLayoutsPath() },
        { QStringLiteral("wallRecordings"), wallRecordings },
        { QStringLiteral("startLatitude"), opt.hasView ? opt.viewLatitude : qQNaN() },
        { QStringLiteral("startLongitude"), opt.hasView ? opt.viewLongitude : qQNaN() },
        { QStringLiteral("startZoom"), opt.hasView ? opt.viewZoom : qQNaN() } });
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(3); },
        Qt::QueuedConnection);
    engine.loadFromModule("Watchfloor.Ui", "Main");
    if (engine.rootObjects().isEmpty())
        return fail(QStringLiteral("the user interface failed to load"));

    std::unique_ptr<wf::UiHealth> uiHealth;
    if (!opt.uiHealthPath.isEmpty()) {
        if (auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first()))
            uiHealth = std::make_unique<wf::UiHealth>(window, opt.uiHealthPath);
    }

    if (opt.quitAfterSeconds > 0) {
        QTimer::singleShot(int(opt.quitAfterSeconds * 1000), &app, [&] {
            int code = 0;
            if (!opt.screenshotPath.isEmpty()) {
                auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
                const QImage shot = window ? window->grabWindow() : QImage();
                if (shot.isNull() || !shot.save(opt.screenshotPath, "PNG")) {
                    std::fprintf(
                        stderr, "watchfloor: cannot save screenshot %s\n", qPrintable(opt.screenshotPath));
                    code = 1;
                }
            }
            QCoreApplication::exit(code);
        });
    }

    // SIGTERM (a logout, a shutdown, a service manager) and Ctrl+C end the session as the Quit
    // shortcut does: the session's end recorded, the journal closed with nothing lost.
    wf::TerminationSignals termination;
    QObject::connect(&termination, &wf::TerminationSignals::received, &app, &QCoreApplication::quit);

    const int rc = app.exec();
    if (uiHealth)
        uiHealth->write(); // the whole session's figures, to the last second
    dispatch.record(QStringLiteral("session_end"), QString());
    QCoreApplication::processEvents(); // deliver the queued end-of-session event
    host.stopAll();
    if (playbackMode)
        return rc;
    // The journal gets a stated time to write what is queued; then whatever is not saved is
    // counted and said, and the exit code is not 0.
    const auto closed = journal.close(wf::Journal::kDefaultCloseLimit);
    if (closed.refused > 0)
        std::fprintf(stderr, "watchfloor: the journal refused %lld training events (a live journal)\n",
            static_cast<long long>(closed.refused));
    if (closed.lost > 0 || !closed.finishedInTime) {
        std::fprintf(stderr,
            "watchfloor: the journal lost %lld of this session's events (%lld saved in %s; gave up after "
            "%lld s): "
            "%s\n",
            static_cast<long long>(closed.lost), static_cast<long long>(closed.durable),
            qPrintable(journalPath), static_cast<long long>(wf::Journal::kDefaultCloseLimit.count() / 1000),
            qPrintable(closed.error.isEmpty() ? QStringLiteral("the queue was full") : closed.error));
        std::fflush(stderr);
        if (!closed.finishedInTime)
            std::_Exit(4); // the writer is stuck in a system call; do not wait for it
        return 4;
    }
    return rc;
}
