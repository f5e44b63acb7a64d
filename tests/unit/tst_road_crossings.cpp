// Where roads cross a ring: a hand-made graph whose crossings are known (a straight road across a
// square, a bent one, one inside, a village lane left out by the class filter, a road through a
// hole), then generated street grids against the reference that tries every road through GEOS.
#include "../common/RandomRoads.h"
#include "RoadCrossings.h"
#include "RoadGraph.h"
#include "RoadGraphBuilder.h"

#include <QTest>
#include <cmath>

using namespace wf::maps;

namespace {

GeoRing box(double south, double west, double north, double east)
{
    return { { south, west }, { south, east }, { north, east }, { north, west } };
}

std::shared_ptr<const RoadGraph> handMade()
{
    RoadGraphBuilder b;
    // 0: an arterial west to east through the square lon 114.05..114.15, lat 29.95..30.05.
    const int a = b.addNode({ 30.0, 114.0 }), c = b.addNode({ 30.0, 114.2 });
    b.addLink(a, c, RoadClass::Arterial);
    // 1: a county road that bends out through the north side and back in: two crossings.
    const int d = b.addNode({ 30.02, 114.08 }), e = b.addNode({ 30.02, 114.12 });
    const std::vector<LatLon> bend { { 30.08, 114.09 }, { 30.08, 114.11 } };
    b.addLink(d, e, RoadClass::County, RoadGraphBuilder::Direction::Both, -1, 0, bend);
    // 2: an expressway wholly inside.
    const int f = b.addNode({ 29.97, 114.07 }), g = b.addNode({ 29.97, 114.13 });
    b.addLink(f, g, RoadClass::Expressway);
    // 3: a village lane south to north across the south side only.
    const int h = b.addNode({ 29.9, 114.1 }), i = b.addNode({ 29.99, 114.1 });
    b.addLink(h, i, RoadClass::Village);
    // 4: far away.
    const int j = b.addNode({ 31.0, 114.0 }), k = b.addNode({ 31.0, 114.2 });
    b.addLink(j, k, RoadClass::Arterial);
    QString error;
    auto graph = RoadGraph::fromBytes(b.build(&error), &error);
    if (!graph)
        qFatal("%s", qPrintable(error));
    return graph;
}

void compareCrossings(const std::vector<RoadCrossing> &got, const std::vector<RoadCrossing> &want)
{
    QCOMPARE(got.size(), want.size());
    for (std::size_t n = 0; n < got.size(); ++n) {
        QCOMPARE(got[n].link, want[n].link);
        QVERIFY2(std::abs(got[n].point.lat - want[n].point.lat) < 1e-9
                && std::abs(got[n].point.lon - want[n].point.lon) < 1e-9,
            qPrintable(QStringLiteral("crossing %1 of link %2").arg(n).arg(got[n].link)));
        QVERIFY(std::abs(got[n].fraction - want[n].fraction) < 1e-7);
        QCOMPARE(got[n].roadClass, want[n].roadClass);
    }
}

} // namespace

class TestRoadCrossings : public QObject
{
    Q_OBJECT

private slots:
    void handMadeGraph_knownCrossings()
    {
        const auto graph = handMade();
        ShapeProblem problem;
        const GeoShape square = GeoShape::fromRing(box(29.95, 114.05, 30.05, 114.15), &problem);
        const auto all = findRoadCrossings(*graph, square);
        QCOMPARE(all.size(), std::size_t(5));
        // The arterial: at a quarter and three quarters of its length.
        QCOMPARE(all[0].link, 0);
        QVERIFY(std::abs(all[0].fraction - 0.25) < 1e-9);
        QVERIFY(std::abs(all[0].point.lon - 114.05) < 1e-12 && std::abs(all[0].point.lat - 30.0) < 1e-12);
        QVERIFY(std::abs(all[1].fraction - 0.75) < 1e-9);
        QCOMPARE(all[0].roadClass, RoadClass::Arterial);
        // The bend leaves and comes back through the north side.
        QCOMPARE(all[2].link, 1);
        QCOMPARE(all[3].link, 1);
        QVERIFY(std::abs(all[2].point.lat - 30.05) < 1e-12 && std::abs(all[3].point.lat - 30.05) < 1e-12);
        QVERIFY(all[2].fraction < all[3].fraction);
        QCOMPARE(all[2].roadClass, RoadClass::County);
        // The village lane through the south side.
        QCOMPARE(all[4].link, 3);
        QVERIFY(std::abs(all[4].point.lat - 29.95) < 1e-12 && std::abs(all[4].point.lon - 114.1) < 1e-12);
        QVERIFY(std::abs(all[4].fraction - 5.0 / 9.0) < 1e-3);

        const auto noVillages
            = findRoadCrossings(*graph, square, kAllRoadClasses & ~roadClassBit(RoadClass::Village));
        QCOMPARE(noVillages.size(), std::size_t(4));
        compareCrossings(all, findRoadCrossings(*graph, square, kAllRoadClasses, CrossingSearch::EveryRoad));
    }

    void handMadeGraph_noCrossingsAndHoles()
    {
        const auto graph = handMade();
        ShapeProblem problem;
        const GeoShape elsewhere = GeoShape::fromRing(box(20, 100, 21, 101), &problem);
        QVERIFY(findRoadCrossings(*graph, elsewhere).empty());
        QVERIFY(findRoadCrossings(*graph, GeoShape()).empty());
        // A ring around everything with a hole that the arterial passes through (the village
        // lane ends 5 m short of it).
        const GeoShape holed = GeoShape::fromPolygons(
            std::vector<GeoPolygonRings> {
                { box(29.5, 113.5, 30.5, 114.5), { box(29.99005, 114.09, 30.01, 114.11) } } },
            &problem);
        const auto hits = findRoadCrossings(*graph, holed);
        QCOMPARE(hits.size(), std::size_t(2));
        QVERIFY(std::abs(hits[0].point.lon - 114.09) < 1e-12 && std::abs(hits[1].point.lon - 114.11) < 1e-12);
    }

    void generatedGrid_indexedAgreesWithEveryRoad_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<double>("radiusM");
        QTest::newRow("seed 1, 3 km") << quint64(1) << 3000.0;
        QTest::newRow("seed 2, 1.2 km") << quint64(2) << 1200.0;
        QTest::newRow("seed 3, 4.4 km") << quint64(3) << 4400.0;
    }

    void generatedGrid_indexedAgreesWithEveryRoad()
    {
        QFETCH(quint64, seed);
        QFETCH(double, radiusM);
        wf::testing::RandomRoadsOptions o;
        o.seed = seed;
        const auto graph = wf::testing::RandomRoads::graph(o);
        const LatLon centre = offsetMeters(o.origin, 30 * o.spacingM, 30 * o.spacingM);
        ShapeProblem problem;
        const GeoShape circle = GeoShape::circle(centre, radiusM, &problem, 97);
        const GeoShape ring
            = circle.united(GeoShape::circle(offsetMeters(centre, radiusM, 0), radiusM / 2, &problem));
        QVERIFY(!ring.isEmpty());
        const auto indexed = findRoadCrossings(*graph, ring);
        QVERIFY(indexed.size() > 20);
        compareCrossings(
            indexed, findRoadCrossings(*graph, ring, kAllRoadClasses, CrossingSearch::EveryRoad));
        for (const RoadCrossing &c : indexed) {
            // Each point lies on its road where the fraction says.
            std::vector<LatLon> pts;
            graph->linkPolyline(c.link, pts);
            const double along = c.fraction * graph->linkLength(c.link);
            double walked = 0;
            LatLon at = pts.back();
            for (std::size_t i = 1; i < pts.size(); ++i) {
                const double seg = distanceMeters(pts[i - 1], pts[i]);
                if (walked + seg >= along) {
                    at = interpolate(pts[i - 1], pts[i], seg > 0 ? (along - walked) / seg : 0);
                    break;
                }
                walked += seg;
            }
            QVERIFY2(
                distanceMeters(at, c.point) < 0.5, qPrintable(QString::number(distanceMeters(at, c.point))));
        }
    }
};

QTEST_GUILESS_MAIN(TestRoadCrossings)
#include "tst_road_crossings.moc"
