// The hierarchy's answers against plain Dijkstra's on thousands of random pairs of a generated
// street network (one-way streets, parallel roads, loops, islands, congestion), for several
// profiles: the same least weight every time, and a route that adds up to it.
#include "../common/RandomRoads.h"
#include "CchMetric.h"
#include "CchQuery.h"
#include "DijkstraSearch.h"
#include "RoadRouter.h"
#include "TravelModel.h"

#include <QTest>

using namespace wf::maps;
using wf::testing::RandomRoads;
using wf::testing::RandomRoadsOptions;

namespace {

// A route's edges run from the source node to the target node and weigh what was claimed.
bool consistent(const RoadGraph &g, std::span<const quint32> w, const std::vector<int> &edges, int from,
    int to, quint32 weight, QString *why)
{
    quint32 sum = 0;
    int at = from;
    for (int e : edges) {
        if (g.edgeFrom(e) != at) {
            *why = QStringLiteral("edge %1 does not start at node %2").arg(e).arg(at);
            return false;
        }
        sum = TravelModel::add(sum, w[std::size_t(e)]);
        at = g.edgeTo(e);
    }
    if (at != to || sum != weight) {
        *why = QStringLiteral("ends at %1 (not %2), weighs %3 (not %4)").arg(at).arg(to).arg(sum).arg(weight);
        return false;
    }
    return true;
}

} // namespace

class TestCchQuery : public QObject
{
    Q_OBJECT
private slots:
    void sameAsDijkstra_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<int>("hour");
        QTest::addColumn<bool>("congested");
        QTest::newRow("car, noon") << "car" << 12 << false;
        QTest::newRow("car, rush hour, congestion") << "car" << 8 << true;
        QTest::newRow("walking (no expressways)") << "walking" << 12 << false;
        QTest::newRow("evading (penalties)") << "evading" << 23 << true;
        QTest::newRow("emergency") << "emergency" << 17 << true;
    }

    void sameAsDijkstra()
    {
        QFETCH(QString, profile);
        QFETCH(int, hour);
        QFETCH(bool, congested);
        const auto graph = RandomRoads::graph({ 90, 80, 150, 7 });
        QVERIFY(graph->nodeCount() > 7000);
        Congestion congestion(graph->edgeCount());
        RandomRoads r(99);
        if (congested) {
            for (int e = 0; e < graph->edgeCount(); ++e) {
                if (r.unit() < 0.05)
                    congestion.set(e, float(0.05 + r.unit() * 0.9));
            }
        }
        const auto w
            = TravelModel(*graph, *RoadProfile::fromName(profile), { hour, Weather::Rain }, &congestion)
                  .weights();
        const CchMetric metric(*graph, w);
        CchQuery cch(*graph);
        DijkstraSearch dijkstra(*graph);
        std::vector<int> cchEdges, dijkstraEdges;
        int unreachable = 0;
        const int pairs = 3000;
        for (int i = 0; i < pairs; ++i) {
            const RouteSeed s { r.below(graph->nodeCount()), 0, -1 },
                t { r.below(graph->nodeCount()), 0, -1 };
            const quint32 expected = dijkstra.route(w, { &s, 1 }, { &t, 1 }, &dijkstraEdges);
            const quint32 got = cch.run(metric, { &s, 1 }, { &t, 1 });
            QVERIFY2(got == expected,
                qPrintable(QStringLiteral("pair %1: %2 -> %3: hierarchy %4, Dijkstra %5")
                        .arg(i)
                        .arg(s.node)
                        .arg(t.node)
                        .arg(got)
                        .arg(expected)));
            if (got == TravelModel::kForbidden) {
                ++unreachable;
                continue;
            }
            cch.unpack(metric, cchEdges);
            QString why;
            QVERIFY2(consistent(*graph, w, cchEdges, s.node, t.node, got, &why), qPrintable(why));
            QVERIFY2(consistent(*graph, w, dijkstraEdges, s.node, t.node, expected, &why), qPrintable(why));
        }
        // Islands and one-way dead ends leave some pairs apart, but most are joined.
        QVERIFY(unreachable > 0);
        QVERIFY2(unreachable < pairs / 5, qPrintable(QString::number(unreachable)));
    }

    // Many seeds on each side (snapped points leave and arrive along up to two edges each).
    void snappedRoutesAgree()
    {
        const auto graph = RandomRoads::graph({ 70, 70, 120, 3 });
        RoadRouter router(graph);
        RandomRoads r(5);
        const LatLon sw = offsetMeters({ 30.55, 114.25 }, -200, -200);
        int found = 0;
        for (int i = 0; i < 1500; ++i) {
            const LatLon a = offsetMeters(sw, r.unit() * 70 * 120 + 200, r.unit() * 70 * 120 + 200);
            const LatLon b = offsetMeters(sw, r.unit() * 70 * 120 + 200, r.unit() * 70 * 120 + 200);
            const RoadSnap sa = snapToRoad(*graph, a), sb = snapToRoad(*graph, b);
            QVERIFY(sa.valid() && sb.valid());
            const auto fast = router.route(sa, sb, RoadProfile::car(), {}, RoadRouter::Algorithm::Hierarchy);
            const auto plain = router.route(sa, sb, RoadProfile::car(), {}, RoadRouter::Algorithm::Dijkstra);
            QCOMPARE(fast.found, plain.found);
            if (!fast.found)
                continue;
            ++found;
            // Equal weights; the times may differ by the rounding of tied routes' edges.
            QVERIFY2(std::abs(fast.seconds - plain.seconds)
                    < 0.002 * double(fast.edges.size() + plain.edges.size()),
                qPrintable(QStringLiteral("%1 s against %2 s").arg(fast.seconds).arg(plain.seconds)));
            QVERIFY(distanceMeters(fast.path.front(), sa.point) < 0.05);
            QVERIFY(distanceMeters(fast.path.back(), sb.point) < 0.05);
            for (std::size_t k = 1; k < fast.edges.size(); ++k)
                QCOMPARE(graph->edgeFrom(fast.edges[k]), graph->edgeTo(fast.edges[k - 1]));
        }
        QVERIFY(found > 1200);
    }

    // Bounded many-to-one against a full Dijkstra from each origin.
    void manyToOneAgreesWithPointToPoint()
    {
        const auto graph = RandomRoads::graph({ 50, 50, 150, 11 });
        RoadRouter router(graph);
        RandomRoads r(8);
        std::vector<RoadSnap> units;
        for (int i = 0; i < 300; ++i)
            units.push_back(snapAtNode(*graph, r.below(graph->nodeCount())));
        const RoadSnap incident = snapAtNode(*graph, r.below(graph->nodeCount()));
        const double limit = 240;
        const auto times = router.secondsTo(units, incident, RoadProfile::emergency(), {}, limit);
        int within = 0;
        for (std::size_t i = 0; i < units.size(); ++i) {
            const auto route = router.route(
                units[i], incident, RoadProfile::emergency(), {}, RoadRouter::Algorithm::Dijkstra);
            // The route's own time is the sum of unrounded edge times; the weights are rounded to
            // milliseconds per edge.
            const double tolerance = 0.001 * double(route.edges.size() + 1);
            if (!route.found || route.seconds > limit + tolerance) {
                QVERIFY2(std::isinf(times[i]) || times[i] > limit - tolerance,
                    qPrintable(QString::number(times[i])));
                continue;
            }
            ++within;
            QVERIFY2(std::abs(times[i] - route.seconds) <= tolerance,
                qPrintable(QStringLiteral("%1: %2 s against %3 s").arg(i).arg(times[i]).arg(route.seconds)));
        }
        QVERIFY(within > 10 && within < 290);
    }
};

QTEST_GUILESS_MAIN(TestCchQuery)
#include "tst_cch_query.moc"
