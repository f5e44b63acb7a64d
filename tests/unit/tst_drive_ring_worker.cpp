// Drive-time rings worked out off the GUI thread: the same ring as the engine gives on the
// calling thread, only the latest request of a key delivered, a cancelled one never, and a
// worker destroyed mid-search neither crashes nor calls back.
#include "../common/RandomRoads.h"
#include "DriveRingWorker.h"

#include <QTest>

using namespace wf;
using namespace Qt::StringLiterals;

namespace {

testing::RandomRoadsOptions options()
{
    testing::RandomRoadsOptions o;
    o.cols = 40;
    o.rows = 40;
    o.spacingM = 500;
    o.seed = 5;
    return o;
}

std::shared_ptr<const maps::RoadGraph> grid()
{
    return testing::RandomRoads::graph(options());
}

// From the middle of the grid, `elapsedMinutes` into the flight, the ring 5 minutes ahead.
DriveRingWorker::Request from(const maps::RoadGraph &, double elapsedMinutes)
{
    const auto o = options();
    const auto centre = maps::offsetMeters(o.origin, 20 * o.spacingM, 20 * o.spacingM);
    return { GeoPoint { centre.lat, centre.lon }, elapsedMinutes * 60, 5 * 60, maps::RoadProfile::car() };
}

} // namespace

class TestDriveRingWorker : public QObject
{
    Q_OBJECT
private slots:
    void theSameRingAsOnTheCallingThread()
    {
        const auto graph = grid();
        DriveRingWorker worker(graph);
        const auto request = from(*graph, 4);
        std::optional<DriveRing> got;
        worker.compute(u"a"_s, request, [&](const DriveRing &r) { got = r; });
        QVERIFY(worker.busy());
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10000);
        QVERIFY(!worker.busy());
        CordonEngine engine(graph);
        const DriveRing here = engine.driveRing(request.from, request.elapsedSeconds, request.leadSeconds,
            request.profile, maps::TravelConditions {});
        QVERIFY(!here.ring.isEmpty());
        QCOMPARE(got->ring.areaKm2(), here.ring.areaKm2());
        QCOMPARE(got->reached.areaKm2(), here.reached.areaKm2());
    }

    void onlyTheLatestOfAKeyIsDelivered()
    {
        const auto graph = grid();
        DriveRingWorker worker(graph);
        QList<int> delivered;
        for (int i = 1; i <= 3; ++i)
            worker.compute(
                u"grow"_s, from(*graph, i), [&delivered, i](const DriveRing &) { delivered.append(i); });
        int other = 0;
        worker.compute(u"plate"_s, from(*graph, 2), [&other](const DriveRing &) { ++other; });
        QTRY_VERIFY_WITH_TIMEOUT(!worker.busy() && other == 1, 10000);
        QTest::qWait(100);
        QCOMPARE(delivered, QList<int> { 3 }); // the first was under way, the second replaced
        QCOMPARE(other, 1); // another key is not replaced
    }

    void aCancelledRequestNeverCallsBack()
    {
        const auto graph = grid();
        DriveRingWorker worker(graph);
        int calls = 0;
        worker.compute(u"grow"_s, from(*graph, 5), [&calls](const DriveRing &) { ++calls; });
        worker.cancel(u"grow"_s); // under way: finishes, is not delivered
        worker.compute(u"plate"_s, from(*graph, 5), [&calls](const DriveRing &) { calls += 10; });
        worker.cancel(u"plate"_s); // waiting: never starts
        QTRY_VERIFY_WITH_TIMEOUT(!worker.busy(), 10000);
        QTest::qWait(100);
        QCOMPARE(calls, 0);
    }

    void destroyedMidSearch()
    {
        const auto graph = grid();
        int calls = 0;
        {
            DriveRingWorker worker(graph);
            worker.compute(u"grow"_s, from(*graph, 6), [&calls](const DriveRing &) { ++calls; });
        } // waits for the search, delivers nothing
        QTest::qWait(100);
        QCOMPARE(calls, 0);
    }
};

QTEST_GUILESS_MAIN(TestDriveRingWorker)
#include "tst_drive_ring_worker.moc"
