// Instructor and TimeControl: every command is audited and travels through the connector host;
// outside training nothing is sent at all.
#include "ConnectorHost.h"
#include "Dispatch.h"
#include "EventBus.h"
#include "Instructor.h"
#include "TimeControl.h"
#include "WorldState.h"

#include <QTest>

using namespace wf;

namespace {

struct Desk
{
    explicit Desk(bool training)
        : host(&bus, training)
        , dispatch(&bus, &host, &world, QStringLiteral("instructor-li"))
        , instructor(&bus, &host, &dispatch)
        , time(&host, &dispatch)
    {
        QObject::connect(&bus, &EventBus::published, &bus, [this](const Event &e) { events.append(e); });
    }
    template<typename T> QList<T> all() const
    {
        QList<T> out;
        for (const auto &e : events) {
            if (const auto *p = std::get_if<T>(&e.payload))
                out.append(*p);
        }
        return out;
    }
    EventBus bus;
    WorldState world;
    ConnectorHost host;
    Dispatch dispatch;
    Instructor instructor;
    TimeControl time;
    QList<Event> events;
};

} // namespace

class TestInstructor : public QObject
{
    Q_OBJECT
private slots:
    void commandsAreAuditedAndReachTheSimulator()
    {
        Desk desk(true);
        desk.host.discover(QStringLiteral(WATCHFLOOR_PLUGIN_DIR));
        QString error;
        QVERIFY2(desk.host.start(QStringLiteral("sim"), { { QStringLiteral("units"), 8 } }, &error),
            qPrintable(error));
        QVERIFY(desk.instructor.available());
        const auto units = desk.all<UnitReported>();
        QVERIFY(!units.isEmpty());
        desk.events.clear();

        QVERIFY2(desk.instructor.failRadio(units.first().unitId), qPrintable(desk.instructor.lastError()));
        const auto actions = desk.all<OperatorAction>();
        QCOMPARE(actions.size(), 1);
        QCOMPARE(actions[0].action, QStringLiteral("instructor_fail_radio"));
        QCOMPARE(actions[0].operatorId, QStringLiteral("instructor-li"));
        const auto commands = desk.all<TrainingCommand>();
        QCOMPARE(commands.size(), 1);
        QCOMPARE(commands[0].command, TrainingCommandKind::FailRadio);
        QCOMPARE(commands[0].subject, units.first().unitId);

        // What the simulator refuses is audited as refused and explained.
        QVERIFY(!desk.instructor.failRadio(QStringLiteral("nobody")));
        QVERIFY2(desk.instructor.lastError().contains(QStringLiteral("nobody")),
            qPrintable(desk.instructor.lastError()));
        QCOMPARE(desk.all<OperatorAction>().last().action, QStringLiteral("instructor_refused"));
        QVERIFY(
            !desk.instructor.injectIncident(QStringLiteral("theft"), 7, 30.59, 114.30)); // no such severity

        // Ending the run brings the score back as an event.
        QVERIFY(desk.instructor.endRun());
        QCOMPARE(desk.all<ScenarioScored>().size(), 1);
        QCOMPARE(desk.all<ScenarioScored>()[0].reason, QStringLiteral("instructor"));
        QVERIFY(!desk.instructor.endRun()); // once
    }

    void instructorSeesWhichCamerasHadTheSuspect()
    {
        Desk desk(true);
        QObject::connect(
            &desk.bus, &EventBus::published, &desk.bus, [&](const Event &e) { desk.world.apply(e); });
        desk.host.discover(QStringLiteral(WATCHFLOOR_PLUGIN_DIR));
        QString error;
        QVERIFY2(desk.host.start(QStringLiteral("sim"),
                     { { QStringLiteral("scenario"), QStringLiteral("hit-and-run") } }, &error),
            qPrintable(error));
        desk.host.setTimeScale(0);
        QVariantList chances;
        for (int i = 0; i < 2 * 3600 && chances.isEmpty(); ++i) {
            desk.host.step();
            chances = desk.instructor.cameraChances();
        }
        QVERIFY2(!chances.isEmpty(), "no camera saw the taxi in two hours");
        const QVariantMap chance = chances.first().toMap();
        QCOMPARE(chance.value(QStringLiteral("suspect")).toString(), QStringLiteral("TAXI-1"));
        const QString cameraId = chance.value(QStringLiteral("cameraId")).toString();
        QCOMPARE(chance.value(QStringLiteral("cameraName")).toString(),
            desk.world.cameras()->find(cameraId)->name);
        QVERIFY(!chance.value(QStringLiteral("spotted")).toBool());
        // The taxi where it is, with the way it came.
        const QVariantList suspects = desk.instructor.suspects();
        QCOMPARE(suspects.size(), 1);
        QCOMPARE(
            suspects.first().toMap().value(QStringLiteral("plate")).toString(), QStringLiteral("鄂A·T7K31"));
        QVERIFY(!suspects.first().toMap().value(QStringLiteral("track")).toList().isEmpty());

        // The trainee marks it on that camera: the instructor sees the chance taken.
        const qint64 from = qint64(chance.value(QStringLiteral("fromMs")).toDouble());
        QVERIFY2(desk.dispatch.markSighting(cameraId, from, 0.5, 0.6), qPrintable(desk.dispatch.lastError()));
        desk.host.step();
        bool marked = false;
        for (const auto &c : desk.instructor.cameraChances()) {
            const QVariantMap m = c.toMap();
            if (m.value(QStringLiteral("cameraId")).toString() == cameraId
                && qint64(m.value(QStringLiteral("fromMs")).toDouble()) == from)
                marked = m.value(QStringLiteral("spotted")).toBool();
        }
        QVERIFY(marked);

        // A live session has no truth to show.
        Desk live(false);
        QVERIFY(live.instructor.cameraChances().isEmpty());
        QVERIFY(live.instructor.suspects().isEmpty());
    }

    void liveSessionSendsNothing()
    {
        Desk desk(false);
        QVERIFY(!desk.instructor.available());
        QVERIFY(!desk.instructor.endRun());
        QVERIFY(!desk.instructor.moveSuspect(QStringLiteral("CAR-1"), 30.6, 114.3));
        QVERIFY(desk.instructor.lastError().contains(QStringLiteral("training")));
        QVERIFY(!desk.time.available());
        desk.time.pause();
        desk.time.setSpeed(16);
        desk.time.step();
        QVERIFY(!desk.time.paused());
        QCOMPARE(desk.time.speed(), 1.0);
        QVERIFY(desk.events.isEmpty()); // not even an audit record: nothing was done
    }

    void timeControlIsAuditedAndStepsOnlyWhilePaused()
    {
        Desk desk(true);
        desk.host.discover(QStringLiteral(WATCHFLOOR_PLUGIN_DIR));
        QString error;
        QVERIFY(desk.host.start(QStringLiteral("sim"), { { QStringLiteral("units"), 4 } }, &error));
        desk.events.clear();
        desk.time.setSpeed(4);
        QCOMPARE(desk.time.speed(), 4.0);
        desk.time.step(); // running: ignored
        desk.time.pause();
        QVERIFY(desk.time.paused());
        desk.time.step();
        desk.time.resume();
        QVERIFY(!desk.time.paused());
        QCOMPARE(desk.time.speed(), 4.0); // resumes at the speed it had
        QStringList details;
        for (const auto &a : desk.all<OperatorAction>())
            details.append(a.detail);
        QCOMPARE(details,
            (QStringList { QStringLiteral("speed 4"), QStringLiteral("pause"), QStringLiteral("step"),
                QStringLiteral("resume at 4") }));
    }
};

QTEST_GUILESS_MAIN(TestInstructor)
#include "tst_instructor.moc"
