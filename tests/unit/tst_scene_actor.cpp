// Where the world's actors appear in a training camera's picture: left or right by the bearing
// offset, nearer (larger) by distance, facing by heading, carried on smoothly between the
// world's ticks; nothing behind the camera, beside the lens or beyond the range.
#include "SceneActor.h"

#include <QTest>
#include <cmath>

using namespace wf;
using namespace wf::wall;

namespace {

const maps::LatLon kCamera { 30.5500, 114.3000 };
// Looking north with a 60° lens, 400 m deep.
const maps::CameraView kView { kCamera, 0, 60, 400 };

SceneActor actorAt(double eastM, double northM, SceneActor::Kind kind = SceneActor::Kind::SuspectVehicle)
{
    SceneActor a;
    a.id = QStringLiteral("TAXI-1");
    a.kind = kind;
    a.vehicle = QStringLiteral("taxi");
    a.plate = QStringLiteral("鄂A·T7K31");
    const auto p = maps::offsetMeters(kCamera, eastM, northM);
    a.position = { p.lat, p.lon };
    a.headingDeg = 180; // driving south, towards the camera
    return a;
}

} // namespace

class TestSceneActor : public QObject
{
    Q_OBJECT

private slots:
    void placedByOffsetAndDistance()
    {
        const qint64 t = 1'000'000;
        // 50 m ahead, 10 m to the right of the camera's line of sight; driving south, the taxi
        // keeps right of the road's centre line, which is to the camera's left: ahead 50, right
        // 10 - 1.75 (within a few centimetres).
        const auto right = actorAt(10, 50).figureFor(kView, t, t);
        QVERIFY(right);
        QVERIFY2(std::abs(right->aheadM - 50) < 0.1
                && std::abs(right->rightM - (10 - SceneActor::kKeepRightM)) < 0.1,
            qPrintable(QStringLiteral("%1 %2").arg(right->aheadM).arg(right->rightM)));
        const auto left = actorAt(-10, 50).figureFor(kView, t, t);
        QVERIFY(left && std::abs(left->rightM + 10 + SceneActor::kKeepRightM) < 0.1);
        // People walk where they are.
        const auto walker = actorAt(10, 50, SceneActor::Kind::FootOfficer).figureFor(kView, t, t);
        QVERIFY(walker && std::abs(walker->rightM - 10) < 0.1);
        // Twice as far: further up the picture and half as large (maps::CameraLens divides by ahead).
        const auto far = actorAt(0, 100).figureFor(kView, t, t);
        QVERIFY(far && std::abs(far->aheadM - 100) < 0.1);
        // What it is and what can be read on it.
        QCOMPARE(right->kind, SceneFigure::Kind::Taxi);
        QCOMPARE(right->plate, QStringLiteral("鄂A·T7K31"));
        QVERIFY(right->fromWorld);
        // Heading south towards a camera looking north: it faces the camera.
        QVERIFY(std::abs(std::abs(right->relativeHeadingDeg) - 180) < 0.5);
    }

    void outOfViewIsNotFilmed()
    {
        const qint64 t = 1'000'000;
        QVERIFY(!actorAt(0, -40).figureFor(kView, t, t)); // behind the camera
        QVERIFY(!actorAt(40, 40).figureFor(kView, t, t)); // 45° off: beside the 60° view
        QVERIFY(!actorAt(0, 450).figureFor(kView, t, t)); // beyond the range
        QVERIFY(!actorAt(0, 2).figureFor(kView, t, t)); // under the lens
        QVERIFY(actorAt(0, 390).figureFor(kView, t, t)); // just within
    }

    void carriedOnBetweenTicks()
    {
        // 20 m/s south from 100 m ahead: 2 s later it is 40 m nearer; a second before the
        // snapshot (the picture runs a tick behind the world) it was 20 m farther.
        SceneActor a = actorAt(0, 100);
        a.speedMps = 20;
        const qint64 t = 5'000'000;
        QVERIFY(std::abs(a.figureFor(kView, t + 2000, t)->aheadM - 60) < 0.2);
        QVERIFY(std::abs(a.figureFor(kView, t - 1000, t)->aheadM - 120) < 0.2);
        // Not for ever: a snapshot that is not renewed does not send the car on out of town.
        SceneActor slow = actorAt(0, 100);
        slow.speedMps = 5;
        QVERIFY(std::abs(slow.figureFor(kView, t + 60'000, t)->aheadM
                    - (100 - 5 * SceneActor::kMaxCarryMs / 1000.0))
            < 0.2);
        // Standing still stays put.
        const SceneActor still = actorAt(0, 100, SceneActor::Kind::Pickpocket);
        QVERIFY(std::abs(still.figureFor(kView, t + 5000, t)->aheadM - 100) < 0.01);
        QCOMPARE(still.figureFor(kView, t, t)->kind, SceneFigure::Kind::Pickpocket);
    }

    void everyKindBecomesItsFigure()
    {
        const qint64 t = 0;
        QCOMPARE(actorAt(0, 50, SceneActor::Kind::PatrolCar).figureFor(kView, t, t)->kind,
            SceneFigure::Kind::PatrolCar);
        QCOMPARE(actorAt(0, 50, SceneActor::Kind::FootOfficer).figureFor(kView, t, t)->kind,
            SceneFigure::Kind::Officer);
        QCOMPARE(actorAt(0, 50, SceneActor::Kind::ArmedPatrol).figureFor(kView, t, t)->kind,
            SceneFigure::Kind::ArmedOfficer);
        QCOMPARE(actorAt(0, 50, SceneActor::Kind::SuspectEBike).figureFor(kView, t, t)->kind,
            SceneFigure::Kind::EBike);
        SceneActor car = actorAt(0, 50);
        car.vehicle = QStringLiteral("car");
        QCOMPARE(car.figureFor(kView, t, t)->kind, SceneFigure::Kind::Car);
    }
};

QTEST_GUILESS_MAIN(TestSceneActor)
#include "tst_scene_actor.moc"
