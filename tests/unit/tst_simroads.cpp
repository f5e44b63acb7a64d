// The generated road network: connected, routable, and travel times that make sense.
#include "HubeiMap.h"
#include "RoadNetwork.h"
#include "SimGeo.h"

#include <QTest>
#include <map>

using namespace wf;
using namespace wf::sim;

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
        const auto comp = roads.components();
        QVERIFY(std::all_of(comp.begin(), comp.end(), [](int c) { return c == 0; }));
        std::map<RoadClass, int> classes;
        for (int e = 0; e < roads.edgeCount(); ++e)
            ++classes[roads.edge(e).cls];
        QCOMPARE(int(classes.size()), kRoadClassCount);
    }

    void sameEveryTime()
    {
        const auto a = HubeiMap::build();
        const auto b = HubeiMap::build();
        QVERIFY(a && b);
        QCOMPARE(a->roads().nodeCount(), b->roads().nodeCount());
        QCOMPARE(a->roads().edgeCount(), b->roads().edgeCount());
        for (int n = 0; n < a->roads().nodeCount(); n += 97)
            QCOMPARE(a->roads().node(n).pos, b->roads().node(n).pos);
        QCOMPARE(a->sites().size(), b->sites().size());
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
        const int wuhan = roads.nearestNode(map->wuhanCentre());
        const int suizhou = roads.nearestNode(map->seats()[std::size_t(map->seatIndex(u"Suizhou"))].pos);
        const TravelConditions noon { 12, Weather::Clear };
        const auto r = roads.route(wuhan, suizhou, noon);
        QVERIFY(r.found());
        const double crow
            = geo::distanceM(map->wuhanCentre(), map->seats()[std::size_t(map->seatIndex(u"Suizhou"))].pos);
        QVERIFY2(r.metres >= crow && r.metres < crow * 1.6,
            qPrintable(QStringLiteral("%1 m for %2 m").arg(r.metres).arg(crow)));
        const double kmh = r.metres / r.seconds * 3.6;
        QVERIFY2(kmh > 40 && kmh <= 100, qPrintable(QString::number(kmh)));
        // The route is continuous.
        for (std::size_t i = 1; i < r.edges.size(); ++i)
            QCOMPARE(roads.edge(r.edges[i]).from, roads.edge(r.edges[i - 1]).to);
        // Expressways make it faster: the evading profile is longer in time.
        const auto slow = roads.route(wuhan, suizhou, noon, RouteProfile::evading());
        QVERIFY(slow.found());
        QVERIFY(slow.seconds > r.seconds * 1.2);
        // Rain and the rush hour slow things down.
        const auto wet = roads.route(wuhan, suizhou, { 8, Weather::HeavyRain });
        QVERIFY(wet.seconds > r.seconds * 1.2);
    }

    void congestionSlowsTheRoute()
    {
        auto map = HubeiMap::build();
        auto &roads = map->roads();
        const auto &seats = map->seats();
        const int a = roads.nearestNode(geo::offset(map->wuhanCentre(), -3000, 0));
        const int b = roads.nearestNode(geo::offset(map->wuhanCentre(), 3000, 0));
        const TravelConditions c { 12, Weather::Clear };
        const auto before = roads.route(a, b, c);
        QVERIFY(before.found());
        for (int e : before.edges) {
            roads.setCongestion(e, 0.1f);
            roads.setCongestion(RoadNetwork::reverseEdge(e), 0.1f);
        }
        const auto after = roads.route(a, b, c);
        QVERIFY(after.found());
        QVERIFY(after.seconds > before.seconds);
        QVERIFY(after.seconds < before.seconds * 10 + 1);
        Q_UNUSED(seats);
    }

    void walkersKeepOffExpressways()
    {
        const auto map = HubeiMap::shared();
        const auto &roads = map->roads();
        const int a = roads.nearestNode(map->wuhanCentre(), RouteProfile::walking().classMask);
        const int b = roads.nearestNode(
            geo::offset(map->wuhanCentre(), 2000, 1500), RouteProfile::walking().classMask);
        const auto r = roads.route(a, b, {}, RouteProfile::walking());
        QVERIFY(r.found());
        for (int e : r.edges)
            QVERIFY(roads.edge(e).cls != RoadClass::Expressway && roads.edge(e).cls != RoadClass::UrbanRing);
        QVERIFY(r.metres / r.seconds * 3.6 <= 5.01);
    }
};

QTEST_GUILESS_MAIN(TestSimRoads)
#include "tst_simroads.moc"
