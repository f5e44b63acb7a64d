// The headless runner end to end: every built-in scenario runs to a report, the same seed gives
// the same bytes, the workstation's shift statistics over its recording agree with its report,
// and bad input gives a clear message and exit code 2.
#include "Journal.h"
#include "JournalPlayback.h"
#include "ShiftStatistics.h"
#include "WorldState.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kRunner = QStringLiteral(WATCHFLOOR_BINARY_DIR "/bin/watchfloor-sim");

struct Result
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Result run(const QStringList &args)
{
    QProcess p;
    p.start(kRunner, args);
    p.waitForFinished(240'000);
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
        p.readAllStandardError() };
}
} // namespace

class TestSimRunner : public QObject
{
    Q_OBJECT
private slots:
    void everyScenarioReports_data()
    {
        QTest::addColumn<QString>("id");
        for (const char *id :
            { "hit-and-run", "pickpocketing", "ebike-theft", "key-site-drills", "weather-congestion" })
            QTest::newRow(id) << QString::fromLatin1(id);
    }

    void everyScenarioReports()
    {
        QFETCH(QString, id);
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.json")), b = dir.filePath(QStringLiteral("b.json"));
        auto r = run({ QStringLiteral("--scenario"), id, QStringLiteral("--seed"), QStringLiteral("5"),
            QStringLiteral("--speed"), QStringLiteral("max"), QStringLiteral("--headless"),
            QStringLiteral("--report"), a });
        QVERIFY2(r.code == 0, r.err.constData());
        r = run({ QStringLiteral("--scenario"), id, QStringLiteral("--seed"), QStringLiteral("5"),
            QStringLiteral("--headless"), QStringLiteral("--report"), b });
        QVERIFY2(r.code == 0, r.err.constData());
        QFile fa(a), fb(b);
        QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
        const QByteArray ba = fa.readAll();
        QCOMPARE(ba, fb.readAll());
        const auto report = QJsonDocument::fromJson(ba).object();
        QCOMPARE(report.value(u"scenario").toString(), id);
        QVERIFY(report.contains(u"score"));
        QVERIFY(report.contains(u"response"));
        QVERIFY(report.contains(u"orders"));
        QVERIFY(!report.contains(u"problems"));
    }

    // A headless recording: the run's events in a training journal with keyframes, which playback
    // opens; the report is the same as without --journal.
    void journal_recordsTheRunForPlayback()
    {
        QTemporaryDir dir(QStringLiteral(WATCHFLOOR_BINARY_DIR "/tests/tst_simrunner-XXXXXX"));
        const QString journal = dir.filePath(QStringLiteral("pickpocketing.sqlite"));
        const QStringList args { QStringLiteral("--scenario"), QStringLiteral("pickpocketing"),
            QStringLiteral("--seed"), QStringLiteral("3") };
        const auto plain = run(args);
        QCOMPARE(plain.code, 0);
        const auto recorded = run(args + QStringList { QStringLiteral("--journal"), journal });
        QVERIFY2(recorded.code == 0, recorded.err.constData());
        QCOMPARE(recorded.out, plain.out);
        QVERIFY2(recorded.err.contains("events and"), recorded.err.constData());
        wf::JournalReader reader;
        QString error;
        QVERIFY2(reader.open(journal, &error), qPrintable(error));
        QCOMPARE(reader.mode(), QStringLiteral("training"));
        QVERIFY(reader.count() > 1000);
        QVERIFY(reader.keyframeCount() > 0);
        QVERIFY(reader.lastTimeMs() > reader.firstTimeMs());
        // The end of the recording holds what the run made: units, incidents, the scenario.
        wf::WorldState world;
        wf::JournalPlayback playback(&world);
        QVERIFY2(playback.open(journal, &error), qPrintable(error));
        playback.seek(playback.endMs());
        QVERIFY(world.units()->size() > 0);
        QVERIFY(world.incidents()->size() > 0);
        QCOMPARE(world.scenario()->scenarioId(), QStringLiteral("pickpocketing"));
        QCOMPARE(reader.undecodable(), 0);
    }

    // The shares within target, medians and 90th percentiles per response class that the run's
    // report prints are what the workstation's statistics panel shows for the same events.
    void shiftStatisticsAgreeWithTheReport()
    {
        QTemporaryDir dir(QStringLiteral(WATCHFLOOR_BINARY_DIR "/tests/tst_simrunner-XXXXXX"));
        // Pickpocketing: a shift short enough for the journal to keep every event at full speed
        // (hit-and-run's five hours make more events than the journal's queue holds).
        const QString journal = dir.filePath(QStringLiteral("pickpocketing.sqlite"));
        const QString reportPath = dir.filePath(QStringLiteral("report.json"));
        const auto r = run({ QStringLiteral("--scenario"), QStringLiteral("pickpocketing"),
            QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--report"), reportPath,
            QStringLiteral("--journal"), journal });
        QVERIFY2(r.code == 0, r.err.constData());
        QFile reportFile(reportPath);
        QVERIFY(reportFile.open(QIODevice::ReadOnly));
        const auto response
            = QJsonDocument::fromJson(reportFile.readAll()).object().value(u"response").toObject();
        QVERIFY(!response.isEmpty());

        wf::WorldState world;
        wf::JournalPlayback playback(&world);
        QString error;
        QVERIFY2(playback.open(journal, &error), qPrintable(error));
        playback.seek(playback.endMs());
        auto zones = wf::maps::ZoneLayer::load(
            QStringLiteral(WATCHFLOOR_SOURCE_DIR "/resources/zones/hubei-response-zones.geojson"), &error);
        QVERIFY2(zones, qPrintable(error));
        const auto stats
            = wf::ShiftStatistics::compute(world, wf::ShiftStatistics::placeLookup(&*zones, nullptr));
        int compared = 0;
        for (const auto zone : { wf::maps::ResponseZone::KeySite, wf::maps::ResponseZone::Central,
                 wf::maps::ResponseZone::Urban, wf::maps::ResponseZone::None }) {
            // The report calls the places outside every zone "rural".
            const QString key = zone == wf::maps::ResponseZone::None ? QStringLiteral("rural")
                                                                     : wf::maps::responseZoneName(zone);
            const auto line = stats.forClass(zone);
            const auto expected = response.value(key).toObject();
            const QString what
                = key + u' ' + QString::fromUtf8(QJsonDocument(expected).toJson(QJsonDocument::Compact));
            QCOMPARE(line.incidents, expected.value(u"incidents").toInt());
            if (line.incidents == 0)
                continue;
            ++compared;
            QVERIFY2(line.reached == expected.value(u"answered").toInt(), qPrintable(what));
            if (zone != wf::maps::ResponseZone::None)
                QVERIFY2(line.withinTarget == expected.value(u"met_target").toInt(), qPrintable(what));
            // The report rounds to a tenth of a second.
            auto same = [](std::optional<double> mine, const QJsonValue &theirs) {
                return theirs.isNull() ? !mine : mine && std::abs(*mine - theirs.toDouble()) <= 0.051;
            };
            QVERIFY2(same(line.medianSeconds, expected.value(u"median_s")), qPrintable(what));
            QVERIFY2(same(line.p90Seconds, expected.value(u"p90_s")), qPrintable(what));
        }
        QVERIFY(compared >= 1);
    }

    void badArguments()
    {
        auto r
            = run({ QStringLiteral("--scenario"), QStringLiteral("hit-and-run"), QStringLiteral("--bogus") });
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("bogus"));
        r = run({ QStringLiteral("--scenario"), QStringLiteral("hit-and-run"), QStringLiteral("--speed"),
            QStringLiteral("fast") });
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--speed"));
        r = run({ QStringLiteral("--scenario"), QStringLiteral("nope") });
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("no such scenario"));
        r = run({});
        QCOMPARE(r.code, 2);
    }

    void badFileNamesTheLine()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\n \"schema\": 1,\n \"id\": \"x\",\n \"oops\": true\n}\n");
        f.close();
        const auto r = run({ QStringLiteral("--scenario"), f.fileName(), QStringLiteral("--headless") });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("bad.json:4") && r.err.contains("unknown field 'oops'"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestSimRunner)
#include "tst_simrunner.moc"
