// "Train from here" with the real programs: a short run recorded by watchfloor-sim (its built-in
// dispatcher sets cordons and sends units), then `watchfloor run --train-from REC --at +8m` into a
// journal of its own, read back: the training world started with the recording's units where and
// as they were at that moment, its open incidents and clock, the cordons set then (as the
// trainee's own cordon events) and the audit of where the run came from. A moment outside the
// recording, a file that is not a journal, a damaged journal and --live or --backend are refused
// in words, and no training journal is made for them.
#include "../common/AppRun.h"
#include "JournalPlayback.h"
#include "JournalReader.h"
#include "WorldState.h"

#include <QDateTime>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <limits>

using namespace wf;
using namespace wf::testing;
using namespace Qt::StringLiterals;

namespace {

// A fleeing car and its incident on the small Wuhan world: the built-in dispatcher rings it with
// a drive-time cordon and a county cordon and sends units, so the recording has busy units,
// open incidents and cordons within minutes.
const char *kScenario = R"({
  "schema": 1,
  "id": "train-from-test",
  "title": "Train from here",
  "briefing": "A car flees a hit-and-run in Wuhan.",
  "start": "2024-03-14T22:40:00+08:00",
  "duration_min": 15,
  "scale": "small",
  "background": { "incidents_per_hour": 60 },
  "dispatcher": { "cordons": ["drive_time", "county"] },
  "timeline": [
    { "at_min": 0, "type": "suspect", "id": "CAR-1", "plate": "鄂A·T7K31", "vehicle": "taxi", "incident": "HR-1",
      "from": { "lat": 30.5900, "lon": 114.2600 }, "to": { "lat": 30.6600, "lon": 114.1300 }, "route": "evading" },
    { "at_min": 2, "type": "incident", "id": "HR-1", "incident_type": "traffic_accident", "severity": "critical",
      "at": { "lat": 30.5900, "lon": 114.2600 }, "summary": "Taxi hit a pedestrian and fled" }
  ]
})";

// Every event of a journal, in order.
QList<Event> eventsOf(const QString &path)
{
    JournalReader reader;
    QString error;
    QList<Event> events;
    if (!reader.open(path, &error))
        qFatal("%s", qPrintable(error));
    reader.readSeqs(
        0, reader.lastSeqAt(std::numeric_limits<qint64>::max()), [&](const Event &e) { events.append(e); });
    return events;
}

} // namespace

class TestTrainFromRecording : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir { QStringLiteral(WATCHFLOOR_BINARY_DIR "/tests/tst_train_from_recording-XXXXXX") };
    QString m_recording;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString scenario = m_dir.filePath(u"drill.json"_s);
        QFile f(scenario);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kScenario);
        f.close();
        m_recording = m_dir.filePath(u"recording.sqlite"_s);
        QProcess sim;
        sim.start(QStringLiteral(WATCHFLOOR_BINARY_DIR "/bin/watchfloor-sim"),
            { u"--scenario"_s, scenario, u"--seed"_s, u"3"_s, u"--journal"_s, m_recording });
        QVERIFY(sim.waitForFinished(240'000));
        QVERIFY2(sim.exitCode() == 0, sim.readAllStandardError().constData());

        // Files to refuse: one that is not a journal, and the recording damaged in the middle,
        // which passes the quick opening checks; the full check must find it before a training
        // run starts from a world that may be missing events.
        QFile photo(m_dir.filePath(u"photo.jpg"_s));
        QVERIFY(photo.open(QIODevice::WriteOnly));
        photo.write("\xFF\xD8\xFF\xE0 not a journal");
        photo.close();
        const QString damaged = m_dir.filePath(u"damaged.sqlite"_s);
        QVERIFY(QFile::copy(m_recording, damaged));
        QFile d(damaged);
        QVERIFY(d.open(QIODevice::ReadWrite));
        const QByteArray header = d.read(100);
        const int field = quint8(header[16]) << 8 | quint8(header[17]);
        const int pageSize = field == 1 ? 65536 : field;
        const qint64 pages = d.size() / pageSize;
        QVERIFY(pages > 20);
        QVERIFY(d.seek(pages / 2 * pageSize));
        const QByteArray zeros(8 * pageSize, '\0');
        QCOMPARE(d.write(zeros), zeros.size());
    }

    void trainingRun_startsFromTheRecordedMoment()
    {
        // The recording's world eight minutes in, as playback shows it.
        WorldState was;
        JournalPlayback playback(&was);
        QString error;
        QVERIFY2(playback.open(m_recording, &error), qPrintable(error));
        const qint64 at = playback.startMs() + 8 * 60'000;
        playback.seek(at);
        QVERIFY(!was.cordons()->rows().isEmpty());
        QVERIFY(was.incidents()->openCount() > 0);
        int busy = 0;
        for (const auto &u : was.units()->rows())
            busy += u.info.status == UnitStatus::EnRoute || u.info.status == UnitStatus::OnScene;
        QVERIFY(busy > 0);

        const QString out = m_dir.filePath(u"trained.sqlite"_s);
        const auto before = fileDigest(m_recording);
        const auto r = runApp({ u"--train-from"_s, m_recording, u"--at"_s, u"+8m"_s, u"--db"_s, out,
            u"--quit-after"_s, u"6"_s, u"--lang"_s, u"en"_s });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(fileDigest(m_recording), before); // the recording is only read

        JournalReader reader;
        QVERIFY2(reader.open(out, &error), qPrintable(error));
        QCOMPARE(reader.mode(), u"training"_s);
        const auto events = eventsOf(out);
        // The training world's start: its clock is the recorded world's.
        const ScenarioStarted *started = nullptr;
        QMap<QString, UnitReported> units;
        QMap<QString, IncidentReported> incidents;
        QList<CordonSet> cordons;
        QList<OperatorAction> audit;
        for (const auto &e : events) {
            if (const auto *s = std::get_if<ScenarioStarted>(&e.payload); s && !started)
                started = s;
            if (const auto *u = std::get_if<UnitReported>(&e.payload))
                units.insert(u->unitId, *u);
            // Incidents at the start (the world's own may follow a second later).
            if (const auto *i = std::get_if<IncidentReported>(&e.payload); i && e.sourceTimeMs == was.clock())
                incidents.insert(i->incidentId, *i);
            if (const auto *c = std::get_if<CordonSet>(&e.payload))
                cordons.append(*c);
            if (const auto *a = std::get_if<OperatorAction>(&e.payload))
                audit.append(*a);
        }
        QVERIFY(started);
        QCOMPARE(started->startMs, was.clock());
        QCOMPARE(started->titleEn, u"Training from a recording"_s); // what the training panel shows
        // Every unit where and as the recording had it.
        QCOMPARE(units.size(), was.units()->size());
        for (const auto &u : was.units()->rows()) {
            QVERIFY2(units.contains(u.info.unitId), qPrintable(u.info.unitId));
            QCOMPARE(units.value(u.info.unitId), u.info);
        }
        // The open incidents, and only those.
        QMap<QString, IncidentReported> open;
        for (const auto &i : was.incidents()->rows()) {
            if (i.open)
                open.insert(i.info.incidentId, i.info);
        }
        QCOMPARE(incidents, open);
        // The cordons set then: set again, each with its name and ring.
        QCOMPARE(cordons.size(), was.cordons()->size());
        for (const auto &c : was.cordons()->rows()) {
            const bool found = std::any_of(cordons.begin(), cordons.end(),
                [&](const CordonSet &s) { return s.name == c.info.name && s.ring == c.info.ring; });
            QVERIFY2(found, qPrintable(c.info.name));
        }
        // On the record: where the run came from, and the cordons as an operator's action.
        const auto origin = std::find_if(audit.begin(), audit.end(),
            [](const OperatorAction &a) { return a.action == u"train_from_recording"; });
        QVERIFY(origin != audit.end());
        QVERIFY2(
            origin->detail.contains(QFileInfo(m_recording).absoluteFilePath()), qPrintable(origin->detail));
        QVERIFY2(origin->detail.contains(
                     QDateTime::fromMSecsSinceEpoch(at, QTimeZone::UTC).toString(Qt::ISODateWithMs)),
            qPrintable(origin->detail));
        QVERIFY(std::any_of(audit.begin(), audit.end(), [](const OperatorAction &a) {
            return a.action == u"set_cordon" && a.detail.contains(u"from the recording");
        }));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        const QString missing = m_dir.filePath(u"missing.sqlite"_s);
        QTest::newRow("after the end") << QStringList { u"--train-from"_s, m_recording, u"--at"_s, u"+5h"_s }
                                       << 1 << u"outside the journal"_s;
        QTest::newRow("before the start")
            << QStringList { u"--train-from"_s, m_recording, u"--at"_s, u"2020-01-01T00:00:00Z"_s } << 1
            << u"outside the journal"_s;
        QTest::newRow("no file") << QStringList { u"--train-from"_s, missing, u"--at"_s, u"+1m"_s } << 1
                                 << u"does not exist"_s;
        QTest::newRow("not a journal") << QStringList { u"--train-from"_s, m_dir.filePath(u"photo.jpg"_s),
            u"--at"_s, u"+1m"_s } << 1 << u"not a Watchfloor journal"_s;
        QTest::newRow("damaged") << QStringList { u"--train-from"_s, m_dir.filePath(u"damaged.sqlite"_s),
            u"--at"_s, u"+1m"_s } << 1
                                 << u"corrupt"_s;
        QTest::newRow("without --at")
            << QStringList { u"--train-from"_s, m_recording } << 2 << u"--at TIME"_s;
        QTest::newRow("live") << QStringList { u"--train-from"_s, m_recording, u"--at"_s, u"+1m"_s,
            u"--live"_s } << 2 << u"never live"_s;
        QTest::newRow("backend") << QStringList { u"--train-from"_s, m_recording, u"--at"_s, u"+1m"_s,
            u"--backend"_s, u"mqtts://dispatch@127.0.0.1:8883"_s }
                                 << 2 << u"never uses a backend"_s;
    }
    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        const QString out = m_dir.filePath(u"refused.sqlite"_s);
        const auto r = runApp(args + QStringList { u"--db"_s, out, u"--quit-after"_s, u"2"_s });
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY2(!QFile::exists(out), "a refused run made a training journal");
    }
};

QTEST_GUILESS_MAIN(TestTrainFromRecording)
#include "tst_train_from_recording.moc"
