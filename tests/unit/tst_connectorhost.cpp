// Connector plugins: found as static instances and in a plugin folder; training and live never mix.
#define QT_STATICPLUGIN
#include "ConnectorHost.h"
#include "Dispatch.h"
#include "EventBus.h"
#include "WorldState.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtPlugin>

using namespace wf;

// What reached the live connector: nothing of training may.
struct LiveTraffic
{
    int submitted = 0;
    int timeScales = 0;
    int steps = 0;
};
LiveTraffic g_live;

// A live connector compiled into the test as a static plugin.
class FakeLiveConnector : public Connector
{
public:
    QString id() const override { return QStringLiteral("live-test"); }
    bool isTraining() const override { return false; }
    bool start(EventSink *, QString *) override { return true; }
    void stop() override { }
    bool submit(const Event &, QString *) override
    {
        ++g_live.submitted;
        return true;
    }
    void setTimeScale(double) override { ++g_live.timeScales; }
    void step() override { ++g_live.steps; }
};

class LiveTestFactory : public QObject, public ConnectorFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID WatchfloorConnectorFactory_iid)
    Q_INTERFACES(wf::ConnectorFactory)
public:
    QString connectorId() const override { return QStringLiteral("live-test"); }
    std::unique_ptr<Connector> create(const QVariantMap &, QString *) override
    {
        return std::make_unique<FakeLiveConnector>();
    }
};

Q_IMPORT_PLUGIN(LiveTestFactory)

class TestConnectorHost : public QObject
{
    Q_OBJECT
private slots:
    void findsStaticAndFolderPlugins()
    {
        EventBus bus;
        ConnectorHost host(&bus, true);
        const auto ids = host.discover(QStringLiteral(WATCHFLOOR_PLUGIN_DIR));
        QVERIFY2(
            ids.contains(QStringLiteral("sim")), qPrintable(ids.join(u',') + host.loadErrors().join(u';')));
        QVERIFY(ids.contains(QStringLiteral("live-test")));
        QVERIFY2(host.loadErrors().isEmpty(), qPrintable(host.loadErrors().join(u';')));
    }

    void simPluginDeliversAWorldThroughTheBus()
    {
        EventBus bus;
        ConnectorHost host(&bus, true);
        host.discover(QStringLiteral(WATCHFLOOR_PLUGIN_DIR));
        QList<Event> events;
        connect(&bus, &EventBus::published, this, [&](const Event &e) { events.append(e); });
        QString error;
        QVERIFY2(host.start(QStringLiteral("sim"),
                     { { QStringLiteral("seed"), 7 }, { QStringLiteral("units"), 12 } }, &error),
            qPrintable(error));
        const auto reported = std::count_if(events.cbegin(), events.cend(),
            [](const Event &e) { return std::holds_alternative<UnitReported>(e.payload); });
        QVERIFY2(reported >= 12, qPrintable(QString::number(reported))); // plus fixed posts at key sites
        // Position fixes follow as the simulated clock runs.
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(events.cbegin(), events.cend(),
                [](const Event &e) { return std::holds_alternative<UnitMoved>(e.payload); }),
            5000);
        QCOMPARE(host.running(), QStringList { QStringLiteral("sim") });
    }

    void trainingSessionRefusesLiveConnectors()
    {
        EventBus bus;
        ConnectorHost host(&bus, true);
        host.discover({});
        QString error;
        QVERIFY(!host.start(QStringLiteral("live-test"), {}, &error));
        QVERIFY2(error.contains(QStringLiteral("training")), qPrintable(error));
        QVERIFY(host.running().isEmpty());
    }

    void liveSessionRefusesTheSimulator()
    {
        EventBus bus;
        ConnectorHost host(&bus, false);
        host.discover(QStringLiteral(WATCHFLOOR_PLUGIN_DIR));
        QString error;
        QVERIFY(!host.start(QStringLiteral("sim"), {}, &error));
        QVERIFY2(error.contains(QStringLiteral("simulator")), qPrintable(error));
    }

    void unknownConnectorAndJunkFilesAreReported()
    {
        QTemporaryDir dir;
        QFile junk(dir.filePath(QStringLiteral("libjunk.so")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a plugin");
        junk.close();
        EventBus bus;
        ConnectorHost host(&bus, true);
        host.discover(dir.path()); // must not crash on junk
        QString error;
        QVERIFY(!host.start(QStringLiteral("nope"), {}, &error));
        QVERIFY(error.contains(QStringLiteral("nope")));
    }

    void liveSessionRefusesInstructorCommandsAndTimeControl()
    {
        EventBus bus;
        ConnectorHost host(&bus, false);
        host.discover({});
        QString error;
        QVERIFY2(host.start(QStringLiteral("live-test"), {}, &error), qPrintable(error));
        g_live = {};
        for (auto kind : { TrainingCommandKind::InjectIncident, TrainingCommandKind::MoveSuspect,
                 TrainingCommandKind::FailRadio, TrainingCommandKind::EndRun }) {
            Event command;
            command.payload = TrainingCommand { kind, QStringLiteral("U1"), { 30.6, 114.3 }, Severity::High };
            error.clear();
            QVERIFY(!host.submit(command, &error));
            QVERIFY2(error.contains(QStringLiteral("training")), qPrintable(error));
        }
        host.setTimeScale(0);
        host.step();
        QCOMPARE(g_live.submitted, 0);
        QCOMPARE(g_live.timeScales, 0);
        QCOMPARE(g_live.steps, 0);
        // Ordinary orders still reach it.
        Event order;
        order.payload = OrderIssued { QStringLiteral("O1"), QStringLiteral("U1"), QStringLiteral("respond"),
            { 30.6, 114.3 }, {} };
        QVERIFY(host.submit(order, &error));
        QCOMPARE(g_live.submitted, 1);
    }

    void badScenarioNamesItsLine()
    {
        QTemporaryDir dir;
        QFile bad(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\n  \"schema\": 1,\n  \"id\": \"x\",\n  oops\n}\n");
        bad.close();
        EventBus bus;
        ConnectorHost host(&bus, true);
        host.discover(QStringLiteral(WATCHFLOOR_PLUGIN_DIR));
        QString error;
        QVERIFY(
            !host.start(QStringLiteral("sim"), { { QStringLiteral("scenario"), bad.fileName() } }, &error));
        QVERIFY2(error.contains(QStringLiteral("bad.json:4")), qPrintable(error));
        QVERIFY(host.running().isEmpty());
    }

    // Playback shows a recording: an order or an instructor command tried there reaches no
    // connector. Checked against the real simulator, which answers every order it gets with
    // its own state changes (the control run without playback proves it would).
    void playbackSendsNothingToTheSimulator_data()
    {
        QTest::addColumn<bool>("playback");
        QTest::newRow("playback") << true;
        QTest::newRow("control: training, no playback") << false;
    }
    void playbackSendsNothingToTheSimulator()
    {
        QFETCH(bool, playback);
        EventBus bus;
        ConnectorHost host(&bus, true);
        host.discover(QStringLiteral(WATCHFLOOR_PLUGIN_DIR));
        QList<Event> events;
        WorldState world; // what Dispatch checks an order against
        connect(&bus, &EventBus::published, this, [&](const Event &e) {
            events.append(e);
            world.apply(e);
        });
        QString error;
        QVERIFY2(host.start(QStringLiteral("sim"),
                     { { QStringLiteral("seed"), 3 }, { QStringLiteral("units"), 5 } }, &error),
            qPrintable(error));
        QString unitId;
        for (const auto &e : events) {
            if (const auto *u = std::get_if<UnitReported>(&e.payload);
                u && u->status == UnitStatus::Available)
                unitId = u->unitId;
        }
        QVERIFY(!unitId.isEmpty());
        host.setPlayback(playback);
        host.setTimeScale(60); // the simulator answers within seconds of its time
        Dispatch dispatch(&bus, &host, &world, QStringLiteral("op-test"));
        const QString orderId = dispatch.orderUnit(unitId, Dispatch::Task::Respond, 30.58, 114.29, {});
        Event command;
        command.payload = TrainingCommand { TrainingCommandKind::InjectIncident, QStringLiteral("theft"),
            { 30.6, 114.3 }, Severity::High };
        error.clear();
        const bool commandTaken = host.submit(command, &error);
        auto simAnswered = [&] {
            return std::any_of(events.cbegin(), events.cend(), [&](const Event &e) {
                const auto *s = std::get_if<OrderStateChanged>(&e.payload);
                return s && s->orderId == orderId && e.source == QStringLiteral("sim");
            });
        };
        if (!playback) {
            QVERIFY2(commandTaken, qPrintable(error));
            QTRY_VERIFY_WITH_TIMEOUT(simAnswered(), 10000);
            return;
        }
        QVERIFY(!commandTaken);
        QVERIFY2(error.contains(QStringLiteral("playback")), qPrintable(error));
        QCOMPARE(dispatch.refusedCommands(), 1);
        QVERIFY2(dispatch.lastError().contains(QStringLiteral("playback")), qPrintable(dispatch.lastError()));
        QTest::qWait(3000);
        QVERIFY(!simAnswered());
        // Nor does a connector start.
        host.stopAll();
        QVERIFY(!host.start(QStringLiteral("sim"), {}, &error));
        QVERIFY2(error.contains(QStringLiteral("playback")), qPrintable(error));
        QVERIFY(host.running().isEmpty());
    }

    void commandsWithoutAConnectorAreRefused()
    {
        EventBus bus;
        ConnectorHost host(&bus, true);
        Event order;
        order.payload = OrderIssued { QStringLiteral("O1"), QStringLiteral("U1"), QStringLiteral("respond"),
            { 30.6, 114.3 }, {} };
        QString error;
        QVERIFY(!host.submit(order, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConnectorHost)
#include "tst_connectorhost.moc"
