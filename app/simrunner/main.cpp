// watchfloor-sim: runs a training scenario headless with the built-in dispatcher policy and
// writes the score report (JSON). Same scenario and seed give a byte-identical report.
#include "HubeiMap.h"
#include "Journal.h"
#include "Keyframer.h"
#include "ScenarioFile.h"
#include "ScenarioRun.h"
#include "TrainingZones.h"
#include "WorldState.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QThread>
#include <cmath>
#include <cstdio>

namespace {

int usageError(const QString &message)
{
    std::fprintf(stderr, "watchfloor sim: %s\nTry './watchfloor sim --help'.\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("watchfloor-sim"));
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Runs a Watchfloor training scenario headless with the built-in automatic dispatcher\n"
                       "(nearest available unit; ring cordons and checkpoints ahead of a fleeing suspect)\n"
                       "and writes the score report as JSON. The road network is generated, not real."));
    const QCommandLineOption help(
        { QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("Show this help."));
    const QCommandLineOption scenario(QStringLiteral("scenario"),
        QStringLiteral("Built-in scenario id or a scenario JSON file."), QStringLiteral("NAME|FILE"));
    const QCommandLineOption seed(QStringLiteral("seed"),
        QStringLiteral("Seed of the simulated world (default 1)."), QStringLiteral("N"));
    const QCommandLineOption speed(QStringLiteral("speed"),
        QStringLiteral("Sim seconds per wall second, or 'max' (default max)."), QStringLiteral("X|max"));
    const QCommandLineOption headless(
        QStringLiteral("headless"), QStringLiteral("Run without a window (this runner always does)."));
    const QCommandLineOption report(QStringLiteral("report"),
        QStringLiteral("Write the report here (default: standard output)."), QStringLiteral("FILE"));
    const QCommandLineOption list(QStringLiteral("list"), QStringLiteral("List the built-in scenarios."));
    const QCommandLineOption check(
        QStringLiteral("check"), QStringLiteral("Only load and check the scenario file."));
    const QCommandLineOption writeRoads(QStringLiteral("write-roads"),
        QStringLiteral(
            "Write the training world's generated roads as a road graph file, then exit (the build "
            "does this for the workstation)."),
        QStringLiteral("FILE"));
    const QCommandLineOption writeZones(QStringLiteral("write-zones"),
        QStringLiteral("Write the training world's response zones (GeoJSON) to FILE and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption journalOption(QStringLiteral("journal"),
        QStringLiteral("Record the run's events in this journal (SQLite, with keyframes), for review with "
                       "'./watchfloor run --playback FILE'. The file must be new or a training journal."),
        QStringLiteral("FILE"));
    p.addOptions({ help, scenario, seed, speed, headless, report, list, check, writeRoads, writeZones,
        journalOption });
    if (!p.parse(QCoreApplication::arguments()))
        return usageError(p.errorText());
    if (!p.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().first()));
    if (p.isSet(help)) {
        std::printf("%s", qPrintable(p.helpText()));
        std::printf("\nBuilt-in scenarios: %s\n", qPrintable(wf::sim::builtinScenarioIds().join(u", ")));
        return 0;
    }
    if (p.isSet(list)) {
        for (const auto &id : wf::sim::builtinScenarioIds())
            std::printf("%s\n", qPrintable(id));
        return 0;
    }
    if (p.isSet(writeRoads)) {
        const QByteArray image = wf::sim::HubeiMap::shared()->roadFileImage();
        QSaveFile f(p.value(writeRoads));
        if (!f.open(QIODevice::WriteOnly) || f.write(image) != image.size() || !f.commit()) {
            std::fprintf(stderr, "watchfloor sim: cannot write %s: %s\n", qPrintable(p.value(writeRoads)),
                qPrintable(f.errorString()));
            return 1;
        }
        return 0;
    }
    if (p.isSet(writeZones)) {
        const QByteArray json = wf::sim::trainingZonesGeoJson(*wf::sim::HubeiMap::shared());
        QSaveFile f(p.value(writeZones));
        if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size() || !f.commit()) {
            std::fprintf(stderr, "watchfloor sim: cannot write %s: %s\n", qPrintable(p.value(writeZones)),
                qPrintable(f.errorString()));
            return 1;
        }
        return 0;
    }
    if (!p.isSet(scenario))
        return usageError(QStringLiteral("--scenario NAME|FILE is required (built in: %1)")
                .arg(wf::sim::builtinScenarioIds().join(u", ")));
    quint64 seedValue = 1;
    if (p.isSet(seed)) {
        bool ok = false;
        seedValue = p.value(seed).toULongLong(&ok);
        if (!ok)
            return usageError(
                QStringLiteral("--seed needs a non-negative integer, not '%1'").arg(p.value(seed)));
    }
    double speedValue = 0; // 0: as fast as possible
    if (p.isSet(speed) && p.value(speed) != u"max") {
        bool ok = false;
        speedValue = p.value(speed).toDouble(&ok);
        if (!ok || speedValue <= 0 || speedValue > 100'000)
            return usageError(
                QStringLiteral("--speed needs 'max' or a number above 0 (sim seconds per second), not '%1'")
                    .arg(p.value(speed)));
    }
    if (p.isSet(report) && p.value(report).isEmpty())
        return usageError(QStringLiteral("--report needs a file name"));

    wf::sim::ScenarioError error;
    const auto s = wf::sim::loadScenario(p.value(scenario), &error);
    if (!s) {
        std::fprintf(stderr, "watchfloor sim: %s\n", qPrintable(error.toString()));
        return 2;
    }
    if (p.isSet(check)) {
        std::printf("%s: ok (%zu timeline steps, %zu objectives)\n", qPrintable(s->id), s->timeline.size(),
            s->objectives.size());
        return 0;
    }

    if (p.isSet(journalOption) && p.value(journalOption).isEmpty())
        return usageError(QStringLiteral("--journal needs a file name"));

    // A recording has no workstation clock: each event is received when the simulation makes it.
    wf::Journal journal;
    wf::WorldState world;
    wf::Keyframer keyframer(&journal, &world);
    qint64 seq = 0;
    if (p.isSet(journalOption)) {
        QString journalError;
        if (!journal.open(p.value(journalOption), wf::JournalMode::Training, &journalError)) {
            std::fprintf(stderr, "watchfloor sim: %s\n", qPrintable(journalError));
            return 1;
        }
        seq = journal.lastSeqAtOpen();
        keyframer.sessionStarted(seq, s->startMs);
    }
    auto record = [&](std::vector<wf::Event> events) {
        if (!journal.isOpen())
            return;
        for (auto &e : events) {
            e.seq = ++seq;
            e.receiveTimeMs = e.sourceTimeMs;
            journal.append(e);
            world.apply(e);
            keyframer.observe(e);
        }
    };

    wf::sim::ScenarioRun run(*s, seedValue);
    // As the training connector does: the scenario opens the record and its score closes it, so
    // that playback shows the briefing and the debrief.
    QStringList suspects;
    for (const auto &step : s->timeline) {
        if (step.kind == wf::sim::StepKind::Suspect)
            suspects.append(step.id);
    }
    const auto simEvent = [&](wf::EventPayload payload) {
        return wf::Event { 0, run.world().now(), 0, QStringLiteral("sim"), std::move(payload) };
    };
    record({ simEvent(wf::ScenarioStarted { s->id, s->title.zh, s->title.en, s->briefing.zh, s->briefing.en,
        s->startMs, s->startMs + qint64(std::llround(s->durationMin * 60'000)), suspects }) });
    record(run.start());
    QElapsedTimer wall;
    wall.start();
    qint64 nextHour = 3'600'000;
    while (!run.finished()) {
        record(run.step(1000));
        if (speedValue > 0) {
            const qint64 due = qint64(run.elapsedMs() / speedValue);
            if (due > wall.elapsed())
                QThread::msleep(quint64(due - wall.elapsed()));
        }
        if (run.elapsedMs() >= nextHour) {
            std::fprintf(stderr, "watchfloor sim: %s: %lld h of scenario time done (%.1f s)\n",
                qPrintable(s->id), run.elapsedMs() / 3'600'000, wall.elapsed() / 1000.0);
            nextHour += 3'600'000;
        }
    }
    if (journal.isOpen()) {
        record({ simEvent(wf::ScenarioScored { s->id, QStringLiteral("time"),
            QString::fromUtf8(QJsonDocument(run.report()).toJson(QJsonDocument::Compact)), QString() }) });
        const auto closed = journal.close();
        if (closed.lost > 0 || !closed.finishedInTime) {
            std::fprintf(stderr, "watchfloor sim: the journal lost %lld events (%lld saved in %s): %s\n",
                static_cast<long long>(closed.lost), static_cast<long long>(closed.durable),
                qPrintable(p.value(journalOption)), qPrintable(closed.error));
            return 4;
        }
        std::fprintf(stderr, "watchfloor sim: %lld events and %lld keyframes recorded in %s\n",
            static_cast<long long>(closed.durable), static_cast<long long>(keyframer.written()),
            qPrintable(p.value(journalOption)));
    }
    const QJsonObject result = run.report();
    const QByteArray json = QJsonDocument(result).toJson(QJsonDocument::Indented);
    if (p.isSet(report)) {
        QSaveFile f(p.value(report));
        if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size() || !f.commit()) {
            std::fprintf(stderr, "watchfloor sim: cannot write %s: %s\n", qPrintable(p.value(report)),
                qPrintable(f.errorString()));
            return 1;
        }
        const auto score = result.value(u"score").toObject();
        std::fprintf(stderr, "watchfloor sim: %s seed %llu: score %.1f of %.0f; report in %s (%.1f s)\n",
            qPrintable(s->id), static_cast<unsigned long long>(seedValue), score.value(u"points").toDouble(),
            score.value(u"max").toDouble(), qPrintable(p.value(report)), wall.elapsed() / 1000.0);
    } else {
        std::fwrite(json.constData(), 1, std::size_t(json.size()), stdout);
    }
    return 0;
}
