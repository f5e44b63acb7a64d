// bench_soak ("./watchfloor bench soak"): the running workstation in live mode as a centre runs
// it for a shift's stretch: 10,000 units reporting a position once a second through a stock
// mosquitto (TLS, passwords, the role ACL) for 10 minutes, into the real app under Xvfb (its
// connector, world state, journal, map and wall), while the app reports how responsive its
// window is (--ui-health).
//   soak_lost: positions the gateway published that the app's journal does not hold (target 0);
//   soak_ui_stall_max_ms / soak_ui_stall_p99_ms: the longest the GUI thread's event loop was late
//     (a click or a key waits that long), over the whole run after the app's 30 s warm-up (target
//     < 100); startup_ui_stall_max_ms: the same including the app's start;
//   soak_frame_p95_ms / soak_frame_max_ms: the main window's frame times;
//   soak_cpu_cores (all the app's threads), soak_rss_mb_start / soak_rss_mb_end, and the
//     per-minute series in the notes (a climb would show there).
// Reference, same run, not a baseline of the same output: the same app in training on its
// embedded world with the same number of units moving once a second (no broker): ref_* figures,
// measured for 2 minutes. It says what the backend path adds to the cost of 10,000 moving units.
// Options: --smoke (1,000 units, 20 s, reference 10 s), --minutes N, --units N, --json FILE.
// The gateway is bench_backend --publish-positions, a process of its own.
#include "../common/MqttBroker.h"
#include "AppProcess.h"
#include "BenchReport.h"
#include "Event.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cstdio>

using namespace wf;
using namespace wf::bench;
using wf::testing::MqttBroker;

namespace {

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "bench_soak: %s\n", qPrintable(what));
    std::exit(1);
}

struct Run
{
    QJsonObject ui; // the app's --ui-health file at the end
    double cpuCores = 0;
    double rssStartMb = 0;
    double rssEndMb = 0;
    QStringList perMinute; // "minute: rss MB, stall max ms, frame p95 ms"
    qint64 journaled = 0; // UnitMoved rows in its journal
};

qint64 journaledPositions(const QString &journal)
{
    qint64 n = -1;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(journal);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT count(*) FROM events WHERE kind = ?"));
            q.addBindValue(int(EventKind::UnitMoved));
            if (q.exec() && q.next())
                n = q.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return n;
}

// Runs the app with ARGS for SECONDS after it is up (its UI health file written), sampling it every
// minute, then ends it with SIGTERM as a logout would, so that its journal is closed. `during`
// is called once the app is up (the gateway starts there) and returns false to stop early.
Run runApp(const QStringList &args, const QString &dir, int seconds, const QProcessEnvironment &env,
    const std::function<void()> &whenUp, const std::function<bool()> &goOn)
{
    Run out;
    const QString health = dir + QStringLiteral("/ui.json");
    const QString journal = dir + QStringLiteral("/journal.sqlite");
    Child app;
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    app.setStandardOutputFile(QProcess::nullDevice());
    app.start(QStringLiteral(WATCHFLOOR_APP),
        args + QStringList { QStringLiteral("--ui-health"), health, QStringLiteral("--db"), journal });
    if (!app.waitForStarted(10000))
        die(QStringLiteral("the app did not start"));
    // Past the app's warm-up (its start's stalls are not the run's), logged in and subscribed.
    if (!waitForUiWarmUp(health, app))
        die(QStringLiteral("the app stopped while it warmed up"));
    whenUp();
    const qint64 pid = app.processId();
    out.rssStartMb = rssMb(pid);
    const double cpu0 = cpuSeconds(pid);
    QElapsedTimer t;
    t.start();
    int minute = 0;
    while (t.elapsed() < qint64(seconds) * 1000 && goOn()) {
        sleepMs(200);
        if (app.state() != QProcess::Running)
            die(QStringLiteral("the app stopped during the run"));
        if (t.elapsed() >= qint64(minute + 1) * 60000) {
            ++minute;
            const auto ui = readJson(health);
            const auto last = ui.value(QStringLiteral("minutes")).toArray().last().toObject();
            out.perMinute << QStringLiteral("%1: %2 MB, stall max %3 ms, frame p95 %4 ms")
                                 .arg(minute)
                                 .arg(rssMb(pid), 0, 'f', 0)
                                 .arg(last.value(QStringLiteral("ui_stall_max_ms")).toDouble())
                                 .arg(last.value(QStringLiteral("frame_p95_ms")).toDouble());
        }
    }
    out.cpuCores = (cpuSeconds(pid) - cpu0) / (double(t.elapsed()) / 1000.0);
    out.rssEndMb = rssMb(pid);
    app.terminate();
    if (!app.waitForFinished(60000) || app.exitStatus() != QProcess::NormalExit || app.exitCode() != 0)
        die(QStringLiteral("the app did not end cleanly on SIGTERM (exit code %1)").arg(app.exitCode()));
    out.ui = readJson(health);
    out.journaled = journaledPositions(journal);
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    if (const int failed = ensureDisplay(argc, argv, "bench_soak"))
        return failed;
    QCoreApplication qapp(argc, argv);
    const QStringList args = qapp.arguments();
    const bool smoke = BenchReport::smoke(args);
    const int units = int(positiveOption(args, "--units", smoke ? 1000 : 10000, "bench_soak"));
    const int seconds = int(positiveOption(args, "--minutes", smoke ? 20.0 / 60 : 10, "bench_soak") * 60);
    const int refSeconds = std::min(seconds, smoke ? 10 : 120);

    const auto env = appEnvironment();
    const QStringList common { QStringLiteral("--lang"), QStringLiteral("en") };

    BenchReport report(QStringLiteral("soak"));
    if (!prepareTrainingCameras("bench_soak"))
        return 1;
    QTemporaryDir dir(QStringLiteral(WATCHFLOOR_BINARY_DIR "/bench-soak-XXXXXX"));
    if (!dir.isValid())
        die(QStringLiteral("no room for the run's files in the build tree"));

    // The reference: the embedded training world with the same number of units.
    QDir().mkpath(dir.filePath(QStringLiteral("ref")));
    const Run ref = runApp(
        common + QStringList { QStringLiteral("--units"), QString::number(units) },
        dir.filePath(QStringLiteral("ref")), refSeconds, env, [] {}, [] { return true; });

    // The soak: live mode against a real broker, a gateway reporting every unit once a second.
    MqttBroker broker({ { QStringLiteral("ws-soak"), QStringLiteral("dispatcher"), QStringLiteral("w") },
        { QStringLiteral("gateway"), QStringLiteral("gateway"), QStringLiteral("g") } });
    QString error;
    if (!broker.start(&error))
        die(error);
    const QString settings = dir.filePath(QStringLiteral("settings.json"));
    {
        QFile f(settings);
        const QJsonObject s { { QStringLiteral("operator"), QStringLiteral("soak") },
            { QStringLiteral("backend"),
                QJsonObject { { QStringLiteral("ca_file"), broker.caFile() },
                    { QStringLiteral("role"), QStringLiteral("dispatcher") } } } };
        if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(s).toJson()) <= 0)
            die(QStringLiteral("cannot write ") + settings);
    }
    auto appEnv = env;
    appEnv.insert(QStringLiteral("WATCHFLOOR_BACKEND_PASSWORD"), QStringLiteral("w"));
    Child gateway;
    auto gatewayEnv = QProcessEnvironment::systemEnvironment();
    gatewayEnv.insert(QStringLiteral("BENCH_GATEWAY_PASSWORD"), QStringLiteral("g"));
    gateway.setProcessEnvironment(gatewayEnv);
    QDir().mkpath(dir.filePath(QStringLiteral("soak")));
    const Run soak = runApp(
        common
            + QStringList { QStringLiteral("--live"), QStringLiteral("--settings"), settings,
                QStringLiteral("--backend"),
                QStringLiteral("mqtts://ws-soak@127.0.0.1:%1").arg(broker.port()) },
        dir.filePath(QStringLiteral("soak")), seconds + 30, appEnv,
        [&] {
            gateway.start(QStringLiteral(BENCH_GATEWAY),
                { QStringLiteral("--publish-positions"), QString::number(broker.port()), broker.caFile(),
                    QString::number(units), QString::number(seconds) });
        },
        // Until the gateway has said how many it published, and the last of them had 3 s to land.
        [&, ended = QElapsedTimer()]() mutable {
            if (gateway.state() == QProcess::Running)
                return true;
            if (!ended.isValid())
                ended.start();
            return ended.elapsed() < 3000;
        });
    const QByteArray said = gateway.readAllStandardOutput();
    const auto at = said.lastIndexOf("published ");
    if (at < 0)
        die(QStringLiteral("the gateway did not finish: ")
            + QString::fromLocal8Bit(gateway.readAllStandardError()));
    const qint64 published = said.mid(at + 10).trimmed().toLongLong();

    // After the app's warm-up: the run itself, not its start (reported apart).
    const auto ui = [](const Run &r, const char *key) {
        return r.ui.value(QStringLiteral("after_warm_up")).toObject().value(QLatin1String(key)).toDouble();
    };
    report.set(QStringLiteral("soak_positions_published"), double(published));
    report.set(QStringLiteral("soak_positions_journaled"), double(soak.journaled));
    report.set(QStringLiteral("soak_lost"), double(published - soak.journaled));
    report.set(QStringLiteral("soak_ui_stall_max_ms"), ui(soak, "ui_stall_max_ms"));
    report.set(QStringLiteral("soak_ui_stall_p99_ms"), ui(soak, "ui_stall_p99_ms"));
    report.set(QStringLiteral("soak_frame_p95_ms"), ui(soak, "frame_p95_ms"));
    report.set(QStringLiteral("soak_frame_max_ms"), ui(soak, "frame_max_ms"));
    report.set(QStringLiteral("soak_cpu_cores"), soak.cpuCores);
    report.set(QStringLiteral("soak_rss_mb_start"), soak.rssStartMb);
    report.set(QStringLiteral("soak_rss_mb_end"), soak.rssEndMb);
    report.set(QStringLiteral("startup_ui_stall_max_ms"),
        soak.ui.value(QStringLiteral("ui_stall_max_ms")).toDouble());
    report.set(QStringLiteral("ref_ui_stall_max_ms"), ui(ref, "ui_stall_max_ms"));
    report.set(QStringLiteral("ref_ui_stall_p99_ms"), ui(ref, "ui_stall_p99_ms"));
    report.set(QStringLiteral("ref_frame_p95_ms"), ui(ref, "frame_p95_ms"));
    report.set(QStringLiteral("ref_cpu_cores"), ref.cpuCores);
    report.note(QStringLiteral("units"), QString::number(units));
    report.note(QStringLiteral("soak_seconds"), QString::number(seconds));
    report.note(QStringLiteral("ref_seconds"), QString::number(refSeconds));
    report.note(QStringLiteral("soak_per_minute"), soak.perMinute.join(QStringLiteral("; ")));
    report.note(QStringLiteral("ref"),
        QStringLiteral("the same app in training on its embedded world with the same number of units "
                       "moving once a second, no broker: a reference for the cost, not a baseline of "
                       "the same output"));
    return report.finish(args);
}
