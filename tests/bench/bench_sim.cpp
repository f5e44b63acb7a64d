// ./watchfloor bench sim: the cost of the training world.
//  - cpu_share_10k_units: CPU time to simulate one second of a 10,000-unit world (1 Hz ticks),
//    as a fraction of one core running in real time (target < 0.2).
//  - scenario_hour_wall_s: wall seconds for one hour of scenario time at maximum speed, with
//    the built-in dispatcher (target < 30 s).
//  - synthetic_frame_ms: mean time to draw one 704x576 training-camera picture of the busiest
//    scene (target < 4 ms); baseline uncached_background_frame_ms draws the same pictures with
//    the static background painted again for every frame (checked equal).
#include "BenchReport.h"
#include "Scenario.h"
#include "ScenarioRun.h"
#include "SceneActor.h"
#include "SimWorld.h"
#include "SyntheticScene.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <array>
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

int main(int argc, char *argv[])
{
    // Pictures need fonts, so a GUI application (run-bench gives it the offscreen platform).
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
    double busiest = 0, busiestBaseline = 0;
    QString busiestKind;
    QStringList perKind;
    for (int k = 0; k <= int(SceneKind::VillageRoad); ++k) {
        const auto kind = SceneKind(k);
        wf::wall::SyntheticScene cached(QStringLiteral("CAM00042"), QStringLiteral("户部巷 03"), kind);
        wf::wall::SyntheticScene uncached(QStringLiteral("CAM00042"), QStringLiteral("户部巷 03"), kind);
        uncached.setBackgroundCached(false);
        QImage a, b;
        cached.render(busyMoment(evening), a); // the background is drawn once per light, not per frame
        double cachedMs = 0, uncachedMs = 0;
        for (int f = 0; f < frames; ++f) {
            const auto moment = busyMoment(evening + f * 40);
            double t0 = threadCpuMs();
            cached.render(moment, a);
            cachedMs += threadCpuMs() - t0;
            t0 = threadCpuMs();
            uncached.render(moment, b);
            uncachedMs += threadCpuMs() - t0;
            if (f % 50 == 0 && a != b) {
                std::fprintf(stderr, "bench sim: the baseline drew another picture (%s, frame %d)\n",
                    qPrintable(wf::wall::sceneKindName(kind)), f);
                return 1;
            }
        }
        cachedMs /= frames;
        uncachedMs /= frames;
        perKind.append(QStringLiteral("%1 %2").arg(wf::wall::sceneKindName(kind)).arg(cachedMs, 0, 'f', 2));
        if (cachedMs > busiest) {
            busiest = cachedMs;
            busiestBaseline = uncachedMs;
            busiestKind = wf::wall::sceneKindName(kind);
        }
    }
    report.set(QStringLiteral("synthetic_frame_ms"), busiest);
    report.set(QStringLiteral("uncached_background_frame_ms"), busiestBaseline);
    report.note(QStringLiteral("synthetic_frame_ms"),
        QStringLiteral(
            "thread CPU per 704x576 picture, busiest scene %1 (rain, 19:00, 5 actors of the world in "
            "view), mean of %2 frames; per kind: %3. 16 tiles at 25 fps need %4 of a core.")
            .arg(busiestKind)
            .arg(frames)
            .arg(perKind.join(QStringLiteral(", ")))
            .arg(busiest * 16 * 25 / 1000, 0, 'f', 2));
    return report.finish(args);
}
