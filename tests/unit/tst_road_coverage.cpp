// Road coverage (where units can be within a time): one multi-source search against one search
// per unit (the same times, to the millisecond), against the ranking's own travel times to
// single places, and the area drawn from it.
#include "../common/RandomRoads.h"
#include "RoadCoverage.h"
#include "RoadGraphBuilder.h"
#include "RoadSnap.h"

#include <QTest>

using namespace wf::maps;
using wf::testing::RandomRoads;
using wf::testing::RandomRoadsOptions;

namespace {

std::vector<Traveller> scatter(quint64 seed, int count, const RandomRoadsOptions &o)
{
    RandomRoads r(seed);
    std::vector<Traveller> out;
    for (int i = 0; i < count; ++i) {
        const LatLon p
            = offsetMeters(o.origin, r.unit() * o.cols * o.spacingM, r.unit() * o.rows * o.spacingM);
        out.push_back({ p, i % 4 == 3, 0 }); // every fourth on foot
    }
    return out;
}

bool inArea(const std::vector<std::vector<LatLon>> &rings, LatLon p)
{
    int inside = 0;
    for (const auto &ring : rings)
        inside += insideRing(p, ring);
    return inside % 2 == 1;
}

} // namespace

class TestRoadCoverage : public QObject
{
    Q_OBJECT
private slots:
    void oneSearchGivesWhatASearchPerUnitGives()
    {
        const RandomRoadsOptions o;
        RoadRouter router(RandomRoads::graph(o));
        const auto travellers = scatter(7, 40, o);
        RoadCoverage coverage(router);
        coverage.compute(travellers, {}, 300);
        const auto reference = RoadCoverage::perTravellerReference(router, travellers, {}, 300);
        const auto got = coverage.nodeMilliseconds();
        QCOMPARE(got.size(), reference.size());
        int reached = 0;
        for (std::size_t n = 0; n < got.size(); ++n) {
            QCOMPARE(got[n], reference[n]);
            reached += got[n] != TravelModel::kForbidden;
        }
        QCOMPARE(int(coverage.reached().size()), reached);
        // Forty units cover much of a 9 km square in five minutes, but not every corner.
        QVERIFY2(reached > router.graph().nodeCount() / 4, qPrintable(QString::number(reached)));
        QVERIFY(reached < router.graph().nodeCount());
    }

    void timesAgreeWithTheRankingsTravelTimes()
    {
        const RandomRoadsOptions o;
        RoadRouter router(RandomRoads::graph(o));
        const auto travellers = scatter(11, 25, o);
        RoadCoverage coverage(router);
        coverage.compute(travellers, {}, 300);
        RandomRoads pick(3);
        int compared = 0, equal = 0;
        for (int k = 0; k < 200; ++k) {
            const int node = pick.below(router.graph().nodeCount());
            // Only junctions both cars and walkers may reach by road: elsewhere the ranking adds
            // the walk from the nearest road they may use, which coverage (by road) does not.
            const LatLon at = router.graph().nodePosition(node);
            if (snapToRoad(router.graph(), at, RoadProfile::emergency().classMask, 50).distanceM > 0.5
                || snapToRoad(router.graph(), at, RoadProfile::walking().classMask, 50).distanceM > 0.5)
                continue;
            const auto seconds
                = travelSecondsTo(router, travellers, router.graph().nodePosition(node), {}, 300);
            const double best = *std::min_element(seconds.begin(), seconds.end());
            const double got = coverage.secondsTo(node);
            if (best == RoadRouter::kUnreachable) {
                QVERIFY2(got == RoadRouter::kUnreachable || got > 299.9, qPrintable(QString::number(got)));
                continue;
            }
            // The same roads and weights; only the rounding of the way onto the road differs. The
            // ranking treats a place as a point on the one road it snaps to, so where that road is
            // one-way into the junction it may only be reached along it: coverage, which counts
            // arriving at the junction by any road, is never slower, and mostly equal.
            QVERIFY2(got <= best + 0.01,
                qPrintable(QStringLiteral("node %1: %2 vs %3").arg(node).arg(got).arg(best)));
            equal += std::abs(got - best) < 0.01;
            ++compared;
        }
        QVERIFY(compared > 20);
        QVERIFY2(
            equal * 4 >= compared * 3, qPrintable(QStringLiteral("%1 of %2 equal").arg(equal).arg(compared)));
    }

    void theAreaHoldsEveryJunctionReachedInTime()
    {
        const RandomRoadsOptions o;
        RoadRouter router(RandomRoads::graph(o));
        RoadCoverage coverage(router);
        coverage.compute(scatter(5, 6, o), {}, 300);
        for (const double seconds : { 60.0, 180.0 }) {
            const auto rings = coverage.area(seconds, 100);
            QVERIFY(!rings.empty());
            int inside = 0, outside = 0;
            for (const int n : coverage.reached()) {
                const bool in = inArea(rings, router.graph().nodePosition(n));
                if (coverage.secondsTo(n) <= seconds)
                    QVERIFY2(
                        in, qPrintable(QStringLiteral("node %1 at %2 s").arg(n).arg(coverage.secondsTo(n))));
                else if (coverage.secondsTo(n) > seconds + 60)
                    (in ? inside : outside) += 1;
            }
            // Junctions a minute beyond the time are, nearly all, outside the area.
            QVERIFY2(
                outside > 10 * inside, qPrintable(QStringLiteral("%1 in, %2 out").arg(inside).arg(outside)));
        }
        // A longer time never gives a smaller area.
        QVERIFY(coverage.area(60, 100).size() <= coverage.area(300, 100).size() + 6);
    }

    void nobodyCoversNothingAndARecomputeForgetsTheLast()
    {
        const RandomRoadsOptions o;
        RoadRouter router(RandomRoads::graph(o));
        RoadCoverage coverage(router);
        coverage.compute({}, {}, 300);
        QVERIFY(coverage.reached().empty());
        QVERIFY(coverage.area(300, 100).empty());

        const auto many = scatter(9, 30, o);
        coverage.compute(many, {}, 300);
        const std::size_t wide = coverage.reached().size();
        coverage.compute(std::span(many).first(1), {}, 300);
        QVERIFY(coverage.reached().size() < wide);
        const auto one = RoadCoverage::perTravellerReference(router, std::span(many).first(1), {}, 300);
        QCOMPARE(coverage.nodeMilliseconds(), one);

        // Far from every road: counted, not placed.
        const Traveller lost { offsetMeters(o.origin, -20'000, -20'000), false, 0 };
        coverage.compute(std::span(&lost, 1), {}, 300);
        QCOMPARE(coverage.offRoad(), 1);
        QVERIFY(coverage.reached().empty());
    }

    void aWalkerBesideTheRoadIsReckonedAtWalkingPace()
    {
        // One straight street, 2 km west to east, and a traveller in its middle. In 40 s a car
        // gets 150 m off the road (at 5 m/s); a walker gets nowhere near (1.4 m/s): on the first
        // stretch of road as on every other.
        const LatLon west { 30.55, 114.25 };
        RoadGraphBuilder b;
        b.addLink(b.addNode(west), b.addNode(offsetMeters(west, 2000, 0)), RoadClass::Village);
        QString error;
        auto graph = RoadGraph::fromBytes(b.build(&error), &error);
        QVERIFY2(graph, qPrintable(error));
        RoadRouter router(graph);
        RoadCoverage coverage(router);
        const LatLon middle = offsetMeters(west, 1000, 0);
        const auto farthestFromTheRoad = [&](bool walks) {
            const Traveller t { middle, walks, 0 };
            coverage.compute(std::span(&t, 1), {}, 60);
            double most = 0;
            for (const auto &ring : coverage.area(40, 25)) {
                for (const LatLon &p : ring)
                    most = std::max(most, std::abs(p.lat - middle.lat) * 111'000);
            }
            return most;
        };
        const double car = farthestFromTheRoad(false);
        const double walker = farthestFromTheRoad(true);
        QVERIFY2(car >= 140, qPrintable(QString::number(car)));
        QVERIFY2(walker > 0 && walker < 100, qPrintable(QString::number(walker)));
    }
};

QTEST_GUILESS_MAIN(TestRoadCoverage)
#include "tst_road_coverage.moc"
