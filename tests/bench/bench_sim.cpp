// ./watchfloor bench sim: the cost of the training world.
//  - cpu_share_10k_units: CPU time to simulate one second of a 10,000-unit world (1 Hz ticks),
//    as a fraction of one core running in real time (target < 0.2).
//  - scenario_hour_wall_s: wall seconds for one hour of scenario time at maximum speed, with
//    the built-in dispatcher (target < 30 s).
//  - synthetic_frame_ms: mean time to draw one 704x576 training-camera picture of the busiest
//    scene (target < 4 ms); baseline uncached_background_frame_ms draws the same pictures with
//    the static background painted again for every frame (checked equal); synthetic_tile_frame_ms
//    the same scene at the size a 4x4 wall's tile has its pictures drawn at.
//  - synthetic_16_tiles_cores: CPU cores the real app uses (training mode, the built-in world,
//    under Xvfb) with its wall window showing 16 synthetic training cameras at 25 fps (target
//    < 0.6); app_one_tile_cores: the same app, world and windows with a wall of one tile, so the
//    difference is what the 15 further tiles cost; synthetic_16_tiles_fps: the pictures shown per
//    second per tile (from the wall's health file).
#include "AppProcess.h"
#include "BenchReport.h"
#include "ScenarioFile.h"
#include "ScenarioRun.h"
#include "SceneActor.h"
#include "SimWorld.h"
#include "SyntheticScene.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonArray>
#include <QTemporaryDir>
#include <array>
#include <cmath>
#include <ctime>

namespace {

double cpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// A moment on a camera of the kind: the evening peak in the rain (the lamps, the crowd and the
// rain all drawn), with officers, a patrol car and a pickpocket of the world in view.
wf::wall::SyntheticScene::Moment busyMoment(qint64 ms)
{
    using wf::wall::SceneActor;
    wf::wall::SyntheticScene::Moment m;
    m.ms = ms;
    m.weather = wf::GroundTruth::Weather::Rain;
    const wf::maps::LatLon camera { 30.5512, 114.2955 };
    const wf::maps::CameraView view { camera, 0, 60, 400 };
    const std::array<std::pair<SceneActor::Kind, double>, 5> actors { { { SceneActor::Kind::FootOfficer, 18 },
        { SceneActor::Kind::FootOfficer, 26 }, { SceneActor::Kind::ArmedPatrol, 40 },
        { SceneActor::Kind::Pickpocket, 22 }, { SceneActor::Kind::PatrolCar, 60 } } };
    int n = 0;
    for (const auto &[kind, ahead] : actors) {
        SceneActor a;
        a.id = QStringLiteral("A%1").arg(n);
        a.kind = kind;
        const auto p = wf::maps::offsetMeters(camera, (n % 2 ? 2.0 : -2.5), ahead);
        a.position = { p.lat, p.lon };
        a.headingDeg = 180;
        a.speedMps = 1.2f;
        if (auto f = a.figureFor(view, ms, ms))
            m.actors.push_back(*f);
        ++n;
    }
    return m;
}

} // namespace

// The real app in training mode with its wall in a window of its own, `layout` tiles; its CPU
// over measureMs once `wantLive` tiles show pictures and warmMs have passed.
struct AppFigures
{
    double cores = -1;
    double fps = 0;
    int live = 0;
    QString problem;
};

AppFigures measureApp(const QString &layout, int wantLive, int warmMs, int measureMs)
{
    AppFigures out;
    QTemporaryDir dir;
    const QString health = dir.filePath(QStringLiteral("health.json"));
    wf::bench::Child app;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("qt.multimedia.*=false"));
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    app.setStandardOutputFile(QProcess::nullDevice());
    app.start(QStringLiteral(WATCHFLOOR_APP),
        { QStringLiteral("--wall-layout"), layout, QStringLiteral("--wall-window"),
            QStringLiteral("--wall-health"), health, QStringLiteral("--db"),
            dir.filePath(QStringLiteral("journal.sqlite")) });
    if (!app.waitForStarted(10000)) {
        out.problem = QStringLiteral("the app did not start");
        return out;
    }
    const auto tiles
        = [&health] { return wf::bench::readJson(health).value(QStringLiteral("tiles")).toArray(); };
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 90'000 && app.state() == QProcess::Running && out.live < wantLive) {
        wf::bench::sleepMs(500);
        out.live = 0;
        for (const auto &v : tiles())
            out.live += v.toObject().value(QStringLiteral("state")).toString() == u"live";
    }
    if (out.live < wantLive) {
        out.problem
            = QStringLiteral("%1 of %2 tiles showed pictures within 90 s").arg(out.live).arg(wantLive);
        return out;
    }
    wf::bench::sleepMs(warmMs);
    const double a = wf::bench::cpuSeconds(app.processId());
    QElapsedTimer m;
    m.start();
    wf::bench::sleepMs(measureMs);
    const double b = wf::bench::cpuSeconds(app.processId());
    if (a < 0 || b < 0) {
        out.problem = QStringLiteral("the app stopped while it was measured");
        return out;
    }
    out.cores = (b - a) / (double(m.elapsed()) / 1000);
    double sum = 0;
    int n = 0;
    for (const auto &v : tiles()) {
        sum += v.toObject().value(QStringLiteral("fps")).toDouble();
        ++n;
    }
    out.fps = n > 0 ? sum / n : 0;
    return out;
}

int main(int argc, char *argv[])
{
    // The app measured at the end needs a display; the pictures drawn here need fonts, so a GUI
    // application (the platform run-bench gives it, offscreen or Xvfb's).
    if (const int failed = wf::bench::ensureDisplay(argc, argv, "bench_sim"))
        return failed;
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const bool smoke = wf::bench::BenchReport::smoke(args);
    wf::bench::BenchReport report(QStringLiteral("sim"));
    wf::sim::HubeiMap::shared(); // build the geography once, outside the measurement

    // 10,000 units over the whole province, each moving and reporting, for N sim seconds.
    const int units = smoke ? 500 : 10'000;
    const int seconds = smoke ? 30 : 600;
    wf::sim::SimOptions o;
    o.seed = 7;
    o.scale = wf::sim::Scale::Province;
    o.units = units;
    o.startTimeMs = 1'710'400'000'000; // a weekday morning
    wf::sim::SimWorld world(o);
    world.initialEvents();
    for (int i = 0; i < 60; ++i) // settle: spread reports and routes
        world.step(1000);
    qint64 events = 0;
    const double c0 = cpuSeconds();
    for (int i = 0; i < seconds; ++i)
        events += qint64(world.step(1000).size());
    const double cpu = cpuSeconds() - c0;
    report.set(QStringLiteral("cpu_share_10k_units"), cpu / seconds * (10'000.0 / units));
    report.note(QStringLiteral("cpu_share_10k_units"),
        QStringLiteral("%1 units (%2 with fixed posts), %3 sim seconds at 1 Hz: %4 s CPU, %5 events/s")
            .arg(units)
            .arg(world.unitCount())
            .arg(seconds)
            .arg(cpu, 0, 'f', 3)
            .arg(double(events) / seconds, 0, 'f', 0));

    // One hour of the hit-and-run scenario (province scale) at maximum speed.
    wf::sim::ScenarioError error;
    const auto scenario = wf::sim::loadScenario(QStringLiteral("hit-and-run"), &error);
    if (!scenario) {
        std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
        return 1;
    }
    QElapsedTimer wall;
    wall.start();
    wf::sim::ScenarioRun run(*scenario, 1);
    run.start();
    const qint64 span = smoke ? 5 * 60'000 : 3'600'000;
    while (run.elapsedMs() < span && !run.finished())
        run.step(1000);
    const double wallS = wall.elapsed() / 1000.0 * (3'600'000.0 / span);
    report.set(QStringLiteral("scenario_hour_wall_s"), wallS);
    report.note(QStringLiteral("scenario_hour_wall_s"),
        QStringLiteral("hit-and-run, province scale, %1 units, built-in dispatcher%2")
            .arg(run.world().unitCount())
            .arg(smoke ? QStringLiteral(", smoke: 5 min scaled to 1 h") : QString()));

    // Training video: every kind of scene at 19:00 on a rainy evening, 25 fps for N frames; the
    // busiest is the figure. The baseline draws the same pictures painting the background anew.
    using wf::wall::SceneKind;
    const int frames = smoke ? 10 : 500;
    const qint64 evening = 1'717'844'400'000; // 2024-06-08 19:00 in Wuhan
    // A 4x4 wall's tile on a 1080p screen (480x270): the size the wall has its pictures drawn at.
    const QSize tileSize = wf::wall::SyntheticScene::pictureSizeFor(QSize(480, 270));
    double busiest = 0, busiestBaseline = 0, busiestTile = 0;
    QString busiestKind;
    QStringList perKind;
    for (int k = 0; k <= int(SceneKind::VillageRoad); ++k) {
        const auto kind = SceneKind(k);
        wf::wall::SyntheticScene cached(QStringLiteral("CAM00042"), QStringLiteral("户部巷 03"), kind);
        wf::wall::SyntheticScene uncached(QStringLiteral("CAM00042"), QStringLiteral("户部巷 03"), kind);
        uncached.setBackgroundCached(false);
        wf::wall::SyntheticScene small(QStringLiteral("CAM00042"), QStringLiteral("户部巷 03"), kind);
        QImage a, b, c;
        cached.render(busyMoment(evening), a); // the background is drawn once per light, not per frame
        small.render(busyMoment(evening), c, tileSize);
        double cachedMs = 0, uncachedMs = 0, tileMs = 0;
        for (int f = 0; f < frames; ++f) {
            const auto moment = busyMoment(evening + f * 40);
            double t0 = threadCpuMs();
            cached.render(moment, a);
            cachedMs += threadCpuMs() - t0;
            t0 = threadCpuMs();
            uncached.render(moment, b);
            uncachedMs += threadCpuMs() - t0;
            t0 = threadCpuMs();
            small.render(moment, c, tileSize);
            tileMs += threadCpuMs() - t0;
            if (f % 50 == 0 && a != b) {
                std::fprintf(stderr, "bench sim: the baseline drew another picture (%s, frame %d)\n",
                    qPrintable(wf::wall::sceneKindName(kind)), f);
                return 1;
            }
        }
        cachedMs /= frames;
        uncachedMs /= frames;
        tileMs /= frames;
        perKind.append(QStringLiteral("%1 %2").arg(wf::wall::sceneKindName(kind)).arg(cachedMs, 0, 'f', 2));
        if (cachedMs > busiest) {
            busiest = cachedMs;
            busiestBaseline = uncachedMs;
            busiestTile = tileMs;
            busiestKind = wf::wall::sceneKindName(kind);
        }
    }
    report.set(QStringLiteral("synthetic_frame_ms"), busiest);
    report.set(QStringLiteral("uncached_background_frame_ms"), busiestBaseline);
    report.set(QStringLiteral("synthetic_tile_frame_ms"), busiestTile);
    report.note(QStringLiteral("synthetic_tile_frame_ms"),
        QStringLiteral("the same scene and moments drawn at %1x%2, the size a 4x4 wall's tile on a 1080p "
                       "screen has its pictures drawn at (SyntheticScene::pictureSizeFor)")
            .arg(tileSize.width())
            .arg(tileSize.height()));
    report.note(QStringLiteral("synthetic_frame_ms"),
        QStringLiteral(
            "thread CPU per 704x576 picture, busiest scene %1 (rain, 19:00, 5 actors of the world in "
            "view), mean of %2 frames; per kind: %3. 16 tiles at 25 fps need %4 of a core.")
            .arg(busiestKind)
            .arg(frames)
            .arg(perKind.join(QStringLiteral(", ")))
            .arg(busiest * 16 * 25 / 1000, 0, 'f', 2));

    // The same pictures in the real app: 16 tiles, then one, each in a fresh app.
    const int warmMs = smoke ? 1000 : 10'000;
    const int measureMs = smoke ? 2000 : 20'000;
    const AppFigures sixteen = measureApp(QStringLiteral("4x4"), 16, warmMs, measureMs);
    const AppFigures one = measureApp(QStringLiteral("1"), 1, warmMs, measureMs);
    if (!sixteen.problem.isEmpty() || !one.problem.isEmpty()) {
        std::fprintf(stderr, "bench sim: the app with its wall: %s\n",
            qPrintable(sixteen.problem.isEmpty() ? one.problem : sixteen.problem));
        return 1;
    }
    report.set(QStringLiteral("synthetic_16_tiles_cores"), std::round(sixteen.cores * 1000) / 1000);
    report.set(QStringLiteral("app_one_tile_cores"), std::round(one.cores * 1000) / 1000);
    report.set(QStringLiteral("synthetic_16_tiles_fps"), std::round(sixteen.fps * 10) / 10);
    report.note(QStringLiteral("synthetic_16_tiles_cores"),
        QStringLiteral(
            "the whole app (training world, main window with the map, wall window) under Xvfb over "
            "%1 s; the 15 further tiles cost %2 cores; drawing 16 pictures of the busiest scene at "
            "the tiles' size alone %3 (%4 at 704x576)")
            .arg(measureMs / 1000)
            .arg(sixteen.cores - one.cores, 0, 'f', 3)
            .arg(busiestTile * 16 * 25 / 1000, 0, 'f', 2)
            .arg(busiest * 16 * 25 / 1000, 0, 'f', 2));
    return report.finish(args);
}
