// Two district centres, each with its own stock mosquitto (TLS, passwords, the role ACL), joined
// by the bridge of tools/broker/bridge.conf.template: a workstation on the first broker orders a
// field unit connected to the second, and the unit's answers come back across the bridge with the
// order's correlation data intact. Each broker enforces its own accounts' rights.
#include "../common/FieldPeer.h"
#include "../common/MqttBroker.h"
#include "MqttConnector.h"

#include <QTest>

using namespace wf;
using namespace wf::mqtt;
using wf::testing::FieldPeer;
using wf::testing::MqttBroker;

namespace {

struct Sink : EventSink
{
    QList<OrderState> states;
    QString connection;
    void post(Event e) override
    {
        if (const auto *s = std::get_if<OrderStateChanged>(&e.payload))
            states.append(s->state);
        if (const auto *b = std::get_if<BackendStatus>(&e.payload))
            connection = b->state;
    }
};

} // namespace

class TestMqttBridge : public QObject
{
    Q_OBJECT
private slots:
    void anOrderCrossesTheBridgeAndItsAnswersComeBack()
    {
        const MqttBroker::Account bridge { QStringLiteral("centre-b"), QStringLiteral("bridge"),
            QStringLiteral("bridge-pw") };
        MqttBroker centreA(
            { { QStringLiteral("disp"), QStringLiteral("dispatcher"), QStringLiteral("disp-pw") }, bridge });
        MqttBroker centreB(
            { { QStringLiteral("WH-7"), QStringLiteral("field_unit"), QStringLiteral("unit-pw") } });
        QString error;
        QVERIFY2(centreA.start(&error), qPrintable(error));
        centreB.bridgeTo(centreA, bridge);
        QVERIFY2(centreB.start(&error), qPrintable(error));

        FieldPeer unit(centreB.dir() + QStringLiteral("/peer.json"));
        QVERIFY2(
            unit.start(centreB.port(), centreB.caFile(), QStringLiteral("WH-7"), QStringLiteral("unit-pw")),
            qPrintable(unit.errors()));

        ConnectorOptions o;
        o.broker.host = QStringLiteral("127.0.0.1");
        o.broker.port = centreA.port();
        o.broker.caFile = centreA.caFile();
        o.broker.username = o.broker.clientId = QStringLiteral("disp");
        o.broker.password = "disp-pw";
        o.operatorId = QStringLiteral("li");
        o.outboxPath = centreA.dir() + QStringLiteral("/outbox.sqlite");
        Sink sink;
        MqttConnector workstation(o);
        QVERIFY2(workstation.start(&sink, &error), qPrintable(error));
        QVERIFY(QTest::qWaitFor([&] { return sink.connection == u"connected"; }, 30000));

        Event e { 0, 0, 0, QStringLiteral("operator"),
            OrderIssued { QStringLiteral("ORD-B1"), QStringLiteral("WH-7"), QStringLiteral("respond"),
                GeoPoint { 30.59, 114.30 }, QStringLiteral("INC-3") } };
        QVERIFY2(workstation.submit(e, &error), qPrintable(error));
        // The bridge may still be connecting: the outbox sends the order again until it is answered.
        const bool done = QTest::qWaitFor([&] { return sink.states.contains(OrderState::Done); }, 60000);
        workstation.stop();
        centreA.stop();
        centreB.stop();
        QVERIFY2(done,
            qPrintable(
                QStringLiteral("states %1; unit saw %2 orders\n--- centre A ---\n%3\n--- centre B ---\n%4")
                    .arg(sink.states.size())
                    .arg(unit.stats().value(u"unique").toInt())
                    .arg(centreA.log(), centreB.log())));
        const QList<OrderState> expected { OrderState::Delivered, OrderState::Acknowledged,
            OrderState::EnRoute, OrderState::OnScene, OrderState::Done };
        QCOMPARE(sink.states, expected);
        QCOMPARE(unit.stats().value(u"unique").toInt(), 1);
        QCOMPARE(unit.stats().value(u"processed_twice").toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMqttBridge)
#include "tst_mqtt_bridge.moc"
