// Alarm pop-ups on the wall, on the world's own alert model: a high-severity alert raised while
// the wall watches takes the last tiles (a third of the wall, one to four) and says where its
// cameras are to look; a lesser one, or one raised before, does not; a newer alarm replaces the
// one up on the same tiles; handling the alert in the queue, or dismissing it, gives the tiles back.
#include "WallAlarms.h"
#include "WorldState.h"

#include <QSignalSpy>
#include <QTest>

using namespace wf;
using namespace wf::wall;
using namespace Qt::StringLiterals;

namespace {

Event alert(const QString &id, const QString &text, Severity severity, GeoPoint where = { 30.60, 114.30 })
{
    return Event { 0, 2000, 2000, u"test"_s, AlertRaised { id, text, severity, where } };
}

} // namespace

class TestWallAlarms : public QObject
{
    Q_OBJECT

private slots:
    void theReservedTilesAreAThirdOfTheWall_data()
    {
        QTest::addColumn<int>("tiles");
        QTest::addColumn<int>("reserved");
        QTest::newRow("1") << 1 << 1;
        QTest::newRow("2x2") << 4 << 1;
        QTest::newRow("1+5") << 6 << 2;
        QTest::newRow("1+7") << 8 << 2;
        QTest::newRow("3x3") << 9 << 3;
        QTest::newRow("4x4") << 16 << 4;
        QTest::newRow("6x6") << 36 << 4;
    }
    void theReservedTilesAreAThirdOfTheWall()
    {
        QFETCH(int, tiles);
        QFETCH(int, reserved);
        WallAlarms alarms([tiles] { return tiles; });
        QCOMPARE(alarms.reservedCount(), reserved);
        QCOMPARE(alarms.firstReserved(), tiles - reserved);
        QCOMPARE(alarms.freeTiles(), tiles); // nothing is reserved while no alarm is up
        QVERIFY(!alarms.reserved(tiles - 1));
    }

    void aHighSeverityAlertTakesTheLastTiles()
    {
        WorldState world;
        WallAlarms alarms([] { return 9; });
        alarms.setAlerts(world.alerts());
        QSignalSpy popped(&alarms, &WallAlarms::popped);
        QSignalSpy reserved(&alarms, &WallAlarms::reservedChanged);
        QSignalSpy changed(&alarms, &WallAlarms::changed);

        world.apply(alert(u"A0"_s, u"minor"_s, Severity::Medium));
        QCOMPARE(popped.count(), 0);
        QVERIFY(!alarms.up());

        world.apply(alert(u"A1"_s, u"Robbery"_s, Severity::High, { 30.61, 114.32 }));
        QVERIFY(alarms.up());
        QCOMPARE(alarms.text(), u"Robbery"_s);
        QCOMPARE(alarms.alertId(), u"A1"_s);
        QCOMPARE(popped.count(), 1);
        QCOMPARE(popped.at(0).at(0).toDouble(), 30.61);
        QCOMPARE(popped.at(0).at(1).toDouble(), 114.32);
        QCOMPARE(reserved.count(), 1);
        QCOMPARE(changed.count(), 1);
        for (int tile = 0; tile < 9; ++tile)
            QCOMPARE(alarms.reserved(tile), tile >= 6);
        QCOMPARE(alarms.freeTiles(), 6); // a tour or "near here" keeps off tiles 6..8

        // A critical one replaces it on the same tiles: they were reserved already.
        world.apply(alert(u"A2"_s, u"Shots fired"_s, Severity::Critical));
        QCOMPARE(alarms.text(), u"Shots fired"_s);
        QCOMPARE(popped.count(), 2);
        QCOMPARE(reserved.count(), 1);
        QCOMPARE(changed.count(), 2);
    }

    void alertsRaisedBeforeTheWallWatchedDoNotPopUp()
    {
        WorldState world;
        world.apply(alert(u"OLD"_s, u"Robbery an hour ago"_s, Severity::High));
        WallAlarms alarms([] { return 4; });
        QSignalSpy popped(&alarms, &WallAlarms::popped);
        alarms.setAlerts(world.alerts());
        QCOMPARE(popped.count(), 0);
        QVERIFY(!alarms.up());
    }

    void handlingTheAlertInTheQueueEndsTheAlarm()
    {
        WorldState world;
        WallAlarms alarms([] { return 9; });
        alarms.setAlerts(world.alerts());
        world.apply(alert(u"A1"_s, u"Robbery"_s, Severity::High));
        world.apply(alert(u"B1"_s, u"other"_s, Severity::Low));
        QVERIFY(alarms.up());
        QSignalSpy reserved(&alarms, &WallAlarms::reservedChanged);

        // Another alert handled: the alarm stays.
        world.apply(Event { 0, 3000, 3000, u"test"_s, AlertAcknowledged { u"B1"_s } });
        QVERIFY(alarms.up());
        QCOMPARE(reserved.count(), 0);

        world.apply(Event { 0, 3000, 3000, u"test"_s, AlertAcknowledged { u"A1"_s } });
        QVERIFY(!alarms.up());
        QCOMPARE(alarms.text(), QString());
        QCOMPARE(reserved.count(), 1);
        QVERIFY(!alarms.reserved(8));
        QCOMPARE(alarms.freeTiles(), 9);
    }

    void dismissingGivesTheTilesBackOnce()
    {
        WallAlarms alarms([] { return 16; });
        QSignalSpy reserved(&alarms, &WallAlarms::reservedChanged);
        QSignalSpy changed(&alarms, &WallAlarms::changed);
        alarms.pop(u"A1"_s, u"Robbery"_s, 30.6, 114.3);
        QVERIFY(alarms.reserved(12));
        alarms.dismiss();
        QVERIFY(!alarms.reserved(12));
        QCOMPARE(reserved.count(), 2);
        QCOMPARE(changed.count(), 2);
        alarms.dismiss(); // none up: nothing to give back
        QCOMPARE(reserved.count(), 2);
        QCOMPARE(changed.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestWallAlarms)
#include "tst_wall_alarms.moc"
