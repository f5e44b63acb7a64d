// A camera tour on the wall: the first tiles turn over to the next cameras after each dwell, a
// short list cycles on the first tile alone, tiles an alarm has taken are left to it, and a
// stopped tour leaves the wall as it is. Waits are a dwell or two of the real clock (2 s at least).
#include "WallTour.h"

#include <QSignalSpy>
#include <QTest>

using namespace wf::wall;
using namespace Qt::StringLiterals;

namespace {

// What the tiles show, as the wall would put the tour's cameras up.
struct Tiles
{
    QStringList shown;
    explicit Tiles(int count)
        : shown(count)
    { }
    void follow(WallTour &tour)
    {
        QObject::connect(&tour, &WallTour::show, &tour, [this](int tile, const QString &cameraId) {
            QVERIFY(tile >= 0 && tile < shown.size());
            shown[tile] = cameraId;
        });
    }
};

const QStringList kSix { u"T0"_s, u"T1"_s, u"T2"_s, u"T3"_s, u"T4"_s, u"T5"_s };
constexpr int kWaitMs = 2000 + 2000; // a dwell of 2 s and time to spare on a busy machine

} // namespace

class TestWallTour : public QObject
{
    Q_OBJECT

private slots:
    void aLongListTurnsOverAWallFullAfterEachDwell()
    {
        Tiles tiles(4);
        WallTour tour([] { return 4; });
        tiles.follow(tour);
        tour.setDwellSeconds(2);
        tour.start(kSix);
        QVERIFY(tour.active());
        // The first wall-full at once.
        QCOMPARE(tiles.shown, (QStringList { u"T0"_s, u"T1"_s, u"T2"_s, u"T3"_s }));
        // After a dwell, the next four, wrapping round the list.
        QTRY_COMPARE_WITH_TIMEOUT(tiles.shown.at(0), u"T4"_s, kWaitMs);
        QCOMPARE(tiles.shown, (QStringList { u"T4"_s, u"T5"_s, u"T0"_s, u"T1"_s }));
    }

    void anEmptyListStopsARunningTour()
    {
        Tiles tiles(4);
        WallTour tour([] { return 4; });
        tiles.follow(tour);
        tour.setDwellSeconds(2);
        tour.start(kSix);
        QVERIFY(tour.active());
        QSignalSpy changed(&tour, &WallTour::changed);
        tour.start({});
        QVERIFY(!tour.active()); // the wall's tour button goes back to "start"
        QCOMPARE(changed.count(), 1);
        const QStringList before = tiles.shown;
        QTest::qWait(kWaitMs);
        QCOMPARE(tiles.shown, before);
    }

    void aShortListCyclesOnTheFirstTileAlone()
    {
        Tiles tiles(4);
        tiles.shown = QStringList { u"mine"_s, u"B1"_s, u"B2"_s, u"B3"_s }; // the dispatcher's
        WallTour tour([] { return 4; });
        tiles.follow(tour);
        tour.setDwellSeconds(2);
        tour.start({ u"A"_s, u"B"_s });
        QCOMPARE(tiles.shown.at(0), u"A"_s);
        QTRY_COMPARE_WITH_TIMEOUT(tiles.shown.at(0), u"B"_s, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(tiles.shown.at(0), u"A"_s, kWaitMs);
        QCOMPARE(tiles.shown.mid(1), (QStringList { u"B1"_s, u"B2"_s, u"B3"_s }));
    }

    void tilesAnAlarmTookAreLeftToIt()
    {
        Tiles tiles(4);
        int free = 4;
        WallTour tour([&free] { return free; });
        tiles.follow(tour);
        tour.setDwellSeconds(2);
        tour.start(kSix);
        QCOMPARE(tiles.shown.at(3), u"T3"_s);
        tiles.shown[3] = u"alarm"_s;
        free = 3; // an alarm took the last tile
        QTRY_COMPARE_WITH_TIMEOUT(tiles.shown.at(0), u"T4"_s, kWaitMs);
        QCOMPARE(tiles.shown, (QStringList { u"T4"_s, u"T5"_s, u"T0"_s, u"alarm"_s }));
    }

    void aStoppedTourLeavesTheWallAsItIs()
    {
        Tiles tiles(4);
        WallTour tour([] { return 4; });
        tiles.follow(tour);
        tour.setDwellSeconds(2);
        QSignalSpy changed(&tour, &WallTour::changed);
        tour.start(kSix);
        QCOMPARE(changed.count(), 1);
        tour.stop();
        QVERIFY(!tour.active());
        QCOMPARE(changed.count(), 2);
        const QStringList before = tiles.shown;
        QTest::qWait(3000); // a dwell and a half
        QCOMPARE(tiles.shown, before);
        tour.stop(); // nothing to stop: nothing said
        QCOMPARE(changed.count(), 2);
    }

    void anEmptyListStartsNothing()
    {
        Tiles tiles(4);
        WallTour tour([] { return 4; });
        tiles.follow(tour);
        QSignalSpy shown(&tour, &WallTour::show);
        tour.start({});
        QVERIFY(!tour.active());
        QCOMPARE(shown.count(), 0);
    }

    void theDwellStaysBetweenTwoSecondsAndAnHour()
    {
        WallTour tour([] { return 4; });
        QCOMPARE(tour.dwellSeconds(), WallTour::kDefaultDwellSeconds);
        QSignalSpy changed(&tour, &WallTour::changed);
        tour.setDwellSeconds(0);
        QCOMPARE(tour.dwellSeconds(), 2);
        tour.setDwellSeconds(24 * 3600);
        QCOMPARE(tour.dwellSeconds(), 3600);
        QCOMPARE(changed.count(), 2);
        tour.setDwellSeconds(3600); // unchanged: nothing said
        QCOMPARE(changed.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestWallTour)
#include "tst_wall_tour.moc"
