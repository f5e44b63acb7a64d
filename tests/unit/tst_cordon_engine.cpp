// What a cordon ring needs, on a hand-made road graph: its crossings ordered by the suspect's
// earliest arrival (each time checked against a point-to-point route by plain Dijkstra), the
// checkpoints at them (and not the other kinds of site, nor the ones too far), the cameras that
// look at them; a ring no road crosses; the drive-time ring on a generated street grid; the
// checkpoints a vehicle can reach next, against a route to each by plain Dijkstra.
#include "../common/RandomRoads.h"
#include "CordonEngine.h"
#include "RoadGraphBuilder.h"
#include "RoadSnap.h"

#include <QTest>
#include <cmath>

using namespace wf;
using namespace wf::maps;

namespace {

GeoRing box(double south, double west, double north, double east)
{
    return { { south, west }, { south, east }, { north, east }, { north, west } };
}

// A road west to east at lat 30 from lon 114.0 to 114.2, and a north-south road at lon 114.1
// from lat 29.9 to 30.1 that meets it in the middle.
std::shared_ptr<const RoadGraph> cross()
{
    RoadGraphBuilder b;
    const int w = b.addNode({ 30.0, 114.0 }), m = b.addNode({ 30.0, 114.1 }), e = b.addNode({ 30.0, 114.2 });
    const int s = b.addNode({ 29.9, 114.1 }), n = b.addNode({ 30.1, 114.1 });
    const int name = b.addName(
        { QStringLiteral("东西大道"), QStringLiteral("东西大道"), QStringLiteral("East-West Avenue") });
    b.addLink(w, m, RoadClass::Arterial, RoadGraphBuilder::Direction::Both, name, 60);
    b.addLink(m, e, RoadClass::Arterial, RoadGraphBuilder::Direction::Both, name, 60);
    b.addLink(s, m, RoadClass::County, RoadGraphBuilder::Direction::Both, -1, 40);
    b.addLink(m, n, RoadClass::County, RoadGraphBuilder::Direction::Both, -1, 40);
    QString error;
    auto g = RoadGraph::fromBytes(b.build(&error), &error);
    if (!g)
        qFatal("%s", qPrintable(error));
    return g;
}

SiteReported site(const QString &id, SiteKind kind, LatLon p)
{
    return { id, id, kind, { p.lat, p.lon } };
}

CameraReported camera(const QString &id, LatLon p, float bearing, float fov)
{
    return { id, id, { p.lat, p.lon }, bearing, fov, {}, {} };
}

} // namespace

class TestCordonEngine : public QObject
{
    Q_OBJECT

private slots:
    void crossings_orderedBySuspectArrival()
    {
        CordonEngine engine(cross());
        ShapeProblem problem;
        const GeoShape ring = GeoShape::fromRing(box(29.95, 114.05, 30.05, 114.15), &problem);
        CordonQuery q;
        q.origin = GeoPoint { 30.0, 114.01 }; // near the west end
        const CordonAnalysis a = engine.analyse(ring, {}, {}, q);
        QVERIFY2(a.problem.isEmpty(), qPrintable(a.problem));
        QCOMPARE(a.crossings.size(), std::size_t(4));
        // West first, then east (straight on at 60 km/h), then south and north (a turn onto
        // county roads at 40 km/h, equal by symmetry).
        QVERIFY(std::abs(a.crossings[0].road.point.lon - 114.05) < 1e-9);
        QCOMPARE(a.crossings[0].roadNameZh, QStringLiteral("东西大道"));
        QCOMPARE(a.crossings[0].roadNameEn, QStringLiteral("East-West Avenue"));
        QVERIFY(std::abs(a.crossings[1].road.point.lon - 114.15) < 1e-9);
        QCOMPARE(a.crossings[2].road.roadClass, RoadClass::County);
        QCOMPARE(a.crossings[3].road.roadClass, RoadClass::County);
        QVERIFY(std::abs(a.crossings[2].suspectSeconds - a.crossings[3].suspectSeconds) < 1);
        for (std::size_t i = 1; i < a.crossings.size(); ++i)
            QVERIFY(a.crossings[i - 1].suspectSeconds <= a.crossings[i].suspectSeconds);
        // Each time as a point-to-point route by plain Dijkstra gives it.
        RoadRouter reference(engine.router().sharedGraph());
        const RoadSnap from = snapToRoad(reference.graph(), { 30.0, 114.01 });
        for (const CordonCrossing &c : a.crossings) {
            const RoadSnap to { c.road.link, c.road.fraction, c.road.point, 0 };
            const RoadRoute r
                = reference.route(from, to, q.profile, q.conditions, RoadRouter::Algorithm::Dijkstra);
            QVERIFY(r.found);
            QVERIFY2(std::abs(r.seconds - c.suspectSeconds) < 0.01,
                qPrintable(QStringLiteral("%1 vs %2").arg(r.seconds).arg(c.suspectSeconds)));
        }
        // 3.9 km to the west crossing: no faster than the posted 60 km/h, not crawling either.
        const double posted = distanceMeters({ 30.0, 114.01 }, { 30.0, 114.05 }) / (60 / 3.6);
        QVERIFY2(a.crossings[0].suspectSeconds >= posted - 1 && a.crossings[0].suspectSeconds < 2 * posted,
            qPrintable(QString::number(a.crossings[0].suspectSeconds)));
    }

    void crossings_byRoadClassAndWithoutIncident()
    {
        CordonEngine engine(cross());
        ShapeProblem problem;
        const GeoShape ring = GeoShape::fromRing(box(29.95, 114.05, 30.05, 114.15), &problem);
        CordonQuery q;
        q.classMask = roadClassBit(RoadClass::County);
        const CordonAnalysis a = engine.analyse(ring, {}, {}, q);
        QCOMPARE(a.crossings.size(), std::size_t(2));
        for (const CordonCrossing &c : a.crossings) {
            QCOMPARE(c.road.roadClass, RoadClass::County);
            QVERIFY(std::isinf(c.suspectSeconds));
        }
    }

    void checkpointsAndCameras()
    {
        CordonEngine engine(cross());
        ShapeProblem problem;
        const GeoShape ring = GeoShape::fromRing(box(29.95, 114.05, 30.05, 114.15), &problem);
        const LatLon west { 30.0, 114.05 }, east { 30.0, 114.15 };
        const std::vector<SiteReported> sites {
            site(QStringLiteral("police-west"), SiteKind::PoliceCheckpoint, offsetMeters(west, -100, 0)),
            site(QStringLiteral("smart-east"), SiteKind::SmartCheckpoint, offsetMeters(east, 0, 250)),
            site(QStringLiteral("station"), SiteKind::PoliceStation, west),
            site(QStringLiteral("far"), SiteKind::PoliceCheckpoint, offsetMeters(west, -1000, 0)),
        };
        const std::vector<CameraReported> cameras {
            camera(QStringLiteral("looks-east"), offsetMeters(west, -80, 0), 90, 60),
            camera(QStringLiteral("looks-west"), offsetMeters(west, -80, 0), 270, 60),
            camera(QStringLiteral("dome"), offsetMeters(east, 50, 50), 0, 360),
            camera(QStringLiteral("too-far"), offsetMeters(east, 500, 0), 270, 60),
        };
        const CordonAnalysis a = engine.analyse(ring, sites, cameras, CordonQuery {});
        QCOMPARE(a.checkpoints, 2);
        QCOMPARE(a.cameras, 2);
        for (const CordonCrossing &c : a.crossings) {
            if (distanceMeters(c.road.point, west) < 1) {
                QCOMPARE(c.checkpoints.size(), std::size_t(1));
                QCOMPARE(c.checkpoints[0].siteId, QStringLiteral("police-west"));
                QVERIFY(std::abs(c.checkpoints[0].distanceM - 100) < 1);
                QCOMPARE(c.cameras.size(), std::size_t(1));
                QCOMPARE(c.cameras[0].cameraId, QStringLiteral("looks-east"));
            } else if (distanceMeters(c.road.point, east) < 1) {
                QCOMPARE(c.checkpoints.size(), std::size_t(1));
                QCOMPARE(c.checkpoints[0].kind, SiteKind::SmartCheckpoint);
                QCOMPARE(c.cameras.size(), std::size_t(1));
                QCOMPARE(c.cameras[0].cameraId, QStringLiteral("dome"));
            } else {
                QVERIFY(c.checkpoints.empty());
                QVERIFY(c.cameras.empty());
            }
        }
    }

    void ringWithoutCrossings_saysSo()
    {
        CordonEngine engine(cross());
        ShapeProblem problem;
        const CordonAnalysis inside = engine.analyse(
            GeoShape::fromRing(box(30.01, 114.01, 30.04, 114.04), &problem), {}, {}, CordonQuery {});
        QVERIFY(inside.crossings.empty());
        QVERIFY(inside.problem.contains(QStringLiteral("No road")));
        QVERIFY(!engine.analyse(GeoShape(), {}, {}, CordonQuery {}).problem.isEmpty());
        CordonQuery offRoad;
        offRoad.origin = GeoPoint { 35.0, 120.0 };
        const CordonAnalysis a = engine.analyse(
            GeoShape::fromRing(box(29.95, 114.05, 30.05, 114.15), &problem), {}, {}, offRoad);
        QCOMPARE(a.crossings.size(), std::size_t(4));
        QVERIFY(a.problem.contains(QStringLiteral("2 km")));
    }

    void driveRing_liesAheadOfTheSuspect()
    {
        wf::testing::RandomRoadsOptions o;
        const auto graph = wf::testing::RandomRoads::graph(o);
        CordonEngine engine(graph);
        const LatLon centre = offsetMeters(o.origin, 30 * o.spacingM, 30 * o.spacingM);
        const double elapsed = 120, lead = 120;
        const DriveRing dr = engine.driveRing(
            { centre.lat, centre.lon }, elapsed, lead, RoadProfile::car(), TravelConditions {});
        QVERIFY2(dr.problem.isEmpty(), qPrintable(dr.problem));
        QVERIFY(dr.reached.contains(centre));
        QVERIFY(dr.ring.contains(centre));
        QVERIFY(dr.ring.areaKm2() > dr.reached.areaKm2());
        CordonQuery q;
        q.origin = GeoPoint { centre.lat, centre.lon };
        const CordonAnalysis a = engine.analyse(dr.ring, {}, {}, q);
        QVERIFY(a.crossings.size() > 4);
        // Where roads leave the ring the suspect cannot be yet.
        for (const CordonCrossing &c : a.crossings)
            QVERIFY2(c.suspectSeconds >= elapsed, qPrintable(QString::number(c.suspectSeconds)));
        const DriveRing nowhere
            = engine.driveRing({ 10.0, 10.0 }, elapsed, lead, RoadProfile::car(), TravelConditions {});
        QVERIFY(!nowhere.problem.isEmpty());
        QVERIFY(nowhere.ring.isEmpty());
    }

    void checkpointsAhead_soonestFirstAsRoutesSay()
    {
        wf::testing::RandomRoadsOptions o;
        o.cols = 30;
        o.rows = 30;
        o.seed = 5;
        const auto graph = wf::testing::RandomRoads::graph(o);
        CordonEngine engine(graph);
        const auto at
            = [&](double x, double y) { return offsetMeters(o.origin, x * o.spacingM, y * o.spacingM); };
        std::vector<SiteReported> sites;
        for (int y = 0; y < 30; y += 4) {
            for (int x = 0; x < 30; x += 4) {
                const SiteKind kind
                    = (x + y) % 8 == 0 ? SiteKind::SmartCheckpoint : SiteKind::PoliceCheckpoint;
                sites.push_back(site(QStringLiteral("S%1-%2").arg(x).arg(y), kind, at(x + 0.05, y)));
            }
        }
        sites.push_back(
            site(QStringLiteral("STATION"), SiteKind::PoliceStation, at(13, 12))); // not a checkpoint
        const SiteReported &readAt = sites[std::size_t(3 * 8 + 3)]; // S12-12
        const double limit = 150;
        const auto ahead = engine.checkpointsAhead(
            readAt.position, sites, RoadProfile::car(), TravelConditions {}, limit, 6, { readAt.siteId });

        // The brute force: a plain Dijkstra route from the read to every other checkpoint.
        RoadRouter reference(graph);
        const RoadSnap from = snapToRoad(
            *graph, { readAt.position.lat, readAt.position.lon }, RoadProfile::car().classMask, 2'000);
        std::vector<std::pair<double, QString>> expected;
        for (const SiteReported &s : sites) {
            if (s.siteId == readAt.siteId || s.kind == SiteKind::PoliceStation)
                continue;
            const RoadSnap to
                = snapToRoad(*graph, { s.position.lat, s.position.lon }, RoadProfile::car().classMask, 300);
            const RoadRoute r
                = reference.route(from, to, RoadProfile::car(), {}, RoadRouter::Algorithm::Dijkstra);
            if (r.found && r.seconds <= limit)
                expected.emplace_back(r.seconds, s.siteId);
        }
        std::sort(expected.begin(), expected.end());
        QVERIFY2(expected.size() > 6, "the grid should hold more checkpoints within reach than asked for");
        QCOMPARE(ahead.size(), std::size_t(6));
        for (std::size_t i = 0; i < ahead.size(); ++i) {
            QVERIFY2(std::abs(ahead[i].seconds - expected[i].first) < 1.0,
                qPrintable(QStringLiteral("%1: %2 s against %3 s")
                        .arg(ahead[i].siteId)
                        .arg(ahead[i].seconds)
                        .arg(expected[i].first)));
            QVERIFY(ahead[i].siteId != readAt.siteId);
            QVERIFY(ahead[i].kind != SiteKind::PoliceStation);
            if (i > 0)
                QVERIFY(ahead[i - 1].seconds <= ahead[i].seconds);
        }
        // None beyond the limit; none at all from off the roads.
        const auto soon = engine.checkpointsAhead(
            readAt.position, sites, RoadProfile::car(), TravelConditions {}, 30, 50, { readAt.siteId });
        for (const auto &a : soon)
            QVERIFY(a.seconds <= 30);
        QVERIFY(soon.size() < expected.size());
        QVERIFY(
            engine.checkpointsAhead({ 10.0, 10.0 }, sites, RoadProfile::car(), TravelConditions {}, limit, 6)
                .empty());
    }
};

QTEST_GUILESS_MAIN(TestCordonEngine)
#include "tst_cordon_engine.moc"
