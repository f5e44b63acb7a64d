// Dispatch: every operator action is an event (the audit trail); orders go out through the
// connector and their progress comes back as events; what an operator may do is decided here,
// and a refused action changes nothing in the world.
#include "ConnectorHost.h"
#include "Dispatch.h"
#include "EventBus.h"
#include "WorldState.h"

#include <QTest>

using namespace wf;

namespace {

// A bus feeding a world, recording what was published.
struct Desk
{
    EventBus bus;
    WorldState world;
    QList<Event> events;
    explicit Desk(QObject *context)
    {
        QObject::connect(&bus, &EventBus::published, context, [this](const Event &e) {
            events.append(e);
            world.apply(e);
        });
    }
    void put(EventPayload p)
    {
        Event e;
        e.source = QStringLiteral("test");
        e.sourceTimeMs = 1'000'000;
        e.payload = std::move(p);
        bus.publish(e);
    }
    int count(EventKind kind) const
    {
        return int(
            std::count_if(events.cbegin(), events.cend(), [&](const Event &e) { return e.kind() == kind; }));
    }
    void unit(const QString &id, UnitStatus status = UnitStatus::Available)
    {
        put(UnitReported {
            id, id + QStringLiteral("-call"), UnitKind::PatrolCar, status, { 30.6, 114.3 }, 0 });
    }
    void incident(const QString &id, Severity s = Severity::High)
    {
        put(IncidentReported { id, QStringLiteral("theft"), {}, s, { 30.59, 114.30 } });
    }
};

} // namespace

class TestDispatch : public QObject
{
    Q_OBJECT
private slots:
    void orderIsAuditedSentAndTracked()
    {
        Desk d(this);
        ConnectorHost host(&d.bus, true);
        host.discover(QStringLiteral(WATCHFLOOR_PLUGIN_DIR));
        QString error;
        QVERIFY2(host.start(QStringLiteral("sim"),
                     { { QStringLiteral("units"), 5 }, { QStringLiteral("incidents_per_hour"), 0 } }, &error),
            qPrintable(error));
        host.setTimeScale(16); // let the simulated crew answer quickly
        Dispatch dispatch(&d.bus, &host, &d.world, QStringLiteral("op7"));
        QString unitId;
        for (const auto &u : d.world.units()->rows()) {
            if (u.info.status == UnitStatus::Available && u.info.kind == UnitKind::PatrolCar)
                unitId = u.info.unitId;
        }
        QVERIFY(!unitId.isEmpty());

        d.events.clear();
        const QString orderId = dispatch.orderUnit(unitId, Dispatch::Task::MoveTo, 30.59, 114.30);
        QVERIFY2(!orderId.isEmpty(), qPrintable(dispatch.lastError()));
        QVERIFY(d.events.size() >= 2);
        const auto *action = std::get_if<OperatorAction>(&d.events[0].payload);
        QVERIFY(action);
        QCOMPARE(action->operatorId, QStringLiteral("op7"));
        QCOMPARE(action->action, QStringLiteral("order_unit"));
        QVERIFY(action->detail.contains(orderId));
        const auto *order = std::get_if<OrderIssued>(&d.events[1].payload);
        QVERIFY(order);
        QCOMPARE(order->task, QStringLiteral("move_to"));
        QCOMPARE(d.events[1].source, QStringLiteral("operator"));

        // The simulated unit answers within a few simulated seconds.
        QTRY_VERIFY_WITH_TIMEOUT(d.world.orders()->find(orderId)
                && d.world.orders()->find(orderId)->state >= OrderState::Delivered,
            10000);
        QCOMPARE(dispatch.refusedCommands(), 0);
    }

    void backendRefusalComesBackRejected()
    {
        Desk d(this);
        ConnectorHost host(&d.bus, true);
        host.discover(QStringLiteral(WATCHFLOOR_PLUGIN_DIR));
        QString error;
        QVERIFY(host.start(QStringLiteral("sim"), { { QStringLiteral("units"), 2 } }, &error));
        // A unit known to the world but not to the simulator: the simulator refuses.
        d.unit(QStringLiteral("GHOST"));
        Dispatch dispatch(&d.bus, &host, &d.world, QStringLiteral("op7"));
        const QString orderId
            = dispatch.orderUnit(QStringLiteral("GHOST"), Dispatch::Task::Respond, 30.6, 114.3);
        QCOMPARE(dispatch.refusedCommands(), 1);
        QVERIFY(dispatch.lastError().contains(QStringLiteral("GHOST")));
        const auto *order = d.world.orders()->find(orderId);
        QVERIFY(order);
        QCOMPARE(order->state, OrderState::Rejected);
    }

    void badOrdersAreRefusedAndChangeNothing()
    {
        Desk d(this);
        ConnectorHost host(&d.bus, true); // no connector: anything that got through would be rejected
        Dispatch dispatch(&d.bus, &host, &d.world, QStringLiteral("op1"));
        d.unit(QStringLiteral("U1"));
        d.unit(QStringLiteral("OFF"), UnitStatus::OffDuty);
        d.unit(QStringLiteral("BUSY"));
        d.incident(QStringLiteral("I1"));
        d.put(OrderIssued { QStringLiteral("O-old"), QStringLiteral("BUSY"), QStringLiteral("respond"),
            { 30.59, 114.30 }, QStringLiteral("I1") });
        d.events.clear();

        struct Case
        {
            const char *what;
            std::function<QString()> act;
            const char *says;
        };
        const QList<Case> cases {
            { "unknown unit",
                [&] {
                    return dispatch.orderUnit(QStringLiteral("NOPE"), Dispatch::Task::Respond, 30.6, 114.3);
                },
                "Unknown unit" },
            { "off duty",
                [&] {
                    return dispatch.orderUnit(QStringLiteral("OFF"), Dispatch::Task::Respond, 30.6, 114.3);
                },
                "off duty" },
            { "committed",
                [&] {
                    return dispatch.orderUnit(QStringLiteral("BUSY"), Dispatch::Task::MoveTo, 30.6, 114.3);
                },
                "committed" },
            { "twice to the incident",
                [&] {
                    return dispatch.dispatchUnits(QStringLiteral("I1"), { QStringLiteral("BUSY") })
                        .join(u',');
                },
                "already has an order" },
            { "no place",
                [&] { return dispatch.orderUnit(QStringLiteral("U1"), Dispatch::Task::MoveTo, 0, 0); },
                "no valid place" },
            { "unknown incident",
                [&] {
                    return dispatch.dispatchUnits(QStringLiteral("I9"), { QStringLiteral("U1") }).join(u',');
                },
                "Unknown incident" },
            { "incident without a place",
                [&] { return dispatch.createIncident(QStringLiteral("theft"), 2, 0, 0, {}); },
                "needs a place" },
            { "the same unit twice",
                [&] {
                    return dispatch
                        .dispatchUnits(QStringLiteral("I1"), { QStringLiteral("U1"), QStringLiteral("U1") })
                        .join(u',');
                },
                "chosen twice" },
        };
        int refused = 0;
        for (const auto &c : cases) {
            QVERIFY2(c.act().isEmpty(), c.what);
            QCOMPARE(dispatch.refusedCommands(), ++refused);
            QVERIFY2(dispatch.lastError().contains(QLatin1String(c.says)),
                qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(c.what), dispatch.lastError())));
        }
        // Nothing reached the world: no order, no incident; each refusal is in the audit trail.
        QCOMPARE(d.count(EventKind::OrderIssued), 0);
        QCOMPARE(d.count(EventKind::IncidentReported), 0);
        QCOMPARE(d.count(EventKind::OperatorAction), int(cases.size()));
        QCOMPARE(d.world.orders()->size(), 1);
    }

    void dispatchingIsAllOrNone()
    {
        Desk d(this);
        ConnectorHost host(&d.bus, true);
        Dispatch dispatch(&d.bus, &host, &d.world, QStringLiteral("op1"));
        d.unit(QStringLiteral("U1"));
        d.unit(QStringLiteral("U2"));
        d.unit(QStringLiteral("OFF"), UnitStatus::OffDuty);
        d.incident(QStringLiteral("I1"));
        QVERIFY(dispatch.dispatchUnits(QStringLiteral("I1"), { QStringLiteral("U1"), QStringLiteral("OFF") })
                .isEmpty());
        QCOMPARE(d.count(EventKind::OrderIssued), 0);
        // Both good units: two orders, each carrying the incident, and the incident is dispatched.
        const QStringList orders
            = dispatch.dispatchUnits(QStringLiteral("I1"), { QStringLiteral("U1"), QStringLiteral("U2") });
        QCOMPARE(orders.size(), 2);
        for (const auto &id : orders)
            QCOMPARE(d.world.orders()->find(id)->info.incidentId, QStringLiteral("I1"));
        QCOMPARE(d.world.incidents()->find(QStringLiteral("I1"))->stage, IncidentStage::Dispatched);
    }

    void rolesAreEnforcedHereNotOnlyInTheView()
    {
        Desk d(this);
        ConnectorHost live(&d.bus, false);
        d.unit(QStringLiteral("U1"));
        d.put(AlertRaised {
            QStringLiteral("A1"), QStringLiteral("armed robbery"), Severity::Critical, { 30.6, 114.3 } });
        d.incident(QStringLiteral("I1"));

        Dispatch trainee(&d.bus, &live, &d.world, QStringLiteral("t1"), Dispatch::Role::Trainee);
        QVERIFY(!trainee.acknowledgeAlert(QStringLiteral("A1")));
        QVERIFY(trainee.orderUnit(QStringLiteral("U1"), Dispatch::Task::Respond, 30.6, 114.3).isEmpty());
        QVERIFY(trainee.lastError().contains(QStringLiteral("trainee")));
        QVERIFY(!d.world.alerts()->find(QStringLiteral("A1"))->acknowledged);

        Dispatch dispatcher(&d.bus, &live, &d.world, QStringLiteral("d1"), Dispatch::Role::Dispatcher);
        QVERIFY(!dispatcher.dismissAlert(QStringLiteral("A1"), QStringLiteral("false alarm")));
        QVERIFY(dispatcher.lastError().contains(QStringLiteral("supervisor")));
        QVERIFY(!dispatcher.dismissAlert(QStringLiteral("A1"), QStringLiteral("  ")));
        QVERIFY(dispatcher.setIncidentStage(QStringLiteral("I1"), int(IncidentStage::Resolved)));
        QVERIFY(!dispatcher.setIncidentStage(QStringLiteral("I1"), int(IncidentStage::OnScene)));
        QCOMPARE(d.world.incidents()->find(QStringLiteral("I1"))->stage, IncidentStage::Resolved);

        Dispatch supervisor(&d.bus, &live, &d.world, QStringLiteral("s1"), Dispatch::Role::Supervisor);
        QVERIFY(supervisor.dismissAlert(QStringLiteral("A1"), QStringLiteral("false alarm")));
        QVERIFY(d.world.alerts()->find(QStringLiteral("A1"))->dismissed);
        QVERIFY(supervisor.setIncidentStage(QStringLiteral("I1"), int(IncidentStage::OnScene)));
        QVERIFY(d.world.incidents()->find(QStringLiteral("I1"))->open);
    }

    void anAlertBecomesAnIncident()
    {
        Desk d(this);
        ConnectorHost host(&d.bus, true);
        Dispatch dispatch(&d.bus, &host, &d.world, QStringLiteral("op1"));
        d.put(AlertRaised { QStringLiteral("A1"), QStringLiteral("fight"), Severity::High, { 30.6, 114.3 } });
        const QString id = dispatch.createIncident(QStringLiteral("fight"), int(Severity::High), 30.6, 114.3,
            QStringLiteral("two men, one with a bottle"), QStringLiteral("A1"));
        QVERIFY2(!id.isEmpty(), qPrintable(dispatch.lastError()));
        const AlertRow *alert = d.world.alerts()->find(QStringLiteral("A1"));
        QVERIFY(alert->acknowledged);
        QCOMPARE(alert->incidentId, id);
        const IncidentRow *inc = d.world.incidents()->find(id);
        QCOMPARE(inc->alerts, QStringList { QStringLiteral("A1") });
        QCOMPARE(inc->source, QStringLiteral("operator"));
        // An alert belongs to one incident.
        QVERIFY(dispatch.createIncident(QStringLiteral("fight"), 2, 30.6, 114.3, {}, QStringLiteral("A1"))
                .isEmpty());
        QVERIFY(dispatch.lastError().contains(QStringLiteral("already attached")));
        // Snoozing is bounded and on the world's clock.
        d.put(AlertRaised { QStringLiteral("A2"), QStringLiteral("tip"), Severity::Low, { 30.6, 114.3 } });
        QVERIFY(!dispatch.snoozeAlert(QStringLiteral("A2"), 0));
        QVERIFY(dispatch.snoozeAlert(QStringLiteral("A2"), 10));
        QCOMPARE(d.world.alerts()->find(QStringLiteral("A2"))->snoozedUntilMs, d.world.clock() + 600'000);
    }
};

QTEST_GUILESS_MAIN(TestDispatch)
#include "tst_dispatch.moc"
