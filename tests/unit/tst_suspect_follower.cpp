// Following a suspect on a generated street grid: a drive-time ring set from a point grows as the
// world's clock runs, as the same cordon, worked out off the GUI thread; a sighting marked on a
// camera's picture moves it to where the suspect stood (an older one does not); lifted or refused,
// it no longer grows; the ring following a plate moves with each read, and lifting it stops the
// following. Bad parameters are refused at once. The desk's part (setting a ring, audited) is a
// recording stand-in here that sets the cordon in the world as the desk would.
#include "../common/RandomRoads.h"
#include "CordonPosts.h"
#include "PlateTrail.h"
#include "SuspectFollower.h"
#include "WorldState.h"

#include <QSignalSpy>
#include <QTest>

using namespace wf;
using namespace Qt::StringLiterals;

namespace {

testing::RandomRoadsOptions grid()
{
    testing::RandomRoadsOptions o;
    o.cols = 30;
    o.rows = 30;
    o.spacingM = 600;
    o.seed = 11;
    return o;
}

struct Follow
{
    std::shared_ptr<const maps::RoadGraph> roads;
    WorldState world;
    std::unique_ptr<CordonEngine> engine;
    std::unique_ptr<PlateTrail> plates;
    CordonPosts posts { &world, nullptr, nullptr, nullptr };
    std::unique_ptr<SuspectFollower> follower;
    std::vector<SuspectFollower::Ring> rings; // every ring asked for, in order
    bool refuse = false;
    int next = 1;
    qint64 now = 1'780'000'000'000;
    QString status;
    bool statusIsError = false;

    explicit Follow(std::shared_ptr<const maps::RoadGraph> graph)
        : roads(std::move(graph))
    {
        if (roads)
            engine = std::make_unique<CordonEngine>(roads);
        plates = std::make_unique<PlateTrail>(&world, engine.get());
        follower = std::make_unique<SuspectFollower>(&world, engine.get(), roads, plates.get(), &posts,
            [this](const SuspectFollower::Ring &ring) { return set(ring); });
        QObject::connect(
            follower.get(), &SuspectFollower::said, follower.get(), [this](const QString &text, bool error) {
                status = text;
                statusIsError = error;
            });
        tick(0);
    }
    std::optional<QString> set(const SuspectFollower::Ring &ring)
    {
        rings.push_back(ring);
        if (refuse)
            return std::nullopt;
        CordonSet c { ring.replaceId.isEmpty() ? u"RING-%1"_s.arg(next++) : ring.replaceId, ring.name, {} };
        for (const auto &p : ring.outline)
            c.ring.append(GeoPoint { p.lat, p.lon });
        apply(c);
        return c.cordonId;
    }
    void apply(EventPayload payload) { world.apply(Event { 0, now, now, u"test"_s, std::move(payload) }); }
    // The world's clock runs on its sources' events.
    void tick(qint64 ms)
    {
        now += ms;
        apply(PlateRead { u"SC-X"_s, u"鄂C·00001"_s, false, {} });
    }
    maps::GeoShape shape(const SuspectFollower::Ring &ring) const
    {
        maps::ShapeProblem problem;
        return maps::GeoShape::fromRing(ring.outline, &problem);
    }
};

maps::LatLon at(double cols, double rows)
{
    const auto o = grid();
    return maps::offsetMeters(o.origin, cols * o.spacingM, rows * o.spacingM);
}

} // namespace

class TestSuspectFollower : public QObject
{
    Q_OBJECT

    std::shared_ptr<const maps::RoadGraph> m_graph;

private slots:
    void initTestCase() { m_graph = testing::RandomRoads::graph(grid()); }

    void badParametersAreRefusedAtOnce()
    {
        Follow f(m_graph);
        const auto c = at(15, 15);
        QVERIFY(!f.follower->setDriveRing(c.lat, c.lon, -5, 3, u"car"_s));
        QVERIFY(f.statusIsError);
        QVERIFY(!f.follower->setDriveRing(c.lat, c.lon, 2, 0, u"car"_s));
        QVERIFY(!f.follower->requestDriveRing(c.lat, c.lon, 2, 3, u"helicopter"_s));
        QVERIFY(!f.follower->requestDriveRing(c.lat, 200, 2, 3, u"car"_s));
        QVERIFY(!f.follower->working());
        QVERIFY(f.rings.empty());

        Follow noRoads(nullptr);
        QVERIFY(!noRoads.follower->setDriveRing(c.lat, c.lon, 2, 3, u"car"_s));
        QVERIFY2(noRoads.status.contains(u"No road graph"_s), qPrintable(noRoads.status));
        QVERIFY(noRoads.rings.empty());
    }

    void aRingFromAPointGrowsAsTheClockRuns()
    {
        Follow f(m_graph);
        const auto c = at(15, 15);
        QVERIFY2(f.follower->setDriveRing(c.lat, c.lon, 2, 3, u"car"_s), qPrintable(f.status));
        QCOMPARE(int(f.rings.size()), 1);
        const auto first = f.rings[0];
        QCOMPARE(first.action, u"set_cordon"_s);
        QVERIFY(first.replaceId.isEmpty());
        QVERIFY(first.name.contains(u"2 + 3"_s));
        QCOMPARE(first.from.lat, c.lat); // the crossings are timed from where the suspect was
        QCOMPARE(first.from.lon, c.lon);

        f.tick(SuspectFollower::kTrailRedrawMs / 2); // not yet
        QTest::qWait(200);
        QCOMPARE(int(f.rings.size()), 1);
        f.tick(SuspectFollower::kTrailRedrawMs / 2);
        QTRY_COMPARE_WITH_TIMEOUT(int(f.rings.size()), 2, 10000); // worked out off the GUI thread
        const auto grown = f.rings[1];
        QCOMPARE(grown.action, u"grow_drive_ring"_s);
        QCOMPARE(grown.replaceId, u"RING-1"_s); // the same cordon, drawn again
        QVERIFY(grown.name.contains(u"4 + 3"_s));
        QVERIFY2(f.shape(grown).areaKm2() > f.shape(first).areaKm2() * 1.2,
            qPrintable(u"%1 km² after 2 more minutes, %2 at first"_s.arg(f.shape(grown).areaKm2())
                    .arg(f.shape(first).areaKm2())));

        // Lifted: nothing left to grow.
        f.apply(CordonCleared { u"RING-1"_s });
        f.tick(SuspectFollower::kTrailRedrawMs);
        QTest::qWait(300);
        f.tick(SuspectFollower::kTrailRedrawMs);
        QTest::qWait(300);
        QCOMPARE(int(f.rings.size()), 2);
    }

    void aRingTheDeskRefusedDoesNotGrow()
    {
        Follow f(m_graph);
        f.refuse = true;
        const auto c = at(15, 15);
        QVERIFY(!f.follower->setDriveRing(c.lat, c.lon, 2, 3, u"car"_s));
        QCOMPARE(int(f.rings.size()), 1);
        f.tick(SuspectFollower::kTrailRedrawMs);
        QTest::qWait(300);
        QCOMPARE(int(f.rings.size()), 1);
    }

    void aSightingMovesTheGrowingRing()
    {
        Follow f(m_graph);
        const auto start = at(8, 8);
        const auto seen = at(22, 22); // some 12 km on
        const qint64 fled = f.now;
        QVERIFY2(f.follower->setDriveRing(start.lat, start.lon, 3, 3, u"car"_s), qPrintable(f.status));
        QVERIFY(f.shape(f.rings[0]).contains(start));
        QVERIFY(!f.shape(f.rings[0]).contains(seen));
        const auto sighting = [&](maps::LatLon ground, qint64 pictureMs) {
            f.follower->observe(Event { 0, f.now, f.now, u"test"_s,
                SightingMarked {
                    u"CAM0001"_s, pictureMs, 0.5, 0.6, {}, GeoPoint { ground.lat, ground.lon } } });
        };

        f.tick(60'000);
        sighting(at(2, 2), fled - 4 * 60'000); // before the flight the ring knows of
        QCOMPARE(int(f.rings.size()), 1);

        sighting(seen, f.now - 30'000);
        QCOMPARE(int(f.rings.size()), 2); // at once, not as a redraw
        const auto moved = f.rings[1];
        QCOMPARE(moved.action, u"move_drive_ring_to_sighting"_s);
        QCOMPARE(moved.replaceId, u"RING-1"_s);
        QCOMPARE(moved.from.lat, seen.lat);
        QCOMPARE(moved.from.lon, seen.lon);
        QVERIFY(f.shape(moved).contains(seen));
        QVERIFY(!f.shape(moved).contains(start));

        // Lifted: a sighting moves nothing.
        f.apply(CordonCleared { u"RING-1"_s });
        sighting(start, f.now);
        QCOMPARE(int(f.rings.size()), 2);
    }

    void aRequestedRingIsWorkedOutOffTheGuiThread()
    {
        Follow f(m_graph);
        const auto c = at(15, 15);
        QSignalSpy working(f.follower.get(), &SuspectFollower::workingChanged);
        QVERIFY2(f.follower->requestDriveRing(c.lat, c.lon, 2, 3, u"car"_s), qPrintable(f.status));
        QVERIFY(f.follower->working());
        QVERIFY(f.rings.empty()); // not set until it is worked out
        QVERIFY(!f.follower->requestDriveRing(c.lat, c.lon, 5, 3, u"car"_s)); // one at a time
        QTRY_COMPARE_WITH_TIMEOUT(int(f.rings.size()), 1, 10000);
        QVERIFY(!f.follower->working());
        QCOMPARE(working.count(), 2);
        QVERIFY(f.rings[0].name.contains(u"2 + 3"_s));

        // The same ring as one worked out at once.
        Follow other(m_graph);
        QVERIFY(other.follower->setDriveRing(c.lat, c.lon, 2, 3, u"car"_s));
        const auto &a = other.rings[0].outline;
        const auto &b = f.rings[0].outline;
        QCOMPARE(a.size(), b.size());
        for (std::size_t i = 0; i < a.size(); ++i)
            QVERIFY(a[i].lat == b[i].lat && a[i].lon == b[i].lon);
    }

    void thePlatesRingMovesWithEachReadUntilLifted()
    {
        Follow f(m_graph);
        f.plates->follow(u"鄂A·12345"_s);
        f.plates->setRingFollows(true);
        const auto read1 = at(10, 10);
        emit f.plates->ringWanted(GeoPoint { read1.lat, read1.lon }, f.now);
        QCOMPARE(int(f.rings.size()), 1);
        QCOMPARE(f.rings[0].action, u"follow_plate"_s);
        QVERIFY(f.rings[0].name.startsWith(u"鄂A·12345"_s));
        QVERIFY(f.rings[0].replaceId.isEmpty());

        f.tick(60'000);
        const auto read2 = at(14, 12);
        emit f.plates->ringWanted(GeoPoint { read2.lat, read2.lon }, f.now);
        QCOMPARE(int(f.rings.size()), 2);
        QCOMPARE(f.rings[1].replaceId, u"RING-1"_s); // the same cordon moves, not one per read
        QCOMPARE(f.rings[1].from.lat, read2.lat);

        f.follower->lifting(u"another"_s);
        QVERIFY(f.plates->ringFollows());
        f.follower->lifting(u"RING-1"_s);
        QVERIFY(!f.plates->ringFollows());
    }
};

QTEST_GUILESS_MAIN(TestSuspectFollower)
#include "tst_suspect_follower.moc"
