// The built-in dispatcher of headless runs sets its drive-time ring with the workstation's cordon
// engine: in the hit-and-run, when the taxi is reported, the ring is the engine's ring for the
// minutes the taxi has been on the road plus the lead, and every checkpoint it mans right then
// stands at a crossing of that ring the engine finds, the crossing the taxi reaches first
// served first.
#include "AutoDispatcher.h"
#include "CordonEngine.h"
#include "ScenarioFile.h"
#include "ScenarioRun.h"

#include <QTest>
#include <algorithm>

using namespace wf;
using namespace wf::sim;
using namespace Qt::StringLiterals;

class TestAutoDispatcher : public QObject
{
    Q_OBJECT
private slots:
    void driveTimeRingComesFromTheCordonEngine()
    {
        ScenarioError error;
        const auto s = loadScenario(u"hit-and-run"_s, &error);
        QVERIFY2(s, qPrintable(error.toString()));
        QVERIFY(s->cordons.contains(u"drive_time"_s));
        const auto it = std::find_if(s->timeline.begin(), s->timeline.end(),
            [](const TimelineStep &step) { return step.kind == StepKind::Suspect; });
        QVERIFY(it != s->timeline.end());
        ScenarioRun run(*s, 1, true);
        std::vector<Event> events = run.start();
        const CordonSet *ring = nullptr;
        std::vector<OrderIssued> manned;
        GeoPoint incident;
        qint64 reportedMs = 0;
        for (int i = 0; i < 60 * 60 && !ring; ++i) {
            events = run.step(1000);
            for (const Event &e : events) {
                if (const auto *inc = std::get_if<IncidentReported>(&e.payload);
                    inc && inc->incidentId == it->incident) {
                    incident = inc->position;
                    reportedMs = run.world().now();
                }
                if (const auto *set = std::get_if<CordonSet>(&e.payload);
                    set && set->cordonId == u"CORDON-drive_time")
                    ring = set;
                if (const auto *o = std::get_if<OrderIssued>(&e.payload); o && o->task == u"man_checkpoint")
                    manned.push_back(*o);
            }
        }
        QVERIFY2(ring, "no drive-time ring within the first hour");
        const double fled = (reportedMs - (s->startMs + qint64(it->atMin * 60'000))) / 1000.0;
        QVERIFY2(fled > 60, "the taxi is reported some minutes after it fled");

        // The same ring, asked of the engine here.
        CordonEngine engine(run.world().map().roadGraph());
        const DriveRing expected = engine.driveRing(incident, fled, AutoDispatcher::kDriveRingLeadS,
            maps::RoadProfile::evading(), run.world().conditions());
        QVERIFY(!expected.ring.isEmpty());
        const auto outline = cordonOutline(expected.ring.simplifiedMeters(30));
        QCOMPARE(qsizetype(outline.size()), ring->ring.size());
        for (std::size_t k = 0; k < outline.size(); ++k) {
            QCOMPARE(ring->ring[qsizetype(k)].lat, outline[k].lat);
            QCOMPARE(ring->ring[qsizetype(k)].lon, outline[k].lon);
        }

        // Its checkpoints: those at the engine's crossings, the taxi's earliest first.
        std::vector<SiteReported> checkpoints;
        for (const auto &site : run.world().map().sites())
            if (site.kind == SiteKind::PoliceCheckpoint || site.kind == SiteKind::SmartCheckpoint)
                checkpoints.push_back({ site.id, site.name, site.kind, site.pos });
        CordonQuery query;
        query.origin = incident;
        query.profile = maps::RoadProfile::evading();
        query.conditions = run.world().conditions();
        query.limitSeconds = fled + 2 * AutoDispatcher::kDriveRingLeadS;
        const CordonAnalysis analysis = engine.analyse(expected.ring, checkpoints, {}, query);
        std::vector<GeoPoint> atCrossings;
        for (const auto &c : analysis.crossings)
            if (!c.checkpoints.empty()) {
                const auto &id = c.checkpoints.front().siteId;
                const auto site = std::find_if(checkpoints.begin(), checkpoints.end(),
                    [&](const SiteReported &r) { return r.siteId == id; });
                if (std::find(atCrossings.begin(), atCrossings.end(), site->position) == atCrossings.end())
                    atCrossings.push_back(site->position);
            }
        QVERIFY2(atCrossings.size() >= 3, "a ring with checkpoints at its crossings");
        // The drive-time ring is manned before the boundary rings: its checkpoints lead the
        // orders, in the engine's order, until the free units run out.
        std::size_t n = 0;
        while (n < manned.size() && n < atCrossings.size() && manned[n].target == atCrossings[n])
            ++n;
        QVERIFY2(
            n >= 3, qPrintable(u"%1 of %2 checkpoints manned in order"_s.arg(n).arg(atCrossings.size())));
    }
};

QTEST_MAIN(TestAutoDispatcher)
#include "tst_auto_dispatcher.moc"
