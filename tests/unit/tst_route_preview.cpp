// A unit's route to a clicked place and the drive-time areas around a point, on a generated
// street grid: the route's ETA is the one the unit ranking gives the same unit for the same place,
// the line runs from the unit to the place, the areas nest (1 minute inside 3 inside 5), a newer
// request replaces an older one, and what cannot be shown says why.
#include "../common/RandomRoads.h"
#include "Geodesy.h"
#include "RoutePreview.h"
#include "TravelRanking.h"
#include "UnitRanker.h"
#include "WorldState.h"

#include <QGeoCoordinate>
#include <QTest>

using namespace wf;

class TestRoutePreview : public QObject
{
    Q_OBJECT

    testing::RandomRoadsOptions m_roads;
    std::shared_ptr<const maps::RoadGraph> m_graph;
    WorldState m_world;

    maps::LatLon at(double colsEast, double rowsNorth) const
    {
        return maps::offsetMeters(m_roads.origin, colsEast * m_roads.spacingM, rowsNorth * m_roads.spacingM);
    }
    void addUnit(const QString &id, UnitKind kind, maps::LatLon p)
    {
        Event e;
        e.payload = UnitReported { id, id, kind, UnitStatus::Available, GeoPoint { p.lat, p.lon }, 0 };
        m_world.apply(e);
    }
    static maps::LatLon latLon(const QVariant &v)
    {
        const auto c = v.value<QGeoCoordinate>();
        return { c.latitude(), c.longitude() };
    }

private slots:
    void initTestCase()
    {
        m_roads.cols = 30;
        m_roads.rows = 30;
        m_roads.seed = 3;
        m_graph = testing::RandomRoads::graph(m_roads);
        addUnit(QStringLiteral("CAR-1"), UnitKind::PatrolCar, at(3.3, 4.1));
        addUnit(QStringLiteral("FOOT-1"), UnitKind::FootPatrol, at(20.2, 20.4));
    }

    void aRouteHasTheRankingsEtaAndRunsFromTheUnitToThePlace()
    {
        RoutePreview preview(&m_world, m_graph);
        const maps::LatLon place = at(24.6, 19.3);
        preview.routeUnit(QStringLiteral("CAR-1"), place.lat, place.lon);
        QVERIFY(preview.busy());
        preview.waitForDone();
        QVERIFY(!preview.busy());
        QCOMPARE(preview.mode(), RoutePreview::Mode::Route);
        QVERIFY2(preview.problem().isEmpty(), qPrintable(preview.problem()));
        QCOMPARE(preview.unitId(), QStringLiteral("CAR-1"));

        maps::RoadRouter router(m_graph);
        const auto ranked = maps::travelSecondsTo(router,
            { UnitRanker::traveller(UnitKind::PatrolCar, GeoPoint { at(3.3, 4.1).lat, at(3.3, 4.1).lon }) },
            place, {}, 3600);
        QVERIFY(ranked[0] < maps::RoadRouter::kUnreachable);
        QVERIFY2(std::abs(preview.seconds() - ranked[0]) < 0.5,
            qPrintable(QStringLiteral("route %1 s, ranking %2 s").arg(preview.seconds()).arg(ranked[0])));
        // Longer than the straight line, shorter than a detour round the whole grid.
        const double straight = maps::distanceMeters(at(3.3, 4.1), place);
        QVERIFY(preview.meters() >= straight);
        QVERIFY(preview.meters() < 3 * straight);

        const QVariantList path = preview.path();
        QVERIFY(path.size() > 3);
        QVERIFY(maps::distanceMeters(latLon(path.first()), at(3.3, 4.1)) < 1);
        QVERIFY(maps::distanceMeters(latLon(path.last()), place) < 1);
        QVERIFY(preview.summary().contains(u"km"));

        preview.clear();
        QCOMPARE(preview.mode(), RoutePreview::Mode::None);
        QVERIFY(preview.path().isEmpty());
    }

    void theAreasNest()
    {
        RoutePreview preview(&m_world, m_graph);
        const maps::LatLon centre = at(15, 15);
        preview.areasFrom(centre.lat, centre.lon);
        preview.waitForDone();
        QCOMPARE(preview.mode(), RoutePreview::Mode::Areas);
        QVERIFY2(preview.problem().isEmpty(), qPrintable(preview.problem()));
        // Largest first; every area's points lie within the reach of its time from the centre.
        double previous = 1e9;
        QSet<int> seen;
        for (const QVariant &v : preview.areas()) {
            const QVariantMap area = v.toMap();
            const double seconds = area.value(QStringLiteral("seconds")).toDouble();
            QVERIFY(seconds <= previous);
            previous = seconds;
            seen.insert(int(seconds));
            const QVariantList ring = area.value(QStringLiteral("path")).toList();
            QVERIFY(ring.size() >= 4);
            double farthest = 0;
            for (const QVariant &p : ring)
                farthest = std::max(farthest, maps::distanceMeters(latLon(p), centre));
            // No road vehicle averages more than 150 km/h, and the outline is a cell or two wide.
            QVERIFY2(farthest < seconds * 150 / 3.6 + 400,
                qPrintable(QStringLiteral("%1 s area reaches %2 m").arg(seconds).arg(farthest)));
        }
        QCOMPARE(seen, (QSet<int> { 60, 180, 300 }));
    }

    void aNewerRequestReplacesAnOlderOne()
    {
        RoutePreview preview(&m_world, m_graph);
        const maps::LatLon place = at(24.6, 19.3);
        preview.routeUnit(QStringLiteral("CAR-1"), place.lat, place.lon);
        preview.areasFrom(place.lat, place.lon);
        preview.waitForDone();
        QCOMPARE(preview.mode(), RoutePreview::Mode::Areas);
        QVERIFY(preview.path().isEmpty());
        // Cleared while one is running: nothing comes back.
        preview.routeUnit(QStringLiteral("CAR-1"), place.lat, place.lon);
        preview.clear();
        preview.waitForDone();
        QCOMPARE(preview.mode(), RoutePreview::Mode::None);
    }

    void whatCannotBeShownSaysWhy()
    {
        RoutePreview preview(&m_world, m_graph);
        preview.routeUnit(QStringLiteral("NOBODY"), 30.6, 114.3);
        preview.waitForDone();
        QCOMPARE(preview.mode(), RoutePreview::Mode::Route);
        QVERIFY(preview.problem().contains(u"NOBODY"));
        // A place in the middle of nowhere: no road within reach.
        preview.routeUnit(QStringLiteral("CAR-1"), 10.0, 100.0);
        preview.waitForDone();
        QVERIFY(!preview.problem().isEmpty());
        QVERIFY(preview.path().isEmpty());
        preview.areasFrom(10.0, 100.0);
        preview.waitForDone();
        QCOMPARE(preview.mode(), RoutePreview::Mode::Areas);
        QVERIFY(!preview.problem().isEmpty());
        QVERIFY(preview.areas().isEmpty());
        // Without a road graph, both say so at once.
        RoutePreview noRoads(&m_world, nullptr);
        noRoads.areasFrom(30.6, 114.3);
        QVERIFY(!noRoads.problem().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRoutePreview)
#include "tst_route_preview.moc"
