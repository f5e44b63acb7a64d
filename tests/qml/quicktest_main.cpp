// Runs the QML tests (tst_*.qml, where the assertions are) with the real models behind them.
#include "../common/LocalTileUpstream.h"
#include "../common/SyntheticShift.h"
#include "CameraIndex.h"
#include "CameraIndexBuilder.h"
#include "CameraRegister.h"
#include "ConnectorHost.h"
#include "CordonDesk.h"
#include "CoverageModel.h"
#include "Dispatch.h"
#include "EventBus.h"
#include "EventLogModel.h"
#include "HubeiMap.h"
#include "Instructor.h"
#include "Journal.h"
#include "JournalReader.h"
#include "MBTilesCache.h"
#include "MapTiles.h"
#include "PlaybackController.h"
#include "RecordingOpener.h"
#include "ResponseZoneModel.h"
#include "RoutePreview.h"
#include "SceneSource.h"
#include "Session.h"
#include "TileServer.h"
#include "TimeControl.h"
#include "UnitRecommendationModel.h"
#include "WorldState.h"

#include <QDir>
#include <QFile>
#include <QKeySequence>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>
#include <csignal>
#include <limits>

Q_IMPORT_QML_PLUGIN(Watchfloor_CorePlugin)
Q_IMPORT_QML_PLUGIN(Watchfloor_UiPlugin)
Q_IMPORT_QML_PLUGIN(Watchfloor_ThemePlugin)
Q_IMPORT_QML_PLUGIN(Watchfloor_CordonsPlugin)

// What a test needs to drive the UI: the world, its event path and a way to inject events.
class TestFixture : public QObject
{
    Q_OBJECT
    Q_PROPERTY(wf::WorldState *world READ world CONSTANT)
    Q_PROPERTY(wf::Dispatch *dispatch READ dispatch CONSTANT)
    Q_PROPERTY(wf::Session *session READ session CONSTANT)
    // A live session's, for the backend banner: its connection set by setBackend().
    Q_PROPERTY(wf::Session *liveSession READ liveSession CONSTANT)
    Q_PROPERTY(wf::EventLogModel *events READ events CONSTANT)
    Q_PROPERTY(wf::MapTiles *tiles READ tiles CONSTANT)
    Q_PROPERTY(wf::TimeControl *timeControl READ timeControl CONSTANT)
    Q_PROPERTY(wf::Instructor *instructor READ instructor CONSTANT)
    Q_PROPERTY(wf::ResponseZoneModel *zones READ zones CONSTANT)
    Q_PROPERTY(wf::RoutePreview *routes READ routes CONSTANT)
    Q_PROPERTY(wf::UnitRecommendationModel *recommendations READ recommendations CONSTANT)
    Q_PROPERTY(wf::CoverageModel *coverage READ coverage CONSTANT)
    Q_PROPERTY(int auditedActions READ auditedActions CONSTANT)
    Q_PROPERTY(wf::CordonDesk *cordons READ cordons CONSTANT)
    Q_PROPERTY(wf::wall::CameraRegister *cameraRegister READ cameraRegister CONSTANT)
    Q_PROPERTY(wf::wall::SceneSource *sceneSource READ sceneSource CONSTANT)
public:
    TestFixture()
        : m_host(&m_bus, true)
        , m_dispatch(&m_bus, &m_host, &m_world, QStringLiteral("qmltest"))
        , m_session({ true, QStringLiteral("qmltest"), QStringLiteral("/tmp/test.sqlite"),
              QStringLiteral("http://127.0.0.1:9/"), {} })
        , m_liveSession({ false, QStringLiteral("qmltest"), QStringLiteral("/tmp/live.sqlite"),
              QStringLiteral("http://127.0.0.1:9/"), {} })
        , m_timeControl(&m_host, &m_dispatch)
        , m_instructor(&m_bus, &m_host, &m_dispatch)
        , m_zones(builtinZones(), {})
        // The training world's roads, as the app ranks on them.
        , m_recommendations(&m_world, wf::sim::HubeiMap::shared()->roadGraph(), &m_zones)
        , m_coverage(&m_world, wf::sim::HubeiMap::shared()->roadGraph(), &m_zones)
        , m_routes(&m_world, wf::sim::HubeiMap::shared()->roadGraph())
        // The training cameras' world, as main.cpp makes it: the suspects from the ground truth.
        , m_scene(&m_world, [this] { return m_host.groundTruth(); }, wf::sim::HubeiMap::shared()->roadGraph())
    {
        connect(&m_bus, &wf::EventBus::published, this, [this](const wf::Event &e) {
            m_world.apply(e);
            m_log.append(e);
            if (std::holds_alternative<wf::OperatorAction>(e.payload))
                ++m_audited;
        });
        m_host.discover(QStringLiteral(WATCHFLOOR_PLUGIN_DIR));
    }
    wf::WorldState *world() { return &m_world; }
    wf::Dispatch *dispatch() { return &m_dispatch; }
    wf::Session *session() { return &m_session; }
    wf::Session *liveSession() { return &m_liveSession; }
    Q_INVOKABLE void setBackend(const QString &state, const QString &detail, int outbox)
    {
        m_liveSession.setBackendStatus({ state, QStringLiteral("broker.example:8883"),
            QStringLiteral("dispatcher"), QStringLiteral("live"), detail, outbox, 0 });
    }
    wf::EventLogModel *events() { return &m_log; }
    wf::MapTiles *tiles() { return &m_tiles; }
    wf::TimeControl *timeControl() { return &m_timeControl; }
    wf::Instructor *instructor() { return &m_instructor; }
    wf::ResponseZoneModel *zones() { return &m_zones; }
    wf::UnitRecommendationModel *recommendations() { return &m_recommendations; }
    wf::CoverageModel *coverage() { return &m_coverage; }
    wf::RoutePreview *routes() { return &m_routes; }
    wf::wall::SceneSource *sceneSource() { return &m_scene; }
    // Training time: the simulated crews answer and drive this much faster.
    Q_INVOKABLE void setTimeScale(double scale) { m_host.setTimeScale(scale); }
    int auditedActions() const { return m_audited; }
    // The cordon tools over the training world's generated roads (written by the build).
    wf::CordonDesk *cordons()
    {
        if (!m_cordons) {
            QString error;
            auto roads = wf::maps::RoadGraph::open(
                QStringLiteral(WATCHFLOOR_BINARY_DIR "/data/hubei-training.roads"), &error);
            if (!roads)
                qFatal("%s", qPrintable(error));
            m_cordons = std::make_unique<wf::CordonDesk>(&m_world, &m_bus, &m_dispatch, roads);
        }
        return m_cordons.get();
    }
    // A site's register in a real camera index: RG-001 at 31.6000, 110.2000 looks east, RG-002
    // 110 m north of it looks south, and 60 more (RG-100 ..) stand in a grid to the west.
    wf::wall::CameraRegister *cameraRegister()
    {
        if (!m_register) {
            QList<wf::maps::CameraIndex::Camera> cameras { { 31.6000, 110.2000, 90, 60 },
                { 31.6010, 110.2000, 180, 60 } };
            QList<wf::maps::CameraIndex::Entry> entries { { QStringLiteral("RG-001"),
                                                              QStringLiteral("Register gate east"),
                                                              QStringLiteral("sim://camera/RG-001"), {}, {} },
                { QStringLiteral("RG-002"), QStringLiteral("Register bridge north"),
                    QStringLiteral("sim://camera/RG-002"), {}, {} } };
            for (int i = 0; i < 60; ++i) {
                cameras.append({ 31.59 + (i / 10) * 0.002, 110.17 + (i % 10) * 0.002, 0, 60 });
                entries.append(
                    { QStringLiteral("RG-%1").arg(100 + i), QStringLiteral("Register grid %1").arg(i),
                        QStringLiteral("sim://camera/RG-%1").arg(100 + i), {}, {} });
            }
            const QString path = m_tmp.filePath(QStringLiteral("register.cameras"));
            QString error;
            m_register = std::make_unique<wf::wall::CameraRegister>();
            if (!wf::maps::CameraIndexBuilder::build(
                    path, cameras, &error, {}, entries, QStringLiteral("test"))
                || !m_register->open(path, &error))
                qFatal("register: %s", qPrintable(error));
        }
        return m_register.get();
    }
    // A recorded shift (a journal written by Journal: 30 units, 30 minutes) opened for playback
    // and review by a supervisor, over a world of its own.
    Q_INVOKABLE wf::PlaybackController *recording()
    {
        if (!m_playback) {
            const QString path = m_tmp.filePath(QStringLiteral("recorded-shift.sqlite"));
            wf::testing::ShiftOptions shift;
            shift.units = 30;
            shift.durationMs = 1800'000;
            {
                wf::Journal journal;
                QString error;
                if (!journal.open(path, wf::JournalMode::Live, &error))
                    qFatal("journal: %s", qPrintable(error));
                wf::testing::generateShift(shift, [&](const wf::Event &e) { journal.append(e); });
                journal.close();
            }
            m_playbackWorld = std::make_unique<wf::WorldState>();
            m_playback = std::make_unique<wf::PlaybackController>(m_playbackWorld.get());
            QString error;
            if (!m_playback->open(path, &error))
                qFatal("playback: %s", qPrintable(error));
            m_playback->setOperator(QStringLiteral("qmltest"), QStringLiteral("supervisor"));
        }
        return m_playback.get();
    }
    // "Train from here" as the workstation wires it: the real workstation started with
    // --train-from, here into a journal of the test's, quitting by itself after a few seconds.
    Q_INVOKABLE wf::RecordingOpener *trainingOpener()
    {
        if (!m_trainingOpener)
            m_trainingOpener = std::make_unique<wf::RecordingOpener>(QStringLiteral(WATCHFLOOR_APP),
                QStringList { QStringLiteral("--db"), m_tmp.filePath(QStringLiteral("trained.sqlite")),
                    QStringLiteral("--quit-after"), QStringLiteral("3") });
        return m_trainingOpener.get();
    }
    // Where the training run started by trainingOpener() says it came from (its audited
    // train_from_recording), once it has finished; "" while it runs.
    Q_INVOKABLE QString trainedFrom() const
    {
        if (!m_trainingOpener || m_trainingOpener->lastProcessId() <= 0
            || ::kill(pid_t(m_trainingOpener->lastProcessId()), 0) == 0)
            return {};
        wf::JournalReader reader;
        QString error, origin;
        if (!reader.open(m_tmp.filePath(QStringLiteral("trained.sqlite")), &error))
            return error;
        reader.readSeqs(0, reader.lastSeqAt(std::numeric_limits<qint64>::max()), [&](const wf::Event &e) {
            if (const auto *a = std::get_if<wf::OperatorAction>(&e.payload);
                a && a->action == u"train_from_recording")
                origin = a->detail;
        });
        return origin.isEmpty() ? QStringLiteral("no train_from_recording in the journal") : origin;
    }
    Q_INVOKABLE void addSite(const QString &id, const QString &name, int kind, double lat, double lon)
    {
        publish(wf::SiteReported { id, name, wf::SiteKind(kind), { lat, lon } });
    }

    // A smart checkpoint's read of a plate, as a plate-reader gateway reports it.
    Q_INVOKABLE void readPlate(const QString &siteId, const QString &plate, bool hotListed)
    {
        publish(wf::PlateRead {
            siteId, plate, hotListed, hotListed ? QStringLiteral("hit and run") : QString() });
    }
    Q_INVOKABLE void addUnit(const QString &id, const QString &callSign, double lat, double lon)
    {
        publish(wf::UnitReported {
            id, callSign, wf::UnitKind::PatrolCar, wf::UnitStatus::Available, { lat, lon }, 0 });
    }
    // The field's answer to an order: its unit has arrived (as a terminal would report it).
    Q_INVOKABLE void reportOnScene(const QString &orderId)
    {
        publish(wf::OrderStateChanged { orderId, wf::OrderState::OnScene, {} });
    }
    Q_INVOKABLE void setStatus(const QString &id, int status)
    {
        publish(wf::UnitStatusChanged { id, wf::UnitStatus(status) });
    }
    Q_INVOKABLE void addCamera(const QString &id, const QString &name, double lat, double lon)
    {
        publish(wf::CameraReported {
            id, name, { lat, lon }, 0, 60, QStringLiteral("sim://camera/%1").arg(id), {} });
    }
    Q_INVOKABLE void reportIncident(const QString &id, double lat, double lon)
    {
        publish(wf::IncidentReported {
            id, QStringLiteral("theft"), QStringLiteral("bag taken"), wf::Severity::High, { lat, lon } });
    }
    // An incident with the given summary and an alert with the given text, as a connector
    // would report them: text from outside.
    Q_INVOKABLE void reportIncidentWithSummary(
        const QString &id, const QString &summary, double lat, double lon)
    {
        publish(
            wf::IncidentReported { id, QStringLiteral("theft"), summary, wf::Severity::High, { lat, lon } });
    }
    Q_INVOKABLE void raiseAlert(const QString &id, const QString &text, double lat, double lon)
    {
        publish(wf::AlertRaised { id, text, wf::Severity::Critical, { lat, lon } });
    }
    Q_INVOKABLE bool startSimulator(int units)
    {
        QString error;
        return m_host.start(QStringLiteral("sim"), { { QStringLiteral("units"), units } }, &error);
    }
    // A training run of a built-in scenario, its debrief saved in a temporary folder.
    Q_INVOKABLE bool startScenario(const QString &scenario)
    {
        m_host.stopAll();
        QString error;
        const bool ok = m_host.start(QStringLiteral("sim"),
            { { QStringLiteral("scenario"), scenario },
                { QStringLiteral("debrief"), m_tmp.filePath(QStringLiteral("debrief.json")) } },
            &error);
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok;
    }
    Q_INVOKABLE int countAudited() const { return m_audited; }
    // A file of the test's own (a layer to import, say), as the URL a file dialog gives.
    Q_INVOKABLE QUrl writeTempFile(const QString &name, const QString &text)
    {
        const QString path = m_tmp.filePath(name);
        QFile f(path);
        const QByteArray bytes = text.toUtf8();
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return QUrl::fromLocalFile(path);
    }
    // The map's tiles of a deployment whose disk refuses every write: a real upstream on
    // loopback, a real tile server, and a cache file in which SQLite itself raises "database or
    // disk is full" on each insert (a full disk cannot be made in a test).
    Q_INVOKABLE wf::MapTiles *tilesWithUnwritableCache()
    {
        if (m_unwritable)
            return m_unwritable.get();
        const QString cache = m_tmp.filePath(QStringLiteral("unwritable.mbtiles"));
        {
            wf::maps::MBTilesCache c;
            QString error;
            if (!c.open(cache, &error))
                qFatal("%s", qPrintable(error));
        }
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("unwritable"));
            db.setDatabaseName(cache);
            QSqlQuery q(db);
            if (!db.open()
                || !q.exec(QStringLiteral("CREATE TRIGGER no_space BEFORE INSERT ON tiles BEGIN SELECT "
                                          "RAISE(ABORT, 'database or disk is full'); END")))
                qFatal("cannot prepare %s", qPrintable(cache));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("unwritable"));
        m_upstream = std::make_unique<LocalTileUpstream>();
        m_tileServer = std::make_unique<wf::maps::TileServer>(
            nullptr, wf::maps::TileSourceConfig { m_upstream->urlTemplate(), "Watchfloor", 5000, cache });
        QString error;
        if (!m_tileServer->listen(&error))
            qFatal("%s", qPrintable(error));
        m_unwritable
            = std::make_unique<wf::MapTiles>(wf::MapTiles::Config { m_tileServer.get(), nullptr, 1000, {} });
        return m_unwritable.get();
    }
    // Key sequences that more than one enabled Shortcut of the window claims: Qt then fires
    // neither (an ambiguous shortcut), so the key silently does nothing.
    Q_INVOKABLE QStringList clashingShortcuts(QQuickWindow *window) const
    {
        QHash<QString, int> claims;
        for (QObject *o : window->findChildren<QObject *>()) {
            if (!o->inherits("QQuickShortcut") || !o->property("enabled").toBool())
                continue;
            // A shortcut of another window (the wall's own) is that window's key.
            bool otherWindow = false;
            for (QObject *p = o->parent(); p && p != window; p = p->parent())
                otherWindow = otherWindow || qobject_cast<QQuickWindow *>(p) != nullptr;
            if (otherWindow)
                continue;
            const QVariant v = o->property("sequence");
            const QKeySequence keys = v.typeId() == QMetaType::QString
                ? QKeySequence(v.toString())
                : QKeySequence(QKeySequence::StandardKey(v.toInt()));
            ++claims[keys.toString(QKeySequence::PortableText)];
        }
        QStringList clashes;
        for (auto it = claims.cbegin(); it != claims.cend(); ++it) {
            if (it.value() > 1 && !it.key().isEmpty())
                clashes.append(it.key());
        }
        clashes.sort();
        return clashes;
    }
    // Saves the window next to the real app's screenshots (tests/ui/screenshots) to be looked at.
    Q_INVOKABLE bool saveScreenshot(QQuickWindow *window, const QString &name)
    {
        const QString dir = QStringLiteral(WATCHFLOOR_BINARY_DIR "/tests/ui/screenshots");
        QDir().mkpath(dir);
        return window && window->grabWindow().save(dir + u'/' + name + QStringLiteral(".png"), "PNG");
    }

private:
    static std::optional<wf::maps::ZoneLayer> builtinZones()
    {
        QString error;
        auto layer = wf::maps::ZoneLayer::load(
            QStringLiteral(":/watchfloor/zones/hubei-response-zones.geojson"), &error);
        if (!layer)
            qFatal("zones: %s", qPrintable(error));
        return layer;
    }
    void publish(wf::EventPayload p)
    {
        wf::Event e;
        e.source = QStringLiteral("test");
        e.payload = std::move(p);
        m_bus.publish(e);
    }
    wf::EventBus m_bus;
    wf::WorldState m_world;
    wf::EventLogModel m_log;
    wf::ConnectorHost m_host;
    wf::Dispatch m_dispatch;
    wf::Session m_session;
    wf::Session m_liveSession;
    wf::MapTiles m_tiles; // no tile server: the embedded map's attribution, no offline tools
    wf::TimeControl m_timeControl;
    wf::Instructor m_instructor;
    wf::ResponseZoneModel m_zones;
    wf::UnitRecommendationModel m_recommendations;
    wf::CoverageModel m_coverage;
    wf::RoutePreview m_routes;
    wf::wall::SceneSource m_scene;
    QTemporaryDir m_tmp;
    int m_audited = 0;
    std::unique_ptr<LocalTileUpstream> m_upstream;
    std::unique_ptr<wf::maps::TileServer> m_tileServer;
    std::unique_ptr<wf::MapTiles> m_unwritable;
    std::unique_ptr<wf::CordonDesk> m_cordons;
    std::unique_ptr<wf::wall::CameraRegister> m_register;
    std::unique_ptr<wf::WorldState> m_playbackWorld;
    std::unique_ptr<wf::PlaybackController> m_playback;
    std::unique_ptr<wf::RecordingOpener> m_trainingOpener;
};

class Setup : public QObject
{
    Q_OBJECT
public slots:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        Q_UNUSED(engine);
        qmlRegisterSingletonType<TestFixture>("Watchfloor.Testing", 1, 0, "TestFixture",
            [](QQmlEngine *, QJSEngine *) -> QObject * { return new TestFixture; });
    }
};

QUICK_TEST_MAIN_WITH_SETUP(watchfloor_qml, Setup)
#include "quicktest_main.moc"
