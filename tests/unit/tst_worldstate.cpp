// WorldState: only events change it, rows update in place, bad events are counted not fatal.
#include "EventBus.h"
#include "WorldSnapshot.h"
#include "WorldState.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace wf;

namespace {
Event ev(EventPayload p, qint64 t = 1000)
{
    Event e;
    e.source = QStringLiteral("test");
    e.sourceTimeMs = t;
    e.payload = std::move(p);
    return e;
}
UnitReported unit(const QString &id, double lat = 30.59, double lon = 114.30)
{
    return UnitReported { id, id + QStringLiteral("-cs"), UnitKind::PatrolCar, UnitStatus::Available,
        { lat, lon }, 0 };
}
} // namespace

class TestWorldState : public QObject
{
    Q_OBJECT
private slots:
    void unitsAppearAndMoveInPlace()
    {
        WorldState w;
        QAbstractItemModelTester tester(w.units(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(w.units(), &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(w.units(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(w.units(), &QAbstractItemModel::dataChanged);
        w.apply(ev(unit(QStringLiteral("U1"))));
        w.apply(ev(unit(QStringLiteral("U2"))));
        QCOMPARE(w.units()->count(), 2);
        QCOMPARE(inserted.count(), 2);

        w.apply(ev(UnitMoved { QStringLiteral("U2"), { 30.60, 114.31 }, 90, 40 }, 2000));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        const auto idx = changed.first().at(0).toModelIndex();
        QCOMPARE(idx.row(), 1);
        const auto roles = changed.first().at(2).value<QList<int>>();
        QVERIFY(roles.contains(UnitModel::LatitudeRole));
        QCOMPARE(w.units()->data(w.units()->index(1), UnitModel::LatitudeRole).toDouble(), 30.60);
        QCOMPARE(w.units()->data(w.units()->index(1), UnitModel::LastFixRole).toLongLong(), 2000);
        QCOMPARE(w.units()->data(w.units()->index(0), UnitModel::LatitudeRole).toDouble(), 30.59);
        QCOMPARE(w.clock(), 2000);
    }

    // A training tick stamps 10,000 moves with one time: the clock's listeners hear of the new time
    // at once, and of the burst's end once, with the last count; not 10,000 times.
    void aBurstOfEventsIsHeardOfOnceNotPerEvent()
    {
        WorldState w;
        for (int i = 0; i < 100; ++i)
            w.apply(ev(unit(QStringLiteral("U%1").arg(i))));
        QTRY_COMPARE_WITH_TIMEOUT(w.eventsApplied(), 100, 1000);
        QTest::qWait(100);
        QSignalSpy clock(&w, &WorldState::clockChanged);
        qint64 heard = -1;
        connect(&w, &WorldState::clockChanged, this, [&] { heard = w.eventsApplied(); });
        for (int i = 0; i < 10000; ++i)
            w.apply(ev(UnitMoved { QStringLiteral("U%1").arg(i % 100), { 30.60, 114.31 }, 90, 40 }, 2000));
        QCOMPARE(clock.count(), 1); // the new second, at once
        QCOMPARE(w.clock(), 2000);
        QTRY_COMPARE_WITH_TIMEOUT(clock.count(), 2, 1000); // and the burst's end
        QCOMPARE(heard, 10100);
        QTest::qWait(200);
        QCOMPARE(clock.count(), 2);

        // A clock moving on in small steps (a live feed's own times) is heard of every 50 ms of it.
        clock.clear();
        for (int i = 0; i < 1000; ++i)
            w.apply(
                ev(UnitMoved { QStringLiteral("U%1").arg(i % 100), { 30.60, 114.31 }, 90, 40 }, 2000 + i));
        QVERIFY2(clock.count() >= 19 && clock.count() <= 21, qPrintable(QString::number(clock.count())));
        QTRY_COMPARE_WITH_TIMEOUT(heard, 11100, 1000);
    }

    void lastSeenPlacesComeFromMarksAndHotPlateReads()
    {
        WorldState w;
        QAbstractItemModelTester tester(w.lastSeen(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        w.apply(ev(CameraReported { QStringLiteral("CAM-1"), QStringLiteral("户部巷 01"), { 30.55, 114.30 },
            90, 60, QStringLiteral("sim://camera/CAM-1"), {} }));
        w.apply(ev(SiteReported { QStringLiteral("SITE-1"), QStringLiteral("Checkpoint 1"),
            SiteKind::SmartCheckpoint, { 30.70, 114.10 } }));
        // A mark places someone at its camera, with the picture's time; a later mark on the same
        // camera moves the time, not the row.
        w.apply(ev(SightingMarked { QStringLiteral("CAM-1"), 900, 0.5, 0.5, {} }, 1000));
        w.apply(ev(SightingMarked { QStringLiteral("CAM-1"), 1900, 0.2, 0.6, {} }, 2000));
        QCOMPARE(w.lastSeen()->count(), 1);
        const LastSeenRow *mark = w.lastSeen()->find(QStringLiteral("camera:CAM-1"));
        QVERIFY(mark);
        QCOMPARE(mark->label, QStringLiteral("户部巷 01"));
        QCOMPARE(mark->position, (GeoPoint { 30.55, 114.30 }));
        QCOMPARE(mark->atMs, qint64(1900));
        // A hot-listed plate read places the vehicle at the checkpoint; an ordinary read does not.
        w.apply(ev(PlateRead { QStringLiteral("SITE-1"), QStringLiteral("鄂A·T7K31"), true,
                       QStringLiteral("hit and run") },
            3000));
        w.apply(ev(PlateRead { QStringLiteral("SITE-1"), QStringLiteral("鄂A·00001"), false, {} }, 3000));
        QCOMPARE(w.lastSeen()->count(), 2);
        const LastSeenRow *read = w.lastSeen()->find(QStringLiteral("plate:鄂A·T7K31"));
        QVERIFY(read);
        QCOMPARE(read->position, (GeoPoint { 30.70, 114.10 }));
        QCOMPARE(read->atMs, qint64(3000));
        // A mark on a camera the world does not know is refused and counted.
        const int rejected = w.rejectedEvents();
        w.apply(ev(SightingMarked { QStringLiteral("NO-CAM"), 900, 0.5, 0.5, {} }));
        QCOMPARE(w.rejectedEvents(), rejected + 1);
        QCOMPARE(w.lastSeen()->count(), 2);
        w.reset();
        QCOMPARE(w.lastSeen()->count(), 0);
    }

    void statusChangesUpdateTheRow()
    {
        WorldState w;
        w.apply(ev(unit(QStringLiteral("U1"))));
        w.apply(ev(UnitStatusChanged { QStringLiteral("U1"), UnitStatus::OnScene }));
        QCOMPARE(w.units()->data(w.units()->index(0), UnitModel::StatusNameRole).toString(),
            QStringLiteral("on_scene"));
    }

    void unknownEntitiesAndBadPositionsAreCounted()
    {
        WorldState w;
        QSignalSpy rejected(&w, &WorldState::rejectedEventsChanged);
        w.apply(ev(UnitMoved { QStringLiteral("nobody"), { 30.6, 114.3 }, 0, 0 }));
        w.apply(ev(unit(QStringLiteral("U9"), 123.0, 114.0))); // latitude out of range
        w.apply(ev(OrderIssued { QStringLiteral("O1"), QStringLiteral("nobody"), QStringLiteral("respond"),
            { 30.6, 114.3 }, {} }));
        w.apply(ev(CordonSet {
            QStringLiteral("C1"), QStringLiteral("two points"), { { 30.6, 114.3 }, { 30.7, 114.4 } } }));
        QCOMPARE(w.rejectedEvents(), 4);
        QCOMPARE(rejected.count(), 4);
        QCOMPARE(w.units()->count(), 0);
        QCOMPARE(w.orders()->count(), 0);
        QCOMPARE(w.eventsApplied(), 4);
    }

    // A cordon is set, its manning activated, then closed, each by its own event, with the time
    // on the world's clock; closing one never activated, or an unknown one, is refused. A
    // snapshot keeps all of it.
    void cordonsAreActivatedAndClosedByEvents()
    {
        WorldState w;
        const QList<GeoPoint> ring { { 30.6, 114.3 }, { 30.6, 114.4 }, { 30.7, 114.4 } };
        w.apply(ev(CordonSet { QStringLiteral("C1"), QStringLiteral("Ring"), ring }, 1000));
        w.apply(ev(CordonSet { QStringLiteral("C2"), QStringLiteral("Other"), ring }, 1500));
        auto *cordons = w.cordons();
        const auto state = [&](int row) {
            return cordons->data(cordons->index(row), CordonModel::StateRole).value<CordonModel::State>();
        };
        QCOMPARE(state(0), CordonModel::State::Set);
        QCOMPARE(cordons->data(cordons->index(0), CordonModel::SetTimeRole).toLongLong(), 1000);

        w.apply(ev(CordonClosed { QStringLiteral("C1") }, 1800)); // never manned
        w.apply(ev(CordonActivated { QStringLiteral("nobody"), { QStringLiteral("O1") } }, 1800));
        QCOMPARE(w.rejectedEvents(), 2);
        QCOMPARE(state(0), CordonModel::State::Set);

        QSignalSpy changed(cordons, &QAbstractItemModel::dataChanged);
        w.apply(ev(
            CordonActivated { QStringLiteral("C1"), { QStringLiteral("O1"), QStringLiteral("O2") } }, 2000));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(state(0), CordonModel::State::Activated);
        QCOMPARE(cordons->find(QStringLiteral("C1"))->orderIds,
            QStringList({ QStringLiteral("O1"), QStringLiteral("O2") }));
        QCOMPARE(cordons->find(QStringLiteral("C1"))->activatedMs, 2000);
        w.apply(ev(CordonClosed { QStringLiteral("C1") }, 3000));
        QCOMPARE(state(0), CordonModel::State::Closed);
        QCOMPARE(state(1), CordonModel::State::Set);
        QCOMPARE(cordons->find(QStringLiteral("C1"))->closedMs, 3000);
        QCOMPARE(w.rejectedEvents(), 2);

        WorldState restored;
        QVERIFY(restoreWorld(restored, encodeWorld(w)));
        const CordonRow *c1 = restored.cordons()->find(QStringLiteral("C1"));
        QVERIFY(c1);
        QCOMPARE(c1->setMs, 1000);
        QCOMPARE(c1->activatedMs, 2000);
        QCOMPARE(c1->orderIds.size(), 2);
        QCOMPARE(c1->closedMs, 3000);
        QCOMPARE(c1->info.ring, ring);

        // Set again under the same id: a new cordon, not yet manned.
        w.apply(ev(CordonSet { QStringLiteral("C1"), QStringLiteral("Ring, moved"), ring }, 4000));
        QCOMPARE(state(0), CordonModel::State::Set);
        w.apply(ev(CordonCleared { QStringLiteral("C1") }, 5000));
        QCOMPARE(cordons->count(), 1);
    }

    void ordersFollowTheirStates()
    {
        WorldState w;
        w.apply(ev(unit(QStringLiteral("U1"))));
        w.apply(ev(OrderIssued { QStringLiteral("O1"), QStringLiteral("U1"), QStringLiteral("respond"),
                       { 30.6, 114.3 }, {} },
            10));
        w.apply(ev(OrderStateChanged { QStringLiteral("O1"), OrderState::Acknowledged, {} }, 20));
        w.apply(
            ev(OrderStateChanged { QStringLiteral("O1"), OrderState::Done, QStringLiteral("arrested") }, 30));
        const auto *o = w.orders()->find(QStringLiteral("O1"));
        QVERIFY(o);
        QCOMPARE(o->state, OrderState::Done);
        QCOMPARE(o->issuedMs, 10);
        QCOMPARE(o->updatedMs, 30);
        QCOMPARE(o->note, QStringLiteral("arrested"));
    }

    void removalsKeepTheIndexConsistent()
    {
        WorldState w;
        QAbstractItemModelTester tester(
            w.congestion(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < 5; ++i)
            w.apply(ev(CongestionReported { QStringLiteral("C%1").arg(i), QStringLiteral("road"),
                Severity::Low, { 30.5 + i * 0.01, 114.3 }, false }));
        w.apply(ev(CongestionReported { QStringLiteral("C1"), {}, Severity::Low, {}, true }));
        w.apply(ev(CongestionReported { QStringLiteral("C3"), {}, Severity::Low, {}, true }));
        QCOMPARE(w.congestion()->count(), 3);
        for (const auto &id : { QStringLiteral("C0"), QStringLiteral("C2"), QStringLiteral("C4") }) {
            const int row = w.congestion()->rowOf(id);
            QVERIFY(row >= 0);
            QCOMPARE(
                w.congestion()->data(w.congestion()->index(row), CongestionModel::IdRole).toString(), id);
        }
        // An update after removals lands on the right row.
        w.apply(ev(CongestionReported {
            QStringLiteral("C4"), QStringLiteral("road"), Severity::High, { 30.54, 114.3 }, false }));
        QCOMPARE(w.congestion()
                     ->data(w.congestion()->index(w.congestion()->rowOf(QStringLiteral("C4"))),
                         CongestionModel::SeverityRole)
                     .toInt(),
            int(Severity::High));
    }

    void incidentStagesFollowOrdersAndTheOperator()
    {
        WorldState w;
        w.apply(ev(unit(QStringLiteral("U1"), 30.60, 114.30)));
        Event inc = ev(IncidentReported { QStringLiteral("I1"), QStringLiteral("theft"),
            QStringLiteral("Jianghan Rd"), Severity::High, { 30.59, 114.30 } });
        inc.sourceTimeMs = 1'000'000;
        w.apply(inc);
        QCOMPARE(w.incidents()->openCount(), 1);
        const IncidentRow *row = w.incidents()->find(QStringLiteral("I1"));
        QCOMPARE(row->stage, IncidentStage::New);

        Event order = ev(OrderIssued { QStringLiteral("O1"), QStringLiteral("U1"), QStringLiteral("respond"),
            { 30.59, 114.30 }, QStringLiteral("I1") });
        order.sourceTimeMs = 1'030'000;
        w.apply(order);
        QCOMPARE(row->stage, IncidentStage::Dispatched);
        QCOMPARE(row->stageMs[std::size_t(IncidentStage::Dispatched)], 1'030'000);

        Event onScene = ev(OrderStateChanged { QStringLiteral("O1"), OrderState::OnScene, {} });
        onScene.sourceTimeMs = 1'150'000;
        w.apply(onScene);
        QCOMPARE(row->stage, IncidentStage::OnScene);
        QCOMPARE(w.orders()->find(QStringLiteral("O1"))->history.size(), 2);

        // Resolving takes it out of the open count; closing keeps it resolved-or-later.
        w.apply(ev(IncidentStageChanged {
            QStringLiteral("I1"), IncidentStage::Resolved, QStringLiteral("arrest") }));
        QCOMPARE(w.incidents()->openCount(), 0);
        QVERIFY(!row->open);
        // A later order state never moves a resolved incident back.
        w.apply(ev(OrderStateChanged { QStringLiteral("O1"), OrderState::OnScene, {} }));
        QCOMPARE(row->stage, IncidentStage::Resolved);
        // An out-of-range stage is refused, not applied.
        const int rejected = w.rejectedEvents();
        w.apply(ev(IncidentStageChanged { QStringLiteral("I1"), IncidentStage(9), {} }));
        QCOMPARE(w.rejectedEvents(), rejected + 1);
        QCOMPARE(row->stage, IncidentStage::Resolved);
    }

    void operatorActionsHappenOnTheWorldsClock()
    {
        // In training the world's clock is the simulator's; an order the operator gives is
        // stamped with the workstation's wall clock, but happens "now" on the world's.
        WorldState w;
        Event fix = ev(unit(QStringLiteral("U1"), 30.60, 114.30));
        fix.sourceTimeMs = 1'710'000'000'000; // March 2024
        w.apply(fix);
        Event order = ev(OrderIssued {
            QStringLiteral("O1"), QStringLiteral("U1"), QStringLiteral("respond"), { 30.59, 114.30 }, {} });
        order.source = QStringLiteral("operator");
        order.sourceTimeMs = 1'800'000'000'000; // the workstation's own clock
        w.apply(order);
        QCOMPARE(w.orders()->find(QStringLiteral("O1"))->issuedMs, 1'710'000'000'000);
        QCOMPARE(w.clock(), 1'710'000'000'000);
    }

    void alertQueueStatesComeFromEvents()
    {
        WorldState w;
        w.apply(ev(IncidentReported {
            QStringLiteral("I1"), QStringLiteral("dispute"), {}, Severity::Medium, { 30.59, 114.30 } }));
        for (const char *id : { "A1", "A2", "A3" })
            w.apply(ev(AlertRaised {
                QString::fromLatin1(id), QStringLiteral("x"), Severity::High, { 30.6, 114.3 } }));
        w.apply(ev(AlertDismissed { QStringLiteral("A1"), QStringLiteral("false alarm") }));
        w.apply(ev(AlertSnoozed { QStringLiteral("A2"), 5'000 }));
        w.apply(ev(AlertLinked { QStringLiteral("A3"), QStringLiteral("I1") }));
        QVERIFY(w.alerts()->find(QStringLiteral("A1"))->dismissed);
        QCOMPARE(w.alerts()->find(QStringLiteral("A2"))->snoozedUntilMs, 5'000);
        QCOMPARE(w.alerts()->find(QStringLiteral("A3"))->incidentId, QStringLiteral("I1"));
        QCOMPARE(w.incidents()->find(QStringLiteral("I1"))->alerts, QStringList { QStringLiteral("A3") });
        // Linking to an unknown incident is refused.
        const int rejected = w.rejectedEvents();
        w.apply(ev(AlertLinked { QStringLiteral("A2"), QStringLiteral("nope") }));
        QCOMPARE(w.rejectedEvents(), rejected + 1);
        QVERIFY(w.alerts()->find(QStringLiteral("A2"))->incidentId.isEmpty());
    }

    void busStampsSequenceAndTimeAndFeedsTheWorld()
    {
        EventBus bus;
        qint64 now = 5000;
        bus.setClock([&] { return now; });
        bus.setNextSeq(41);
        WorldState w;
        QList<Event> seen;
        connect(&bus, &EventBus::published, this, [&](const Event &e) {
            seen.append(e);
            w.apply(e);
        });
        Event e;
        e.payload = unit(QStringLiteral("U1"));
        bus.publish(e);
        now = 6000;
        e.sourceTimeMs = 1234;
        bus.publish(e);
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen[0].seq, 41);
        QCOMPARE(seen[1].seq, 42);
        QCOMPARE(seen[0].receiveTimeMs, 5000);
        QCOMPARE(seen[0].sourceTimeMs, 5000); // no source time: the receive time stands in
        QCOMPARE(seen[1].sourceTimeMs, 1234);
        QCOMPARE(w.units()->count(), 1);
    }

    void busQueuesEventsFromOtherThreads()
    {
        EventBus bus;
        QList<qint64> seqs;
        connect(&bus, &EventBus::published, this, [&](const Event &e) {
            QCOMPARE(QThread::currentThread(), bus.thread());
            seqs.append(e.seq);
        });
        QThread *t = QThread::create([&] {
            for (int i = 0; i < 100; ++i) {
                Event e;
                e.payload = UnitMoved { QStringLiteral("U1"), { 30.6, 114.3 }, 0, 0 };
                bus.publish(e);
            }
        });
        t->start();
        t->wait();
        delete t;
        QTRY_COMPARE(seqs.size(), 100);
        for (int i = 0; i < 100; ++i)
            QCOMPARE(seqs[i], i + 1);
    }

    void workstationEventsDoNotMoveTheSimulatedClock()
    {
        // A 2024 scenario, paused: an operator's action (stamped today) must not age every unit.
        WorldState w;
        w.apply(ev(unit(QStringLiteral("U1")), 1'710'400'000'000));
        Event action = ev(
            OperatorAction { QStringLiteral("op"), QStringLiteral("time_control"), {} }, 1'900'000'000'000);
        action.source = QStringLiteral("operator");
        w.apply(action);
        QCOMPARE(w.clock(), qint64(1'710'400'000'000));
        QCOMPARE(w.eventsApplied(), qint64(2));
    }

    void scenarioStartsAndIsScoredThroughEvents()
    {
        WorldState w;
        auto *s = w.scenario();
        QVERIFY(!s->active());
        QSignalSpy scored(s, &ScenarioState::scored);
        w.apply(ev(ScenarioStarted { QStringLiteral("drill"), QStringLiteral("演练"), QStringLiteral("Drill"),
            QStringLiteral("简报"), QStringLiteral("Briefing"), 1000, 61000, { QStringLiteral("CAR-1") } }));
        QVERIFY(s->active());
        QCOMPARE(s->title(), QStringLiteral("Drill"));
        s->setLanguage(QStringLiteral("zh"));
        QCOMPARE(s->briefing(), QStringLiteral("简报"));
        QCOMPARE(s->suspects(), QStringList { QStringLiteral("CAR-1") });
        QVERIFY(!s->ended());
        // A score for another scenario is not ours.
        w.apply(
            ev(ScenarioScored { QStringLiteral("other"), QStringLiteral("time"), QStringLiteral("{}"), {} }));
        QVERIFY(!s->ended());
        QCOMPARE(w.rejectedEvents(), 1);
        w.apply(ev(ScenarioScored { QStringLiteral("drill"), QStringLiteral("instructor"),
            QStringLiteral(R"({"score":{"points":5,"max":10},"response":{"urban":{"incidents":2},)"
                           R"("key_site":{"incidents":1}}})"),
            QStringLiteral("/tmp/d.json") }));
        QVERIFY(s->ended());
        QCOMPARE(s->endReason(), QStringLiteral("instructor"));
        QCOMPARE(s->debriefPath(), QStringLiteral("/tmp/d.json"));
        QCOMPARE(
            s->debrief().value(QStringLiteral("score")).toMap().value(QStringLiteral("points")).toInt(), 5);
        // Response rows come in the order of the targets: key sites first.
        const auto rows = s->responseRows();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].toMap().value(QStringLiteral("zone")).toString(), QStringLiteral("key_site"));
        QCOMPARE(rows[1].toMap().value(QStringLiteral("zone")).toString(), QStringLiteral("urban"));
        QVERIFY(scored.count() >= 2);
    }
};

QTEST_GUILESS_MAIN(TestWorldState)
#include "tst_worldstate.moc"
