// bench_playback ("./watchfloor bench playback"): how fast playback reaches the complete world
// at any moment of a long journal. Builds a journal of a Wuhan-scale shift (1,000 units
// reporting every 5 s, with alerts, incidents, orders, status changes and cordon edits) the way
// the workstation writes it (events applied to a WorldState, keyframes by the Keyframer), then
// seeks to 200 random moments; the baseline is the same worlds rebuilt from the first event.
//
// Options: --smoke (tiny sizes), --json FILE, --hours N (default 24), --units N (default 1000),
// --baseline N (moments replayed from the start, default 10: each replays up to the whole day).
#include "../common/SyntheticShift.h"
#include "BenchReport.h"
#include "Journal.h"
#include "JournalPlayback.h"
#include "Keyframer.h"
#include "WorldSnapshot.h"
#include "WorldState.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cmath>
#include <cstdio>
#include <random>

using namespace wf;
using namespace wf::bench;
using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "bench_playback: %s\n", qPrintable(what));
    std::exit(1);
}

qint64 argValue(const QStringList &args, const QString &name, qint64 fallback)
{
    const int i = int(args.indexOf(name));
    if (i < 0 || i + 1 >= args.size())
        return fallback;
    bool ok = false;
    const qint64 v = args[i + 1].toLongLong(&ok);
    if (!ok || v <= 0)
        die(u"%1 needs a positive number"_s.arg(name));
    return v;
}

double round2(double v)
{
    return std::round(v * 100) / 100;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool smoke = BenchReport::smoke(args);
    testing::ShiftOptions shift;
    shift.units = int(argValue(args, u"--units"_s, smoke ? 50 : 1000));
    shift.reportEveryMs = 5000;
    shift.durationMs = argValue(args, u"--hours"_s, smoke ? 1 : 24) * 3600'000;
    shift.incidentsPerHour = 40;
    shift.alertsPerHour = 60;
    shift.cordonEditsPerHour = 6;
    const int seeks = smoke ? 20 : 200;
    const int baselineSeeks = int(argValue(args, u"--baseline"_s, smoke ? 3 : 10));

    // Not /tmp: inside ./watchfloor shell that is a tmpfs.
    const QString base = QDir(QCoreApplication::applicationDirPath()).filePath(u"bench-data"_s);
    if (!QDir().mkpath(base))
        die(u"cannot create "_s + base);
    QTemporaryDir dir(base + u"/playback-XXXXXX"_s);
    if (!dir.isValid())
        die(dir.errorString());
    const QString path = dir.filePath(u"shift.db"_s);
    BenchReport report(u"playback"_s);

    // --- the journal, written as the workstation writes it --------------------------------
    QElapsedTimer t;
    t.start();
    qint64 events = 0, keyframes = 0;
    {
        Journal journal;
        QString error;
        if (!journal.open(path, JournalMode::Live, &error))
            die(error);
        WorldState world;
        Keyframer keyframer(&journal, &world);
        keyframer.sessionStarted(0, shift.startMs);
        qint64 nextReport = 3600'000;
        events = testing::generateShift(shift, [&](const Event &e) {
            journal.append(e);
            world.apply(e);
            keyframer.observe(e);
            // A generator outruns any disk: wait for the writer now and then, or the journal's
            // bounded queue would drop (and count) events.
            if (e.seq % 100'000 == 0 && !journal.flush(std::chrono::minutes(5)))
                die(u"journal flush failed: "_s + journal.lastError());
            if (e.receiveTimeMs - shift.startMs >= nextReport) {
                std::fprintf(stderr, "[playback] %lld h written (%lld events, %.0f s)\n",
                    static_cast<long long>(nextReport / 3600'000), static_cast<long long>(e.seq),
                    double(t.elapsed()) / 1000);
                nextReport += 3600'000;
            }
        });
        keyframes = keyframer.written();
        const auto closed = journal.close(std::chrono::minutes(5));
        if (closed.lost != 0)
            die(u"the journal lost %1 events: %2"_s.arg(closed.lost).arg(closed.error));
    }
    const double writeS = double(t.elapsed()) / 1000;
    const double journalMb = double(QFileInfo(path).size()) / 1e6;

    // --- open: to the first complete picture ------------------------------------------------
    std::vector<double> openMs;
    for (int i = 0; i < 5; ++i) {
        WorldState world;
        JournalPlayback playback(&world);
        QString error;
        t.restart();
        if (!playback.open(path, &error))
            die(error);
        playback.seek(playback.startMs());
        openMs.push_back(double(t.nsecsElapsed()) / 1e6);
    }

    // --- seeking ------------------------------------------------------------------------------
    WorldState world;
    JournalPlayback playback(&world);
    QString error;
    if (!playback.open(path, &error))
        die(error);
    const qint64 keyframeBytes = playback.reader().keyframeBytes();
    std::mt19937_64 rng(11);
    std::vector<qint64> moments;
    for (int i = 0; i < seeks; ++i)
        moments.push_back(
            playback.startMs() + qint64(rng() % quint64(playback.endMs() - playback.startMs() + 1)));
    std::vector<double> seekMs;
    std::vector<QByteArray> seekWorlds;
    qint64 fromKeyframe = 0, applied = 0;
    for (const qint64 m : moments) {
        t.restart();
        const auto r = playback.seek(m);
        seekMs.push_back(double(t.nsecsElapsed()) / 1e6);
        fromKeyframe += r.fromKeyframe;
        applied += r.eventsApplied;
        if (int(seekWorlds.size()) < baselineSeeks)
            seekWorlds.push_back(encodeWorld(world));
    }

    // --- baseline: the same moments rebuilt from the first event ----------------------------
    WorldState baselineWorld;
    JournalPlayback baseline(&baselineWorld);
    if (!baseline.open(path, &error))
        die(error);
    std::vector<double> replayMs;
    for (int i = 0; i < baselineSeeks && i < seeks; ++i) {
        t.restart();
        baseline.replayFromStart(moments[size_t(i)]);
        replayMs.push_back(double(t.nsecsElapsed()) / 1e6);
        if (encodeWorld(baselineWorld) != seekWorlds[size_t(i)])
            die(u"seek and replay from the start disagree at moment %1"_s.arg(i));
        std::fprintf(stderr, "[playback] replay from start %d: %.0f ms\n", i + 1, replayMs.back());
    }

    report.set(u"seek_p50_ms"_s, round2(BenchReport::percentile(seekMs, 50)));
    report.set(u"seek_p95_ms"_s, round2(BenchReport::percentile(seekMs, 95)));
    report.set(u"seek_max_ms"_s, round2(BenchReport::percentile(seekMs, 100)));
    report.set(u"replay_from_start_p95_ms"_s, round2(BenchReport::percentile(replayMs, 95)));
    report.set(u"open_ms"_s, round2(BenchReport::median(openMs)));
    report.set(u"journal_mb"_s, std::round(journalMb * 10) / 10);
    report.set(u"keyframe_overhead"_s, std::round(double(keyframeBytes) / 1e6 / journalMb * 10000) / 10000);
    report.set(u"events"_s, double(events));
    report.set(u"keyframes"_s, double(keyframes));
    report.set(u"write_s"_s, std::round(writeS * 10) / 10);
    report.note(u"method"_s,
        u"%1 units reporting every 5 s for %2 h plus incidents (%3/h) with orders and their states, alerts "
        "(%4/h) with acknowledgements, status changes and cordon edits (%5/h): %6 events, written through "
        "Journal with a Keyframer (a keyframe every %7 s of receive time or %8 events). seek: "
        "JournalPlayback::seek to %9 random moments in random order (nearest keyframe, or forward from "
        "the current state when nearer, plus the events up to the moment: the complete WorldState). "
        "replay_from_start: JournalPlayback::replayFromStart to the first %10 of those moments; its worlds "
        "are checked byte for byte against the seeks'. open_ms: JournalPlayback::open plus the world at "
        "the start, median of 5. keyframe_overhead: keyframe bytes / journal file bytes. Page cache warm."_s
            .arg(shift.units)
            .arg(shift.durationMs / 3600'000)
            .arg(shift.incidentsPerHour)
            .arg(shift.alertsPerHour)
            .arg(shift.cordonEditsPerHour)
            .arg(events)
            .arg(Keyframer::kDefaultIntervalMs / 1000)
            .arg(Keyframer::kDefaultMaxEvents)
            .arg(seeks)
            .arg(replayMs.size()));
    report.note(u"seeks_from_keyframe"_s,
        u"%1 of %2 seeks started from a keyframe; %3 events applied on average"_s.arg(fromKeyframe)
            .arg(seeks)
            .arg(applied / std::max(1, seeks)));
    report.note(u"targets"_s, u"seek_p95_ms < 100, keyframe_overhead < 0.1"_s);
    return report.finish(args);
}
