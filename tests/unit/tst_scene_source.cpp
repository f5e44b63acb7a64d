// The training world on its cameras: a real training connector (the simulator, driven tick by
// tick) feeds a WorldState, a SceneSource takes its snapshots, and the cameras' synthetic
// pictures are rendered from them. A fleeing taxi is filmed by the checkpoint it passes, plate
// readable; pickpockets at work appear in Hubu Alley's crowd; two runs of the same scenario
// with the same seed give the same pictures at the same moment.
#include "ScenarioFile.h"
#include "SceneSource.h"
#include "SimConnector.h"
#include "SyntheticScene.h"
#include "WorldState.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <numbers>

using namespace wf;
using namespace wf::wall;
using namespace wf::sim;

namespace {

struct WorldSink : EventSink
{
    WorldState *world = nullptr;
    std::vector<PlateRead> plateReads;
    void post(Event event) override
    {
        if (const auto *read = std::get_if<PlateRead>(&event.payload))
            plateReads.push_back(*read);
        world->apply(event);
    }
};

// A training world run tick by tick: the connector, the world it feeds and the scene source.
struct Run
{
    WorldState world;
    std::unique_ptr<SimConnector> connector;
    WorldSink sink;
    std::unique_ptr<SceneSource> scene;

    Run(const Scenario &scenario, quint64 seed)
        : connector(std::make_unique<SimConnector>(scenario, seed))
    {
        sink.world = &world;
        connector->setTimeScale(0); // paused: the test steps it
        QString error;
        if (!connector->start(&sink, &error))
            qFatal("%s", qPrintable(error));
        SimConnector *c = connector.get();
        scene = std::make_unique<SceneSource>(&world, [c] { return c->groundTruth(); });
    }
    void tick()
    {
        connector->step();
        scene->refresh();
    }
    std::shared_ptr<const SceneSnapshot> snapshot() const { return scene->latest()->get(); }
};

// The taxi flees through central Wuhan past the smart checkpoints.
const QByteArray kTaxi = R"({
  "schema": 1, "id": "test-taxi", "title": "Taxi", "briefing": "A taxi flees.",
  "start": "2024-03-14T22:40:00+08:00", "duration_min": 60, "scale": "small",
  "background": { "incidents_per_hour": 0, "congestion_per_hour": 0, "hot_list_hits_per_hour": 0 },
  "timeline": [
    { "at_min": 0, "type": "suspect", "id": "TAXI-1", "plate": "鄂A·T7K31", "vehicle": "taxi",
      "from": { "lat": 30.58, "lon": 114.27 }, "to": { "lat": 30.70, "lon": 114.40 }, "route": "fastest" }
  ],
  "objectives": [
    { "id": "orders", "kind": "orders_completed", "share": 1, "points": 10, "text": "Orders completed" }
  ]
})";

Scenario scenario(const QByteArray &json)
{
    ScenarioError error;
    auto s = parseScenario(json, QStringLiteral("test.json"), &error);
    if (!s)
        qFatal("%s", qPrintable(error.toString()));
    return *s;
}

maps::CameraView viewOf(const CameraReported &c)
{
    return { { c.position.lat, c.position.lon }, c.bearingDeg, c.fovDeg, 400 };
}

// The pictures the tests found, kept in the build tree to be looked at.
void keep(const QImage &picture, const QString &name)
{
    const QString dir = QStringLiteral(WATCHFLOOR_BINARY_DIR "/tests/ui/screenshots");
    QDir().mkpath(dir);
    picture.save(dir + u'/' + name + QStringLiteral(".png"));
}

QByteArray digest(const QImage &image)
{
    return QCryptographicHash::hash(
        QByteArrayView(image.constBits(), image.sizeInBytes()), QCryptographicHash::Sha1);
}

const CameraReported *cameraOfSite(WorldState &world, const QString &siteId)
{
    const SiteReported *site = world.sites()->find(siteId);
    if (!site)
        return nullptr;
    for (const auto &c : world.cameras()->rows()) {
        if (c.position == site->position)
            return &c;
    }
    return nullptr;
}

} // namespace

class TestSceneSource : public QObject
{
    Q_OBJECT

private slots:
    void theFleeingTaxiIsFilmedAtTheCheckpointsItPasses()
    {
        Run run(scenario(kTaxi), 5);
        // Tick on, keeping each tick's snapshot. Each time a smart checkpoint reads the taxi's
        // plate, look at the half minute either side on that checkpoint's camera: a camera films
        // its road, so the taxi is filmed coming up to it (the plate reader in the picture's OSD
        // reads it) or driving off, depending on the way it came.
        std::vector<std::shared_ptr<const SceneSnapshot>> ticks;
        std::vector<std::pair<std::size_t, QString>> pending; // (tick of the read, checkpoint)
        int reads = 0;
        bool filmed = false, readOnScreen = false;
        const auto lookAround = [&](std::size_t at, const QString &siteId) {
            const CameraReported *camera = cameraOfSite(run.world, siteId);
            QVERIFY(camera);
            const SceneKind kind = run.scene->sceneKindOf(*camera);
            QVERIFY2(kind == SceneKind::CheckpointLane || kind == SceneKind::Expressway,
                qPrintable(sceneKindName(kind)));
            const SyntheticScene scene(camera->cameraId, camera->name, kind, camera->fovDeg);
            for (std::size_t i = at > 30 ? at - 30 : 0; i < std::min(ticks.size(), at + 30); ++i) {
                const auto &snap = ticks[i];
                const SyntheticScene::Moment moment { snap->timeMs(), snap->weather(),
                    snap->figuresFor(viewOf(*camera), snap->timeMs()) };
                for (const auto &f : moment.actors) {
                    if (f.plate == u"鄂A·T7K31") {
                        QCOMPARE(f.kind, SceneFigure::Kind::Taxi);
                        filmed = true;
                    }
                }
                if (!readOnScreen && scene.plateInView(moment) == u"鄂A·T7K31") {
                    readOnScreen = true;
                    keep(scene.render(moment), QStringLiteral("training-video-taxi-at-checkpoint"));
                }
            }
        };
        for (int s = 0; s < 40 * 60 && !(filmed && readOnScreen); ++s) {
            run.sink.plateReads.clear();
            run.tick();
            ticks.push_back(run.snapshot());
            for (const auto &plateRead : run.sink.plateReads) {
                if (plateRead.plate == u"鄂A·T7K31") {
                    ++reads;
                    pending.emplace_back(ticks.size() - 1, plateRead.siteId);
                }
            }
            // Half a minute either side of a read: coming up to the checkpoint, or leaving it.
            while (!pending.empty() && pending.front().first + 30 <= ticks.size()) {
                lookAround(pending.front().first, pending.front().second);
                pending.erase(pending.begin());
            }
        }
        QVERIFY2(reads > 0, "the taxi passed no checkpoint in 40 minutes");
        QVERIFY2(filmed, qPrintable(QStringLiteral("not filmed at any of %1 reads").arg(reads)));
        QVERIFY(readOnScreen);
    }

    void sameScenarioSeedAndTimeGiveTheSamePicture()
    {
        // Two runs of the same scenario with the same seed, 90 s in: every camera near the taxi
        // shows the same picture in both (frame hashes), and a moment later a different one.
        const Scenario s = scenario(kTaxi);
        Run a(s, 11), b(s, 11);
        for (int i = 0; i < 90; ++i) {
            a.tick();
            b.tick();
        }
        QCOMPARE(a.world.clock(), b.world.clock());
        const auto truth = a.connector->groundTruth();
        QVERIFY(truth && truth->suspects.size() == 1);
        // The cameras nearest the taxi, the way the wall's "cameras that see a place" finds them.
        const auto taxi = truth->suspects.front().position;
        std::vector<const CameraReported *> cameras;
        for (const auto &c : a.world.cameras()->rows())
            cameras.push_back(&c);
        std::sort(cameras.begin(), cameras.end(), [&](const CameraReported *x, const CameraReported *y) {
            return maps::distanceMeters({ x->position.lat, x->position.lon }, { taxi.lat, taxi.lon })
                < maps::distanceMeters({ y->position.lat, y->position.lon }, { taxi.lat, taxi.lon });
        });
        QVERIFY(cameras.size() >= 4);
        const qint64 t = a.world.clock() - 500; // between two ticks, as the wall shows it
        for (int k = 0; k < 4; ++k) {
            const CameraReported &c = *cameras[std::size_t(k)];
            const SceneKind kind = a.scene->sceneKindOf(c);
            QCOMPARE(sceneKindName(kind), sceneKindName(b.scene->sceneKindOf(c)));
            const SyntheticScene sa(c.cameraId, c.name, kind, c.fovDeg),
                sb(c.cameraId, c.name, kind, c.fovDeg);
            const auto pa = a.snapshot(), pb = b.snapshot();
            const QImage fa = sa.render({ t, pa->weather(), pa->figuresFor(viewOf(c), t) });
            const QImage fb = sb.render({ t, pb->weather(), pb->figuresFor(viewOf(c), t) });
            QCOMPARE(digest(fa), digest(fb));
            QVERIFY(digest(fa)
                != digest(sa.render({ t + 200, pa->weather(), pa->figuresFor(viewOf(c), t + 200) })));
        }
    }

    void pickpocketsWorkHubuAlleysCrowd()
    {
        ScenarioError error;
        const auto pickpocketing = loadScenario(QStringLiteral("pickpocketing"), &error);
        QVERIFY2(pickpocketing, qPrintable(error.toString()));
        Run run(*pickpocketing, 1);
        // The alley's cameras film a food street.
        std::vector<const CameraReported *> alley;
        for (const auto &c : run.world.cameras()->rows()) {
            if (c.name.startsWith(u"户部巷")) {
                alley.push_back(&c);
                QCOMPARE(sceneKindName(run.scene->sceneKindOf(c)), QStringLiteral("food_street"));
            }
        }
        QVERIFY(!alley.empty());
        // Within the first 40 minutes a pickpocket at work shows up on one of them.
        bool seen = false;
        for (int s = 0; s < 40 * 60 && !seen; s += 10) {
            for (int i = 0; i < 10; ++i)
                run.connector->step();
            run.scene->refresh();
            const auto snap = run.snapshot();
            for (const CameraReported *c : alley) {
                const auto figures = snap->figuresFor(viewOf(*c), snap->timeMs());
                for (const auto &f : figures) {
                    if (f.kind == SceneFigure::Kind::Pickpocket && !seen) {
                        seen = true;
                        const SyntheticScene scene(c->cameraId, c->name, SceneKind::FoodStreet, c->fovDeg);
                        const SyntheticScene::Moment moment { snap->timeMs(), snap->weather(), figures };
                        keep(scene.render(moment), QStringLiteral("training-video-pickpocket-hubu-alley"));
                        // Dressed as the scenario describes its pickpockets.
                        const QList<QColor> described { QColor(0x6a2a2a), QColor(0xc8b23a),
                            QColor(0x2a4a7a) };
                        QVERIFY2(described.contains(f.clothing), qPrintable(f.clothing.name()));
                        // The picture knows where it drew the pickpocket: a click there names it,
                        // a click on the sky names nobody.
                        bool named = false;
                        QPointF click;
                        for (int y = 0; y < SyntheticScene::kHeight && !named; y += 3) {
                            for (int x = 0; x < SyntheticScene::kWidth && !named; x += 3) {
                                click = QPointF(x, y);
                                named = scene.actorAt(moment, click) == f.actorId;
                            }
                        }
                        QVERIFY2(named, qPrintable(f.actorId));
                        // A mark there stands for the ground the pickpocket stands on (a click on
                        // the head is not the street behind it), found through the picture's lens.
                        const maps::CameraView view = viewOf(*c);
                        const double b = view.bearingDeg * std::numbers::pi / 180;
                        const auto truth = maps::offsetMeters(view.position,
                            f.aheadM * std::sin(b) + f.rightM * std::cos(b),
                            f.aheadM * std::cos(b) - f.rightM * std::sin(b));
                        const auto marked = scene.lens().groundAt(view, scene.standingPointAt(moment, click));
                        QVERIFY2(maps::distanceMeters(truth, marked) < 1,
                            qPrintable(QStringLiteral("marked %1 m from the pickpocket, who is %2 m away")
                                    .arg(maps::distanceMeters(truth, marked))
                                    .arg(std::hypot(f.aheadM, f.rightM))));
                        // A passer-by is named as one, the sky as nobody.
                        bool passerBy = false;
                        for (int y = 250; y < SyntheticScene::kHeight && !passerBy; y += 3) {
                            for (int x = 0; x < SyntheticScene::kWidth && !passerBy; x += 3)
                                passerBy = scene.actorAt(moment, QPointF(x, y)) == SightingMarked::passerBy();
                        }
                        QVERIFY(passerBy);
                        QVERIFY(f.actorId.startsWith(u"pickpocket:"));
                        QCOMPARE(scene.actorAt(moment, QPointF(SyntheticScene::kWidth / 2, 5)), QString());
                    }
                }
            }
        }
        QVERIFY(seen);
    }
};

QTEST_MAIN(TestSceneSource)
#include "tst_scene_source.moc"
