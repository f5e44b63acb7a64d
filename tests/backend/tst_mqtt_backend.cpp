// The MQTT connector against a stock mosquitto with TLS, passwords and the role ACL of
// tools/broker: an order reaches a field terminal (a python paho peer) and its answers come
// back; the broker, not only the workstation, stops a trainee from publishing in the live
// namespace and a field unit from reading another unit's orders; a wrong password is refused
// with words a person understands.
#include "../common/FieldPeer.h"
#include "../common/MqttBroker.h"
#include "ConnectorSettings.h"
#include "MqttClient.h"
#include "MqttConnector.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace wf;
using namespace wf::mqtt;
using wf::testing::FieldPeer;
using wf::testing::MqttBroker;

namespace {

const QList<MqttBroker::Account> kAccounts { { QStringLiteral("disp"), QStringLiteral("dispatcher"),
                                                 QStringLiteral("disp-pw") },
    { QStringLiteral("disp2"), QStringLiteral("dispatcher"), QStringLiteral("disp2-pw") },
    { QStringLiteral("trainee1"), QStringLiteral("trainee"), QStringLiteral("trainee-pw") },
    { QStringLiteral("trainee2"), QStringLiteral("trainee"), QStringLiteral("trainee2-pw") },
    { QStringLiteral("WH-1"), QStringLiteral("field_unit"), QStringLiteral("unit1-pw") },
    { QStringLiteral("WH-2"), QStringLiteral("field_unit"), QStringLiteral("unit2-pw") } };

struct Sink : EventSink
{
    QList<Event> events;
    void post(Event e) override { events.append(std::move(e)); }
    QList<OrderState> statesOf(const QString &orderId) const
    {
        QList<OrderState> out;
        for (const auto &e : events) {
            if (const auto *s = std::get_if<OrderStateChanged>(&e.payload); s && s->orderId == orderId)
                out.append(s->state);
        }
        return out;
    }
    std::optional<BackendStatus> lastStatus() const
    {
        for (auto it = events.rbegin(); it != events.rend(); ++it) {
            if (const auto *b = std::get_if<BackendStatus>(&it->payload))
                return *b;
        }
        return std::nullopt;
    }
};

BrokerOptions brokerFor(const MqttBroker &broker, const QString &user, const QString &password)
{
    BrokerOptions b;
    b.host = QStringLiteral("127.0.0.1");
    b.port = broker.port();
    b.caFile = broker.caFile();
    b.username = user;
    b.password = password.toUtf8();
    b.clientId = user;
    return b;
}

ConnectorOptions workstation(const MqttBroker &broker, const QString &dir, const QString &user,
    const QString &password, const QString &ns = QStringLiteral("live"))
{
    ConnectorOptions o;
    o.broker = brokerFor(broker, user, password);
    o.ns = ns;
    o.role = QStringLiteral("dispatcher");
    o.operatorId = QStringLiteral("li");
    o.outboxPath = dir + QStringLiteral("/outbox.sqlite");
    return o;
}

// A raw client of the same library: what a hostile or mistaken peer could do.
struct Peer
{
    MqttClient client;
    QList<QByteArray> topics;
    explicit Peer(BrokerOptions b)
        : client(std::move(b))
    {
        QObject::connect(&client, &MqttClient::messageReceived, &client,
            [this](const QByteArray &t, const QByteArray &, const QByteArray &, const QByteArray &) {
                topics.append(t);
            });
    }
    bool connect(const QByteArray &subscription)
    {
        QString error;
        if (!client.start(&error))
            return false;
        if (!QTest::qWaitFor([&] { return client.isConnected(); }, 30000))
            return false;
        if (!subscription.isEmpty() && !client.subscribe(subscription, 1, false, &error))
            return false;
        QTest::qWait(300); // the SUBACK
        return true;
    }
};

OutgoingMessage order(const MqttCodec &codec, const QString &orderId, const QString &unit)
{
    Event e;
    e.payload = OrderIssued { orderId, unit, QStringLiteral("respond"), GeoPoint { 30.59, 114.30 }, {} };
    QString error;
    return *codec.encode(e, QStringLiteral("li"), &error);
}

} // namespace

class TestMqttBackend : public QObject
{
    Q_OBJECT
private slots:
    void orderReachesTheFieldAndItsAnswersComeBack()
    {
        MqttBroker broker(kAccounts);
        QString error;
        QVERIFY2(broker.start(&error), qPrintable(error));
        FieldPeer peer(broker.dir() + QStringLiteral("/peer.json"));
        QVERIFY2(
            peer.start(broker.port(), broker.caFile(), QStringLiteral("WH-1"), QStringLiteral("unit1-pw")),
            qPrintable(peer.errors()));

        Sink sink;
        MqttConnector connector(
            workstation(broker, broker.dir(), QStringLiteral("disp"), QStringLiteral("disp-pw")));
        QVERIFY2(connector.start(&sink, &error), qPrintable(error));
        QVERIFY(QTest::qWaitFor(
            [&] { return sink.lastStatus() && sink.lastStatus()->state == u"connected"; }, 30000));
        QCOMPARE(sink.lastStatus()->role, QStringLiteral("dispatcher"));
        QCOMPARE(sink.lastStatus()->ns, QStringLiteral("live"));

        Event e;
        e.payload = OrderIssued { QStringLiteral("ORD-1"), QStringLiteral("WH-1"), QStringLiteral("respond"),
            GeoPoint { 30.59, 114.30 }, QStringLiteral("INC-7") };
        QVERIFY2(connector.submit(e, &error), qPrintable(error));
        QVERIFY2(
            QTest::qWaitFor(
                [&] { return sink.statesOf(QStringLiteral("ORD-1")).contains(OrderState::Done); }, 10000),
            qPrintable(peer.errors()));
        const QList<OrderState> expected { OrderState::Delivered, OrderState::Acknowledged,
            OrderState::EnRoute, OrderState::OnScene, OrderState::Done };
        QCOMPARE(sink.statesOf(QStringLiteral("ORD-1")), expected);
        QCOMPARE(peer.stats().value(u"unique").toInt(), 1);
        QCOMPARE(connector.outboxSize(), 0); // answered: it left the outbox
        // An order the protocol cannot carry is refused before it reaches the broker.
        e.payload = OrderIssued { QStringLiteral("ORD 2"), QStringLiteral("WH-1"), QStringLiteral("respond"),
            GeoPoint {}, {} };
        QVERIFY(!connector.submit(e, &error));
        QVERIFY(error.contains(QStringLiteral("ids")));
        connector.stop();
    }

    // A cordon one dispatcher sets, activates and sees closed reaches the other workstation as
    // the same events, through the broker; the first does not get its own back.
    void aCordonIsSharedWithTheOtherWorkstations()
    {
        MqttBroker broker(kAccounts);
        QString error;
        QVERIFY2(broker.start(&error), qPrintable(error));
        QTemporaryDir dirA, dirB;
        Sink a, b;
        MqttConnector first(
            workstation(broker, dirA.path(), QStringLiteral("disp"), QStringLiteral("disp-pw")));
        MqttConnector second(
            workstation(broker, dirB.path(), QStringLiteral("disp2"), QStringLiteral("disp2-pw")));
        QVERIFY2(first.start(&a, &error), qPrintable(error));
        QVERIFY2(second.start(&b, &error), qPrintable(error));
        for (Sink *s : { &a, &b })
            QVERIFY(QTest::qWaitFor(
                [&] { return s->lastStatus() && s->lastStatus()->state == u"connected"; }, 30000));
        QTest::qWait(300); // both subscribed

        const QList<EventPayload> shared { CordonSet { QStringLiteral("CRD-7"), QStringLiteral("江汉区 ring"),
                                               { { 30.60, 114.25 }, { 30.60, 114.30 }, { 30.56, 114.30 } } },
            CordonActivated {
                QStringLiteral("CRD-7"), { QStringLiteral("ORD-71"), QStringLiteral("ORD-72") } },
            CordonClosed { QStringLiteral("CRD-7") } };
        for (const EventPayload &p : shared) {
            Event e;
            e.sourceTimeMs = 1'780'000'000'000;
            e.payload = p;
            QVERIFY2(first.submit(e, &error), qPrintable(error));
        }
        const auto cordonEvents = [](const Sink &s) {
            QList<EventPayload> out;
            for (const Event &e : s.events)
                if (e.kind() == EventKind::CordonSet || e.kind() == EventKind::CordonActivated
                    || e.kind() == EventKind::CordonClosed)
                    out.append(e.payload);
            return out;
        };
        QVERIFY(QTest::qWaitFor([&] { return cordonEvents(b).size() == shared.size(); }, 10000));
        QCOMPARE(cordonEvents(b), shared);
        QTest::qWait(500);
        QVERIFY(cordonEvents(a).isEmpty()); // its own messages came back and were left out
        first.stop();
        second.stop();
    }

    void aTraineeCannotPublishInLive()
    {
        MqttBroker broker(kAccounts);
        QString error;
        QVERIFY2(broker.start(&error), qPrintable(error));
        Peer unit(brokerFor(broker, QStringLiteral("WH-1"), QStringLiteral("unit1-pw")));
        QVERIFY(unit.connect("wf/live/units/WH-1/orders"));
        Peer watcher(brokerFor(broker, QStringLiteral("trainee2"), QStringLiteral("trainee2-pw")));
        QVERIFY(watcher.connect("wf/training/#"));
        Peer liveWatcher(brokerFor(broker, QStringLiteral("disp"), QStringLiteral("disp-pw")));
        QVERIFY(liveWatcher.connect("wf/live/#"));
        Peer trainee(brokerFor(broker, QStringLiteral("trainee1"), QStringLiteral("trainee-pw")));
        QVERIFY(trainee.connect({}));
        MqttCodec live(QStringLiteral("live")), training(QStringLiteral("training"));
        QVERIFY(trainee.client.publish(order(live, QStringLiteral("ORD-T1"), QStringLiteral("WH-1")), &error)
            > 0);
        QVERIFY(
            trainee.client.publish(order(training, QStringLiteral("ORD-T2"), QStringLiteral("WH-1")), &error)
            > 0);
        // The training order arrives (so the trainee's messages do flow); the live one never does.
        QVERIFY(
            QTest::qWaitFor([&] { return watcher.topics.contains("wf/training/units/WH-1/orders"); }, 5000));
        QTest::qWait(500);
        QVERIFY(unit.topics.isEmpty());
        QVERIFY(liveWatcher.topics.isEmpty());
        // The workstation refuses a trainee's account in live before it ever connects.
        QVariantMap settings { { QStringLiteral("url"),
                                   QStringLiteral("mqtts://trainee1@127.0.0.1:%1").arg(broker.port()) },
            { QStringLiteral("role"), QStringLiteral("trainee") },
            { QStringLiteral("namespace"), QStringLiteral("live") } };
        QVERIFY(!connectorOptions(settings, &error));
        QVERIFY2(error.contains(QStringLiteral("trainee")), qPrintable(error));
    }

    void aWrongPasswordIsRefusedInWords()
    {
        MqttBroker broker(kAccounts);
        QString error;
        QVERIFY2(broker.start(&error), qPrintable(error));
        Sink sink;
        MqttConnector connector(
            workstation(broker, broker.dir(), QStringLiteral("disp"), QStringLiteral("not-the-password")));
        QVERIFY2(connector.start(&sink, &error), qPrintable(error));
        QVERIFY(QTest::qWaitFor(
            [&] { return sink.lastStatus() && sink.lastStatus()->state == u"refused"; }, 10000));
        QVERIFY2(sink.lastStatus()->detail.contains(QStringLiteral("user name or password")),
            qPrintable(sink.lastStatus()->detail));
        // Refused means no retrying with the same wrong password.
        const auto before = sink.events.size();
        QTest::qWait(2500);
        QCOMPARE(sink.events.size(), before);
        for (const auto &e : sink.events) {
            if (const auto *b = std::get_if<BackendStatus>(&e.payload))
                QVERIFY(!b->detail.contains(QStringLiteral("not-the-password")));
        }
    }

    void aFieldUnitCannotReadAnotherUnitsOrders()
    {
        MqttBroker broker(kAccounts);
        QString error;
        QVERIFY2(broker.start(&error), qPrintable(error));
        Peer own(brokerFor(broker, QStringLiteral("WH-1"), QStringLiteral("unit1-pw")));
        QVERIFY(own.connect("wf/live/units/WH-1/orders"));
        Peer other(brokerFor(broker, QStringLiteral("WH-2"), QStringLiteral("unit2-pw")));
        QVERIFY(other.connect("wf/live/#"));
        Sink sink;
        MqttConnector connector(
            workstation(broker, broker.dir(), QStringLiteral("disp"), QStringLiteral("disp-pw")));
        QVERIFY2(connector.start(&sink, &error), qPrintable(error));
        QVERIFY(QTest::qWaitFor(
            [&] { return sink.lastStatus() && sink.lastStatus()->state == u"connected"; }, 30000));
        Event e;
        e.payload = OrderIssued { QStringLiteral("ORD-9"), QStringLiteral("WH-1"), QStringLiteral("move_to"),
            GeoPoint { 30.6, 114.2 }, {} };
        QVERIFY2(connector.submit(e, &error), qPrintable(error));
        QVERIFY(QTest::qWaitFor([&] { return own.topics.contains("wf/live/units/WH-1/orders"); }, 5000));
        QTest::qWait(500);
        QVERIFY2(other.topics.isEmpty(), other.topics.isEmpty() ? "" : other.topics.first().constData());
    }
};

QTEST_GUILESS_MAIN(TestMqttBackend)
#include "tst_mqtt_backend.moc"
