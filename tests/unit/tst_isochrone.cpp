// Drive-time areas: the reached roads against a brute-force answer (every edge of the graph,
// from a full search), and the outline around them (AreaOutline) on hand-made shapes and on
// the real thing.
#include "../common/RandomRoads.h"
#include "AreaOutline.h"
#include "DijkstraSearch.h"
#include "RoadRouter.h"

#include <QTest>
#include <map>

using namespace wf::maps;
using wf::testing::RandomRoads;
using wf::testing::RandomRoadsOptions;

namespace {

// Whether p is in the area: inside an odd number of rings.
bool inArea(const std::vector<std::vector<LatLon>> &rings, LatLon p)
{
    int inside = 0;
    for (const auto &ring : rings)
        inside += insideRing(p, ring);
    return inside % 2 == 1;
}

// Twice the signed area on the plane around the first point: > 0 counter-clockwise.
double signedArea(const std::vector<LatLon> &ring)
{
    const LocalFrame f(ring.front());
    double a = 0;
    for (std::size_t i = 1; i < ring.size(); ++i) {
        const QPointF p = f.toMeters(ring[i - 1]), q = f.toMeters(ring[i]);
        a += p.x() * q.y() - q.x() * p.y();
    }
    return a;
}

} // namespace

class TestIsochrone : public QObject
{
    Q_OBJECT
private slots:
    void outlineOfShapes()
    {
        const LatLon o { 30.5, 114.3 };
        // A 3 x 3 block of points 100 m apart, cells of 100 m: one square ring (the block
        // grown by a cell for the gaps), counter-clockwise, closed.
        std::vector<LatLon> block;
        for (int x = 0; x < 3; ++x) {
            for (int y = 0; y < 3; ++y)
                block.push_back(offsetMeters(o, x * 100 + 50, y * 100 + 50));
        }
        auto rings = areaOutline(block, o, 100);
        QCOMPARE(rings.size(), std::size_t(1));
        QCOMPARE(rings[0].size(), std::size_t(5)); // four corners and the first again
        QVERIFY(signedArea(rings[0]) > 0);
        QVERIFY(std::abs(signedArea(rings[0]) / 2 - 500.0 * 500.0) < 500); // 5 x 5 cells
        // Two clusters 2 km apart: two rings.
        std::vector<LatLon> two { o, offsetMeters(o, 2000, 0) };
        QCOMPARE(areaOutline(two, o, 100).size(), std::size_t(2));
        // A ring of points (a ring road) around an empty middle: the middle is in the area, one
        // counter-clockwise ring of about the circle's area.
        std::vector<LatLon> ring;
        for (int k = 0; k < 400; ++k) {
            const double a = 2 * 3.14159265358979 * k / 400;
            ring.push_back(offsetMeters(o, 1000 * std::cos(a), 1000 * std::sin(a)));
        }
        rings = areaOutline(ring, o, 50);
        QCOMPARE(rings.size(), std::size_t(1));
        QVERIFY(signedArea(rings[0]) > 0);
        QVERIFY(inArea(rings, o));
        QVERIFY(inArea(rings, offsetMeters(o, 1000, 0)));
        QVERIFY(!inArea(rings, offsetMeters(o, 1300, 0)));
        // The outline follows the cells the road passes through and the cell closing the gaps:
        // the circle grown by one to two cells (50 m each).
        const double area = signedArea(rings[0]) / 2;
        QVERIFY2(area > 3.14159265358979 * 1000 * 1000 && area < 3.14159265358979 * 1100 * 1100,
            qPrintable(QString::number(area)));
        QVERIFY(areaOutline({}, o, 100).empty());
    }

    void reachedEdgesMatchBruteForce_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<double>("limit");
        QTest::newRow("car, 3 min") << "car" << 180.0;
        QTest::newRow("car, 10 min") << "car" << 600.0;
        QTest::newRow("walking, 10 min") << "walking" << 600.0;
    }

    void reachedEdgesMatchBruteForce()
    {
        QFETCH(QString, profile);
        QFETCH(double, limit);
        const RandomRoadsOptions o { 60, 60, 150, 9 };
        const auto g = RandomRoads::graph(o);
        RoadRouter router(g);
        const RoadProfile p = *RoadProfile::fromName(profile);
        const TravelConditions c { 12, Weather::Clear };
        RandomRoads r(3);
        for (int round = 0; round < 5; ++round) {
            const LatLon at = offsetMeters(o.origin, (0.3 + 0.4 * r.unit()) * o.cols * o.spacingM,
                (0.3 + 0.4 * r.unit()) * o.rows * o.spacingM);
            const RoadSnap s = snapToRoad(*g, at, p.classMask, 1000);
            QVERIFY(s.valid());
            const Isochrone iso = router.isochrone(s, limit, p, c);

            // Brute force: a search with no limit, then every edge on its own.
            const auto w = router.weights(p, c);
            DijkstraSearch all(*g);
            all.bounded(
                w, router.leaving(s, w), DijkstraSearch::Direction::Forward, TravelModel::kForbidden - 1);
            const double limitMs = std::floor(limit * 1000);
            std::map<int, double> expected; // edge -> metres reached from its start
            for (int e = 0; e < g->edgeCount(); ++e) {
                const quint32 d = all.distance(g->edgeFrom(e));
                if (w[std::size_t(e)] == TravelModel::kForbidden || d == TravelModel::kForbidden
                    || d >= limitMs)
                    continue;
                expected[e] = std::min(1.0, (limitMs - d) / w[std::size_t(e)]) * g->edgeLength(e);
            }
            std::map<int, double> got;
            std::map<int, double> startPiece;
            for (const ReachedEdge &re : iso.edges) {
                if (re.fromMeters > 0)
                    startPiece[re.edge] = re.toMeters;
                else
                    got[re.edge] = std::max(got[re.edge], re.toMeters);
            }
            QCOMPARE(got.size(), expected.size());
            for (const auto &[e, m] : expected) {
                QVERIFY2(got.count(e), qPrintable(QStringLiteral("edge %1 not reached").arg(e)));
                QVERIFY2(std::abs(got[e] - m) < 0.01,
                    qPrintable(QStringLiteral("edge %1: %2 m, not %3 m").arg(e).arg(got[e]).arg(m)));
            }
            // The start's own road from the point onwards.
            QVERIFY(startPiece.size() <= 2);

            // The outline holds every reached junction and the start, and nothing far beyond.
            QVERIFY(!iso.rings.empty());
            QVERIFY(inArea(iso.rings, s.point));
            double reach = 0;
            for (const auto &[e, m] : expected) {
                if (m == g->edgeLength(e)) {
                    QVERIFY(inArea(iso.rings, g->nodePosition(g->edgeTo(e))));
                    reach = std::max(reach, distanceMeters(s.point, g->nodePosition(g->edgeTo(e))));
                }
            }
            for (const auto &ring : iso.rings) {
                QVERIFY(ring.size() >= 4);
                QVERIFY(signedArea(ring) > 0);
                QCOMPARE(ring.front().lat, ring.back().lat);
                QCOMPARE(ring.front().lon, ring.back().lon);
            }
            QVERIFY(!inArea(iso.rings, offsetMeters(s.point, reach + 2000, 0)));
        }
    }
};

QTEST_GUILESS_MAIN(TestIsochrone)
#include "tst_isochrone.moc"
