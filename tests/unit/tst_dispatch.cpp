// Dispatch: every operator action is an event (the audit trail); orders go out through the
// connector and their progress comes back as events.
#include "ConnectorHost.h"
#include "Dispatch.h"
#include "EventBus.h"
#include "WorldState.h"

#include <QTest>

using namespace wf;

class TestDispatch : public QObject
{
    Q_OBJECT
private slots:
    void orderIsAuditedSentAndTracked()
    {
        EventBus bus;
        WorldState world;
        QList<Event> events;
        connect(&bus, &EventBus::published, this, [&](const Event &e) {
            events.append(e);
            world.apply(e);
        });
        ConnectorHost host(&bus, true);
        host.discover(QStringLiteral(WATCHFLOOR_PLUGIN_DIR));
        QString error;
        QVERIFY2(host.start(QStringLiteral("sim"),
                     { { QStringLiteral("units"), 5 }, { QStringLiteral("incidents_per_hour"), 0 } }, &error),
            qPrintable(error));
        host.setTimeScale(16); // let the simulated crew answer quickly
        Dispatch dispatch(&bus, &host, QStringLiteral("op7"));
        const QString unitId = world.nearestUnit(30.59, 114.30, int(UnitStatus::Available));
        QVERIFY(!unitId.isEmpty());

        events.clear();
        const QString orderId = dispatch.orderUnit(unitId, QStringLiteral("respond"), 30.59, 114.30);
        QVERIFY(!orderId.isEmpty());
        QVERIFY(events.size() >= 2);
        const auto *action = std::get_if<OperatorAction>(&events[0].payload);
        QVERIFY(action);
        QCOMPARE(action->operatorId, QStringLiteral("op7"));
        QCOMPARE(action->action, QStringLiteral("order_unit"));
        QVERIFY(action->detail.contains(orderId));
        QVERIFY(std::holds_alternative<OrderIssued>(events[1].payload));
        QCOMPARE(events[1].source, QStringLiteral("operator"));

        // The simulated unit acknowledges within a few simulated seconds.
        QTRY_VERIFY_WITH_TIMEOUT(
            world.orders()->find(orderId) && world.orders()->find(orderId)->state >= OrderState::Delivered,
            10000);
        QCOMPARE(dispatch.refusedCommands(), 0);
    }

    void refusedOrderComesBackRejected()
    {
        EventBus bus;
        WorldState world;
        QList<Event> events;
        connect(&bus, &EventBus::published, this, [&](const Event &e) {
            events.append(e);
            world.apply(e);
        });
        ConnectorHost host(&bus, true);
        host.discover(QStringLiteral(WATCHFLOOR_PLUGIN_DIR));
        QString error;
        QVERIFY(host.start(QStringLiteral("sim"), { { QStringLiteral("units"), 2 } }, &error));
        // Make the unit known to the world but not to the simulator: the simulator refuses.
        Event ghost;
        ghost.payload = UnitReported { QStringLiteral("GHOST"), QStringLiteral("G-1"), UnitKind::PatrolCar,
            UnitStatus::Available, { 30.6, 114.3 }, 0 };
        bus.publish(ghost);
        Dispatch dispatch(&bus, &host, QStringLiteral("op7"));
        const QString orderId
            = dispatch.orderUnit(QStringLiteral("GHOST"), QStringLiteral("respond"), 30.6, 114.3);
        QCOMPARE(dispatch.refusedCommands(), 1);
        QVERIFY(dispatch.lastError().contains(QStringLiteral("GHOST")));
        const auto *order = world.orders()->find(orderId);
        QVERIFY(order);
        QCOMPARE(order->state, OrderState::Rejected);
    }

    void acknowledgingAnAlertIsAnEventToo()
    {
        EventBus bus;
        WorldState world;
        QList<Event> events;
        connect(&bus, &EventBus::published, this, [&](const Event &e) {
            events.append(e);
            world.apply(e);
        });
        ConnectorHost host(&bus, true);
        Dispatch dispatch(&bus, &host, QStringLiteral("op1"));
        Event alert;
        alert.payload
            = AlertRaised { QStringLiteral("A1"), QStringLiteral("fight"), Severity::High, { 30.6, 114.3 } };
        bus.publish(alert);
        dispatch.acknowledgeAlert(QStringLiteral("A1"));
        QVERIFY(world.alerts()->data(world.alerts()->index(0), AlertModel::AcknowledgedRole).toBool());
        QCOMPARE(std::count_if(events.cbegin(), events.cend(),
                     [](const Event &e) { return std::holds_alternative<OperatorAction>(e.payload); }),
            1);
    }
};

QTEST_GUILESS_MAIN(TestDispatch)
#include "tst_dispatch.moc"
