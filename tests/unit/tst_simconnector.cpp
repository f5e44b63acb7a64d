// SimConnector: the training clock (pause, speeds, single steps) and the instructor's commands,
// driven directly (no timer, no event loop) so every figure is exact.
#include "ScenarioParser.h"
#include "SimConnector.h"
#include "SimGeometry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace wf;
using namespace wf::sim;

namespace {

struct RecordingSink : EventSink
{
    std::vector<Event> events;
    void post(Event event) override { events.push_back(std::move(event)); }
    template<typename T> std::vector<T> all() const
    {
        std::vector<T> out;
        for (const auto &e : events) {
            if (const auto *p = std::get_if<T>(&e.payload))
                out.push_back(*p);
        }
        return out;
    }
};

SimOptions smallShift()
{
    SimOptions o;
    o.seed = 3;
    o.units = 20;
    o.startTimeMs = 1'710'400'000'000;
    return o;
}

Event command(TrainingCommandKind kind, const QString &subject = {}, GeoPoint at = {})
{
    Event e;
    e.source = QStringLiteral("operator");
    e.payload = TrainingCommand { kind, subject, at, Severity::High };
    return e;
}

// A short scenario in central Wuhan with one fleeing car, to move it about.
const QByteArray kChase = R"({
  "schema": 1, "id": "test-chase", "title": "Chase", "briefing": "A car flees.",
  "start": "2024-03-14T10:00:00+08:00", "duration_min": 5, "scale": "small",
  "background": { "incidents_per_hour": 0, "congestion_per_hour": 0, "hot_list_hits_per_hour": 0 },
  "timeline": [
    { "at_min": 0, "type": "suspect", "id": "CAR-1", "plate": "鄂A·T0001", "vehicle": "car",
      "from": { "lat": 30.58, "lon": 114.27 }, "to": { "lat": 30.70, "lon": 114.40 }, "route": "fastest" }
  ],
  "objectives": [
    { "id": "orders", "kind": "orders_completed", "share": 1, "points": 10, "text": "Orders completed" }
  ]
})";

Scenario chase()
{
    ScenarioError error;
    auto s = parseScenario(kChase, QStringLiteral("chase.json"), &error);
    if (!s)
        qFatal("%s", qPrintable(error.toString()));
    return *s;
}

} // namespace

class TestSimConnector : public QObject
{
    Q_OBJECT
private slots:
    void startsWithTheScenarioForThePanel()
    {
        SimConnector c(chase(), 1);
        RecordingSink sink;
        QString error;
        QVERIFY(c.start(&sink, &error));
        const auto started = sink.all<ScenarioStarted>();
        QCOMPARE(started.size(), std::size_t(1));
        QCOMPARE(started[0].scenarioId, QStringLiteral("test-chase"));
        QCOMPARE(started[0].briefingEn, QStringLiteral("A car flees."));
        QCOMPARE(started[0].endMs - started[0].startMs, qint64(5 * 60'000));
        QCOMPARE(started[0].suspects, QStringList { QStringLiteral("CAR-1") });
        // A free shift says what it is too.
        SimConnector free(smallShift());
        RecordingSink freeSink;
        QVERIFY(free.start(&freeSink, &error));
        QCOMPARE(freeSink.all<ScenarioStarted>().at(0).scenarioId, QStringLiteral("free-shift"));
    }

    void describedSuspectInTheBriefingAndOnCamera()
    {
        // The same chase with the car described: the words join the briefing, the colour
        // reaches the cameras' ground truth.
        QByteArray json = kChase;
        json.replace("\"route\": \"fastest\" }",
            "\"route\": \"fastest\", \"description\": { \"vehicle_colour\": \"#c8102e\", "
            "\"text\": { \"zh\": \"红色轿车\", \"en\": \"red saloon\" } } }");
        ScenarioError error;
        const auto s = parseScenario(json, QStringLiteral("chase.json"), &error);
        QVERIFY2(s, qPrintable(error.toString()));
        SimConnector c(*s, 1);
        RecordingSink sink;
        QString e;
        QVERIFY(c.start(&sink, &e));
        const auto started = sink.all<ScenarioStarted>().at(0);
        QCOMPARE(started.briefingEn,
            QStringLiteral("A car flees.\n\nWhat the suspects look like:\n• 鄂A·T0001: red saloon"));
        QVERIFY(started.briefingZh.endsWith(QStringLiteral("鄂A·T0001：红色轿车")));
        c.setTimeScale(0);
        c.step();
        const auto truth = c.groundTruth();
        QVERIFY(truth && truth->suspects.size() == 1);
        QCOMPARE(truth->suspects.front().looks.vehicleColour, QStringLiteral("#c8102e"));
        // A colour that is not one is refused with the line.
        QByteArray bad = json;
        bad.replace("#c8102e", "crimson");
        QVERIFY(!parseScenario(bad, QStringLiteral("chase.json"), &error));
        QVERIFY2(error.message.contains(QStringLiteral("vehicle_colour")), qPrintable(error.message));
        QCOMPARE(error.line, 7);
    }

    void pausedWorldDoesNotAdvance()
    {
        SimConnector c(smallShift());
        RecordingSink sink;
        QString error;
        QVERIFY(c.start(&sink, &error));
        c.advance(SimConnector::kTickMs * 4); // two seconds at 1x: the world is running
        const qint64 before = c.world().now();
        QCOMPARE(before, smallShift().startTimeMs + 2000);
        c.setTimeScale(0);
        const std::size_t events = sink.events.size();
        for (int i = 0; i < 120; ++i)
            c.advance(SimConnector::kTickMs);
        QCOMPARE(c.world().now(), before);
        QCOMPARE(sink.events.size(), events);
    }

    void fourTimesAdvancesFourTimesAsFast()
    {
        SimConnector normal(smallShift()), fast(smallShift());
        RecordingSink a, b;
        QString error;
        QVERIFY(normal.start(&a, &error));
        QVERIFY(fast.start(&b, &error));
        fast.setTimeScale(4);
        for (int i = 0; i < 40; ++i) { // 20 s of wall time
            normal.advance(SimConnector::kTickMs);
            fast.advance(SimConnector::kTickMs);
        }
        const qint64 t0 = smallShift().startTimeMs;
        QCOMPARE(normal.world().now() - t0, qint64(20'000));
        QCOMPARE(fast.world().now() - t0, qint64(80'000));
        fast.setTimeScale(16);
        fast.advance(SimConnector::kTickMs);
        QCOMPARE(fast.world().now() - t0, qint64(88'000));
    }

    void stepAdvancesOneTickOnlyWhilePaused()
    {
        SimConnector c(smallShift());
        RecordingSink sink;
        QString error;
        QVERIFY(c.start(&sink, &error));
        const qint64 t0 = c.world().now();
        c.step(); // running: a step is not a thing
        QCOMPARE(c.world().now(), t0);
        c.setTimeScale(0);
        c.step();
        QCOMPARE(c.world().now(), t0 + 1000);
        c.step();
        c.step();
        QCOMPARE(c.world().now(), t0 + 3000);
    }

    void failedRadioUnitStopsReporting()
    {
        SimConnector c(smallShift());
        RecordingSink sink;
        QString error;
        QVERIFY(c.start(&sink, &error));
        const QString unitId = c.world().units().front().id;
        QVERIFY2(c.submit(command(TrainingCommandKind::FailRadio, unitId), &error), qPrintable(error));
        sink.events.clear();
        c.setTimeScale(16);
        for (int i = 0; i < 40; ++i) // 320 s: every unit reports at least every 60 s
            c.advance(SimConnector::kTickMs);
        auto reportsOf = [&](const QString &id) {
            const auto moves = sink.all<UnitMoved>();
            return std::count_if(
                moves.begin(), moves.end(), [&](const UnitMoved &m) { return m.unitId == id; });
        };
        QCOMPARE(reportsOf(unitId), std::ptrdiff_t(0));
        QVERIFY(reportsOf(c.world().units().back().id) > 0); // the others still do
        // An order to it goes unanswered.
        QVERIFY(c.submit(Event { 0, 0, 0, QStringLiteral("operator"),
                             OrderIssued { QStringLiteral("O-1"), unitId, QStringLiteral("respond"),
                                 c.world().units().front().pos, {} } },
            &error));
        for (int i = 0; i < 20; ++i)
            c.advance(SimConnector::kTickMs);
        const auto states = sink.all<OrderStateChanged>();
        QVERIFY(std::any_of(states.begin(), states.end(), [](const OrderStateChanged &s) {
            return s.orderId == u"O-1" && s.state == OrderState::NoAnswer;
        }));
        // Restored, it reports again.
        QVERIFY(c.submit(command(TrainingCommandKind::RestoreRadio, unitId), &error));
        sink.events.clear();
        for (int i = 0; i < 40; ++i)
            c.advance(SimConnector::kTickMs);
        QVERIFY(reportsOf(unitId) > 0);
        QVERIFY(!c.submit(command(TrainingCommandKind::FailRadio, QStringLiteral("no-such-unit")), &error));
        QVERIFY2(error.contains(QStringLiteral("no-such-unit")), qPrintable(error));
    }

    void movedSuspectIsAtTheNewPlace()
    {
        SimConnector c(chase(), 1);
        RecordingSink sink;
        QString error;
        QVERIFY(c.start(&sink, &error));
        c.advance(SimConnector::kTickMs * 4); // the suspect enters at minute 0
        QCOMPARE(c.world().suspects().size(), std::size_t(1));
        const GeoPoint there { 30.52, 114.36 }; // Wuchang, across the river
        QVERIFY(distanceMeters(c.world().suspects()[0].pos, there) > 3000);
        QVERIFY2(c.submit(command(TrainingCommandKind::MoveSuspect, QStringLiteral("CAR-1"), there), &error),
            qPrintable(error));
        // On the road node nearest to the spot, and driving on from there.
        QVERIFY2(distanceMeters(c.world().suspects()[0].pos, there) < 1500,
            qPrintable(QString::number(distanceMeters(c.world().suspects()[0].pos, there))));
        QVERIFY(!c.world().suspects()[0].arrived);
        QVERIFY(!c.submit(command(TrainingCommandKind::MoveSuspect, QStringLiteral("CAR-9"), there), &error));
        QVERIFY2(error.contains(QStringLiteral("CAR-9")), qPrintable(error));
    }

    void injectedIncidentIsReportedAtTheSpot()
    {
        SimConnector c(smallShift());
        RecordingSink sink;
        QString error;
        QVERIFY(c.start(&sink, &error));
        const GeoPoint spot { 30.5928, 114.3055 };
        QVERIFY2(
            c.submit(command(TrainingCommandKind::InjectIncident, QStringLiteral("dispute"), spot), &error),
            qPrintable(error));
        c.advance(SimConnector::kTickMs * 2);
        const auto incidents = sink.all<IncidentReported>();
        const auto it = std::find_if(incidents.begin(), incidents.end(),
            [](const IncidentReported &i) { return i.incidentId.startsWith(u"INJ-"); });
        QVERIFY(it != incidents.end());
        QCOMPARE(it->type, QStringLiteral("dispute"));
        QCOMPARE(it->position, spot);
        QCOMPARE(it->severity, Severity::High);
        // Outside the simulated region there is nothing to inject into.
        QVERIFY(!c.submit(
            command(TrainingCommandKind::InjectIncident, QStringLiteral("theft"), { 39.9, 116.4 }), &error));
        QVERIFY2(error.contains(QStringLiteral("outside")), qPrintable(error));
    }

    void endRunScoresSavesAndFreezes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("debrief.json"));
        SimConnector c(chase(), 1, path);
        RecordingSink sink;
        QString error;
        QVERIFY(c.start(&sink, &error));
        c.advance(SimConnector::kTickMs * 20);
        // A trainee's order counts in the score like the built-in dispatcher's.
        const auto &unit = c.world().units().front();
        QVERIFY(c.submit(
            Event { 0, 0, 0, QStringLiteral("operator"),
                OrderIssued { QStringLiteral("O-7"), unit.id, QStringLiteral("patrol"), unit.pos, {} } },
            &error));
        c.advance(SimConnector::kTickMs * 60);
        QVERIFY(c.submit(command(TrainingCommandKind::EndRun), &error));
        QVERIFY(c.ended());
        const auto scored = sink.all<ScenarioScored>();
        QCOMPARE(scored.size(), std::size_t(1));
        QCOMPARE(scored[0].reason, QStringLiteral("instructor"));
        QCOMPARE(scored[0].savedPath, path);
        const QJsonObject report = QJsonDocument::fromJson(scored[0].reportJson.toUtf8()).object();
        QCOMPARE(report.value(u"scenario").toString(), QStringLiteral("test-chase"));
        QCOMPARE(report.value(u"policy").toString(), QStringLiteral("trainee"));
        QCOMPARE(report.value(u"ended_by").toString(), QStringLiteral("instructor"));
        QCOMPARE(report.value(u"orders").toObject().value(u"issued").toInt(), 1);
        QVERIFY(report.value(u"orders").toObject().value(u"acknowledged").toInt() <= 1);
        QCOMPARE(report.value(u"suspects").toArray().size(), 1);
        QVERIFY(report.contains(u"score"));
        // The file holds the same report.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(f.readAll()).object(), report);
        // After the end the world stands still and takes no more instructions.
        const qint64 at = c.world().now();
        c.advance(SimConnector::kTickMs * 10);
        c.setTimeScale(0);
        c.step();
        QCOMPARE(c.world().now(), at);
        QVERIFY(!c.submit(command(TrainingCommandKind::EndRun), &error));
        QCOMPARE(sink.all<ScenarioScored>().size(), std::size_t(1));
    }

    void scenarioEndsOnItsOwnAtItsEndTime()
    {
        SimConnector c(chase(), 1);
        RecordingSink sink;
        QString error;
        QVERIFY(c.start(&sink, &error));
        c.setTimeScale(16);
        for (int i = 0; i < 60 && !c.ended(); ++i) // 5 minutes at 16x: under 40 ticks
            c.advance(SimConnector::kTickMs);
        QVERIFY(c.ended());
        const auto scored = sink.all<ScenarioScored>();
        QCOMPARE(scored.size(), std::size_t(1));
        QCOMPARE(scored[0].reason, QStringLiteral("time"));
        QVERIFY(scored[0].savedPath.isEmpty()); // no file was asked for
        QCOMPARE(c.run().elapsedMs(), qint64(5 * 60'000));
    }
};

QTEST_GUILESS_MAIN(TestSimConnector)
#include "tst_simconnector.moc"
