// watchfloor-fieldsim against a stock mosquitto with TLS and the role ACL: the training world
// runs as the field of the broker. A trainee's workstation connector sees the same roster and
// sites as the embedded training world with the same settings, orders a simulated patrol car,
// and the car acknowledges, reports en route and on scene, each answer recorded once although
// the order is sent again until it is done; plate readers report reads; nothing appears in the
// live namespace; a field simulator that stops takes its retained state away with it.
#include "../common/FieldSimRun.h"
#include "../common/MqttBroker.h"
#include "MqttConnector.h"
#include "SimConnector.h"

#include <QDateTime>
#include <QTest>
#include <set>

using namespace wf;
using namespace wf::mqtt;
using wf::testing::FieldSimRun;
using wf::testing::MqttBroker;

namespace {

const QList<MqttBroker::Account> kAccounts {
    { QStringLiteral("fieldsim"), QStringLiteral("fieldsim"), QStringLiteral("fieldsim-pw") },
    { QStringLiteral("trainee1"), QStringLiteral("trainee"), QStringLiteral("trainee-pw") },
    { QStringLiteral("sup"), QStringLiteral("supervisor"), QStringLiteral("sup-pw") },
};

struct Sink : EventSink
{
    QList<Event> events;
    std::map<QString, UnitReported> units;
    std::map<QString, GeoPoint> positions;
    std::set<QString> sites;
    int plateReads = 0;
    QString connection;
    void post(Event e) override
    {
        if (const auto *u = std::get_if<UnitReported>(&e.payload)) {
            units[u->unitId] = *u;
            positions[u->unitId] = u->position;
        } else if (const auto *m = std::get_if<UnitMoved>(&e.payload)) {
            positions[m->unitId] = m->position;
        } else if (const auto *s = std::get_if<SiteReported>(&e.payload)) {
            sites.insert(s->siteId);
        } else if (std::holds_alternative<PlateRead>(e.payload)) {
            ++plateReads;
        } else if (const auto *b = std::get_if<BackendStatus>(&e.payload)) {
            connection = b->state;
        }
        events.append(std::move(e));
    }
    QList<OrderState> statesOf(const QString &orderId) const
    {
        QList<OrderState> out;
        for (const auto &e : events) {
            if (const auto *s = std::get_if<OrderStateChanged>(&e.payload); s && s->orderId == orderId)
                out.append(s->state);
        }
        return out;
    }
    QList<UnitStatus> statusesOf(const QString &unitId) const
    {
        QList<UnitStatus> out;
        for (const auto &e : events) {
            if (const auto *u = std::get_if<UnitReported>(&e.payload); u && u->unitId == unitId)
                out.append(u->status);
        }
        return out;
    }
};

// What the embedded training world starts with for these settings (the workstation's default).
struct Embedded : EventSink
{
    std::set<QString> units, sites;
    void post(Event e) override
    {
        if (const auto *u = std::get_if<UnitReported>(&e.payload))
            units.insert(u->unitId);
        if (const auto *s = std::get_if<SiteReported>(&e.payload))
            sites.insert(s->siteId);
    }
};

BrokerOptions account(const MqttBroker &broker, const QString &user, const QByteArray &password)
{
    BrokerOptions b;
    b.host = QStringLiteral("127.0.0.1");
    b.port = broker.port();
    b.caFile = broker.caFile();
    b.username = b.clientId = user;
    b.password = password;
    return b;
}

} // namespace

class TestFieldSim : public QObject
{
    Q_OBJECT
private slots:
    void aTraineeOrdersASimulatedUnitOverTheBroker()
    {
        MqttBroker broker(kAccounts);
        QString error;
        QVERIFY2(broker.start(&error), qPrintable(error));

        // A supervisor watches the live namespace: the field simulator must never appear there.
        MqttClient live(account(broker, QStringLiteral("sup"), "sup-pw"));
        QList<QByteArray> liveTopics;
        QObject::connect(&live, &MqttClient::messageReceived, &live,
            [&](const QByteArray &t, const QByteArray &, const QByteArray &, const QByteArray &) {
                liveTopics.append(t);
            });
        QVERIFY2(live.start(&error), qPrintable(error));
        QVERIFY(QTest::qWaitFor([&] { return live.isConnected(); }, 30000));
        QVERIFY(live.subscribe("wf/live/#", 1, false, &error));

        FieldSimRun field;
        QVERIFY2(field.start(broker.port(), broker.caFile(), QStringLiteral("fieldsim"),
                     QStringLiteral("fieldsim-pw"),
                     { QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--units"),
                         QStringLiteral("20"), QStringLiteral("--speed"), QStringLiteral("50") }),
            qPrintable(field.output()));

        Embedded embedded;
        {
            sim::SimOptions o;
            o.seed = 3;
            o.units = 20;
            o.startTimeMs = QDateTime::currentMSecsSinceEpoch();
            o.incidentsPerHour = 40;
            sim::SimConnector world(o);
            QVERIFY2(world.start(&embedded, &error), qPrintable(error));
            world.stop();
        }
        QVERIFY(embedded.units.size() >= 20);

        ConnectorOptions o;
        o.broker = account(broker, QStringLiteral("trainee1"), "trainee-pw");
        o.ns = QStringLiteral("training");
        o.role = QStringLiteral("trainee");
        o.operatorId = QStringLiteral("trainee-wang");
        o.outboxPath = broker.dir() + QStringLiteral("/outbox.sqlite");
        o.resendAfterMs = 1000; // the order goes again while it runs: answers must not double
        Sink sink;
        MqttConnector connector(o);
        QVERIFY2(connector.start(&sink, &error), qPrintable(error));
        QVERIFY(QTest::qWaitFor([&] { return sink.connection == u"connected"; }, 30000));

        // The same shift as the embedded training world: its units and its sites.
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return sink.units.size() >= embedded.units.size()
                             && sink.sites.size() >= embedded.sites.size();
                     },
                     30000),
            qPrintable(QStringLiteral("%1 of %2 units, %3 of %4 sites; %5")
                    .arg(sink.units.size())
                    .arg(embedded.units.size())
                    .arg(sink.sites.size())
                    .arg(embedded.sites.size())
                    .arg(field.output())));
        std::set<QString> unitIds;
        for (const auto &[id, u] : sink.units)
            unitIds.insert(id);
        QVERIFY(unitIds == embedded.units);
        QVERIFY(sink.sites == embedded.sites);

        // Order available patrol cars to a place near them until one is on scene (a simulated crew
        // may refuse or not answer, as real ones do; the next car is then ordered).
        QString onScene, unit;
        int n = 0;
        for (const auto &[id, u] : sink.units) {
            if (u.kind != UnitKind::PatrolCar || u.status != UnitStatus::Available || n >= 6)
                continue;
            const QString orderId = QStringLiteral("ORD-T%1").arg(++n);
            const GeoPoint near { sink.positions[id].lat + 0.0003, sink.positions[id].lon };
            Event e { 0, 0, 0, QStringLiteral("operator"),
                OrderIssued { orderId, id, QStringLiteral("respond"), near, {} } };
            QVERIFY2(connector.submit(e, &error), qPrintable(error));
            QVERIFY2(QTest::qWaitFor(
                         [&] {
                             const auto s = sink.statesOf(orderId);
                             return s.contains(OrderState::OnScene) || s.contains(OrderState::Rejected)
                                 || s.contains(OrderState::NoAnswer);
                         },
                         60000),
                qPrintable(field.output()));
            if (sink.statesOf(orderId).contains(OrderState::OnScene)) {
                onScene = orderId;
                unit = id;
                break;
            }
        }
        QVERIFY2(!onScene.isEmpty(), "no simulated patrol car reached the scene");
        QTest::qWait(2500); // the order is sent again meanwhile; the unit repeats its answers
        const QList<OrderState> expected { OrderState::Delivered, OrderState::Acknowledged,
            OrderState::EnRoute, OrderState::OnScene };
        QCOMPARE(sink.statesOf(onScene), expected);
        // The unit itself reported its status: en route, then on scene.
        const auto statuses = sink.statusesOf(unit);
        const auto enRoute = statuses.indexOf(UnitStatus::EnRoute);
        QVERIFY(enRoute > 0);
        QVERIFY(statuses.indexOf(UnitStatus::OnScene, enRoute) > enRoute);

        // Plate readers report, and nothing of the exercise reached the live namespace.
        QVERIFY(QTest::qWaitFor([&] { return sink.plateReads > 0; }, 30000));
        QVERIFY(liveTopics.isEmpty());
        QCOMPARE(connector.codec().refused(), 0);
        connector.stop();

        // A field simulator that stops removes its retained state: a later exercise starts clean.
        QCOMPARE(field.stop(), 0);
        auto fresh = account(broker, QStringLiteral("trainee1"), "trainee-pw");
        fresh.cleanStart = true; // not the session above, which holds what was sent meanwhile
        MqttClient late(fresh);
        int retained = 0;
        QObject::connect(&late, &MqttClient::messageReceived, &late,
            [&](const QByteArray &topic, const QByteArray &, const QByteArray &, const QByteArray &) {
                // The workstation's own presence stays (its "offline"); the exercise's state goes.
                if (!topic.contains("/workstations/"))
                    ++retained;
            });
        QVERIFY2(late.start(&error), qPrintable(error));
        QVERIFY(QTest::qWaitFor([&] { return late.isConnected(); }, 30000));
        QVERIFY(late.subscribe("wf/training/#", 1, false, &error));
        QTest::qWait(1000);
        QCOMPARE(retained, 0);
        late.stop();
        live.stop();
    }
};

QTEST_GUILESS_MAIN(TestFieldSim)
#include "tst_fieldsim.moc"
