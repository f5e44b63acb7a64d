// watchfloor-ctl: a command-line client of the Watchfloor backend on the workstation's own MQTT
// library (codec, client, outbox): list units, give an order and follow it, watch events, send a
// file of orders through a durable outbox, and export a slice of a journal. For automation and
// for checks. Exit codes: 0 done, 1 failed (refused, rejected, timed out, unreadable), 2 bad usage.
#include "BrokerCommandLine.h"
#include "ConnectorSettings.h"
#include "EventJson.h"
#include "Journal.h"
#include "MqttConnector.h"
#include "TerminationSignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <limits>
#include <map>

using namespace wf;

namespace {

constexpr int kBadUsage = 2;
constexpr int kFailed = 1;
constexpr qint64 kMaxOrderFileBytes = 64 * 1024 * 1024;

int usageError(const QString &message)
{
    std::fprintf(stderr, "watchfloor-ctl: %s\nTry 'watchfloor-ctl --help'.\n", qPrintable(message));
    return kBadUsage;
}

int failure(const QString &message)
{
    std::fprintf(stderr, "watchfloor-ctl: %s\n", qPrintable(message));
    return kFailed;
}

void printLine(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

struct Sink : EventSink
{
    std::function<void(const Event &)> onEvent;
    void post(Event e) override { onEvent(e); }
};

// Runs the event loop until done() or the deadline (< 0: none); false on the deadline. It sleeps
// until something happens (a timer looks at the clock), rather than polling.
bool waitUntil(const std::function<bool()> &done, qint64 deadlineMs)
{
    QElapsedTimer t;
    t.start();
    QTimer wake;
    wake.start(50);
    while (!done()) {
        if (deadlineMs >= 0 && t.elapsed() > deadlineMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

bool g_interrupted = false;

std::optional<qint64> parseTime(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 ms = text.toLongLong(&ok);
    if (ok)
        return ms;
    const auto t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? std::optional<qint64>(t.toMSecsSinceEpoch()) : std::nullopt;
}

// An order from a line of a file or the command line, checked as the codec will.
std::optional<OrderIssued> orderFromJson(const QJsonObject &o, QString *error)
{
    OrderIssued order { o.value(u"order_id").toString(), o.value(u"unit_id").toString(),
        o.value(u"task").toString(), GeoPoint { o.value(u"lat").toDouble(), o.value(u"lon").toDouble() },
        o.value(u"incident_id").toString(), {} };
    if (!o.value(u"lat").isDouble() || !o.value(u"lon").isDouble() || std::abs(order.target.lat) > 90
        || std::abs(order.target.lon) > 180) {
        *error = QStringLiteral("an order needs a place: \"lat\" -90..90 and \"lon\" -180..180");
        return std::nullopt;
    }
    Event e { 0, 0, 0, {}, order };
    if (!mqtt::MqttCodec(QStringLiteral("live")).encode(e, {}, error))
        return std::nullopt;
    return order;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("watchfloor-ctl"));
    if (const auto refused = BrokerCommandLine::passwordArgumentError(app.arguments()); !refused.isEmpty())
        return usageError(refused);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "A command-line client of the Watchfloor backend (docs/protocol.md).\n\n"
        "Commands:\n"
        "  units                       list the units the broker holds (their retained status)\n"
        "  order UNIT TASK LAT,LON     give an order and follow it until --until (default done)\n"
        "  watch                       print every event as a JSON line (until --count, --seconds or "
        "Ctrl+C)\n"
        "  send-orders FILE            give the orders of a JSON-lines file through the --outbox, then\n"
        "                              follow them until each is done or rejected\n"
        "  resume                      send what the --outbox still holds and follow it to the end\n"
        "  export                      write a slice of a journal (--db) as JSON lines; no broker\n\n"
        "TASK: respond, move_to, man_checkpoint, hold_position, lookout, recall. The password comes from\n"
        "--password-file, the environment variable WATCHFLOOR_BACKEND_PASSWORD, or is asked for.\n"
        "Exit codes: 0 done, 1 failed (refused, rejected, no answer, timed out), 2 bad usage."));
    const QCommandLineOption help(
        { QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("Show this help."));
    const BrokerCommandLine broker(QStringLiteral("The broker: mqtts://user@host:port."));
    const QCommandLineOption ns(
        QStringLiteral("namespace"), QStringLiteral("live (default) or training."), QStringLiteral("NS"));
    const QCommandLineOption role(QStringLiteral("role"),
        QStringLiteral("The account's role: dispatcher (default), supervisor or trainee."),
        QStringLiteral("ROLE"));
    const QCommandLineOption operatorId(QStringLiteral("operator"),
        QStringLiteral("Who gives the orders (default: the user name)."), QStringLiteral("NAME"));
    const QCommandLineOption outbox(QStringLiteral("outbox"),
        QStringLiteral("The outbox file (SQLite) orders wait in until answered; default: a temporary one."),
        QStringLiteral("FILE"));
    const QCommandLineOption incident(
        QStringLiteral("incident"), QStringLiteral("order: the incident it is for."), QStringLiteral("ID"));
    const QCommandLineOption orderId(QStringLiteral("order-id"),
        QStringLiteral("order: its id (default CTL-<time>)."), QStringLiteral("ID"));
    const QCommandLineOption until(QStringLiteral("until"),
        QStringLiteral(
            "order: the state that ends the wait (delivered, acknowledged, en_route, on_scene, done)."),
        QStringLiteral("STATE"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
        QStringLiteral("Give up after this many seconds (default: 15 to connect; order 600; units 3)."),
        QStringLiteral("S"));
    const QCommandLineOption rate(QStringLiteral("rate"),
        QStringLiteral("send-orders: orders per second (default: as fast as they go)."), QStringLiteral("N"));
    const QCommandLineOption count(
        QStringLiteral("count"), QStringLiteral("watch: stop after N events."), QStringLiteral("N"));
    const QCommandLineOption seconds(
        QStringLiteral("seconds"), QStringLiteral("watch: stop after S seconds."), QStringLiteral("S"));
    const QCommandLineOption json(
        QStringLiteral("json"), QStringLiteral("units: JSON lines instead of a table."));
    const QCommandLineOption db(
        QStringLiteral("db"), QStringLiteral("export: the journal."), QStringLiteral("FILE"));
    const QCommandLineOption from(QStringLiteral("from"),
        QStringLiteral("export: from this receive time (ISO-8601 or ms since 1970; default the start)."),
        QStringLiteral("TIME"));
    const QCommandLineOption to(QStringLiteral("to"),
        QStringLiteral("export: up to (not including) this time (default the end)."), QStringLiteral("TIME"));
    const QCommandLineOption kinds(QStringLiteral("kinds"),
        QStringLiteral("export, watch: only these event kinds (comma-separated, e.g. "
                       "order_issued,order_state_changed)."),
        QStringLiteral("LIST"));
    const QCommandLineOption out(QStringLiteral("out"),
        QStringLiteral("export: write here (default standard output)."), QStringLiteral("FILE"));
    broker.addTo(&p);
    p.addOptions({ help, ns, role, operatorId, outbox, incident, orderId, until, timeout, rate, count,
        seconds, json, db, from, to, kinds, out });
    if (!p.parse(app.arguments()))
        return usageError(p.errorText());
    if (p.isSet(help)) {
        std::printf("%s", qPrintable(p.helpText()));
        return 0;
    }
    const QStringList args = p.positionalArguments();
    if (args.isEmpty())
        return usageError(
            QStringLiteral("a command is needed: units, order, watch, send-orders, resume or export"));
    const QString command = args.first();
    const std::map<QString, int> arity { { QStringLiteral("units"), 0 }, { QStringLiteral("order"), 3 },
        { QStringLiteral("watch"), 0 }, { QStringLiteral("send-orders"), 1 }, { QStringLiteral("resume"), 0 },
        { QStringLiteral("export"), 0 } };
    const auto known = arity.find(command);
    if (known == arity.end())
        return usageError(QStringLiteral("unknown command '%1'").arg(command));
    if (args.size() - 1 != known->second)
        return usageError(QStringLiteral("'%1' takes %2 argument(s), not %3")
                .arg(command)
                .arg(known->second)
                .arg(args.size() - 1));
    auto positive = [&](const QCommandLineOption &o, double fallback, double *value) {
        if (!p.isSet(o)) {
            *value = fallback;
            return true;
        }
        bool ok = false;
        *value = p.value(o).toDouble(&ok);
        return ok && *value > 0 && *value <= 1e9;
    };
    double timeoutS = 0, rateValue = 0, countValue = 0, secondsValue = 0;
    if (!positive(timeout, -1, &timeoutS))
        return usageError(QStringLiteral("--timeout must be a positive number of seconds"));
    if (!positive(rate, -1, &rateValue))
        return usageError(QStringLiteral("--rate must be a positive number of orders per second"));
    if (!positive(count, -1, &countValue))
        return usageError(QStringLiteral("--count must be a positive number"));
    if (!positive(seconds, -1, &secondsValue))
        return usageError(QStringLiteral("--seconds must be a positive number"));
    QStringList kindFilter;
    if (p.isSet(kinds)) {
        kindFilter = p.value(kinds).split(u',', Qt::SkipEmptyParts);
        for (const auto &k : kindFilter) {
            if (!eventKindFromName(k))
                return usageError(QStringLiteral("unknown event kind '%1'").arg(k));
        }
    }

    // --- export: a journal slice, no broker ---------------------------------------------------
    if (command == u"export") {
        if (!p.isSet(db))
            return usageError(QStringLiteral("export needs --db JOURNAL"));
        const auto fromMs = p.isSet(from) ? parseTime(p.value(from)) : std::optional<qint64>(0);
        const auto toMs = p.isSet(to) ? parseTime(p.value(to))
                                      : std::optional<qint64>(std::numeric_limits<qint64>::max());
        if (!fromMs || !toMs)
            return usageError(QStringLiteral("--from and --to are ISO-8601 times or ms since 1970"));
        if (*toMs <= *fromMs)
            return usageError(QStringLiteral("--to must be after --from"));
        JournalReader reader;
        QString error;
        if (!reader.open(p.value(db), &error))
            return failure(error);
        QFile file;
        if (p.isSet(out)) {
            file.setFileName(p.value(out));
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return failure(
                    QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
        } else if (!file.open(stdout, QIODevice::WriteOnly)) {
            return failure(QStringLiteral("cannot write to standard output"));
        }
        qint64 written = 0;
        bool writeFailed = false;
        reader.read(*fromMs, *toMs, [&](const Event &e) {
            if (writeFailed || (!kindFilter.isEmpty() && !kindFilter.contains(eventKindName(e.kind()))))
                return;
            const QByteArray line = QJsonDocument(ctl::eventJson(e)).toJson(QJsonDocument::Compact) + '\n';
            writeFailed = file.write(line) != line.size();
            ++written;
        });
        file.close();
        if (writeFailed)
            return failure(QStringLiteral("writing the export failed: %1").arg(file.errorString()));
        std::fprintf(stderr, "watchfloor-ctl: %lld events exported\n", static_cast<long long>(written));
        return 0;
    }

    // --- everything else speaks to the broker ---------------------------------------------------
    if (!broker.backendGiven(p))
        return usageError(QStringLiteral("--backend mqtts://user@host:port is needed for '%1'").arg(command));
    if ((command == u"send-orders" || command == u"resume") && !p.isSet(outbox))
        return usageError(
            QStringLiteral("'%1' needs --outbox FILE: the orders must outlive this process").arg(command));
    std::optional<OrderIssued> single;
    OrderState untilState = OrderState::Done;
    if (command == u"order") {
        const QStringList at = args[3].split(u',');
        bool okLat = false, okLon = false;
        QJsonObject o { { QStringLiteral("order_id"),
                            p.isSet(orderId)
                                ? p.value(orderId)
                                : QStringLiteral("CTL-%1").arg(QDateTime::currentMSecsSinceEpoch()) },
            { QStringLiteral("unit_id"), args[1] }, { QStringLiteral("task"), args[2] },
            { QStringLiteral("incident_id"), p.value(incident) } };
        if (at.size() == 2) {
            const double lat = at[0].toDouble(&okLat), lon = at[1].toDouble(&okLon);
            if (okLat && okLon) {
                o.insert(QStringLiteral("lat"), lat);
                o.insert(QStringLiteral("lon"), lon);
            }
        }
        if (!okLat || !okLon)
            return usageError(
                QStringLiteral("the place is LAT,LON in degrees, e.g. 30.59,114.30, not '%1'").arg(args[3]));
        QString error;
        single = orderFromJson(o, &error);
        if (!single)
            return usageError(error);
        if (p.isSet(until)) {
            const auto s = mqtt::MqttCodec::orderStateFromName(p.value(until));
            if (!s || int(*s) < int(OrderState::Delivered) || int(*s) > int(OrderState::Done))
                return usageError(QStringLiteral(
                    "--until is one of delivered, acknowledged, en_route, on_scene, done, not '%1'")
                        .arg(p.value(until)));
            untilState = *s;
        }
    }
    std::vector<OrderIssued> fileOrders;
    if (command == u"send-orders") {
        QFile f(args[1]);
        if (!f.open(QIODevice::ReadOnly))
            return usageError(QStringLiteral("cannot read %1: %2").arg(args[1], f.errorString()));
        if (f.size() > kMaxOrderFileBytes)
            return usageError(QStringLiteral("%1 is larger than 64 MB").arg(args[1]));
        int lineNo = 0;
        while (!f.atEnd()) {
            const QByteArray line = f.readLine(64 * 1024).trimmed();
            ++lineNo;
            if (line.isEmpty())
                continue;
            QJsonParseError pe;
            const auto doc = QJsonDocument::fromJson(line, &pe);
            QString error = pe.error == QJsonParseError::NoError && !doc.isObject()
                ? QStringLiteral("not a JSON object")
                : pe.errorString();
            std::optional<OrderIssued> order;
            if (doc.isObject())
                order = orderFromJson(doc.object(), &error);
            if (!order)
                return usageError(QStringLiteral("%1 line %2: %3").arg(args[1]).arg(lineNo).arg(error));
            fileOrders.push_back(*order);
        }
    }

    QTemporaryDir scratch;
    QVariantMap settings = broker.settings(p);
    settings.insert({ { QStringLiteral("namespace"), p.isSet(ns) ? p.value(ns) : QStringLiteral("live") },
        { QStringLiteral("role"), p.isSet(role) ? p.value(role) : QStringLiteral("dispatcher") },
        { QStringLiteral("operator"),
            p.isSet(operatorId) ? p.value(operatorId) : qEnvironmentVariable("USER", QStringLiteral("ctl")) },
        { QStringLiteral("outbox"),
            p.isSet(outbox) ? p.value(outbox) : scratch.filePath(QStringLiteral("outbox.sqlite")) } });
    QString error;
    auto options = mqtt::connectorOptions(settings, &error);
    if (!options)
        return usageError(error);
    // A tool leaves no session behind at the broker: what it must not lose is in its outbox.
    options->broker.cleanStart = true;
    options->broker.sessionExpirySeconds = 0;
    options->broker.reconnectMaxSeconds = 5;

    TerminationSignals termination;
    QObject::connect(&termination, &TerminationSignals::received, &app, [] { g_interrupted = true; });

    QString connection, connectionDetail;
    std::map<QString, UnitReported> units;
    std::map<QString, std::vector<OrderState>> states;
    qint64 watched = 0;
    Sink sink;
    sink.onEvent = [&](const Event &e) {
        if (const auto *b = std::get_if<BackendStatus>(&e.payload)) {
            connection = b->state;
            connectionDetail = b->detail;
            return;
        }
        if (const auto *u = std::get_if<UnitReported>(&e.payload))
            units[u->unitId] = *u;
        if (const auto *s = std::get_if<OrderStateChanged>(&e.payload))
            states[s->orderId].push_back(s->state);
        if (command == u"watch" && (countValue <= 0 || watched < qint64(countValue))
            && (kindFilter.isEmpty() || kindFilter.contains(eventKindName(e.kind())))) {
            printLine(QJsonDocument(ctl::eventJson(e)).toJson(QJsonDocument::Compact));
            ++watched;
        }
    };
    mqtt::MqttConnector connector(*options);
    if (!connector.start(&sink, &error))
        return failure(error);
    const qint64 connectMs
        = command == u"order" || command == u"units" || timeoutS < 0 ? 15000 : qint64(timeoutS * 1000);
    if (!waitUntil([&] { return connection == u"connected" || connection == u"refused" || g_interrupted; },
            connectMs)
        || connection != u"connected") {
        connector.stop();
        return failure(connection == u"refused"
                ? QStringLiteral("the broker refused the connection: %1").arg(connectionDetail)
                : QStringLiteral("cannot reach the broker at %1 (%2)")
                      .arg(options->broker.brokerText(),
                          connectionDetail.isEmpty() ? connection : connectionDetail));
    }
    int rc = 0;
    if (command == u"units") {
        // The roster is retained at the broker: it arrives at once after the subscription.
        const qint64 wait = timeoutS > 0 ? qint64(timeoutS * 1000) : 3000;
        std::size_t seen = 0;
        QElapsedTimer quiet;
        quiet.start();
        waitUntil(
            [&] {
                if (units.size() != seen) {
                    seen = units.size();
                    quiet.restart();
                }
                return g_interrupted || (seen > 0 && quiet.elapsed() > 500);
            },
            wait);
        if (units.empty())
            std::fprintf(stderr, "watchfloor-ctl: no units reported in %s\n", qPrintable(options->ns));
        for (const auto &[id, u] : units) {
            if (p.isSet(json)) {
                printLine(QJsonDocument(
                    ctl::eventJson(Event { 0, 0, 0, QStringLiteral("mqtt"), u }).value(u"data").toObject())
                        .toJson(QJsonDocument::Compact));
            } else {
                printLine(QStringLiteral("%1\t%2\t%3\t%4,%5")
                        .arg(id, u.callSign, unitStatusName(u.status).toString())
                        .arg(u.position.lat, 0, 'f', 5)
                        .arg(u.position.lon, 0, 'f', 5)
                        .toUtf8());
            }
        }
    } else if (command == u"order") {
        if (!connector.submit(
                Event { 0, QDateTime::currentMSecsSinceEpoch(), 0, QStringLiteral("operator"), *single },
                &error)) {
            connector.stop();
            return failure(QStringLiteral("order %1 not given: %2").arg(single->orderId, error));
        }
        printLine(QStringLiteral("%1 issued").arg(single->orderId).toUtf8());
        std::size_t shown = 0;
        bool ended = false, ok = false;
        auto &mine = states[single->orderId];
        const bool reached = waitUntil(
            [&] {
                // Each answer once, up to the state waited for or the order's end.
                for (; shown < mine.size() && !ended; ++shown) {
                    const OrderState s = mine[shown];
                    printLine(QStringLiteral("%1 %2").arg(single->orderId, orderStateName(s)).toUtf8());
                    ok = s == untilState;
                    ended = ok || s == OrderState::Done || s == OrderState::Rejected
                        || s == OrderState::NoAnswer || s == OrderState::Expired;
                }
                return g_interrupted || ended;
            },
            timeoutS > 0 ? qint64(timeoutS * 1000) : 600000);
        if (!ok)
            rc = failure(!reached ? QStringLiteral("order %1: no '%2' within the timeout")
                                        .arg(single->orderId, orderStateName(untilState))
                    : g_interrupted ? QStringLiteral("interrupted")
                                    : QStringLiteral("order %1 ended as %2")
                                          .arg(single->orderId, orderStateName(mine[shown - 1])));
    } else if (command == u"watch") {
        waitUntil([&] { return g_interrupted || (countValue > 0 && watched >= qint64(countValue)); },
            secondsValue > 0 ? qint64(secondsValue * 1000) : -1);
    } else {
        // send-orders and resume: the outbox is the record; the process may die at any point
        // and a later "resume" with the same outbox finishes the job, each order given once.
        QElapsedTimer pace;
        pace.start();
        for (std::size_t i = 0; i < fileOrders.size() && !g_interrupted; ++i) {
            if (rateValue > 0)
                waitUntil(
                    [&] { return g_interrupted || pace.elapsed() >= qint64(double(i) * 1000 / rateValue); },
                    -1);
            if (!connector.submit(Event { 0, QDateTime::currentMSecsSinceEpoch(), 0,
                                      QStringLiteral("operator"), fileOrders[i] },
                    &error)) {
                rc = failure(QStringLiteral("order %1 not given: %2").arg(fileOrders[i].orderId, error));
                break;
            }
            printLine(QStringLiteral("given %1").arg(fileOrders[i].orderId).toUtf8());
            QCoreApplication::processEvents();
        }
        const bool empty = waitUntil([&] { return g_interrupted || connector.outboxSize() == 0; },
            timeoutS > 0 ? qint64(timeoutS * 1000) : 600000);
        int rejected = 0;
        for (const auto &[id, list] : states)
            rejected += std::find(list.begin(), list.end(), OrderState::Rejected) != list.end();
        if (!empty || g_interrupted)
            rc = failure(QStringLiteral("%1 orders still wait in the outbox %2; 'resume' finishes them")
                    .arg(connector.outboxSize())
                    .arg(p.value(outbox)));
        else if (rejected > 0)
            rc = failure(QStringLiteral("%1 orders were rejected").arg(rejected));
        else
            printLine(QByteArrayLiteral("outbox empty"));
    }
    connector.stop();
    return rc;
}
