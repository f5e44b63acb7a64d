// Ranking units by road travel time: against a brute-force reference (one plain Dijkstra route
// per unit on the same weights), and the rules of who may be sent at all.
#include "../common/RandomRoads.h"
#include "RoadSnap.h"
#include "UnitRanker.h"
#include "WorldModels.h"

#include <QTest>

using namespace wf;

namespace {

void addUnit(
    UnitModel &units, const QString &id, UnitKind kind, maps::LatLon p, UnitStatus s = UnitStatus::Available)
{
    units.upsert(id, UnitRow { UnitReported { id, id, kind, s, GeoPoint { p.lat, p.lon }, 0 }, 0, 0 });
}

} // namespace

class TestUnitRanker : public QObject
{
    Q_OBJECT
private slots:
    void ranksLikeOneRoutePerUnit()
    {
        testing::RandomRoadsOptions o;
        o.cols = 24;
        o.rows = 24;
        o.seed = 11;
        auto graph = testing::RandomRoads::graph(o);
        UnitRanker ranker(graph);
        UnitModel units;
        testing::RandomRoads r(5);
        const maps::LatLon place = maps::offsetMeters(o.origin, 12 * o.spacingM, 11.5 * o.spacingM);
        for (int i = 0; i < 40; ++i) {
            const auto p
                = maps::offsetMeters(o.origin, r.unit() * 23 * o.spacingM, r.unit() * 23 * o.spacingM);
            addUnit(units, QStringLiteral("U%1").arg(i, 2, 10, QChar(u'0')), UnitKind::PatrolCar, p);
        }
        const auto ranked = ranker.rank(units, GeoPoint { place.lat, place.lon }, 3600);
        QVERIFY(ranked.size() > 20);

        // The reference: each unit's own point-to-point route by plain Dijkstra on the same
        // roads, plus the same allowance for the way onto and off the road.
        maps::RoadRouter reference(graph);
        const auto profile = maps::RoadProfile::emergency();
        const auto to = maps::snapToRoad(*graph, place, profile.classMask, 1500);
        std::vector<std::pair<double, QString>> expected;
        for (const auto &u : units.rows()) {
            const auto from = maps::snapToRoad(
                *graph, { u.info.position.lat, u.info.position.lon }, profile.classMask, 1500);
            const auto route = reference.route(from, to, profile, {}, maps::RoadRouter::Algorithm::Dijkstra);
            if (route.found)
                expected.push_back({ route.seconds + from.distanceM / 5 + to.distanceM / 5, u.info.unitId });
        }
        std::sort(expected.begin(), expected.end());
        QCOMPARE(ranked.size(), expected.size());
        for (std::size_t i = 0; i < ranked.size(); ++i) {
            QVERIFY2(std::abs(ranked[i].seconds - expected[i].first) < 0.05,
                qPrintable(QStringLiteral("#%1 %2: %3 s, reference %4 %5 s")
                        .arg(i)
                        .arg(ranked[i].unitId)
                        .arg(ranked[i].seconds)
                        .arg(expected[i].second)
                        .arg(expected[i].first)));
            if (i > 0)
                QVERIFY(ranked[i - 1].seconds <= ranked[i].seconds);
        }
    }

    void onlyUnitsThatMayGoAreRanked()
    {
        testing::RandomRoadsOptions o;
        o.cols = 30;
        o.rows = 30;
        auto graph = testing::RandomRoads::graph(o);
        UnitRanker ranker(graph);
        UnitModel units;
        const auto place = maps::offsetMeters(o.origin, 15 * o.spacingM, 15 * o.spacingM);
        addUnit(units, QStringLiteral("car"), UnitKind::PatrolCar, maps::offsetMeters(place, 600, 0));
        addUnit(units, QStringLiteral("busy"), UnitKind::PatrolCar, maps::offsetMeters(place, 100, 0),
            UnitStatus::EnRoute);
        addUnit(units, QStringLiteral("off"), UnitKind::PatrolCar, maps::offsetMeters(place, 100, 0),
            UnitStatus::OffDuty);
        addUnit(units, QStringLiteral("post-near"), UnitKind::FixedPost, maps::offsetMeters(place, 0, 500));
        addUnit(units, QStringLiteral("post-far"), UnitKind::FixedPost, maps::offsetMeters(place, 0, -2'600));
        addUnit(units, QStringLiteral("walker"), UnitKind::FootPatrol, maps::offsetMeters(place, -300, 0));
        const auto ranked = ranker.rank(units, GeoPoint { place.lat, place.lon }, 3600);
        QStringList ids;
        for (const auto &u : ranked)
            ids.append(u.unitId);
        QVERIFY2(ids.contains(QStringLiteral("car")), qPrintable(ids.join(u',')));
        QVERIFY(ids.contains(QStringLiteral("walker")));
        QVERIFY(ids.contains(QStringLiteral("post-near")));
        QVERIFY(!ids.contains(QStringLiteral("busy")));
        QVERIFY(!ids.contains(QStringLiteral("off")));
        QVERIFY(!ids.contains(QStringLiteral("post-far"))); // a fixed post does not leave its site that far

        // A limit leaves out whoever cannot make it within it.
        const double carSeconds = std::find_if(ranked.begin(), ranked.end(), [](const UnitEta &u) {
            return u.unitId == u"car";
        })->seconds;
        const auto tight = ranker.rank(units, GeoPoint { place.lat, place.lon }, carSeconds - 1);
        QVERIFY(
            std::none_of(tight.begin(), tight.end(), [](const UnitEta &u) { return u.unitId == u"car"; }));
    }
};

QTEST_GUILESS_MAIN(TestUnitRanker)
#include "tst_unit_ranker.moc"
