// bench_backend ("./watchfloor bench backend"): orders through a real mosquitto (TLS, passwords,
// ACL) on loopback to a field terminal (tests/tools/mqtt_field_peer.py) and back.
//   order_rtt_p50_ms / order_rtt_p99_ms: the connector's submit() to the unit's "acknowledged"
//     arriving as an event, one order at a time (target p99 < 50 ms);
//   orders_per_s: a burst of orders until every one is acknowledged (target >= 1000);
//   outage_lost / outage_duplicated: orders never acted on / acted on twice by the unit after
//     the broker was killed (SIGKILL) and restarted in the middle of a stream (target 0 and 0).
// Baseline, same run, same payloads, same peer: raw_rtt_p50_ms / raw_rtt_p99_ms, a bare
// libmosquitto client publishing the order and waiting for the answer (no codec, no outbox).
// Options: --smoke (few orders), --json FILE, --orders N.
#include "../common/FieldPeer.h"
#include "../common/MqttBroker.h"
#include "BenchReport.h"
#include "MqttConnector.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>
#include <functional>
#include <map>
#include <set>
#include <vector>

using namespace wf;
using namespace wf::mqtt;
using namespace wf::bench;
using wf::testing::FieldPeer;
using wf::testing::MqttBroker;

namespace {

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "bench_backend: %s\n", qPrintable(what));
    std::exit(1);
}

struct Sink : EventSink
{
    std::map<QString, qint64> acknowledgedAtNs;
    QElapsedTimer clock;
    QString connection;
    void post(Event e) override
    {
        if (const auto *s = std::get_if<OrderStateChanged>(&e.payload);
            s && s->state == OrderState::Acknowledged)
            acknowledgedAtNs.emplace(s->orderId, clock.nsecsElapsed());
        if (const auto *b = std::get_if<BackendStatus>(&e.payload))
            connection = b->state;
    }
};

Event orderEvent(const QString &id)
{
    Event e;
    e.payload = OrderIssued { id, QStringLiteral("WH-1"), QStringLiteral("respond"),
        GeoPoint { 30.59, 114.30 }, {} };
    return e;
}

bool waitFor(const std::function<bool()> &done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool smoke = BenchReport::smoke(args);
    int orders = smoke ? 50 : 1000;
    if (const int i = int(args.indexOf(QStringLiteral("--orders"))); i > 0 && i + 1 < args.size())
        orders = args[i + 1].toInt();
    const int rttSamples = smoke ? 20 : 300;

    MqttBroker broker({ { QStringLiteral("disp"), QStringLiteral("dispatcher"), QStringLiteral("d") },
        { QStringLiteral("raw"), QStringLiteral("dispatcher"), QStringLiteral("r") },
        { QStringLiteral("WH-1"), QStringLiteral("field_unit"), QStringLiteral("u") } });
    QString error;
    if (!broker.start(&error))
        die(error);
    FieldPeer peer(broker.dir() + QStringLiteral("/peer.json"));
    if (!peer.start(broker.port(), broker.caFile(), QStringLiteral("WH-1"), QStringLiteral("u"),
            QStringLiteral("delivered,acknowledged,done")))
        die(QStringLiteral("field peer: ") + peer.errors());

    ConnectorOptions o;
    o.broker.host = QStringLiteral("127.0.0.1");
    o.broker.port = broker.port();
    o.broker.caFile = broker.caFile();
    o.broker.username = o.broker.clientId = QStringLiteral("disp");
    o.broker.password = "d";
    o.broker.reconnectMaxSeconds = 2;
    o.operatorId = QStringLiteral("bench");
    o.outboxPath = broker.dir() + QStringLiteral("/outbox.sqlite");
    Sink sink;
    sink.clock.start();
    MqttConnector connector(o);
    if (!connector.start(&sink, &error) || !waitFor([&] { return sink.connection == u"connected"; }, 10000))
        die(QStringLiteral("connector: ") + error + sink.connection);

    // Round trip, one order at a time.
    std::vector<double> rtt;
    for (int i = 0; i < rttSamples; ++i) {
        const QString id = QStringLiteral("RTT-%1").arg(i);
        const qint64 t0 = sink.clock.nsecsElapsed();
        if (!connector.submit(orderEvent(id), &error))
            die(error);
        if (!waitFor([&] { return sink.acknowledgedAtNs.contains(id); }, 5000))
            die(QStringLiteral("no acknowledgement for %1").arg(id));
        rtt.push_back(double(sink.acknowledgedAtNs[id] - t0) / 1e6);
    }

    // The baseline: a bare client, same payload and properties, waiting for the same answer.
    BrokerOptions rawOptions = o.broker;
    rawOptions.username = rawOptions.clientId = QStringLiteral("raw");
    rawOptions.password = "r";
    MqttClient raw(rawOptions);
    std::set<QByteArray> rawAcknowledged;
    QObject::connect(&raw, &MqttClient::messageReceived, &raw,
        [&](const QByteArray &, const QByteArray &p, const QByteArray &c, const QByteArray &) {
            if (p.contains("\"acknowledged\""))
                rawAcknowledged.insert(c);
        });
    if (!raw.start(&error) || !waitFor([&] { return raw.isConnected(); }, 10000)
        || !raw.subscribe("wf/live/units/WH-1/order-status", 1, false, &error))
        die(QStringLiteral("raw client: ") + error);
    waitFor([] { return false; }, 300);
    MqttCodec codec(QStringLiteral("live"));
    std::vector<double> rawRtt;
    for (int i = 0; i < rttSamples; ++i) {
        const QString id = QStringLiteral("RAW-%1").arg(i);
        const auto message = *codec.encode(orderEvent(id), QStringLiteral("bench"), &error);
        QElapsedTimer t;
        t.start();
        if (raw.publish(message, &error) < 0)
            die(error);
        if (!waitFor([&] { return rawAcknowledged.contains(id.toUtf8()); }, 5000))
            die(QStringLiteral("raw: no acknowledgement for %1").arg(id));
        rawRtt.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    raw.stop();

    // Throughput: a burst.
    QElapsedTimer burst;
    burst.start();
    for (int i = 0; i < orders; ++i) {
        if (!connector.submit(orderEvent(QStringLiteral("BURST-%1").arg(i)), &error))
            die(error);
        if (i % 100 == 0)
            QCoreApplication::processEvents();
    }
    auto acknowledged = [&](const QString &prefix, int n) {
        int count = 0;
        for (int i = 0; i < n; ++i)
            count += sink.acknowledgedAtNs.contains(prefix + QString::number(i));
        return count;
    };
    if (!waitFor([&] { return acknowledged(QStringLiteral("BURST-"), orders) == orders; }, 120000))
        die(QStringLiteral("burst: %1 of %2 acknowledged")
                .arg(acknowledged(QStringLiteral("BURST-"), orders))
                .arg(orders));
    const double burstS = double(burst.nsecsElapsed()) / 1e9;

    // The outage: the broker killed and restarted in the middle of a stream.
    const int uniqueBefore = peer.stats().value(u"unique").toInt();
    for (int i = 0; i < orders; ++i) {
        if (!connector.submit(orderEvent(QStringLiteral("OUT-%1").arg(i)), &error))
            die(error);
        if (i % 50 == 0)
            waitFor([] { return false; }, 10);
        if (i == orders / 3)
            broker.kill();
        if (i == orders * 2 / 3 && !broker.start(&error))
            die(error);
    }
    waitFor([&] { return acknowledged(QStringLiteral("OUT-"), orders) == orders; }, 90000);
    waitFor([] { return false; }, 1000); // late duplicates, if any, arrive
    const auto stats = peer.stats();
    const int uniqueOutage = stats.value(u"unique").toInt() - uniqueBefore;

    BenchReport report(QStringLiteral("backend"));
    report.set(QStringLiteral("order_rtt_p50_ms"), BenchReport::percentile(rtt, 50));
    report.set(QStringLiteral("order_rtt_p99_ms"), BenchReport::percentile(rtt, 99));
    report.set(QStringLiteral("orders_per_s"), orders / burstS);
    report.set(QStringLiteral("outage_lost"), orders - uniqueOutage);
    report.set(QStringLiteral("outage_duplicated"), stats.value(u"processed_twice").toInt());
    report.set(QStringLiteral("raw_rtt_p50_ms"), BenchReport::percentile(rawRtt, 50));
    report.set(QStringLiteral("raw_rtt_p99_ms"), BenchReport::percentile(rawRtt, 99));
    report.note(QStringLiteral("orders"), QString::number(orders));
    report.note(QStringLiteral("rtt_samples"), QString::number(rttSamples));
    report.note(QStringLiteral("peer_messages_received"), QString::number(stats.value(u"received").toInt()));
    report.note(QStringLiteral("baseline"),
        QStringLiteral("raw_rtt: a bare libmosquitto client, same payload, same peer"));
    connector.stop();
    peer.stop();
    return report.finish(args);
}
