// A plate followed across smart checkpoints on a generated street grid: its reads in time order
// (also when one arrives late), the same plate however it is typed, partial plates, hot-listed
// plates offered first, the checkpoints it can reach next, the bound on what is kept; and through
// the cordon desk, the drive-time ring that moves with each new read and grows as time passes,
// as one cordon edited rather than a new one per read.
#include "../common/RandomRoads.h"
#include "ConnectorHost.h"
#include "CordonDesk.h"
#include "Dispatch.h"
#include "EventBus.h"
#include "PlateTrail.h"
#include "WorldState.h"

#include <QGeoCoordinate>
#include <QTest>

using namespace wf;

namespace {

const QString kPlate = QStringLiteral("鄂A·12345");
constexpr qint64 kT0 = 1'780'000'000'000; // a world time, ms

} // namespace

class TestPlateTrail : public QObject
{
    Q_OBJECT

    testing::RandomRoadsOptions m_o;
    std::shared_ptr<const maps::RoadGraph> m_graph;

    maps::LatLon at(double x, double y) const
    {
        return maps::offsetMeters(m_o.origin, x * m_o.spacingM, y * m_o.spacingM);
    }
    static QString siteAt(int x, int y) { return QStringLiteral("SC-%1-%2").arg(x).arg(y); }

    // Smart checkpoints every 5 junctions of the grid.
    void addSites(WorldState &world) const
    {
        for (int y = 0; y < 30; y += 5) {
            for (int x = 0; x < 30; x += 5) {
                Event e;
                e.sourceTimeMs = kT0 - 60'000;
                const auto p = at(x, y);
                e.payload = SiteReported { siteAt(x, y), QStringLiteral("Checkpoint %1/%2").arg(x).arg(y),
                    SiteKind::SmartCheckpoint, GeoPoint { p.lat, p.lon } };
                world.apply(e);
            }
        }
    }
    static Event read(const QString &site, const QString &plate, qint64 t, bool hot = false)
    {
        Event e;
        e.sourceTimeMs = t;
        e.payload = PlateRead { site, plate, hot, hot ? QStringLiteral("hit and run") : QString() };
        return e;
    }

private slots:
    void initTestCase()
    {
        m_o.cols = 30;
        m_o.rows = 30;
        m_o.spacingM = 600; // 18 km across: ten minutes by car reach part of it, not all
        m_o.seed = 11;
        m_graph = testing::RandomRoads::graph(m_o);
    }

    void trailInTimeOrder_hotPlatesFirst()
    {
        WorldState world;
        addSites(world);
        CordonEngine engine(m_graph);
        PlateTrail trail(&world, &engine);
        trail.observe(read(siteAt(0, 0), QStringLiteral("鄂B·77777"), kT0, true));
        trail.observe(read(siteAt(5, 5), kPlate, kT0 + 60'000, true));
        trail.observe(read(siteAt(10, 5), QStringLiteral("鄂C·00001"), kT0 + 70'000));
        trail.observe(read(siteAt(15, 10), kPlate, kT0 + 180'000, true));
        QCOMPARE(trail.hotPlates(), (QStringList { kPlate, QStringLiteral("鄂B·77777") }));

        QVERIFY(trail.follow(kPlate));
        QCOMPARE(trail.reads().size(), 2);
        // A read that arrives late (another reader's link) takes its place in time.
        trail.observe(read(siteAt(10, 10), kPlate, kT0 + 120'000));
        const auto reads = trail.trail();
        QCOMPARE(reads.size(), std::size_t(3));
        QCOMPARE(reads[0].siteId, siteAt(5, 5));
        QCOMPARE(reads[1].siteId, siteAt(10, 10));
        QCOMPARE(reads[2].siteId, siteAt(15, 10));
        const QVariantList path = trail.path();
        QCOMPARE(path.size(), 3);
        const auto last = path.last().value<QGeoCoordinate>();
        QCOMPARE(last.latitude(), at(15, 10).lat);
        QVERIFY(trail.status().contains(QStringLiteral("Checkpoint 15/10")));

        // Where it can go next: from the newest read, not the late one, and not that checkpoint.
        const auto &ahead = trail.checkpointsAhead();
        QCOMPARE(ahead.size(), std::size_t(PlateTrail::kAheadCount));
        // Not where it was read: those are behind it.
        for (const auto &a : ahead) {
            for (const auto &r : reads)
                QVERIFY(a.siteId != r.siteId);
        }
        const QVariantMap first = trail.ahead().first().toMap();
        QCOMPARE(first.value(QStringLiteral("time")).toLongLong(),
            kT0 + 180'000 + qint64(ahead.front().seconds * 1000));

        trail.stop();
        QVERIFY(trail.reads().isEmpty());
        QVERIFY(trail.ahead().isEmpty());
        trail.observe(read(siteAt(20, 20), kPlate, kT0 + 300'000));
        QVERIFY(trail.reads().isEmpty()); // not followed any more
    }

    void samePlateHoweverTyped_partialPlatesListed()
    {
        WorldState world;
        addSites(world);
        PlateTrail trail(&world, nullptr);
        trail.observe(read(siteAt(5, 5), kPlate, kT0));
        trail.observe(read(siteAt(5, 10), QStringLiteral("鄂A·12399"), kT0 + 1000));
        trail.observe(read(siteAt(5, 15), QStringLiteral("鄂K·55555"), kT0 + 2000));
        QVERIFY(trail.follow(QStringLiteral(" 鄂a 12345 ")));
        QCOMPARE(trail.plate(), kPlate); // as the reader spells it
        QCOMPARE(trail.reads().size(), 1);
        // Without roads it says so instead of guessing where the plate goes next.
        QVERIFY(trail.status().contains(QStringLiteral("no road graph")));
        QVERIFY(trail.ahead().isEmpty());

        QCOMPARE(
            trail.matching(QStringLiteral("a123")), (QStringList { QStringLiteral("鄂A·12399"), kPlate }));
        QVERIFY(trail.matching(QStringLiteral("Z9")).isEmpty());

        // A plate not read yet is followed all the same: its first read starts the trail.
        QVERIFY(!trail.follow(QStringLiteral("鄂E·00042")));
        QVERIFY(trail.status().contains(QStringLiteral("No read")));
        trail.observe(read(siteAt(0, 5), QStringLiteral("鄂E00042"), kT0 + 5000));
        QCOMPARE(trail.reads().size(), 1);

        QVERIFY(!trail.follow(QStringLiteral("   ")));
        QVERIFY(!trail.follow(QString(40, u'A')));
        QVERIFY(trail.status().contains(QStringLiteral("16")));
    }

    void historyIsBounded()
    {
        WorldState world;
        addSites(world);
        PlateTrail trail(&world, nullptr);
        trail.observe(read(siteAt(5, 5), kPlate, kT0));
        for (std::size_t i = 0; i < PlateTrail::kMaxReads; ++i)
            trail.observe(read(siteAt(10, 10), QStringLiteral("鄂B·%1").arg(i % 90000, 5, 10, QChar(u'0')),
                kT0 + 1 + qint64(i)));
        // The oldest read went to make room; a plate longer than any real one is not kept.
        QVERIFY(!trail.follow(kPlate));
        trail.observe(read(siteAt(5, 5), QString(30, u'X'), kT0 + 1'000'000));
        QVERIFY(trail.matching(QString(30, u'X')).isEmpty());
    }

    void ringFollowsReadsAndTime()
    {
        EventBus bus;
        qint64 now = kT0;
        bus.setClock([&now] { return now; });
        WorldState world;
        QObject::connect(&bus, &EventBus::published, &world, [&world](const Event &e) { world.apply(e); });
        ConnectorHost host(&bus, true);
        Dispatch dispatch(&bus, &host, &world, QStringLiteral("disp"));
        int audited = 0;
        QObject::connect(&bus, &EventBus::published, &world, [&audited](const Event &e) {
            if (const auto *a = std::get_if<OperatorAction>(&e.payload); a && a->action == u"follow_plate")
                ++audited;
        });
        addSites(world);
        CordonDesk desk(&world, &bus, &dispatch, m_graph);
        PlateTrail *trail = desk.plates();

        bus.publish(read(siteAt(10, 10), kPlate, kT0, true));
        QVERIFY(trail->follow(kPlate));
        QCOMPARE(world.cordons()->count(), 0); // only when asked
        trail->setRingFollows(true);
        QCOMPARE(world.cordons()->count(), 1);
        const QString id = world.cordons()->at(0).info.cordonId;
        const auto shapeOf = [&world] {
            std::vector<maps::LatLon> ring;
            for (const auto &p : world.cordons()->at(0).info.ring)
                ring.push_back({ p.lat, p.lon });
            maps::ShapeProblem problem;
            return maps::GeoShape::fromRing(ring, &problem);
        };
        QVERIFY(shapeOf().contains(at(10, 10)));
        QVERIFY(!shapeOf().contains(at(25, 25)));
        QCOMPARE(audited, 1);

        // A new read: the same cordon moves there.
        now = kT0 + 60'000;
        bus.publish(read(siteAt(25, 25), kPlate, now, true));
        QCOMPARE(world.cordons()->count(), 1);
        QCOMPARE(world.cordons()->at(0).info.cordonId, id);
        QVERIFY(shapeOf().contains(at(25, 25)));
        QVERIFY(!shapeOf().contains(at(10, 10)));
        const double areaAtRead = shapeOf().areaKm2();
        QCOMPARE(audited, 2);

        // Time passes without a read: the area the vehicle can be in grows, the ring with it.
        now = kT0 + 60'000 + CordonDesk::kTrailRedrawMs;
        bus.publish(read(siteAt(0, 0), QStringLiteral("鄂C·00001"), now));
        QTRY_COMPARE_WITH_TIMEOUT(audited, 3, 10000); // worked out off the GUI thread
        QCOMPARE(world.cordons()->count(), 1);
        QCOMPARE(world.cordons()->at(0).info.cordonId, id);
        QVERIFY2(shapeOf().areaKm2() > areaAtRead * 1.2,
            qPrintable(QStringLiteral("%1 km² after 2 minutes, %2 km² at the read")
                    .arg(shapeOf().areaKm2())
                    .arg(areaAtRead)));
        QCOMPARE(audited, 3);

        // Lifted by the dispatcher: the ring stops following; asked again, a new one is set.
        desk.clearCordon(id);
        QVERIFY(!trail->ringFollows());
        now += 60'000;
        bus.publish(read(siteAt(20, 20), kPlate, now, true));
        QCOMPARE(world.cordons()->count(), 0);
        trail->setRingFollows(true);
        QCOMPARE(world.cordons()->count(), 1);
        QVERIFY(world.cordons()->at(0).info.cordonId != id);
        QVERIFY(shapeOf().contains(at(20, 20)));
    }
};

QTEST_GUILESS_MAIN(TestPlateTrail)
#include "tst_plate_trail.moc"
