// Orders through a broker that dies: mosquitto is killed (SIGKILL, no chance to save anything)
// in the middle of a stream of orders and started again. Every order reaches the field terminal
// exactly once (it counts by order id), and every order's answers reach the workstation.
#include "../common/FieldPeer.h"
#include "../common/MqttBroker.h"
#include "MqttConnector.h"

#include <QTest>
#include <set>

using namespace wf;
using namespace wf::mqtt;
using wf::testing::FieldPeer;
using wf::testing::MqttBroker;

namespace {

struct Sink : EventSink
{
    std::map<QString, std::set<OrderState>> states;
    QString connection;
    void post(Event e) override
    {
        if (const auto *s = std::get_if<OrderStateChanged>(&e.payload))
            states[s->orderId].insert(s->state);
        if (const auto *b = std::get_if<BackendStatus>(&e.payload))
            connection = b->state;
    }
    int withState(OrderState s) const
    {
        int n = 0;
        for (const auto &[id, set] : states)
            n += set.contains(s);
        return n;
    }
};

// A stock mosquitto with the dispatcher's and one field unit's accounts.
const QList<MqttBroker::Account> kAccounts { { QStringLiteral("disp"), QStringLiteral("dispatcher"),
                                                 QStringLiteral("d") },
    { QStringLiteral("WH-1"), QStringLiteral("field_unit"), QStringLiteral("u") } };

// The workstation's connector options for that broker, as the dispatcher "disp".
ConnectorOptions dispatcherOptions(const MqttBroker &broker)
{
    ConnectorOptions o;
    o.broker.host = QStringLiteral("127.0.0.1");
    o.broker.port = broker.port();
    o.broker.caFile = broker.caFile();
    o.broker.username = o.broker.clientId = QStringLiteral("disp");
    o.broker.password = "d";
    o.broker.reconnectMaxSeconds = 2;
    o.operatorId = QStringLiteral("li");
    o.outboxPath = broker.dir() + QStringLiteral("/outbox.sqlite");
    return o;
}

} // namespace

class TestMqttOutage : public QObject
{
    Q_OBJECT
private slots:
    void everyOrderOnceThroughABrokerKilledMidStream()
    {
        constexpr int kOrders = 1000;
        MqttBroker broker(kAccounts);
        QString error;
        QVERIFY2(broker.start(&error), qPrintable(error));
        FieldPeer peer(broker.dir() + QStringLiteral("/peer.json"));
        QVERIFY2(peer.start(broker.port(), broker.caFile(), QStringLiteral("WH-1"), QStringLiteral("u"),
                     QStringLiteral("delivered,acknowledged,done")),
            qPrintable(peer.errors()));

        Sink sink;
        MqttConnector connector(dispatcherOptions(broker));
        QVERIFY2(connector.start(&sink, &error), qPrintable(error));
        QVERIFY(QTest::qWaitFor([&] { return sink.connection == u"connected"; }, 30000));

        for (int i = 0; i < kOrders; ++i) {
            Event e;
            e.payload = OrderIssued { QStringLiteral("ORD-%1").arg(i), QStringLiteral("WH-1"),
                QStringLiteral("respond"), GeoPoint { 30.5, 114.3 }, {} };
            QVERIFY2(connector.submit(e, &error), qPrintable(error));
            if (i % 50 == 0)
                QTest::qWait(20); // a stream, not one burst
            if (i == kOrders / 3) {
                broker.kill();
                QTest::qWait(300);
            }
            if (i == kOrders * 2 / 3)
                QVERIFY2(broker.start(&error), qPrintable(error));
        }
        QVERIFY2(QTest::qWaitFor([&] { return sink.withState(OrderState::Done) == kOrders; }, 90000),
            qPrintable(QStringLiteral("%1 of %2 orders done; the peer saw %3 unique, connection %4")
                    .arg(sink.withState(OrderState::Done))
                    .arg(kOrders)
                    .arg(peer.stats().value(u"unique").toInt())
                    .arg(sink.connection)));
        const auto stats = peer.stats();
        QCOMPARE(stats.value(u"unique").toInt(), kOrders); // none lost
        QCOMPARE(stats.value(u"processed_twice").toInt(), 0); // none acted on twice
        // Every status recorded: an answer the killed broker lost is asked for again (the order
        // sent once more, the terminal repeating its answers), so it may come after the last done.
        QTRY_COMPARE_WITH_TIMEOUT(sink.withState(OrderState::Delivered), kOrders, 40000);
        QTRY_COMPARE_WITH_TIMEOUT(sink.withState(OrderState::Acknowledged), kOrders, 40000);
        QTRY_COMPARE_WITH_TIMEOUT(connector.outboxSize(), 0, 40000);
        QCOMPARE(peer.stats().value(u"processed_twice").toInt(), 0);
        qInfo("peer received %d messages for %d orders (re-sent after the outage, de-duplicated)",
            stats.value(u"received").toInt(), kOrders);
    }

    // The fault behind "every status recorded": a broker killed while it held an answer loses it.
    // It happens with a stock mosquitto only when the kill falls between an answer's arrival and
    // its passing on, so the terminal here drops each order's first "delivered" on purpose (a
    // fake, for a fault that cannot be produced on demand). After an outage the workstation asks
    // again for an order that finished without it and records it; without an outage it does not
    // second-guess a terminal, which may skip states.
    void anAnswerLostInAnOutageIsAskedForAgain()
    {
        MqttBroker broker(kAccounts);
        QString error;
        QVERIFY2(broker.start(&error), qPrintable(error));
        FieldPeer peer(broker.dir() + QStringLiteral("/peer.json"));
        QVERIFY2(peer.start(broker.port(), broker.caFile(), QStringLiteral("WH-1"), QStringLiteral("u"),
                     QStringLiteral("delivered,acknowledged,done"),
                     { QStringLiteral("--lose-first"), QStringLiteral("delivered") }),
            qPrintable(peer.errors()));
        Sink sink;
        MqttConnector connector(dispatcherOptions(broker));
        QVERIFY2(connector.start(&sink, &error), qPrintable(error));
        QVERIFY(QTest::qWaitFor([&] { return sink.connection == u"connected"; }, 30000));
        const auto order = [&](int i) {
            Event e;
            e.payload = OrderIssued { QStringLiteral("ORD-LOST-%1").arg(i), QStringLiteral("WH-1"),
                QStringLiteral("respond"), GeoPoint { 30.5, 114.3 }, {} };
            QVERIFY2(connector.submit(e, &error), qPrintable(error));
        };

        // No outage yet: a terminal's skipped state is its own business.
        for (int i = 0; i < 5; ++i)
            order(i);
        QTRY_COMPARE_WITH_TIMEOUT(sink.withState(OrderState::Done), 5, 20000);
        QTest::qWait(500);
        QCOMPARE(sink.withState(OrderState::Delivered), 0);
        QCOMPARE(connector.outboxSize(), 0);

        // The broker killed and back: now an order finished without its delivery is asked again.
        sink.connection.clear();
        broker.kill();
        QVERIFY(QTest::qWaitFor([&] { return sink.connection == u"disconnected"; }, 10000));
        QVERIFY2(broker.start(&error), qPrintable(error));
        QVERIFY(QTest::qWaitFor([&] { return sink.connection == u"connected"; }, 30000));
        for (int i = 5; i < 25; ++i)
            order(i);
        QTRY_COMPARE_WITH_TIMEOUT(sink.withState(OrderState::Done), 25, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(sink.withState(OrderState::Delivered), 20, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(connector.outboxSize(), 0, 30000);
        const auto stats = peer.stats();
        QCOMPARE(stats.value(u"lost").toInt(), 25);
        QCOMPARE(stats.value(u"unique").toInt(), 25);
        QCOMPARE(stats.value(u"processed_twice").toInt(), 0); // asked again, acted on once
    }
};

QTEST_GUILESS_MAIN(TestMqttOutage)
#include "tst_mqtt_outage.moc"
