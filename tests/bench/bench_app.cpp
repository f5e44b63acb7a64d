// bench_app ("./watchfloor bench app"): the whole workstation's cost, as a dispatcher uses it. The
// real app under Xvfb in training with 10,000 simulated units, the generated 2.19 M camera register
// (shown on the map from zoom 14), a 4x4 wall of synthetic training feeds, the map at zoom 14 over
// central Wuhan and dragged slowly with the mouse (XTEST, tests/tools/x11_input.py: 150 px a
// second, back and forth), for 5 minutes after the app's warm-up:
//   app_cpu_cores: all the app's threads; the split by thread name is in the notes;
//   frame_p95_ms / frame_max_ms: the main window's frame times (UiHealth, --ui-health);
//   ui_stall_max_ms / ui_stall_p99_ms: the longest the GUI thread's event loop was late;
//   rss_mb: resident memory at the end (rss_mb_max: the largest sampled).
// Targets: frame_p95_ms < 33, ui_stall_max_ms < 100, rss_mb < 1,500.
// Reference, same run (not a same-output baseline: nothing is panned): still_*, the same app, world,
// wall and view with the map left alone, for 2 minutes: what the panning adds.
// Options: --smoke (1,000 units, 15 s, reference 10 s), --minutes N, --units N, --json FILE.
#include "AppProcess.h"
#include "BenchReport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace wf::bench;

namespace {

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "bench_app: %s\n", qPrintable(what));
    std::exit(1);
}

struct Run
{
    QJsonObject ui; // after the warm-up
    double cpuCores = 0;
    double rssMb = 0;
    double rssMaxMb = 0;
    int liveTiles = 0;
    QStringList threads; // "name 0.42" by CPU, most first
};

Run runApp(const QStringList &args, const QString &dir, int seconds, bool pan, const QProcessEnvironment &env)
{
    Run out;
    const QString health = dir + QStringLiteral("/ui.json");
    const QString wall = dir + QStringLiteral("/wall.json");
    Child app;
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    app.setStandardOutputFile(QProcess::nullDevice());
    app.start(QStringLiteral(WATCHFLOOR_APP),
        args
            + QStringList { QStringLiteral("--ui-health"), health, QStringLiteral("--wall-health"), wall,
                QStringLiteral("--db"), dir + QStringLiteral("/journal.sqlite") });
    if (!app.waitForStarted(10000))
        die(QStringLiteral("the app did not start"));
    if (!waitForUiWarmUp(health, app))
        die(QStringLiteral("the app stopped or did not come up within 3 minutes"));
    const qint64 pid = app.processId();

    Child hand; // the mouse
    if (pan) {
        // Drags over the map's part of the 1600x900 window (left of the wall column), 450 px in
        // 3 s one way, then back: the map moves about 150 px a second.
        QStringList steps { QStringLiteral(WATCHFLOOR_SOURCE_DIR "/tests/tools/x11_input.py"),
            QStringLiteral("--delay"), QStringLiteral("100") };
        for (int i = 0; i < seconds / 3 + 2; ++i)
            steps << (i % 2 ? QStringLiteral("drag:850,600,-450,-200,3000")
                            : QStringLiteral("drag:400,400,450,200,3000"));
        hand.setProcessChannelMode(QProcess::ForwardedChannels);
        hand.start(QStringLiteral("python3"), steps);
        if (!hand.waitForStarted(5000))
            die(QStringLiteral("cannot start the mouse (python3 tests/tools/x11_input.py)"));
    }
    const double cpu0 = cpuSeconds(pid);
    const auto threads0 = cpuSecondsByThread(pid);
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < qint64(seconds) * 1000) {
        sleepMs(1000);
        if (app.state() != QProcess::Running)
            die(QStringLiteral("the app stopped during the run"));
        out.rssMaxMb = std::max(out.rssMaxMb, rssMb(pid));
    }
    const double elapsedS = double(t.elapsed()) / 1000.0;
    out.cpuCores = (cpuSeconds(pid) - cpu0) / elapsedS;
    out.rssMb = rssMb(pid);
    std::vector<std::pair<double, QString>> byThread;
    for (const auto &[name, s] : cpuSecondsByThread(pid)) {
        const auto before = threads0.find(name);
        const double cores = (s - (before != threads0.end() ? before->second : 0.0)) / elapsedS;
        if (cores >= 0.005)
            byThread.emplace_back(cores, name);
    }
    std::sort(byThread.rbegin(), byThread.rend());
    for (const auto &[cores, name] : byThread)
        out.threads << QStringLiteral("%1 %2").arg(name).arg(cores, 0, 'f', 3);
    for (const auto &tile : readJson(wall).value(QStringLiteral("tiles")).toArray())
        out.liveTiles += tile.toObject().value(QStringLiteral("state")).toString() == u"live";
    hand.stopNow();
    app.terminate();
    app.waitForFinished(60000);
    // From the end of the warm-up, which the run starts at (within a second).
    out.ui = readJson(health).value(QStringLiteral("after_warm_up")).toObject();
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    if (const int failed = ensureDisplay(argc, argv, "bench_app"))
        return failed;
    QCoreApplication qapp(argc, argv);
    const QStringList args = qapp.arguments();
    const bool smoke = BenchReport::smoke(args);
    const int units = int(positiveOption(args, "--units", smoke ? 1000 : 10000, "bench_app"));
    const int seconds = int(positiveOption(args, "--minutes", smoke ? 15.0 / 60 : 5, "bench_app") * 60);
    const int stillSeconds = std::min(seconds, smoke ? 10 : 120);

    // The generated register training shows: made once per machine, as the app's first start would.
    if (!prepareTrainingCameras("bench_app"))
        return 1;

    const auto env = appEnvironment();
    const QStringList common { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--units"),
        QString::number(units), QStringLiteral("--wall-layout"), QStringLiteral("4x4"),
        QStringLiteral("--view"), QStringLiteral("30.5800,114.2900,14") };
    QTemporaryDir dir(QStringLiteral(WATCHFLOOR_BINARY_DIR "/bench-app-XXXXXX"));
    if (!dir.isValid())
        die(QStringLiteral("no room for the run's files in the build tree"));
    QDir().mkpath(dir.filePath(QStringLiteral("pan")));
    QDir().mkpath(dir.filePath(QStringLiteral("still")));
    const Run pan = runApp(common, dir.filePath(QStringLiteral("pan")), seconds, true, env);
    const Run still = runApp(common, dir.filePath(QStringLiteral("still")), stillSeconds, false, env);

    BenchReport report(QStringLiteral("app"));
    const auto ui = [](const Run &r, const char *key) { return r.ui.value(QLatin1String(key)).toDouble(); };
    report.set(QStringLiteral("app_cpu_cores"), pan.cpuCores);
    report.set(QStringLiteral("frame_p95_ms"), ui(pan, "frame_p95_ms"));
    report.set(QStringLiteral("frame_max_ms"), ui(pan, "frame_max_ms"));
    report.set(QStringLiteral("frames"), ui(pan, "frames"));
    report.set(QStringLiteral("ui_stall_max_ms"), ui(pan, "ui_stall_max_ms"));
    report.set(QStringLiteral("ui_stall_p99_ms"), ui(pan, "ui_stall_p99_ms"));
    report.set(QStringLiteral("rss_mb"), pan.rssMb);
    report.set(QStringLiteral("rss_mb_max"), pan.rssMaxMb);
    report.set(QStringLiteral("live_tiles"), pan.liveTiles);
    report.set(QStringLiteral("still_cpu_cores"), still.cpuCores);
    report.set(QStringLiteral("still_frame_p95_ms"), ui(still, "frame_p95_ms"));
    report.set(QStringLiteral("still_ui_stall_max_ms"), ui(still, "ui_stall_max_ms"));
    report.set(QStringLiteral("still_rss_mb"), still.rssMb);
    report.note(QStringLiteral("units"), QString::number(units));
    report.note(QStringLiteral("seconds"), QString::number(seconds));
    report.note(QStringLiteral("still_seconds"), QString::number(stillSeconds));
    report.note(QStringLiteral("cpu_by_thread"), pan.threads.join(QStringLiteral(", ")));
    report.note(QStringLiteral("still_cpu_by_thread"), still.threads.join(QStringLiteral(", ")));
    report.note(QStringLiteral("still"),
        QStringLiteral("the same app, world, wall and view with the map left alone: a reference for "
                       "what panning adds, not a baseline of the same output"));
    return report.finish(args);
}
