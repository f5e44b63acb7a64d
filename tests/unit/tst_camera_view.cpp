// A camera's field of view on the ground, by hand-worked cases: a camera in Wuhan looking east
// with a 60° lens and 400 m of useful range. Offsets are worked out on the local plane
// (atan of the north and east metres); at 100 m the sphere differs by far less than the tolerance.
#include "CameraView.h"

#include <QTest>
#include <cmath>

using namespace wf::maps;

namespace {

const LatLon kCamera { 30.5500, 114.3000 };

LatLon at(double eastM, double northM)
{
    return offsetMeters(kCamera, eastM, northM);
}

} // namespace

class TestCameraView : public QObject
{
    Q_OBJECT

private slots:
    void look_data()
    {
        QTest::addColumn<double>("bearing");
        QTest::addColumn<double>("fov");
        QTest::addColumn<double>("east");
        QTest::addColumn<double>("north");
        QTest::addColumn<double>("distance");
        QTest::addColumn<double>("offset");
        QTest::addColumn<bool>("inView");
        // Straight ahead.
        QTest::newRow("ahead") << 90.0 << 60.0 << 100.0 << 0.0 << 100.0 << 0.0 << true;
        // Looking east, north is on the left: atan(50/100) = 26.57° left, inside the 30° half-angle.
        QTest::newRow("left inside") << 90.0 << 60.0 << 100.0 << 50.0 << 111.80 << -26.57 << true;
        QTest::newRow("right inside") << 90.0 << 60.0 << 100.0 << -50.0 << 111.80 << 26.57 << true;
        // atan(70/100) = 34.99°: beyond the half-angle.
        QTest::newRow("left outside") << 90.0 << 60.0 << 100.0 << 70.0 << 122.07 << -34.99 << false;
        // Behind the camera: half a turn off, never seen whatever the distance.
        QTest::newRow("behind") << 90.0 << 60.0 << -100.0 << 0.0 << 100.0 << 180.0 << false;
        QTest::newRow("behind close") << 90.0 << 60.0 << -5.0 << 0.0 << 5.0 << 180.0 << false;
        // Ahead but beyond the range; just within it.
        QTest::newRow("beyond range") << 90.0 << 60.0 << 450.0 << 0.0 << 450.0 << 0.0 << false;
        QTest::newRow("at range") << 90.0 << 60.0 << 399.0 << 0.0 << 399.0 << 0.0 << true;
        // Across north: a camera looking at 350° sees a point at 10° (20° right of centre).
        QTest::newRow("across north") << 350.0 << 60.0 << 100 * std::sin(10 * M_PI / 180)
                                      << 100 * std::cos(10 * M_PI / 180) << 100.0 << 20.0 << true;
        // A dome camera sees all around, but not beyond its range.
        QTest::newRow("dome behind") << 90.0 << 360.0 << -100.0 << 0.0 << 100.0 << 180.0 << true;
        QTest::newRow("dome far") << 90.0 << 360.0 << -450.0 << 0.0 << 450.0 << 180.0 << false;
    }

    void look()
    {
        QFETCH(double, bearing);
        QFETCH(double, fov);
        QFETCH(double, east);
        QFETCH(double, north);
        QFETCH(double, distance);
        QFETCH(double, offset);
        QFETCH(bool, inView);
        const CameraView view { kCamera, bearing, fov, 400 };
        const auto s = view.look(at(east, north));
        QVERIFY2(std::abs(s.distanceM - distance) < 0.5, qPrintable(QString::number(s.distanceM)));
        QVERIFY2(std::abs(std::remainder(s.offsetDeg - offset, 360.0)) < 0.05,
            qPrintable(QString::number(s.offsetDeg)));
        QVERIFY(s.offsetDeg > -180 && s.offsetDeg <= 180);
        QCOMPARE(s.inView, inView);
    }

    void edgeOfTheLensIsSymmetric()
    {
        // Walking a point across the view at 200 m: seen from -30° to +30°, and the offset grows
        // from left to right.
        const CameraView view { kCamera, 0, 60, 400 };
        double last = -181;
        int seen = 0;
        for (int deg = -60; deg <= 60; ++deg) {
            const double a = deg * M_PI / 180;
            const auto s = view.look(at(200 * std::sin(a), 200 * std::cos(a)));
            QVERIFY(s.offsetDeg > last);
            last = s.offsetDeg;
            QCOMPARE(s.inView, std::abs(deg) <= 29 || (std::abs(deg) == 30 && s.inView));
            seen += s.inView ? 1 : 0;
        }
        QVERIFY(seen >= 59 && seen <= 61);
    }
};

QTEST_GUILESS_MAIN(TestCameraView)
#include "tst_camera_view.moc"
