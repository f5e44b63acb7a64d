// The manning plan of a cordon on a generated street grid: each crossing, most urgent first, gets
// the free unit that reaches it first among those left, checked against a brute force (a plain
// Dijkstra route from every unit to every crossing, the same greedy choice); no unit twice; gaps
// where the unit is later than the suspect or nobody is within reach; units under orders or off
// duty are not planned.
#include "../common/RandomRoads.h"
#include "CordonEngine.h"
#include "CordonManning.h"
#include "RoadSnap.h"
#include "WorldModels.h"

#include <QSet>
#include <QTest>

using namespace wf;

namespace {

void addUnit(UnitModel &units, const QString &id, maps::LatLon p, UnitStatus s = UnitStatus::Available)
{
    units.upsert(
        id, UnitRow { UnitReported { id, id, UnitKind::PatrolCar, s, GeoPoint { p.lat, p.lon }, 0 }, 0, 0 });
}

} // namespace

class TestCordonManning : public QObject
{
    Q_OBJECT

    testing::RandomRoadsOptions m_o;
    std::shared_ptr<const maps::RoadGraph> m_graph;
    CordonAnalysis m_analysis;

    maps::LatLon at(double cols, double rows) const
    {
        return maps::offsetMeters(m_o.origin, cols * m_o.spacingM, rows * m_o.spacingM);
    }

private slots:
    void initTestCase()
    {
        m_o.cols = 30;
        m_o.rows = 30;
        m_o.seed = 21;
        m_graph = testing::RandomRoads::graph(m_o);
        // A ring around the middle of the grid, the incident at its centre.
        CordonEngine engine(m_graph);
        maps::ShapeProblem problem;
        const std::vector<maps::LatLon> ring { at(10.5, 10.5), at(19.5, 10.5), at(19.5, 19.5),
            at(10.5, 19.5) };
        const auto shape = maps::GeoShape::fromRing(ring, &problem);
        CordonQuery q;
        const auto centre = at(15, 15);
        q.origin = GeoPoint { centre.lat, centre.lon };
        m_analysis = engine.analyse(shape, {}, {}, q);
        QVERIFY2(m_analysis.crossings.size() >= 8, qPrintable(m_analysis.problem));
    }

    void greedyByUrgencyAsABruteForceWouldChoose()
    {
        UnitModel units;
        testing::RandomRoads r(9);
        for (int i = 0; i < 25; ++i)
            addUnit(
                units, QStringLiteral("U%1").arg(i, 2, 10, QChar(u'0')), at(r.unit() * 29, r.unit() * 29));
        addUnit(units, QStringLiteral("OFF"), at(15, 10.6), UnitStatus::OffDuty); // right on the ring
        UnitRanker ranker(m_graph);
        const ManningPlan plan = CordonManning::plan(ranker, units, nullptr, m_analysis.crossings, 3600);
        QCOMPARE(plan.rows.size(), m_analysis.crossings.size());

        // The brute force: each unit's own plain Dijkstra route to each crossing, with the same
        // allowance for the way onto and off the road, then the same greedy choice.
        maps::RoadRouter reference(m_graph);
        const auto profile = maps::RoadProfile::emergency();
        QSet<QString> taken;
        int gaps = 0;
        for (std::size_t c = 0; c < m_analysis.crossings.size(); ++c) {
            const auto &place = m_analysis.crossings[c].road.point;
            const auto to = maps::snapToRoad(*m_graph, place, profile.classMask, maps::kTravelSnapMeters);
            QString best;
            double bestSeconds = maps::RoadRouter::kUnreachable;
            for (const auto &u : units.rows()) {
                if (u.info.status != UnitStatus::Available || taken.contains(u.info.unitId))
                    continue;
                const maps::LatLon p { u.info.position.lat, u.info.position.lon };
                const auto from = maps::snapToRoad(*m_graph, p, profile.classMask, maps::kTravelSnapMeters);
                const auto route
                    = reference.route(from, to, profile, {}, maps::RoadRouter::Algorithm::Dijkstra);
                if (!route.found)
                    continue;
                const double s = route.seconds + (from.distanceM + to.distanceM) / maps::kOffRoadCarMps;
                if (s < bestSeconds - 1e-6 || (std::abs(s - bestSeconds) <= 1e-6 && u.info.unitId < best)) {
                    best = u.info.unitId;
                    bestSeconds = s;
                }
            }
            const ManningRow &row = plan.rows[c];
            QCOMPARE(row.crossing, int(c));
            QCOMPARE(row.unitId, best);
            if (best.isEmpty()) { // every unit has a crossing already
                QVERIFY(!std::isfinite(row.unitSeconds));
                QVERIFY(!row.inTime());
                ++gaps;
                continue;
            }
            QVERIFY2(std::abs(row.unitSeconds - bestSeconds) < 0.5,
                qPrintable(QStringLiteral("crossing %1: %2 s vs %3 s")
                        .arg(c)
                        .arg(row.unitSeconds)
                        .arg(bestSeconds)));
            QCOMPARE(row.suspectSeconds, m_analysis.crossings[c].suspectSeconds);
            taken.insert(best);
            gaps += row.inTime() ? 0 : 1;
        }
        QCOMPARE(plan.gaps, gaps);
        QVERIFY(!taken.contains(QStringLiteral("OFF")));
    }

    void tooFewUnitsLeaveGaps()
    {
        UnitModel units;
        addUnit(units, QStringLiteral("ONLY"), at(15, 11));
        UnitRanker ranker(m_graph);
        const ManningPlan plan = CordonManning::plan(ranker, units, nullptr, m_analysis.crossings, 3600);
        int manned = 0;
        for (const auto &row : plan.rows)
            manned += row.unitId.isEmpty() ? 0 : 1;
        QCOMPARE(manned, 1);
        // The one unit goes to the crossing the suspect reaches first.
        QCOMPARE(plan.rows.front().unitId, QStringLiteral("ONLY"));
        QVERIFY(plan.gaps >= int(plan.rows.size()) - 1);
        QVERIFY(plan.closedAfterSeconds > 0);
    }

    void unitsUnderOrdersAreNotPlanned()
    {
        UnitModel units;
        addUnit(units, QStringLiteral("BUSY"), at(15, 11));
        addUnit(units, QStringLiteral("FREE"), at(2, 2));
        OrderModel orders;
        OrderRow o;
        o.info = OrderIssued { QStringLiteral("O-1"), QStringLiteral("BUSY"), QStringLiteral("respond"), {},
            {}, {} };
        o.state = OrderState::EnRoute;
        orders.upsert(QStringLiteral("O-1"), o);
        UnitRanker ranker(m_graph);
        const ManningPlan plan = CordonManning::plan(ranker, units, &orders, m_analysis.crossings, 3600);
        for (const auto &row : plan.rows)
            QVERIFY(row.unitId != u"BUSY");
        QCOMPARE(plan.rows.front().unitId, QStringLiteral("FREE"));
    }
};

QTEST_GUILESS_MAIN(TestCordonManning)
#include "tst_cordon_manning.moc"
