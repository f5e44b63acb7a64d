// The judge of what a trainee spots on the training cameras, on real scenario runs: a mark on a
// camera that had a suspect in view is real (within the tolerance, not beyond it), a mark on a
// camera that had none or on a patrol car is false, a chance nobody took is told in words, and
// a spot objective scores the share of suspects spotted in time.
#include "CameraView.h"
#include "PickpocketAtWork.h"
#include "ScenarioFile.h"
#include "ScenarioRun.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>
#include <algorithm>
#include <cmath>
#include <numbers>

using namespace wf;
using namespace wf::sim;
using namespace Qt::StringLiterals;

namespace {

struct Camera
{
    CameraReported info;
    maps::CameraView view() const
    {
        return { { info.position.lat, info.position.lon }, info.bearingDeg, info.fovDeg };
    }
};

} // namespace

class TestSightingScore : public QObject
{
    Q_OBJECT

    std::vector<Camera> m_cameras;
    std::vector<Event> m_events;

    void keep(const std::vector<Event> &events)
    {
        for (const auto &e : events) {
            if (const auto *c = std::get_if<CameraReported>(&e.payload))
                m_cameras.push_back({ *c });
            m_events.push_back(e);
        }
    }
    const Camera *camera(const QString &id) const
    {
        for (const auto &c : m_cameras) {
            if (c.info.cameraId == id)
                return &c;
        }
        return nullptr;
    }
    // Where the pickpocket of an incident is at ms, by the pictures' own rule: the reference
    // the judge is checked against.
    std::optional<GeoPoint> pickpocketAt(const QString &actorId, qint64 ms) const
    {
        const QString incident = PickpocketAtWork::incidentOf(actorId);
        for (const auto &e : m_events) {
            const auto *i = std::get_if<IncidentReported>(&e.payload);
            if (i && i->incidentId == incident) {
                if (const auto p = PickpocketAtWork::at(incident, i->position, e.sourceTimeMs, ms))
                    return p->position;
            }
        }
        return std::nullopt;
    }
    static QJsonObject objective(const QJsonObject &report, const QString &id)
    {
        for (const auto &o : report.value(u"objectives").toArray()) {
            if (o.toObject().value(u"id").toString() == id)
                return o.toObject();
        }
        return {};
    }

private slots:
    void init()
    {
        m_cameras.clear();
        m_events.clear();
    }

    void pickpocketSpottedAndFalseMarks()
    {
        ScenarioError error;
        const auto s = loadScenario(u"pickpocketing"_s, &error);
        QVERIFY2(s, qPrintable(error.toString()));
        ScenarioRun run(*s, 7, false); // the trainee dispatches (nobody, here): pickpockets stay at work
        keep(run.start());
        // Until a camera has had a pickpocket in view for a while.
        const SightingScore::Chance *chance = nullptr;
        for (int i = 0; i < 60 * 60 && !chance; ++i) {
            keep(run.step(1000));
            for (const auto &c : run.scorer().sightings().chances()) {
                if (c.toMs - c.fromMs >= 20'000 && !PickpocketAtWork::incidentOf(c.quarry).isEmpty()) {
                    chance = &c;
                    break;
                }
            }
        }
        QVERIFY2(chance, "no camera of Hubu Alley saw a pickpocket in the first hour");
        const SightingScore::Chance seen = *chance;

        // The reference: the camera's own field of view over the pickpocket's place, at the
        // chance's middle and well before it.
        const Camera *cam = camera(seen.cameraId);
        QVERIFY(cam);
        const qint64 middle = (seen.fromMs + seen.toMs) / 2;
        const auto where = pickpocketAt(seen.quarry, middle);
        QVERIFY(where);
        QVERIFY(cam->view().look({ where->lat, where->lon }).inView);

        // A camera that had no pickpocket in view at that moment (by the same reference).
        QString blind;
        for (const auto &c : m_cameras) {
            const bool sees = std::any_of(m_events.begin(), m_events.end(), [&](const Event &e) {
                const auto *i = std::get_if<IncidentReported>(&e.payload);
                if (!i || i->type != u"pickpocketing")
                    return false;
                const auto p = pickpocketAt(PickpocketAtWork::actorIdFor(i->incidentId), middle);
                return p && c.view().look({ p->lat, p->lon }).inView;
            });
            if (!sees) {
                blind = c.info.cameraId;
                break;
            }
        }
        QVERIFY(!blind.isEmpty());
        QString unitId;
        for (const auto &e : m_events) {
            if (const auto *u = std::get_if<UnitReported>(&e.payload)) {
                unitId = u->unitId;
                break;
            }
        }
        QVERIFY(!unitId.isEmpty());

        const SightingScore &judge = run.scorer().sightings();
        // Where the reference first loses the pickpocket from this camera after the chance began
        // (the world's seconds, as the judge samples them); a minute more of the world first.
        for (int i = 0; i < 60; ++i)
            keep(run.step(1000));
        auto sees = [&](qint64 ms) {
            const auto p = pickpocketAt(seen.quarry, ms);
            if (!p)
                return false;
            const auto sight = cam->view().look({ p->lat, p->lon });
            return sight.inView && sight.distanceM >= 3;
        };
        auto seesAround = [&](qint64 ms) {
            for (qint64 t = ms - SightingScore::kToleranceMs; t <= ms + SightingScore::kToleranceMs;
                t += 1000) {
                if (t <= run.world().now() && sees(t))
                    return true;
            }
            return false;
        };
        qint64 lastSeen = seen.fromMs;
        while (lastSeen + 1000 <= run.world().now() && sees(lastSeen + 1000))
            lastSeen += 1000;
        const SightingMarked onIt { seen.cameraId, middle, 0.5, 0.6, seen.quarry };
        const SightingMarked late { seen.cameraId, lastSeen + SightingScore::kToleranceMs - 1000, 0.5, 0.6,
            {} };
        const SightingMarked tooLate { seen.cameraId, lastSeen + SightingScore::kToleranceMs + 2000, 0.5, 0.6,
            seen.quarry };
        const SightingMarked elsewhere { blind, middle, 0.5, 0.5, {} };
        const SightingMarked patrolCar { seen.cameraId, middle, 0.3, 0.7, unitId };
        // Someone of the picture's own crowd, beside the pickpocket on the same picture.
        const SightingMarked passerBy { seen.cameraId, middle, 0.7, 0.6, SightingMarked::passerBy() };
        QVERIFY(judge.judge(onIt).real);
        QCOMPARE(judge.judge(onIt).quarry, seen.quarry);
        QVERIFY(judge.judge(late).real);
        // Beyond the tolerance the judge agrees with the reference (the pickpocket may be back).
        QCOMPARE(judge.judge(tooLate).real, seesAround(tooLate.pictureMs));
        QVERIFY(!judge.judge(elsewhere).real);
        QCOMPARE(judge.judge(elsewhere).why, u"no suspect in view"_s);
        QVERIFY(!judge.judge(patrolCar).real);
        QCOMPARE(judge.judge(patrolCar).why, u"marked a police unit"_s);
        QVERIFY(!judge.judge(passerBy).real);
        QCOMPARE(judge.judge(passerBy).why, u"marked a passer-by"_s);

        run.markSighting(onIt);
        run.markSighting(elsewhere);
        run.markSighting(patrolCar);

        run.end();
        const QJsonObject report = run.report();
        const QJsonObject sightings = report.value(u"sightings").toObject();
        QCOMPARE(sightings.value(u"marked").toInt(), 3);
        QCOMPARE(sightings.value(u"real").toInt(), 1);
        QCOMPARE(sightings.value(u"false").toInt(), 2);
        const QJsonArray marks = sightings.value(u"marks").toArray();
        QCOMPARE(marks.at(0).toObject().value(u"suspect").toString(), seen.quarry);
        QCOMPARE(marks.at(1).toObject().value(u"why").toString(), u"no suspect in view"_s);

        // Every other chance is missed and told in words, none of them the one taken.
        const QJsonArray missed = sightings.value(u"missed_chances").toArray();
        QCOMPARE(sightings.value(u"missed").toInt(), sightings.value(u"chances").toInt() - 1);
        QVERIFY(!missed.isEmpty());
        for (const auto &m : missed) {
            const QJsonObject o = m.toObject();
            QVERIFY(!(o.value(u"camera").toString() == seen.cameraId
                && o.value(u"suspect").toString() == seen.quarry
                && o.value(u"from_min").toDouble() == std::round((seen.fromMs - s->startMs) / 6'000.0) / 10));
            const QString en = o.value(u"text").toObject().value(u"en").toString();
            const QString zh = o.value(u"text").toObject().value(u"zh").toString();
            QVERIFY2(en.startsWith(u"The pickpocket of incident "_s) && en.endsWith(u"; nobody marked it"_s),
                qPrintable(en));
            QVERIFY2(zh.startsWith(u"扒窃嫌疑人"_s) && zh.endsWith(u"无人标记"_s), qPrintable(zh));
            // The camera is named as the wall names it.
            const Camera *c = camera(o.value(u"camera").toString());
            QVERIFY(c);
            QVERIFY2(en.contains(c->info.name), qPrintable(en));
        }

        // The spot objective: one pickpocket of those on camera, spotted in time.
        const QJsonObject spot = objective(report, u"spot"_s);
        QCOMPARE(spot.value(u"spotted").toInt(), 1);
        const int onCamera = spot.value(u"on_camera").toInt();
        QVERIFY(onCamera >= 1);
        const double expected = std::round(std::min(1.0, (1.0 / onCamera) / 0.5) * 20 * 10) / 10;
        QCOMPARE(spot.value(u"points").toDouble(), expected);
    }

    void everydayPickpocketIsNotASuspect()
    {
        // The world's own pickpocketings (its background incidents) show on the cameras like
        // the exercise's, but only the exercise's are suspects: a mark on an everyday one is
        // false and says why, it is no chance to miss, and it does not count for the spot
        // objective.
        ScenarioError error;
        const auto s = loadScenario(u"pickpocketing"_s, &error);
        QVERIFY2(s, qPrintable(error.toString()));
        ScenarioRun run(*s, 7, false);
        keep(run.start());
        keep(run.step(1000));
        // One of Hubu Alley's cameras, before the scenario's first report (5 minutes in).
        const Camera *cam = nullptr;
        for (const auto &c : m_cameras) {
            if (c.info.name.startsWith(u"户部巷"_s)) {
                cam = &c;
                break;
            }
        }
        QVERIFY(cam);
        // An everyday pickpocketing 60 m in front of it (its pickpocket works within 15 m of it).
        const double b = cam->info.bearingDeg * std::numbers::pi / 180;
        const auto at = maps::offsetMeters(
            { cam->info.position.lat, cam->info.position.lon }, 60 * std::sin(b), 60 * std::cos(b));
        run.world().reportIncident(
            u"INC-EVERYDAY"_s, u"pickpocketing"_s, u"户部巷"_s, Severity::Medium, { at.lat, at.lon }, false);
        QVERIFY(run.world().everyday(u"INC-EVERYDAY"_s));
        for (int i = 0; i < 30; ++i)
            keep(run.step(1000));
        QVERIFY(run.elapsedMs() < 5 * 60'000);
        const QString actor = PickpocketAtWork::actorIdFor(u"INC-EVERYDAY"_s);
        // The reference: the pictures' own rule puts the pickpocket in this camera's view.
        const qint64 now = run.world().now();
        const auto where = pickpocketAt(actor, now - 10'000);
        QVERIFY(where);
        QVERIFY(cam->view().look({ where->lat, where->lon }).inView);

        const SightingScore &judge = run.scorer().sightings();
        for (const auto &c : judge.chances())
            QVERIFY2(c.quarry != actor, "an everyday pickpocket was taken for a suspect");
        const SightingMarked onIt { cam->info.cameraId, now - 10'000, 0.5, 0.6, actor };
        const SightingMarked there { cam->info.cameraId, now - 10'000, 0.5, 0.6, {} };
        QVERIFY(!judge.judge(onIt).real);
        QCOMPARE(judge.judge(onIt).why, u"not one of the exercise's suspects"_s);
        QVERIFY(!judge.judge(there).real);
        QCOMPARE(judge.judge(there).why, u"no suspect in view"_s);
        run.markSighting(onIt);

        run.end();
        const QJsonObject report = run.report();
        const QJsonObject sightings = report.value(u"sightings").toObject();
        QCOMPARE(sightings.value(u"real").toInt(), 0);
        QCOMPARE(sightings.value(u"false").toInt(), 1);
        QCOMPARE(sightings.value(u"marks").toArray().at(0).toObject().value(u"why").toString(),
            u"not one of the exercise's suspects"_s);
        for (const auto &m : sightings.value(u"missed_chances").toArray())
            QVERIFY(m.toObject().value(u"suspect").toString() != actor);
        QCOMPARE(objective(report, u"spot"_s).value(u"on_camera").toInt(), 0);
    }

    void taxiPassingACheckpointIsAMissedChance()
    {
        ScenarioError error;
        const auto s = loadScenario(u"hit-and-run"_s, &error);
        QVERIFY2(s, qPrintable(error.toString()));
        ScenarioRun run(*s, 1, false);
        keep(run.start());
        const SightingScore &judge = run.scorer().sightings();
        for (int i = 0; i < 120 * 60 && judge.chances().empty(); ++i)
            run.step(1000);
        QVERIFY2(!judge.chances().empty(), "no camera saw the taxi in its first two hours");
        const SightingScore::Chance first = judge.chances().front();
        QCOMPARE(first.quarry, u"TAXI-1"_s);
        // The reference: the taxi's place as the world has it, in the camera's field of view now.
        const Camera *cam = camera(first.cameraId);
        QVERIFY(cam);
        const auto &taxi = run.world().suspects().front();
        QCOMPARE(cam->view().look({ taxi.pos.lat, taxi.pos.lon }).inView, first.toMs == run.world().now());

        run.end();
        const QJsonObject report = run.report();
        const QJsonArray missed = report.value(u"sightings").toObject().value(u"missed_chances").toArray();
        QVERIFY(!missed.isEmpty());
        const QString en = missed.at(0).toObject().value(u"text").toObject().value(u"en").toString();
        const QString zh = missed.at(0).toObject().value(u"text").toObject().value(u"zh").toString();
        const QString at
            = QDateTime::fromMSecsSinceEpoch(first.fromMs, QTimeZone::fromSecondsAheadOfUtc(8 * 3600))
                  .toString(u"HH:mm"_s);
        QCOMPARE(en, u"The taxi 鄂A·T7K31 passed %1 at %2; nobody marked it"_s.arg(cam->info.name, at));
        QCOMPARE(zh, u"嫌疑出租车 鄂A·T7K31于%1经过%2，无人标记"_s.arg(at, cam->info.name));
        QCOMPARE(objective(report, u"spot-taxi"_s).value(u"points").toDouble(), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestSightingScore)
#include "tst_sighting_score.moc"
