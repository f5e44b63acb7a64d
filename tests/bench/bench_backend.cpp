// bench_backend ("./watchfloor bench backend"): orders through a real mosquitto (TLS, passwords,
// ACL) on loopback to a field terminal (tests/tools/mqtt_field_peer.py) and back.
//   order_rtt_p50_ms / order_rtt_p99_ms: the connector's submit() to the unit's "acknowledged"
//     arriving as an event, one order at a time (target p99 < 50 ms);
//   orders_per_s: a burst of orders until every one is acknowledged (target >= 1000);
//   outage_lost / outage_duplicated: orders never acted on / acted on twice by the unit after
//     the broker was killed (SIGKILL) and restarted in the middle of a stream (target 0 and 0).
//   ingest_cpu_share_10k: 10,000 units reporting a position once a second through the broker into
//     a workstation's world state and journal (connector, codec, event bus, WorldState, Journal,
//     as app/main.cpp wires them): the CPU time of that process (all its threads) over a window,
//     as a share of one core (target < 0.3). The positions come from a gateway in a process of its
//     own (this program with --publish-positions), so its cost is not counted.
// Baselines, same run: raw_rtt_p50_ms / raw_rtt_p99_ms, a bare libmosquitto client publishing the
// same order to the same peer and waiting for the answer (no codec, no outbox); raw_orders_per_s,
// the same burst from that bare client;
// ingest_cpu_share_direct: the same position events, at the same rate, posted straight into the
// same event bus, world state and journal (no broker, no decoding): the same output.
// Options: --smoke (few orders, 1,000 units for a short window), --json FILE, --orders N.
#include "../common/FieldPeer.h"
#include "../common/MqttBroker.h"
#include "BenchReport.h"
#include "EventBus.h"
#include "Journal.h"
#include "MqttConnector.h"
#include "WorldState.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <set>
#include <sys/resource.h>
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

// Runs the event loop until done() or ms milliseconds (ms < 0: no limit). It sleeps between
// events: a loop polling processEvents() would keep a core busy and take it from the broker, the
// terminal and the client's network thread, which is what is being measured.
bool waitFor(const std::function<bool()> &done, int ms)
{
    QElapsedTimer t;
    t.start();
    QTimer wake; // returns from the wait below to look at the clock
    wake.start(ms >= 0 ? std::clamp(ms, 1, 20) : 20);
    while (!done()) {
        if (ms >= 0 && t.elapsed() >= ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

double cpuSeconds()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
        + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

GeoPoint unitPlace(int unit, qint64 tick)
{
    // Spread over Wuhan, each unit drifting a little every second.
    return GeoPoint { 30.40 + (unit % 100) * 0.004 + (tick % 60) * 1e-5, 114.10 + (unit / 100) * 0.004 };
}

QString unitId(int i)
{
    return QStringLiteral("U%1").arg(i, 5, 10, QChar(u'0'));
}

// The gateway: --publish-positions PORT CA UNITS SECONDS (password in BENCH_GATEWAY_PASSWORD).
// Publishes every unit's status (retained), says "ready", then each unit's position once a second,
// in 20 slices a second, for SECONDS; then "published N".
int publishPositions(const QStringList &args)
{
    const int i = int(args.indexOf(QStringLiteral("--publish-positions")));
    BrokerOptions b;
    b.host = QStringLiteral("127.0.0.1");
    b.port = args.value(i + 1).toInt();
    b.caFile = args.value(i + 2);
    const int units = args.value(i + 3).toInt();
    const int seconds = args.value(i + 4).toInt();
    b.username = b.clientId = QStringLiteral("gateway");
    b.password = qgetenv("BENCH_GATEWAY_PASSWORD");
    b.cleanStart = true;
    b.sessionExpirySeconds = 0;
    MqttClient client(b);
    QString error;
    if (!client.start(&error) || !waitFor([&] { return client.isConnected(); }, 10000))
        die(QStringLiteral("gateway: ") + error);
    MqttCodec codec(QStringLiteral("live"));
    for (int u = 0; u < units; ++u) {
        Event e { 0, QDateTime::currentMSecsSinceEpoch(), 0, {},
            UnitReported {
                unitId(u), unitId(u), UnitKind::PatrolCar, UnitStatus::Available, unitPlace(u, 0), 0 } };
        if (client.publish(*codec.encodeReport(e, &error), &error) < 0)
            die(QStringLiteral("gateway: ") + error);
        // A roster goes out at a pace the subscribers keep up with: the broker as it ships
        // holds at most 1,000 QoS 1 messages per client beyond those in flight.
        if (u % 250 == 249)
            waitFor([] { return false; }, 25);
    }
    std::printf("ready\n");
    std::fflush(stdout);
    constexpr int kSlices = 20;
    qint64 published = 0;
    QElapsedTimer clock;
    clock.start();
    for (qint64 slice = 0; clock.elapsed() < qint64(seconds) * 1000; ++slice) {
        waitFor([&] { return clock.elapsed() >= slice * 1000 / kSlices; }, 2000);
        const int first = int(slice % kSlices) * units / kSlices,
                  last = int(slice % kSlices + 1) * units / kSlices;
        for (int u = first; u < last; ++u) {
            Event e { 0, QDateTime::currentMSecsSinceEpoch(), 0, {},
                UnitMoved { unitId(u), unitPlace(u, slice / kSlices), 90, 30 } };
            if (client.publish(*codec.encodeReport(e, &error), &error) >= 0)
                ++published;
        }
    }
    std::printf("published %lld\n", static_cast<long long>(published));
    std::fflush(stdout);
    client.stop();
    return 0;
}

struct Ingest
{
    double cpuShare = 0;
    double positionsPerS = 0;
    qint64 journalLost = 0;
    qint64 published = 0;
    qint64 received = 0;
};

// A workstation's ingest path, as app/main.cpp wires it: events into the bus, the bus into the
// journal and the world state. Positions arrive through the broker (viaBroker) or are posted
// straight into the bus at the same rate (the baseline).
Ingest measureIngest(MqttBroker &broker, int units, int warmupS, int windowS, bool viaBroker)
{
    const QString tag = viaBroker ? QStringLiteral("broker") : QStringLiteral("direct");
    EventBus bus;
    WorldState world;
    Journal journal;
    QString error;
    if (!journal.open(broker.dir() + QStringLiteral("/ingest-%1.sqlite").arg(tag), JournalMode::Live, &error))
        die(error);
    qint64 moved = 0;
    QObject::connect(&bus, &EventBus::published, &bus, [&](const Event &e) {
        journal.append(e);
        world.apply(e);
        moved += std::holds_alternative<UnitMoved>(e.payload);
    });
    struct BusSink : EventSink
    {
        EventBus *bus;
        void post(Event e) override { bus->publish(std::move(e)); }
    } sink;
    sink.bus = &bus;
    std::unique_ptr<MqttConnector> connector;
    QProcess gateway;
    QTimer direct;
    qint64 slice = 0;
    if (viaBroker) {
        ConnectorOptions o;
        o.broker.host = QStringLiteral("127.0.0.1");
        o.broker.port = broker.port();
        o.broker.caFile = broker.caFile();
        o.broker.username = o.broker.clientId = QStringLiteral("ingest");
        o.broker.password = "i";
        o.operatorId = QStringLiteral("bench");
        o.outboxPath = broker.dir() + QStringLiteral("/ingest-outbox.sqlite");
        connector = std::make_unique<MqttConnector>(o);
        if (!connector->start(&sink, &error))
            die(QStringLiteral("ingest connector: ") + error);
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BENCH_GATEWAY_PASSWORD"), QStringLiteral("g"));
        gateway.setProcessEnvironment(env);
        waitFor([] { return false; }, 500); // subscribed
        gateway.start(QCoreApplication::applicationFilePath(),
            { QStringLiteral("--publish-positions"), QString::number(broker.port()), broker.caFile(),
                QString::number(units), QString::number(warmupS + windowS + 8) });
    } else {
        for (int u = 0; u < units; ++u) {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            sink.post(Event { 0, now, now, QStringLiteral("mqtt"),
                UnitReported {
                    unitId(u), unitId(u), UnitKind::PatrolCar, UnitStatus::Available, unitPlace(u, 0), 0 } });
        }
        // The gateway's pace: every unit once a second, in 20 slices.
        QObject::connect(&direct, &QTimer::timeout, &direct, [&] {
            const int first = int(slice % 20) * units / 20, last = int(slice % 20 + 1) * units / 20;
            for (int u = first; u < last; ++u) {
                const qint64 now = QDateTime::currentMSecsSinceEpoch();
                sink.post(Event { 0, now, now, QStringLiteral("mqtt"),
                    UnitMoved { unitId(u), unitPlace(u, slice / 20), 90, 30 } });
            }
            ++slice;
        });
        direct.setTimerType(Qt::PreciseTimer);
        direct.start(50);
    }
    if (!waitFor([&] { return world.units()->rowCount() >= units; }, 60000))
        die(QStringLiteral("ingest (%1): %2 of %3 units known")
                .arg(tag)
                .arg(world.units()->rowCount())
                .arg(units));
    waitFor([] { return false; }, warmupS * 1000);
    const double cpu0 = cpuSeconds();
    const qint64 moved0 = moved;
    QElapsedTimer window;
    window.start();
    waitFor([] { return false; }, windowS * 1000);
    Ingest out;
    out.cpuShare = (cpuSeconds() - cpu0) / (double(window.nsecsElapsed()) / 1e9);
    out.positionsPerS = double(moved - moved0) / (double(window.nsecsElapsed()) / 1e9);
    if (viaBroker) {
        gateway.waitForFinished(30000);
        const QByteArray said = gateway.readAllStandardOutput();
        const auto at = said.indexOf("published ");
        out.published = at >= 0 ? said.mid(at + 10).trimmed().toLongLong() : -1;
        waitFor([] { return false; }, 1000); // the last positions arrive
        connector->stop();
    } else {
        direct.stop();
        out.published = slice * units / 20;
    }
    out.received = moved;
    out.journalLost = journal.close().lost;
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.contains(QStringLiteral("--publish-positions")))
        return publishPositions(args);
    const bool smoke = BenchReport::smoke(args);
    int orders = smoke ? 50 : 1000;
    if (const int i = int(args.indexOf(QStringLiteral("--orders"))); i > 0 && i + 1 < args.size())
        orders = args[i + 1].toInt();
    const int rttSamples = smoke ? 20 : 300;

    MqttBroker broker({ { QStringLiteral("disp"), QStringLiteral("dispatcher"), QStringLiteral("d") },
        { QStringLiteral("ingest"), QStringLiteral("dispatcher"), QStringLiteral("i") },
        { QStringLiteral("gateway"), QStringLiteral("gateway"), QStringLiteral("g") },
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
    // The throughput baseline: the same burst from the bare client to the same terminal. Where
    // it is no faster than the connector, the limit is the broker and the terminal, not the app.
    QElapsedTimer rawBurst;
    rawBurst.start();
    for (int i = 0; i < orders; ++i) {
        const auto message = *codec.encode(
            orderEvent(QStringLiteral("RAWBURST-%1").arg(i)), QStringLiteral("bench"), &error);
        if (raw.publish(message, &error) < 0)
            die(error);
        if (i % 100 == 0)
            QCoreApplication::processEvents();
    }
    auto rawBurstDone = [&] {
        return std::count_if(rawAcknowledged.begin(), rawAcknowledged.end(), [](const QByteArray &c) {
            return c.startsWith("RAWBURST-");
        }) == orders;
    };
    if (!waitFor(rawBurstDone, 120000))
        die(QStringLiteral("raw burst: not every order acknowledged"));
    const double rawBurstS = double(rawBurst.nsecsElapsed()) / 1e9;
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

    // The ingest, through the broker and straight into the bus, with nothing else running here.
    connector.stop();
    peer.stop();
    const int ingestUnits = smoke ? 1000 : 10000;
    const int windowS = smoke ? 2 : 10;
    const Ingest viaBroker = measureIngest(broker, ingestUnits, smoke ? 1 : 3, windowS, true);
    const Ingest direct = measureIngest(broker, ingestUnits, smoke ? 1 : 3, windowS, false);

    BenchReport report(QStringLiteral("backend"));
    report.set(smoke ? QStringLiteral("ingest_cpu_share_1k") : QStringLiteral("ingest_cpu_share_10k"),
        viaBroker.cpuShare);
    report.set(QStringLiteral("ingest_cpu_share_direct"), direct.cpuShare);
    report.set(QStringLiteral("ingest_positions_per_s"), viaBroker.positionsPerS);
    report.set(QStringLiteral("ingest_lost"), double(viaBroker.published - viaBroker.received));
    report.set(QStringLiteral("ingest_journal_lost"), double(viaBroker.journalLost + direct.journalLost));
    report.note(QStringLiteral("ingest_units"), QString::number(ingestUnits));
    report.note(QStringLiteral("ingest_window_s"), QString::number(windowS));
    report.set(QStringLiteral("order_rtt_p50_ms"), BenchReport::percentile(rtt, 50));
    report.set(QStringLiteral("order_rtt_p99_ms"), BenchReport::percentile(rtt, 99));
    report.set(QStringLiteral("orders_per_s"), orders / burstS);
    report.set(QStringLiteral("raw_orders_per_s"), orders / rawBurstS);
    report.set(QStringLiteral("outage_lost"), orders - uniqueOutage);
    report.set(QStringLiteral("outage_duplicated"), stats.value(u"processed_twice").toInt());
    report.set(QStringLiteral("raw_rtt_p50_ms"), BenchReport::percentile(rawRtt, 50));
    report.set(QStringLiteral("raw_rtt_p99_ms"), BenchReport::percentile(rawRtt, 99));
    report.note(QStringLiteral("orders"), QString::number(orders));
    report.note(QStringLiteral("rtt_samples"), QString::number(rttSamples));
    report.note(QStringLiteral("peer_messages_received"), QString::number(stats.value(u"received").toInt()));
    report.note(QStringLiteral("baseline"),
        QStringLiteral(
            "raw_rtt: a bare libmosquitto client, same payload, same peer; ingest_cpu_share_direct: the "
            "same positions posted straight into the same bus, world state and journal"));
    return report.finish(args);
}
