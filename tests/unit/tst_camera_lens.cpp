// How a training camera's picture shows the ground, and back: a point of the world drawn at a
// pixel is found again at that pixel (forward and inverse agree), the stage draws the far world
// nearer but keeps its bearing and its order, and a pixel off the ground (the sky, below the
// nearest ground) falls back to the camera's range or its nearest ground. Hand-worked cases for
// the stage; the round trip over the whole picture.
#include "CameraLens.h"

#include <QTest>
#include <cmath>

using namespace wf::maps;

namespace {

const LatLon kCamera { 30.5500, 114.3000 };

// A food street's camera: 60°, 6 m up, the horizon at row 170, the world within 18 m.
CameraLens foodStreet(double stageM = 18)
{
    return CameraLens::forLens(60, 6, 170, stageM);
}

} // namespace

class TestCameraLens : public QObject
{
    Q_OBJECT

private slots:
    void stageByHand()
    {
        const CameraLens lens = foodStreet();
        // d * 18 / (d + 18): 18 m is drawn at 9 m, 54 m at 13.5 m, 400 m at 17.2 m.
        QVERIFY(std::abs(lens.stageDistance(18) - 9) < 1e-9);
        QVERIFY(std::abs(lens.stageDistance(54) - 13.5) < 1e-9);
        QVERIFY(std::abs(lens.stageDistance(400) - 400.0 * 18 / 418) < 1e-9);
        // Near the lens it is (almost) the true distance; never beyond the stage's depth.
        QVERIFY(std::abs(lens.stageDistance(0.3) - 0.3) < 0.01);
        QVERIFY(lens.stageDistance(1e9) < 18);
        // And back; the stage's depth itself is beyond any distance.
        QVERIFY(std::abs(lens.worldDistance(13.5) - 54) < 1e-9);
        QVERIFY(std::isinf(lens.worldDistance(18)));
        // No stage: true distances both ways.
        const CameraLens flat = foodStreet(0);
        QCOMPARE(flat.stageDistance(250), 250.0);
        QCOMPARE(flat.worldDistance(250), 250.0);
    }

    void stageKeepsBearingAndOrder()
    {
        const CameraLens lens = foodStreet();
        const CameraLens flat = foodStreet(0);
        double previousRow = 1e9;
        for (double d = 5; d <= 400; d += 5) {
            const QPointF ar = CameraLens::aheadRight(d, -17);
            const QPointF staged = lens.onStage(ar.x(), ar.y());
            // The same column as the true place: the stage moves things along their bearing.
            QVERIFY(std::abs(lens.columnAt(staged.x(), staged.y()) - flat.columnAt(ar.x(), ar.y())) < 1e-6);
            // Farther is higher up the picture, however far.
            const double row = lens.rowAt(staged.x());
            QVERIFY2(row < previousRow, qPrintable(QStringLiteral("at %1 m").arg(d)));
            previousRow = row;
        }
    }

    void peopleAnywhereInRangeAreClearlyPeople()
    {
        // A person (1.7 m) at the range's far end on the food street's stage is at least 60 of
        // the picture's 576 rows tall; on a true lens they would be 2.6.
        const CameraLens lens = foodStreet();
        const double far = 1.7 * lens.pixelsPerMetre(lens.stageDistance(400));
        QVERIFY2(far >= 60, qPrintable(QString::number(far)));
        QVERIFY(1.7 * foodStreet(0).pixelsPerMetre(400) < 3);
        // At mid range (200 m), 62 rows; a few metres away nearly as near as they are.
        QVERIFY(1.7 * lens.pixelsPerMetre(lens.stageDistance(200)) >= 62);
        QVERIFY(lens.stageDistance(4) > 3.2);
    }

    void forwardAndInverseAgree_data()
    {
        QTest::addColumn<double>("stage");
        QTest::addColumn<double>("bearing");
        QTest::newRow("food street, looking north") << 18.0 << 0.0;
        QTest::newRow("food street, looking east-north-east") << 18.0 << 73.0;
        QTest::newRow("road, looking south-west") << 150.0 << 225.0;
        QTest::newRow("true distances, looking west") << 0.0 << 270.0;
    }
    void forwardAndInverseAgree()
    {
        QFETCH(double, stage);
        QFETCH(double, bearing);
        const CameraLens lens = foodStreet(stage);
        const CameraView view { kCamera, bearing, 60, 400 };
        int inPicture = 0;
        for (double d = 2; d <= 400; d *= 1.15) {
            for (double off = -29; off <= 29; off += 4) {
                const double b = (bearing + off) * CameraLens::kPi / 180;
                const LatLon point = offsetMeters(kCamera, d * std::sin(b), d * std::cos(b));
                const auto pixel = lens.pixelOf(view, point);
                QVERIFY(pixel);
                if (pixel->y() > CameraLens::kHeight)
                    continue; // below the picture: under the camera
                ++inPicture;
                // The ground at the pixel is the point, to a few centimetres per hundred metres
                // (the rows are fractions: this is the maths, not the picture's pixels).
                const LatLon back = lens.groundAt(view, *pixel);
                const double error = distanceMeters(point, back);
                QVERIFY2(error < 0.05 + d * 0.002,
                    qPrintable(QStringLiteral("%1 m at %2°: found %3 m away").arg(d).arg(off).arg(error)));
                // And that ground is drawn at the same pixel again.
                const auto again = lens.pixelOf(view, back);
                QVERIFY(again && std::abs(again->x() - pixel->x()) < 0.05
                    && std::abs(again->y() - pixel->y()) < 0.05);
            }
        }
        QVERIFY(inPicture > 100);
    }

    void offTheGroundIsClampedToTheView()
    {
        const CameraLens lens = foodStreet();
        const CameraView view { kCamera, 90, 60, 400 };
        // The sky, and the horizon itself: the farthest the camera sees, straight ahead (east).
        for (const QPointF sky : { QPointF(352, 20), QPointF(352, 170) }) {
            const LatLon far = lens.groundAt(view, sky);
            QVERIFY(std::abs(distanceMeters(kCamera, far) - 400) < 0.5);
            QVERIFY(std::abs(bearingDegrees(kCamera, far) - 90) < 0.1);
        }
        // Just under the stage's far end the world is already beyond the range: the range.
        QVERIFY(
            std::abs(distanceMeters(kCamera, lens.groundAt(view, QPointF(352, lens.rowAt(lens.stageM - 0.1))))
                - 400)
            < 0.5);
        // The bottom edge (and below it) is the nearest ground the picture shows.
        const double nearest = lens.worldDistance(lens.nearestAheadM());
        QVERIFY(std::abs(distanceMeters(kCamera, lens.groundAt(view, QPointF(352, 576))) - nearest) < 0.05);
        QVERIFY(std::abs(distanceMeters(kCamera, lens.groundAt(view, QPointF(352, 900))) - nearest) < 0.05);
        // The left edge is half the field of view to the left (north of east), whatever the row.
        const LatLon left = lens.groundAt(view, QPointF(0, 400));
        QVERIFY(std::abs(view.look(left).offsetDeg + 30) < 0.1);
    }
};

QTEST_GUILESS_MAIN(TestCameraLens)
#include "tst_camera_lens.moc"
