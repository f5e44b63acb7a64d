// The generated road network: connected, routable, and travel times that make sense. It is a
// maps::RoadGraph like a deployment's, routed by the same RoadRouter.
#include "HubeiMap.h"
#include "RoadRouter.h"
#include "RoadSnap.h"
#include "SimGeometry.h"

#include <QTest>
#include <map>

using namespace wf;
using namespace wf::sim;
using maps::RoadClass;
using maps::RoadProfile;
using maps::RoadRouter;
using maps::TravelConditions;
using maps::Weather;

class TestSimRoads : public QObject
{
    Q_OBJECT
private slots:
    void generatedAndConnected()
    {
        const auto map = HubeiMap::shared();
        const auto &roads = map->roads();
        QVERIFY(roads.nodeCount() > 5'000);
        QVERIFY(roads.edgeCount() > 10'000);
        // Every node reachable from node 0, driving (all roads are two-way).
        std::vector<bool> seen(std::size_t(roads.nodeCount()), false);
        std::vector<int> stack { 0 };
        seen[0] = true;
        int reached = 1;
        while (!stack.empty()) {
            const int n = stack.back();
            stack.pop_back();
            const auto [b, e] = roads.outEdges(n);
            for (int edge = b; edge < e; ++edge) {
                const int to = roads.edgeTo(edge);
                if (!seen[std::size_t(to)]) {
                    seen[std::size_t(to)] = true;
                    ++reached;
                    stack.push_back(to);
                }
            }
        }
        QCOMPARE(reached, roads.nodeCount());
        std::map<RoadClass, int> classes;
        for (int e = 0; e < roads.edgeCount(); ++e)
            ++classes[roads.edgeClass(e)];
        QCOMPARE(int(classes.size()), maps::kRoadClassCount);
        QVERIFY(roads.metaJson().contains(QStringLiteral("generated")));
    }

    void sameEveryTime()
    {
        const auto a = HubeiMap::build();
        const auto b = HubeiMap::build();
        QVERIFY(a && b);
        QCOMPARE(a->roads().nodeCount(), b->roads().nodeCount());
        QCOMPARE(a->roads().edgeCount(), b->roads().edgeCount());
        for (int n = 0; n < a->roads().nodeCount(); n += 97) {
            QCOMPARE(a->roads().nodePosition(n).lat, b->roads().nodePosition(n).lat);
            QCOMPARE(a->roads().nodePosition(n).lon, b->roads().nodePosition(n).lon);
        }
        QCOMPARE(a->sites().size(), b->sites().size());
        // The same bytes: the training graph file is reproducible.
        QCOMPARE(a->roadFileImage(), b->roadFileImage());
    }

    void sitesAtScale()
    {
        const auto map = HubeiMap::shared();
        std::map<SiteKind, int> kinds;
        int boundary = 0;
        for (const auto &s : map->sites()) {
            ++kinds[s.kind];
            boundary += s.boundary >= Boundary::Prefecture;
            QVERIFY(s.node >= 0);
        }
        QVERIFY(kinds[SiteKind::PoliceCheckpoint] >= 50);
        QVERIFY(kinds[SiteKind::SmartCheckpoint] >= 300);
        QVERIFY(kinds[SiteKind::KeySite] >= 90);
        QVERIFY(kinds[SiteKind::PoliceStation] >= 300);
        QVERIFY(boundary > 30);
        QVERIFY(!map->cameras().empty());
    }

    void routeTimesAreSane()
    {
        const auto map = HubeiMap::shared();
        const auto &roads = map->roads();
        RoadRouter router(map->roadGraph());
        const GeoPoint suizhouSeat = map->seats()[std::size_t(map->seatIndex(u"Suizhou"))].pos;
        const int wuhan = maps::nearestNode(roads, latLon(map->wuhanCentre()));
        const int suizhou = maps::nearestNode(roads, latLon(suizhouSeat));
        const TravelConditions noon { 12, Weather::Clear };
        const auto r = router.routeNodes(wuhan, suizhou, RoadProfile::car(), noon);
        QVERIFY(r.found);
        const double crow = distanceMeters(map->wuhanCentre(), suizhouSeat);
        QVERIFY2(r.meters >= crow && r.meters < crow * 1.6,
            qPrintable(QStringLiteral("%1 m for %2 m").arg(r.meters).arg(crow)));
        const double kmh = r.meters / r.seconds * 3.6;
        QVERIFY2(kmh > 40 && kmh <= 100, qPrintable(QString::number(kmh)));
        // The route is continuous.
        for (std::size_t i = 1; i < r.edges.size(); ++i)
            QCOMPARE(roads.edgeFrom(r.edges[i]), roads.edgeTo(r.edges[i - 1]));
        // Expressways make it faster: the evading profile is longer in time.
        const auto slow = router.routeNodes(wuhan, suizhou, RoadProfile::evading(), noon);
        QVERIFY(slow.found);
        QVERIFY(slow.seconds > r.seconds * 1.2);
        // Rain and the rush hour slow things down.
        const auto wet = router.routeNodes(wuhan, suizhou, RoadProfile::car(), { 8, Weather::HeavyRain });
        QVERIFY(wet.seconds > r.seconds * 1.2);
    }

    void congestionSlowsTheRoute()
    {
        const auto map = HubeiMap::shared();
        const auto &roads = map->roads();
        RoadRouter router(map->roadGraph());
        const int a = maps::nearestNode(roads, latLon(offsetMeters(map->wuhanCentre(), -3000, 0)));
        const int b = maps::nearestNode(roads, latLon(offsetMeters(map->wuhanCentre(), 3000, 0)));
        const TravelConditions c { 12, Weather::Clear };
        const auto before = router.routeNodes(a, b, RoadProfile::car(), c);
        QVERIFY(before.found);
        for (int e : before.edges) {
            router.congestion().set(e, 0.1f);
            router.congestion().set(roads.edgeTwin(e), 0.1f);
        }
        const auto after = router.routeNodes(a, b, RoadProfile::car(), c);
        QVERIFY(after.found);
        QVERIFY(after.seconds > before.seconds);
        QVERIFY(after.seconds < before.seconds * 10 + 1);
    }

    void walkersKeepOffExpressways()
    {
        const auto map = HubeiMap::shared();
        const auto &roads = map->roads();
        RoadRouter router(map->roadGraph());
        const quint8 walk = RoadProfile::walking().classMask;
        const int a = maps::nearestNode(roads, latLon(map->wuhanCentre()), walk);
        const int b = maps::nearestNode(roads, latLon(offsetMeters(map->wuhanCentre(), 2000, 1500)), walk);
        const auto r = router.routeNodes(a, b, RoadProfile::walking(), {});
        QVERIFY(r.found);
        QVERIFY(!r.edges.empty());
        for (int e : r.edges)
            QVERIFY(
                roads.edgeClass(e) != RoadClass::Expressway && roads.edgeClass(e) != RoadClass::UrbanRing);
        QVERIFY(r.meters / r.seconds * 3.6 <= 5.01);
    }
};

QTEST_GUILESS_MAIN(TestSimRoads)
#include "tst_simroads.moc"
