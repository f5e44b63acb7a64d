// RoadRouter on a six-junction graph whose answers are worked out by hand: one-way streets, a
// congested road, a class the profile forbids, penalties that choose without counting, the
// hour and the weather, snapped points in the middle of roads, many-to-one and one-to-many.
//
//   north
//     D ======= E ======= F        = expressway, 72 km/h: 1 km takes 50 s
//     |         |         |        - county road (A-B, B-C) or village road (A-D, C-F), 36 km/h:
//     |         v         |          1 km takes 100 s
//     A ------- B ------- C        E -> B: a one-way county road
//   (1 km between neighbours)
#include "RoadGraphBuilder.h"
#include "RoadRouter.h"
#include "RoadSnap.h"

#include <QTest>
#include <cmath>

using namespace wf::maps;

namespace {

const LatLon kOrigin { 30.5, 114.3 };

// North first, then east along that latitude: blocks are 1 km on every side.
LatLon at(double east, double north)
{
    return offsetMeters(offsetMeters(kOrigin, 0, north), east, 0);
}

struct Grid
{
    std::shared_ptr<const RoadGraph> graph;
    int a, b, c, d, e, f;
};

Grid build()
{
    RoadGraphBuilder g;
    Grid n;
    n.a = g.addNode(at(0, 0));
    n.b = g.addNode(at(1000, 0));
    n.c = g.addNode(at(2000, 0));
    n.d = g.addNode(at(0, 1000));
    n.e = g.addNode(at(1000, 1000));
    n.f = g.addNode(at(2000, 1000));
    using D = RoadGraphBuilder::Direction;
    g.addLink(n.a, n.b, RoadClass::County, D::Both,
        g.addName({ QStringLiteral("南街"), {}, QStringLiteral("South St") }), 36);
    g.addLink(n.b, n.c, RoadClass::County, D::Both, -1, 36);
    g.addLink(n.a, n.d, RoadClass::Village, D::Both, -1, 36);
    g.addLink(n.d, n.e, RoadClass::Expressway, D::Both, -1, 72);
    g.addLink(n.e, n.f, RoadClass::Expressway, D::Both, -1, 72);
    g.addLink(n.c, n.f, RoadClass::Village, D::Both, -1, 36);
    g.addLink(n.e, n.b, RoadClass::County, D::Forward, -1, 36);
    QString error;
    n.graph = RoadGraph::fromBytes(g.build(&error), &error);
    if (!n.graph)
        qFatal("%s", qPrintable(error));
    return n;
}

const TravelConditions kNoon { 12, Weather::Clear };

// Node positions are kept to 1e-7 degrees (about a centimetre), so a "1 km" road is 1 km
// give or take that much, and its time 100 s give or take a millisecond.
bool near(double a, double b)
{
    return std::abs(a - b) < 0.01;
}

bool near(const std::vector<double> &a, const std::vector<double> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (!(std::isinf(a[i]) && std::isinf(b[i])) && !near(a[i], b[i]))
            return false;
    }
    return true;
}

// The nodes a route passes, start to end.
std::vector<int> nodesOf(const RoadGraph &g, const RoadRoute &r)
{
    std::vector<int> nodes;
    for (int e : r.edges) {
        if (nodes.empty())
            nodes.push_back(g.edgeFrom(e));
        nodes.push_back(g.edgeTo(e));
    }
    return nodes;
}

} // namespace

class TestRoadRouter : public QObject
{
    Q_OBJECT
private slots:
    void shortestByTime_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<double>("seconds");
        QTest::addColumn<double>("meters");
        QTest::addColumn<QString>("via");
        // A-B-C 200 s beats A-D-E-F-C 300 s.
        QTest::newRow("county road") << "a" << "c" << "car" << 200.0 << 2000.0 << "abc";
        // D-E-B (50 + 100 s) uses the one-way E -> B ...
        QTest::newRow("with the one-way") << "d" << "b" << "car" << 150.0 << 2000.0 << "deb";
        // ... which B -> D may not: B-A-D 200 s, not B-E-D 150 s.
        QTest::newRow("against the one-way") << "b" << "d" << "car" << 200.0 << 2000.0 << "bad";
        // The expressway: A-D-E-F 200 s against A-B-C-F 300 s.
        QTest::newRow("expressway") << "a" << "f" << "car" << 200.0 << 3000.0 << "adef";
        // Walkers may not use expressways, and walk 5 km/h: A-B-C-F, 3 km in 2160 s.
        QTest::newRow("walking") << "a" << "f" << "walking" << 2160.0 << 3000.0 << "abcf";
        // Evading: expressways count 6x, county roads 1.2x: A-B-C-F weighs 340 against 700,
        // and takes its real 300 s.
        QTest::newRow("evading") << "a" << "f" << "evading" << 300.0 << 3000.0 << "abcf";
        // Lights and siren: 1.25 times the speed.
        QTest::newRow("emergency") << "a" << "c" << "emergency" << 160.0 << 2000.0 << "abc";
    }

    void shortestByTime()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, profile);
        QFETCH(double, seconds);
        QFETCH(double, meters);
        QFETCH(QString, via);
        const Grid n = build();
        auto node = [&](QChar c) {
            const int ids[] = { n.a, n.b, n.c, n.d, n.e, n.f };
            return ids[c.unicode() - 'a'];
        };
        RoadRouter router(n.graph);
        for (auto algorithm : { RoadRouter::Algorithm::Hierarchy, RoadRouter::Algorithm::Dijkstra }) {
            const auto r = router.routeNodes(
                node(from[0]), node(to[0]), *RoadProfile::fromName(profile), kNoon, algorithm);
            QVERIFY(r.found);
            QVERIFY2(std::abs(r.seconds - seconds) < 0.01, qPrintable(QString::number(r.seconds)));
            QVERIFY2(std::abs(r.meters - meters) < 1, qPrintable(QString::number(r.meters)));
            std::vector<int> expected;
            for (QChar c : via)
                expected.push_back(node(c));
            QCOMPARE(nodesOf(*n.graph, r), expected);
            QCOMPARE(r.path.size(), via.size()); // the roads are straight: one point per junction
        }
    }

    void congestionTakesTheExpressway()
    {
        const Grid n = build();
        RoadRouter router(n.graph);
        const auto before = router.routeNodes(n.a, n.c, RoadProfile::car(), kNoon);
        QVERIFY(near(before.seconds, 200));
        // A jam on A -> B (a quarter of the speed: 400 s): A-D-E-F-C, 300 s, is faster now.
        const int ab = n.graph->linkForward(0);
        router.congestion().set(ab, 0.25f);
        const auto jammed = router.routeNodes(n.a, n.c, RoadProfile::car(), kNoon);
        QVERIFY(std::abs(jammed.seconds - 300) < 0.01);
        QCOMPARE(nodesOf(*n.graph, jammed), (std::vector<int> { n.a, n.d, n.e, n.f, n.c }));
        // Only that direction is jammed: C -> A still takes the county road.
        QVERIFY(near(router.routeNodes(n.c, n.a, RoadProfile::car(), kNoon).seconds, 200));
        router.congestion().clear();
        QVERIFY(near(router.routeNodes(n.a, n.c, RoadProfile::car(), kNoon).seconds, 200));
    }

    void hourAndWeather()
    {
        const Grid n = build();
        RoadRouter router(n.graph);
        // Rain: every road at 0.85 of its speed.
        const auto wet = router.routeNodes(n.a, n.c, RoadProfile::car(), { 12, Weather::Rain });
        QVERIFY2(std::abs(wet.seconds - 200 / 0.85) < 0.01, qPrintable(QString::number(wet.seconds)));
        // Night: county and village roads at 0.85, expressways at full speed: A-D-E-F now
        // 100/0.85 + 100 = 217.6 s.
        const auto night = router.routeNodes(n.a, n.f, RoadProfile::car(), { 23, Weather::Clear });
        QVERIFY2(
            std::abs(night.seconds - (100 / 0.85 + 100)) < 0.01, qPrintable(QString::number(night.seconds)));
        // Fog: expressways at 0.45, the rest at 0.75: A-D-E-F takes 100/0.75 + 100/0.45 = 355.6 s,
        // still less than A-B-C-F's 300/0.75 = 400 s.
        const auto fog = router.routeNodes(n.a, n.f, RoadProfile::car(), { 12, Weather::Fog });
        QVERIFY2(std::abs(fog.seconds - (100 / 0.75 + 100 / 0.45)) < 0.01,
            qPrintable(QString::number(fog.seconds)));
    }

    void snappedPoints()
    {
        const Grid n = build();
        RoadRouter router(n.graph);
        // 40 m off the middle of A-B, and 30 m off the middle of C-F.
        const RoadSnap s = snapToRoad(*n.graph, at(500, -40));
        QVERIFY(s.valid());
        QCOMPARE(s.link, 0);
        QVERIFY(std::abs(s.fraction - 0.5) < 1e-3);
        QVERIFY(std::abs(s.distanceM - 40) < 0.5);
        const RoadSnap t = snapToRoad(*n.graph, at(2030, 500));
        QVERIFY(t.valid());
        QVERIFY(std::abs(t.distanceM - 30) < 0.5);
        // Half of A-B (50 s), B-C (100 s), half of C-F (50 s).
        for (auto algorithm : { RoadRouter::Algorithm::Hierarchy, RoadRouter::Algorithm::Dijkstra }) {
            const auto r = router.route(s, t, RoadProfile::car(), kNoon, algorithm);
            QVERIFY(r.found);
            QVERIFY2(std::abs(r.seconds - 200) < 0.01, qPrintable(QString::number(r.seconds)));
            QVERIFY(std::abs(r.meters - 2000) < 1);
            QCOMPARE(r.edges.size(), std::size_t(3));
            QVERIFY(distanceMeters(r.path.front(), at(500, 0)) < 0.5);
            QVERIFY(distanceMeters(r.path.back(), at(2000, 500)) < 0.5);
            QCOMPARE(r.path.size(), std::size_t(4)); // start, B, C, end
        }
        // Along one road: 200 m to 700 m of A-B, 50 s.
        const auto same = router.route(
            snapToRoad(*n.graph, at(200, 10)), snapToRoad(*n.graph, at(700, 10)), RoadProfile::car(), kNoon);
        QVERIFY(same.found);
        QVERIFY(std::abs(same.seconds - 50) < 0.01);
        QCOMPARE(same.edges.size(), std::size_t(1));
        // Against the one-way E -> B, from 200 m north of B to 200 m south of E: on to B (20 s),
        // round by B-A-D-E (250 s) and down E -> B again (20 s): 290 s.
        const auto back = router.route(snapToRoad(*n.graph, at(1000, 200)),
            snapToRoad(*n.graph, at(1000, 800)), RoadProfile::car(), kNoon);
        QVERIFY(back.found);
        QVERIFY2(std::abs(back.seconds - 290) < 0.01, qPrintable(QString::number(back.seconds)));
        QCOMPARE(back.edges.size(), std::size_t(5));
        // Nothing within 500 m of a point 3 km away.
        QVERIFY(!snapToRoad(*n.graph, at(5000, 3000)).valid());
        // The walking profile snaps past the expressway to the nearest road it may use.
        const RoadSnap walk = snapToRoad(*n.graph, at(1000, 1050), RoadProfile::walking().classMask);
        QVERIFY(walk.valid());
        QCOMPARE(n.graph->linkClass(walk.link), RoadClass::County); // E -> B, 50 m away
    }

    void manyToOneAndOneToMany()
    {
        const Grid n = build();
        RoadRouter router(n.graph);
        std::vector<RoadSnap> units;
        for (int node : { n.a, n.d, n.c, n.f })
            units.push_back(snapAtNode(*n.graph, node));
        const RoadSnap incident = snapAtNode(*n.graph, n.b);
        // To B: from A 100 s, D 150 s (D-E-B), C 100 s, F 150 s (F-E-B).
        const double inf = RoadRouter::kUnreachable;
        auto times = router.secondsTo(units, incident, RoadProfile::car(), kNoon, 3600);
        QVERIFY(near(times, { 100, 150, 100, 150 }));
        // Within two minutes: D and F are out.
        times = router.secondsTo(units, incident, RoadProfile::car(), kNoon, 120);
        QVERIFY(near(times, { 100, inf, 100, inf }));
        // From B: to A 100 s, D 200 s (B-A-D), E 250 s (not against the one-way), F 200 s.
        std::vector<RoadSnap> places;
        for (int node : { n.a, n.d, n.e, n.f })
            places.push_back(snapAtNode(*n.graph, node));
        QVERIFY(near(
            router.secondsFrom(incident, places, RoadProfile::car(), kNoon, 3600), { 100, 200, 250, 200 }));
    }
};

QTEST_GUILESS_MAIN(TestRoadRouter)
#include "tst_road_router.moc"
