// TrainingStart: a recorded world taken apart (RecordedMoment::startOf), carried as bytes to the
// training world and started there. What a class would notice: every unit is where it was, as it
// was (on scene at its incident, on its way, free), the open incidents are open, the clock reads
// the recorded moment, and the world goes on from there (a busy unit stays with its incident,
// new incidents do not reuse the recording's ids). Damaged bytes are refused in words.
#include "RecordedMoment.h"
#include "ScenarioFile.h"
#include "ScenarioRun.h"
#include "SimGeometry.h"
#include "SimWorld.h"
#include "TrainingStart.h"
#include "WorldState.h"

#include <QSet>
#include <QTest>

using namespace wf;
using namespace wf::sim;

namespace {

// The pickpocketing scenario with its built-in dispatcher for a while, into a world as the
// workstation (and the journal) would have it: units busy on orders, incidents open and closed.
void record(WorldState &world, int minutes)
{
    ScenarioRun run(*loadScenario(QStringLiteral("pickpocketing"), nullptr), 3, true);
    qint64 seq = 0;
    auto apply = [&](std::vector<Event> events) {
        for (auto &e : events) {
            e.seq = ++seq;
            e.receiveTimeMs = e.sourceTimeMs;
            world.apply(e);
        }
    };
    apply(run.start());
    for (int s = 0; s < minutes * 60; ++s)
        apply(run.step(1000));
}

// The world the training connector's events give a new session.
void startSession(SimWorld &sim, WorldState &session)
{
    for (Event e : sim.initialEvents()) {
        e.receiveTimeMs = e.sourceTimeMs;
        session.apply(e);
    }
}

SimOptions startingFrom(const TrainingStart &start)
{
    SimOptions o;
    o.seed = 11;
    o.start = std::make_shared<const TrainingStart>(start);
    return o;
}

} // namespace

class TestTrainingStart : public QObject
{
    Q_OBJECT

    WorldState m_recorded;
    TrainingStart m_start;

private slots:
    void initTestCase()
    {
        record(m_recorded, 25);
        m_start = RecordedMoment::startOf(m_recorded);
        // The moment is worth training from: busy units and open incidents.
        QVERIFY(m_start.units.size() > 20);
        QVERIFY(!m_start.incidents.isEmpty());
        int onScene = 0, enRoute = 0;
        for (const auto &u : m_start.units) {
            onScene += u.info.status == UnitStatus::OnScene && !u.incidentId.isEmpty();
            enRoute += u.info.status == UnitStatus::EnRoute && !u.task.isEmpty();
        }
        QVERIFY2(onScene > 0 && enRoute > 0, qPrintable(QStringLiteral("%1 %2").arg(onScene).arg(enRoute)));
    }

    void bytes_roundTrip()
    {
        QString error;
        const auto back = decodeTrainingStart(encodeTrainingStart(m_start), &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(*back == m_start);
    }

    void damagedBytes_areRefusedInWords()
    {
        const QByteArray good = encodeTrainingStart(m_start);
        QString error;
        QVERIFY(!decodeTrainingStart(good.left(good.size() / 2), &error));
        QVERIFY2(error.contains(u"damaged"), qPrintable(error));
        QByteArray otherLayout = good;
        otherLayout[0] = char(99);
        QVERIFY(!decodeTrainingStart(otherLayout, &error));
        QVERIFY2(error.contains(u"layout 99"), qPrintable(error));
        QVERIFY(!decodeTrainingStart(good + QByteArray("x"), &error));
        QVERIFY(!decodeTrainingStart(QByteArray(), &error));
    }

    void simWorld_startsWithTheRecordedUnitsIncidentsAndClock()
    {
        SimWorld sim(startingFrom(m_start));
        QCOMPARE(sim.now(), m_recorded.clock());
        WorldState session;
        startSession(sim, session);
        // Every unit: the same call sign, kind, place, heading and status.
        QCOMPARE(session.units()->size(), m_recorded.units()->size());
        for (const auto &was : m_recorded.units()->rows()) {
            const auto *now = session.units()->find(was.info.unitId);
            QVERIFY2(now, qPrintable(was.info.unitId));
            QCOMPARE(now->info, was.info);
        }
        // The open incidents, and none of the closed ones.
        QSet<QString> open, reopened;
        for (const auto &r : m_recorded.incidents()->rows()) {
            if (r.open)
                open.insert(r.info.incidentId);
        }
        for (const auto &r : session.incidents()->rows()) {
            QVERIFY(r.open);
            reopened.insert(r.info.incidentId);
            QCOMPARE(r.info, m_recorded.incidents()->find(r.info.incidentId)->info);
        }
        QCOMPARE(reopened, open);
        QCOMPARE(session.clock(), m_recorded.clock());
    }

    void simWorld_goesOnFromThere()
    {
        SimWorld sim(startingFrom(m_start));
        WorldState session;
        startSession(sim, session);
        QSet<QString> recordedIds;
        for (const auto &r : m_recorded.incidents()->rows())
            recordedIds.insert(r.info.incidentId);
        // A minute on: a unit on scene at an incident is still there (8 to 25 minutes on a scene),
        // and one on its way has come nearer to where it was sent.
        for (int s = 0; s < 60; ++s)
            sim.step(1000);
        QSet<QString> openIds;
        for (const auto &i : m_start.incidents)
            openIds.insert(i.incidentId);
        int checkedOnScene = 0, checkedEnRoute = 0;
        double leftBefore = 0, leftAfter = 0;
        for (const auto &u : m_start.units) {
            const SimUnit *now = sim.unit(u.info.unitId);
            QVERIFY(now);
            if (u.info.status == UnitStatus::OnScene && openIds.contains(u.incidentId)) {
                QCOMPARE(now->status, UnitStatus::OnScene);
                QCOMPARE(now->incidentId, u.incidentId);
                ++checkedOnScene;
            } else if (u.info.status == UnitStatus::EnRoute && u.task == u"respond") {
                // Still going where it was sent (or there already); roads wind, so the fleet as a
                // whole, not each car, is nearer.
                QVERIFY2(now->status == UnitStatus::EnRoute || now->status == UnitStatus::OnScene,
                    qPrintable(u.info.unitId));
                QCOMPARE(now->target, u.target);
                leftBefore += distanceMeters(u.info.position, u.target);
                leftAfter += distanceMeters(now->pos, u.target);
                ++checkedEnRoute;
            }
        }
        QVERIFY(checkedOnScene > 0);
        QVERIFY(checkedEnRoute > 0);
        QVERIFY2(leftAfter < leftBefore,
            qPrintable(QStringLiteral("%1 m -> %2 m").arg(leftBefore).arg(leftAfter)));
        // Half an hour on: the world's own incidents are numbered after the recording's.
        for (int s = 0; s < 1800; ++s) {
            for (const auto &e : sim.step(1000)) {
                if (const auto *inc = std::get_if<IncidentReported>(&e.payload))
                    QVERIFY2(!recordedIds.contains(inc->incidentId), qPrintable(inc->incidentId));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTrainingStart)
#include "tst_training_start.moc"
