// JournalPlayback on real journals written the way the workstation writes them (events applied
// to a WorldState, keyframes by the Keyframer): the world at any moment, reached from the
// nearest keyframe plus the events after it, is exactly the world the live run had at that
// moment, and the same as a replay from the first event.
#include "../common/SyntheticShift.h"
#include "Journal.h"
#include "JournalPlayback.h"
#include "Keyframer.h"
#include "WorldSnapshot.h"
#include "WorldState.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <map>
#include <random>

using namespace wf;
using namespace Qt::StringLiterals;

namespace {

QString tempBase()
{
    return QStringLiteral(WATCHFLOOR_BINARY_DIR "/tests/tst_journal_playback-XXXXXX");
}

// Runs a shift as the workstation does, recording it with keyframes, and returns the live
// world's snapshot at each of the given moments (taken before the first event after it).
std::map<qint64, QByteArray> recordShift(const QString &path, const testing::ShiftOptions &options,
    std::vector<qint64> moments, qint64 keyframeMs, qint64 keyframeEvents, qint64 *keyframes)
{
    std::sort(moments.begin(), moments.end());
    std::map<qint64, QByteArray> live;
    Journal journal;
    QString error;
    if (!journal.open(path, &error))
        qFatal("%s", qPrintable(error));
    WorldState world;
    Keyframer keyframer(&journal, &world, keyframeMs, keyframeEvents);
    keyframer.sessionStarted(journal.lastSeqAtOpen(), options.startMs);
    const qint64 seqBase = journal.lastSeqAtOpen();
    size_t next = 0;
    testing::generateShift(options, [&](const Event &generated) {
        Event e = generated;
        e.seq += seqBase;
        while (next < moments.size() && moments[next] < e.receiveTimeMs)
            live[moments[next++]] = encodeWorld(world);
        journal.append(e);
        world.apply(e);
        keyframer.observe(e);
    });
    while (next < moments.size())
        live[moments[next++]] = encodeWorld(world);
    *keyframes = keyframer.written();
    const auto closed = journal.close();
    if (closed.lost != 0)
        qFatal("lost %lld events", static_cast<long long>(closed.lost));
    return live;
}

} // namespace

class TestJournalPlayback : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(QDir().mkpath(QStringLiteral(WATCHFLOOR_BINARY_DIR "/tests"))); }

    void keyframe_keepsTheLastSeenPlaces()
    {
        // A playback that seeks by a keyframe shows where the dispatcher last saw someone.
        WorldState live;
        auto apply = [&](EventPayload p, qint64 at) {
            Event e;
            e.source = QStringLiteral("test");
            e.sourceTimeMs = at;
            e.payload = std::move(p);
            live.apply(e);
        };
        apply(CameraReported { QStringLiteral("CAM-1"), QStringLiteral("户部巷 01"), { 30.55, 114.30 }, 90,
                  60, QStringLiteral("sim://camera/CAM-1"), {} },
            1000);
        apply(SiteReported { QStringLiteral("SITE-1"), QStringLiteral("Checkpoint 1"),
                  SiteKind::SmartCheckpoint, { 30.70, 114.10 } },
            1000);
        apply(SightingMarked { QStringLiteral("CAM-1"), 1500, 0.5, 0.5, {} }, 2000);
        apply(PlateRead { QStringLiteral("SITE-1"), QStringLiteral("鄂A·T7K31"), true, {} }, 3000);
        QCOMPARE(live.lastSeen()->count(), 2);
        const QByteArray keyframe = encodeWorld(live);
        WorldState played;
        QVERIFY(restoreWorld(played, keyframe));
        QCOMPARE(played.lastSeen()->count(), 2);
        const LastSeenRow *mark = played.lastSeen()->find(QStringLiteral("camera:CAM-1"));
        QVERIFY(mark);
        QCOMPARE(mark->atMs, qint64(1500));
        QCOMPARE(mark->position, (GeoPoint { 30.55, 114.30 }));
        QCOMPARE(encodeWorld(played), keyframe);
    }

    void seek_equalsLiveState_atManyMoments()
    {
        QTemporaryDir dir(tempBase());
        const QString path = dir.filePath(u"shift.db"_s);
        testing::ShiftOptions shift;
        shift.units = 60;
        shift.reportEveryMs = 5000;
        shift.durationMs = 2 * 3600'000;
        shift.incidentsPerHour = 60;
        std::mt19937_64 rng(7);
        std::vector<qint64> moments { shift.startMs, shift.startMs + shift.durationMs + 1000 };
        for (int i = 0; i < 120; ++i)
            moments.push_back(shift.startMs + qint64(rng() % quint64(shift.durationMs)));
        qint64 keyframes = 0;
        const auto live = recordShift(path, shift, moments, 5 * 60'000, 1'000'000, &keyframes);
        QVERIFY2(keyframes >= 20, qPrintable(QString::number(keyframes)));

        WorldState world;
        JournalPlayback playback(&world);
        QString error;
        QVERIFY2(playback.open(path, &error), qPrintable(error));
        QCOMPARE(playback.reader().keyframeCount(), keyframes);
        QCOMPARE(playback.startMs(), shift.startMs);
        WorldState baselineWorld;
        JournalPlayback baseline(&baselineWorld);
        QVERIFY2(baseline.open(path, &error), qPrintable(error));
        int fromKeyframe = 0;
        // In random order: backwards, forwards, far and near.
        std::vector<qint64> order;
        for (const auto &[t, snapshot] : live)
            order.push_back(t);
        std::shuffle(order.begin(), order.end(), rng);
        for (const qint64 t : order) {
            const auto r = playback.seek(t);
            fromKeyframe += r.fromKeyframe;
            QVERIFY2(encodeWorld(world) == live.at(t),
                qPrintable(u"state at +%1 s differs from the live run's"_s.arg((t - shift.startMs) / 1000)));
            baseline.replayFromStart(t);
            QVERIFY2(encodeWorld(baselineWorld) == live.at(t),
                qPrintable(u"replay from the start to +%1 s differs"_s.arg((t - shift.startMs) / 1000)));
            // The views see what the world holds: a spot check beyond the bytes.
            QCOMPARE(world.units()->size(), baselineWorld.units()->size());
            QCOMPARE(world.orders()->size(), baselineWorld.orders()->size());
            QCOMPARE(world.clock(), baselineWorld.clock());
        }
        QVERIFY2(fromKeyframe > 60, qPrintable(QString::number(fromKeyframe)));
        QCOMPARE(playback.reader().undecodable(), 0);
    }

    // A second session continuing the journal starts from an empty world, as it did live.
    void secondSession_startsFromItsOwnWorld()
    {
        QTemporaryDir dir(tempBase());
        const QString path = dir.filePath(u"two.db"_s);
        testing::ShiftOptions first;
        first.units = 20;
        first.durationMs = 600'000;
        testing::ShiftOptions second = first;
        second.seed = 2;
        second.units = 7;
        second.startMs = first.startMs + first.durationMs + 60'000;
        qint64 keyframes = 0;
        const qint64 inFirst = first.startMs + 300'000;
        const qint64 inSecond = second.startMs + 300'000;
        const auto liveFirst = recordShift(path, first, { inFirst }, 60'000, 100000, &keyframes);
        const auto liveSecond = recordShift(path, second, { inSecond }, 60'000, 100000, &keyframes);
        WorldState world;
        JournalPlayback playback(&world);
        QString error;
        QVERIFY2(playback.open(path, &error), qPrintable(error));
        playback.seek(inSecond);
        QCOMPARE(world.units()->size(), 7);
        QVERIFY(encodeWorld(world) == liveSecond.at(inSecond));
        playback.seek(inFirst);
        QCOMPARE(world.units()->size(), 20);
        QVERIFY(encodeWorld(world) == liveFirst.at(inFirst));
    }

    // A keyframe that does not decode is passed over: the world is rebuilt from events instead.
    void damagedKeyframe_fallsBackToEvents()
    {
        QTemporaryDir dir(tempBase());
        const QString path = dir.filePath(u"kf.db"_s);
        testing::ShiftOptions shift;
        shift.units = 10;
        shift.durationMs = 600'000;
        const qint64 t = shift.startMs + shift.durationMs + 1000; // after the damaged keyframe
        qint64 keyframes = 0;
        const auto live = recordShift(path, shift, { t }, 60'000, 100000, &keyframes);
        {
            Journal j; // the same file, written with garbage for a keyframe
            QString error;
            QVERIFY2(j.open(path, &error), qPrintable(error));
            j.appendKeyframe(j.lastSeqAtOpen() - 5, t - 10, QByteArray("not a snapshot"));
            QVERIFY(j.flush());
        }
        WorldState world;
        JournalPlayback playback(&world);
        QString error;
        QVERIFY2(playback.open(path, &error), qPrintable(error));
        const auto r = playback.seek(t);
        QVERIFY(!r.fromKeyframe);
        QVERIFY(encodeWorld(world) == live.at(t));
    }
};

QTEST_GUILESS_MAIN(TestJournalPlayback)
#include "tst_journal_playback.moc"
