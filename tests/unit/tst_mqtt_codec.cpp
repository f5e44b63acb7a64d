// The backend's message codecs as a field terminal or a hostile peer would exercise them: every
// example of docs/protocol.md decodes to the event it describes, what the workstation publishes
// decodes back to what it sent, and each kind of bad message is refused, counted under its reason
// and has no effect.
#include "MqttCodec.h"

#include <QTest>

using namespace wf;
using namespace Qt::StringLiterals;
using namespace wf::mqtt;

namespace {

constexpr qint64 kNow = 1717200010000;

std::optional<Event> decodeOk(
    MqttCodec &codec, const char *topic, const QByteArray &json, const QByteArray &correlation = {})
{
    QString error;
    auto d = codec.decode(QByteArrayView(topic), json, correlation, kNow, &error);
    if (!d || !d->event) {
        qWarning("refused: %s", qPrintable(error));
        return std::nullopt;
    }
    return d->event;
}

} // namespace

class TestMqttCodec : public QObject
{
    Q_OBJECT
private slots:
    void theProtocolsExamplesDecode()
    {
        MqttCodec codec(QStringLiteral("live"));
        auto e = decodeOk(codec, "wf/live/units/WH-PC-017/status",
            R"({"v":1,"ts":1717200000000,"unit_id":"WH-PC-017","call_sign":"江汉17","kind":"patrol_car","status":"available","lat":30.5928,"lon":114.3055,"heading_deg":90})");
        QVERIFY(e);
        const auto &u = std::get<UnitReported>(e->payload);
        QCOMPARE(u.callSign, QStringLiteral("江汉17"));
        QCOMPARE(u.position.lat, 30.5928);
        QCOMPARE(e->sourceTimeMs, 1717200000000);
        QCOMPARE(e->receiveTimeMs, kNow);
        QCOMPARE(e->source, QStringLiteral("mqtt"));

        e = decodeOk(codec, "wf/live/units/WH-PC-017/position",
            R"({"v":1,"ts":1717200001000,"unit_id":"WH-PC-017","lat":30.5931,"lon":114.3061,"heading_deg":92,"speed_kmh":38})");
        QVERIFY(e);
        QCOMPARE(std::get<UnitMoved>(e->payload).speedKmh, 38.f);

        e = decodeOk(codec, "wf/live/units/WH-PC-017/order-status",
            R"({"v":1,"ts":1717200002400,"order_id":"ORD-1","unit_id":"WH-PC-017","state":"accepted","note":""})",
            "ORD-1");
        QVERIFY(e);
        QCOMPARE(std::get<OrderStateChanged>(e->payload).state, OrderState::Acknowledged);

        e = decodeOk(codec, "wf/live/alerts/ALR-5",
            R"({"v":1,"ts":1717200003000,"alert_id":"ALR-5","state":"raised","text":"Hot-listed plate","severity":"high","lat":30.61,"lon":114.25})");
        QVERIFY(e);
        QCOMPARE(std::get<AlertRaised>(e->payload).severity, Severity::High);
        e = decodeOk(codec, "wf/live/alerts/ALR-5",
            R"({"v":1,"ts":1717200009000,"alert_id":"ALR-5","state":"acknowledged","by":"li"})");
        QVERIFY(e && std::holds_alternative<AlertAcknowledged>(e->payload));

        e = decodeOk(codec, "wf/live/incidents/INC-88",
            R"({"v":1,"ts":1,"incident_id":"INC-88","state":"open","type":"pickpocketing","summary":"Wallet","severity":"medium","lat":30.55,"lon":114.29})");
        QVERIFY(e && std::holds_alternative<IncidentReported>(e->payload));
        e = decodeOk(codec, "wf/live/incidents/INC-88",
            R"({"v":1,"ts":2,"incident_id":"INC-88","state":"closed","resolution":"detained"})");
        QVERIFY(e && std::get<IncidentClosed>(e->payload).resolution == u"detained");

        e = decodeOk(codec, "wf/live/cordons/CRD-1",
            R"({"v":1,"ts":3,"cordon_id":"CRD-1","state":"active","name":"ring","ring":[[30.7,114.1],[30.7,114.5],[30.4,114.5],[30.4,114.1]]})");
        QVERIFY(e);
        QCOMPARE(std::get<CordonSet>(e->payload).ring.size(), 4);
        e = decodeOk(codec, "wf/live/cordons/CRD-1/manning",
            R"({"v":1,"ts":4,"cordon_id":"CRD-1","state":"activated","order_ids":["ORD-11","ORD-12"]})");
        QVERIFY(e);
        QCOMPARE(std::get<CordonActivated>(e->payload).orderIds, QStringList({ u"ORD-11"_s, u"ORD-12"_s }));
        e = decodeOk(
            codec, "wf/live/cordons/CRD-1/manning", R"({"v":1,"ts":5,"cordon_id":"CRD-1","state":"closed"})");
        QVERIFY(e && std::get<CordonClosed>(e->payload).cordonId == u"CRD-1");
        e = decodeOk(codec, "wf/live/plates/K12",
            R"({"v":1,"ts":4,"site_id":"K12","plate":"鄂A12345","hot_listed":true,"reason":"hit-and-run"})");
        QVERIFY(e && std::get<PlateRead>(e->payload).hotListed);
        e = decodeOk(codec, "wf/live/cameras/CAM-0042",
            "{\"v\":1,\"ts\":5,\"camera_id\":\"CAM-0042\",\"name\":\"x\",\"lat\":30.58,\"lon\":114.28,"
            "\"bearing_deg\":135,\"fov_deg\":60,\"main_url\":\"rtsp://10.1.2.3/main\"}");
        QVERIFY(e && std::get<CameraReported>(e->payload).mainUrl == u"rtsp://10.1.2.3/main");

        QString error;
        const auto presence = codec.decode("wf/live/workstations/ws1/presence",
            R"({"v":1,"ts":6,"client":"ws1","operator":"li","role":"dispatcher","state":"online"})", {}, kNow,
            &error);
        QVERIFY(presence && presence->presence && presence->presence->online);
        QCOMPARE(codec.refused(), 0);
        QCOMPARE(codec.decoded(), 13);
    }

    void whatTheWorkstationSendsDecodesToWhatItMeant()
    {
        MqttCodec codec(QStringLiteral("training"));
        QString error;
        Event order;
        order.sourceTimeMs = 1717200000000;
        order.payload = OrderIssued { QStringLiteral("ORD-5"), QStringLiteral("U-1"),
            QStringLiteral("man_checkpoint"), GeoPoint { 30.5, 114.25 }, QStringLiteral("INC-1") };
        const auto m = codec.encode(order, QStringLiteral("li"), &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->topic, QByteArray("wf/training/units/U-1/orders"));
        QCOMPARE(m->responseTopic, QByteArray("wf/training/units/U-1/order-status"));
        QCOMPARE(m->correlationData, QByteArray("ORD-5"));
        QCOMPARE(m->qos, 1);
        QVERIFY(!m->retain);
        QCOMPARE(m->expirySeconds, MqttCodec::kOrderExpirySeconds);
        const auto back = codec.decode(m->topic, m->payload, m->correlationData, kNow, &error);
        QVERIFY2(back && back->event, qPrintable(error));
        QCOMPARE(std::get<OrderIssued>(back->event->payload), std::get<OrderIssued>(order.payload));
        QVERIFY(!m->payload.contains("plate")); // only a lookout has one

        // A lookout carries what to watch for; the unit reads the same plate, words and photo.
        order.payload = OrderIssued { QStringLiteral("ORD-7"), QStringLiteral("U-1"),
            QStringLiteral("lookout"), GeoPoint { 30.5, 114.25 }, QStringLiteral("INC-1"),
            { QStringLiteral("鄂A·12345"), QStringLiteral("white van, \"dented\" bumper"),
                QStringLiteral("https://photos.example/van.jpg") } };
        const auto lookout = codec.encode(order, QStringLiteral("li"), &error);
        QVERIFY2(lookout, qPrintable(error));
        QVERIFY(lookout->payload.contains("\"plate\":\"鄂A·12345\""));
        const auto lookoutBack
            = codec.decode(lookout->topic, lookout->payload, lookout->correlationData, kNow, &error);
        QVERIFY2(lookoutBack && lookoutBack->event, qPrintable(error));
        QCOMPARE(std::get<OrderIssued>(lookoutBack->event->payload), std::get<OrderIssued>(order.payload));

        for (const EventPayload &p : { EventPayload(CordonSet { QStringLiteral("C1"), QStringLiteral("ring"),
                                           { { 30, 114 }, { 30.1, 114 }, { 30.1, 114.1 } } }),
                 EventPayload(CordonCleared { QStringLiteral("C1") }),
                 EventPayload(CordonActivated {
                     QStringLiteral("C1"), { QStringLiteral("ORD-5"), QStringLiteral("ORD-7") } }),
                 EventPayload(CordonClosed { QStringLiteral("C1") }),
                 EventPayload(AlertAcknowledged { QStringLiteral("A1") }),
                 EventPayload(IncidentClosed { QStringLiteral("I1"), QStringLiteral("done") }) }) {
            Event e;
            e.sourceTimeMs = 42;
            e.payload = p;
            const auto out = codec.encode(e, QStringLiteral("li"), &error);
            QVERIFY2(out, qPrintable(error));
            QVERIFY(out->retain); // shared state: late joiners see it
            const auto in = codec.decode(out->topic, out->payload, {}, kNow, &error);
            QVERIFY2(in && in->event, qPrintable(error));
            QCOMPARE(in->event->payload, p);
        }
        // What the protocol has no message for is refused in words.
        Event action;
        action.payload = OperatorAction { QStringLiteral("li"), QStringLiteral("x"), QString() };
        QVERIFY(!codec.encode(action, QStringLiteral("li"), &error));
        QVERIFY(error.contains(QStringLiteral("operator_action")));
        order.payload
            = OrderIssued { QStringLiteral("ORD-6"), QStringLiteral("U-1"), QStringLiteral("dance"), {}, {} };
        QVERIFY(!codec.encode(order, QStringLiteral("li"), &error));
        QVERIFY(error.contains(QStringLiteral("dance")));
    }

    void whatTheFieldSendsDecodesToWhatItMeant()
    {
        MqttCodec codec(QStringLiteral("training"));
        QString error;
        const QList<EventPayload> reports {
            UnitReported { QStringLiteral("WH-PC-017"), QStringLiteral("江汉17"), UnitKind::JointArmedPatrol,
                UnitStatus::EnRoute, { 30.5928, 114.3055 }, 90.5f },
            UnitMoved { QStringLiteral("WH-PC-017"), { 30.5931, 114.3061 }, 92, 38.25f },
            CameraReported { QStringLiteral("CAM-1"), QStringLiteral("Jianghan Rd"), { 30.58, 114.28 }, 135,
                60, QStringLiteral("rtsp://10.1.2.3/main"), {} },
            SiteReported { QStringLiteral("SC0001"), QStringLiteral("卡口 1"), SiteKind::SmartCheckpoint,
                { 30.6, 114.2 } },
            PlateRead {
                QStringLiteral("SC0001"), QStringLiteral("鄂A12345"), true, QStringLiteral("hit-and-run") },
            AlertRaised { QStringLiteral("HOTLIST-S1"), QStringLiteral("Hot-listed plate"),
                Severity::Critical, { 30.61, 114.25 }, QStringLiteral("hot_list_hit"),
                { QStringLiteral("鄂A12345"), QStringLiteral("hit-and-run"), QStringLiteral("K12") } },
            CongestionReported { QStringLiteral("JAM-3"), QStringLiteral("Jiefang Ave"), Severity::High,
                { 30.6, 114.3 }, false },
            CongestionReported { QStringLiteral("JAM-3"), QStringLiteral("Jiefang Ave"), Severity::Low,
                { 30.6, 114.3 }, true },
            ScenarioStarted { QStringLiteral("pickpocketing"), QStringLiteral("扒窃"),
                QStringLiteral("Pickpocketing"), QStringLiteral("简报"), QStringLiteral("Briefing"),
                1717200000000, 1717203600000, { QStringLiteral("S1") } },
            IncidentReported { QStringLiteral("INC-1"), QStringLiteral("theft"),
                QStringLiteral("Bike stolen"), Severity::Medium, { 30.55, 114.29 } },
        };
        for (const auto &p : reports) {
            Event e { 0, 1717200000000, 0, QStringLiteral("sim"), p };
            const auto out = codec.encodeReport(e, &error);
            QVERIFY2(out, qPrintable(error));
            QVERIFY(out->topic.startsWith("wf/training/"));
            const auto in = codec.decode(out->topic, out->payload, {}, kNow, &error);
            QVERIFY2(in && in->event, qPrintable(error + u' ' + QString::fromUtf8(out->payload)));
            QCOMPARE(in->event->payload, p);
            QCOMPARE(in->event->sourceTimeMs, 1717200000000);
        }
        // Positions are fire-and-forget and short-lived; statuses are the retained roster.
        Event moved { 0, 1, 0, {}, reports[1] };
        QCOMPARE(codec.encodeReport(moved, &error)->qos, 0);
        QCOMPARE(codec.encodeReport(moved, &error)->expirySeconds, 30u);
        Event status { 0, 1, 0, {}, reports[0] };
        QVERIFY(codec.encodeReport(status, &error)->retain);
        // An exercise belongs to training alone; stream credentials never go out.
        MqttCodec live(QStringLiteral("live"));
        Event exercise { 0, 1, 0, {}, reports[8] };
        QVERIFY(!live.encodeReport(exercise, &error));
        Event camera { 0, 1, 0, {},
            CameraReported {
                QStringLiteral("CAM-2"), {}, { 1, 1 }, 0, 60, QStringLiteral("rtsp://u:p@h/"), {} } };
        QVERIFY(!codec.encodeReport(camera, &error));
        QVERIFY(!error.contains(QStringLiteral("u:p")));
        // An empty retained message (a thing's state removed) is neither an event nor a refusal.
        const auto removed = codec.decode("wf/training/units/U1/status", QByteArray(), {}, kNow, &error);
        QVERIFY(removed && !removed->event && !removed->presence);
        QCOMPARE(codec.refused(), 0);
    }

    void badMessagesAreRefusedAndCounted_data()
    {
        QTest::addColumn<QByteArray>("topic");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("reason");
        const QByteArray pos = "wf/live/units/U1/position";
        QTest::newRow("not JSON") << pos << QByteArray("{\"v\":1,") << QStringLiteral("malformed_json");
        QTest::newRow("JSON array") << pos << QByteArray("[1,2]") << QStringLiteral("malformed_json");
        QTest::newRow("oversized") << pos << QByteArray(MqttCodec::kMaxPayloadBytes + 1, ' ')
                                   << QStringLiteral("too_large");
        QTest::newRow("future version")
            << pos << QByteArray(R"({"v":2,"ts":1,"unit_id":"U1","lat":1,"lon":1})")
            << QStringLiteral("future_version");
        QTest::newRow("no version") << pos << QByteArray(R"({"ts":1,"unit_id":"U1","lat":1,"lon":1})")
                                    << QStringLiteral("missing_field");
        QTest::newRow("version as text")
            << pos << QByteArray(R"({"v":"1","ts":1,"unit_id":"U1","lat":1,"lon":1})")
            << QStringLiteral("wrong_type");
        QTest::newRow("latitude off the globe")
            << pos << QByteArray(R"({"v":1,"ts":1,"unit_id":"U1","lat":91,"lon":1})")
            << QStringLiteral("out_of_range");
        QTest::newRow("latitude as text")
            << pos << QByteArray(R"({"v":1,"ts":1,"unit_id":"U1","lat":"30","lon":1})")
            << QStringLiteral("wrong_type");
        QTest::newRow("absurd speed")
            << pos << QByteArray(R"({"v":1,"ts":1,"unit_id":"U1","lat":1,"lon":1,"speed_kmh":5000})")
            << QStringLiteral("out_of_range");
        QTest::newRow("someone else's unit")
            << pos << QByteArray(R"({"v":1,"ts":1,"unit_id":"U2","lat":1,"lon":1})")
            << QStringLiteral("id_mismatch");
        QTest::newRow("training topic in live")
            << QByteArray("wf/training/units/U1/position")
            << QByteArray(R"({"v":1,"ts":1,"unit_id":"U1","lat":1,"lon":1})")
            << QStringLiteral("wrong_namespace");
        QTest::newRow("unknown leaf") << QByteArray("wf/live/units/U1/mood")
                                      << QByteArray(R"({"v":1,"ts":1})") << QStringLiteral("unknown_topic");
        QTest::newRow("unknown state") << QByteArray("wf/live/units/U1/order-status")
                                       << QByteArray(R"({"v":1,"ts":1,"order_id":"O1","state":"bored"})")
                                       << QStringLiteral("out_of_range");
        QTest::newRow("credentials in a camera URL")
            << QByteArray("wf/live/cameras/C1")
            << QByteArray("{\"v\":1,\"ts\":1,\"camera_id\":\"C1\",\"lat\":1,\"lon\":1,\"main_url\":\"rtsp://"
                          "admin:pw@10.0.0.1/\"}")
            << QStringLiteral("credentials_in_url");
        QTest::newRow("cordon of two points")
            << QByteArray("wf/live/cordons/K1")
            << QByteArray(R"({"v":1,"ts":1,"cordon_id":"K1","state":"active","ring":[[1,1],[2,2]]})")
            << QStringLiteral("out_of_range");
        QTest::newRow("manning with a bad order id")
            << QByteArray("wf/live/cordons/K1/manning")
            << QByteArray(R"({"v":1,"ts":1,"cordon_id":"K1","state":"activated","order_ids":["ORD 1"]})")
            << QStringLiteral("out_of_range");
        QTest::newRow("manning of another cordon")
            << QByteArray("wf/live/cordons/K1/manning")
            << QByteArray(R"({"v":1,"ts":1,"cordon_id":"K2","state":"closed"})")
            << QStringLiteral("id_mismatch");
        QTest::newRow("manning in an unknown state")
            << QByteArray("wf/live/cordons/K1/manning")
            << QByteArray(R"({"v":1,"ts":1,"cordon_id":"K1","state":"half"})")
            << QStringLiteral("out_of_range");
        QTest::newRow("an exercise in live")
            << QByteArray("wf/live/exercises/X1")
            << QByteArray(R"({"v":1,"ts":1,"scenario_id":"X1","start_ts":1,"end_ts":2})")
            << QStringLiteral("training_only");
        QTest::newRow("site of an unknown kind")
            << QByteArray("wf/live/sites/S1")
            << QByteArray(R"({"v":1,"ts":1,"site_id":"S1","kind":"castle","lat":1,"lon":1})")
            << QStringLiteral("out_of_range");
        QTest::newRow("alert arguments that are not text")
            << QByteArray("wf/live/alerts/A1")
            << QByteArray(
                   R"({"v":1,"ts":1,"alert_id":"A1","state":"raised","text":"t","severity":"low","lat":1,"lon":1,"args":[1]})")
            << QStringLiteral("wrong_type");
        QTest::newRow("too many alert arguments")
            << QByteArray("wf/live/alerts/A1")
            << QByteArray(
                   R"({"v":1,"ts":1,"alert_id":"A1","state":"raised","text":"t","severity":"low","lat":1,"lon":1,"args":["1","2","3","4","5","6","7","8","9","10","11","12","13","14","15","16","17"]})")
            << QStringLiteral("out_of_range");
        QTest::newRow("congestion in an unknown state")
            << QByteArray("wf/live/congestion/J1")
            << QByteArray(
                   R"({"v":1,"ts":1,"congestion_id":"J1","state":"gridlock","severity":"low","lat":1,"lon":1})")
            << QStringLiteral("out_of_range");
        QTest::newRow("huge text") << QByteArray("wf/live/alerts/A1")
                                   << (QByteArray(
                                           "{\"v\":1,\"ts\":1,\"alert_id\":\"A1\",\"state\":\"raised\","
                                           "\"severity\":\"low\",\"lat\":1,\"lon\":1,\"text\":\"")
                                          + QByteArray(2000, 'x') + "\"}")
                                   << QStringLiteral("out_of_range");
    }
    void badMessagesAreRefusedAndCounted()
    {
        QFETCH(QByteArray, topic);
        QFETCH(QByteArray, payload);
        QFETCH(QString, reason);
        MqttCodec codec(QStringLiteral("live"));
        QString error;
        QVERIFY(!codec.decode(topic, payload, {}, kNow, &error));
        QVERIFY2(error.startsWith(reason), qPrintable(error));
        QCOMPARE(codec.refused(), 1);
        QCOMPARE(codec.refusedByReason().at(reason), 1);
        QCOMPARE(codec.decoded(), 0);
    }

    void anAnswerMustCarryItsOrdersCorrelation()
    {
        MqttCodec codec(QStringLiteral("live"));
        QString error;
        QVERIFY(!codec.decode("wf/live/units/U1/order-status",
            R"({"v":1,"ts":1,"order_id":"O1","state":"done"})", "O2", kNow, &error));
        QVERIFY(error.startsWith(QStringLiteral("id_mismatch")));
    }
};

QTEST_GUILESS_MAIN(TestMqttCodec)
#include "tst_mqtt_codec.moc"
