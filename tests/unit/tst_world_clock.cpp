// The time the training cameras burn into their pictures: the world's clock, running smoothly
// between the world's ticks at the world's own pace, never ahead of the world, held by a pause.
#include "WorldClock.h"

#include <QTest>

using namespace wf::wall;

namespace {
constexpr qint64 k1800 = 1'717'840'800'000; // 2024-06-08 18:00:00 in Wuhan (UTC+8)
}

class TestWorldClock : public QObject
{
    Q_OBJECT

private slots:
    void nothingBeforeTheWorldStarts()
    {
        WorldClock clock;
        QCOMPARE(clock.at(5000), qint64(0));
        clock.update(0, 100); // a reset world says 0: still nothing to show
        QCOMPARE(clock.at(5000), qint64(0));
    }

    void firstStepIsShownAsItIs()
    {
        WorldClock clock;
        clock.update(k1800, 1000);
        QCOMPARE(clock.at(1000), k1800);
        // With one step the pace is unknown: the picture holds the world's time, never guesses on.
        QCOMPARE(clock.at(9000), k1800);
    }

    void runsOneStepBehindAtTheWorldsPace_data()
    {
        QTest::addColumn<double>("speed");
        QTest::newRow("real time") << 1.0;
        QTest::newRow("4x") << 4.0;
        QTest::newRow("16x") << 16.0;
    }

    void runsOneStepBehindAtTheWorldsPace()
    {
        QFETCH(double, speed);
        // The training world ticks every 500 ms of wall time, moving 500 ms × speed.
        WorldClock clock;
        const qint64 step = qint64(500 * speed);
        clock.update(k1800, 0);
        clock.update(k1800 + step, 500);
        QCOMPARE(clock.at(500), k1800); // from the step just made...
        QCOMPARE(clock.at(750), k1800 + step / 2); // ...smoothly...
        QCOMPARE(clock.at(999), k1800 + step - qint64(speed)); // ...up to the world's time.
        clock.update(k1800 + 2 * step, 1000); // the next tick, on time
        QCOMPARE(clock.at(1000), k1800 + step);
        QCOMPARE(clock.at(1250), k1800 + step + step / 2);
        QCOMPARE(clock.at(1500), k1800 + 2 * step);
        // A late tick: no further than the world while it is awaited.
        QCOMPARE(clock.at(1900), k1800 + 2 * step);
        QVERIFY(clock.at(2500) <= clock.latest());
    }

    void aPausedWorldHoldsThePicture()
    {
        WorldClock clock;
        clock.update(k1800, 0);
        clock.update(k1800 + 500, 500);
        // Paused: no more steps. However long the pause, the picture's time stops at the world's.
        QCOMPARE(clock.at(60'000), k1800 + 500);
        QCOMPARE(clock.at(600'000), k1800 + 500);
        // Resumed at 1x a minute later: the next step is run over at the pace it was made.
        clock.update(k1800 + 1000, 60'500);
        QCOMPARE(clock.at(60'500), k1800 + 500);
        QVERIFY(clock.at(61'000) > k1800 + 500);
        QVERIFY(clock.at(70'000) <= k1800 + 1000);
    }

    void neverGoesBackWithinARun()
    {
        WorldClock clock;
        clock.update(k1800, 0);
        clock.update(k1800 + 500, 500);
        const qint64 late = clock.at(990); // nearly at the newest step
        // The next tick comes early: the run restarts from the step before, but the picture
        // does not jump back.
        clock.update(k1800 + 1000, 600);
        QVERIFY(clock.at(600) >= late);
        qint64 last = 0;
        for (qint64 w = 600; w < 2000; w += 40) {
            const qint64 t = clock.at(w);
            QVERIFY(t >= last);
            last = t;
        }
    }

    void aJumpIsShownAsOne()
    {
        WorldClock clock;
        clock.update(k1800, 0);
        clock.update(k1800 + 500, 500);
        // A playback seek an hour ahead: shown at once, not run up to at 7,200x.
        clock.update(k1800 + 3'600'000, 1000);
        QCOMPARE(clock.at(1000), k1800 + 3'600'000);
        // And back to the start of the journal: the picture follows the world back.
        clock.update(k1800, 1500);
        QCOMPARE(clock.at(1500), k1800);
        QCOMPARE(clock.latest(), k1800);
    }
};

QTEST_GUILESS_MAIN(TestWorldClock)
#include "tst_world_clock.moc"
