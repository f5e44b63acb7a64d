// ./watchfloor bench sim: the cost of the training world.
//  - cpu_share_10k_units: CPU time to simulate one second of a 10,000-unit world (1 Hz ticks),
//    as a fraction of one core running in real time (target < 0.2).
//  - scenario_hour_wall_s: wall seconds for one hour of scenario time at maximum speed, with
//    the built-in dispatcher (target < 30 s).
#include "BenchReport.h"
#include "Scenario.h"
#include "ScenarioRun.h"
#include "SimWorld.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <ctime>

namespace {

double cpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
    return report.finish(args);
}
