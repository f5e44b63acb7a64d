// Datum and tile math against published reference values: the WGS-84 -> GCJ-02 test vectors
// shipped with googollee/eviltransform (Go, Python, PHP ports all carry the same three points)
// and wandergis/coordtransform's README example; EPSG:3857 values as given by PROJ; slippy
// tile numbers from the OSM wiki formula evaluated independently (Python, math module).
#include "Geodesy.h"

#include <QTest>
#include <cmath>
#include <vector>

using namespace wf::maps;

class TestGeodesy : public QObject
{
    Q_OBJECT

private slots:
    void wgsToGcj_data()
    {
        QTest::addColumn<double>("wgsLat");
        QTest::addColumn<double>("wgsLon");
        QTest::addColumn<double>("gcjLat");
        QTest::addColumn<double>("gcjLon");
        // eviltransform transform_test: {wgsLat, wgsLng, gcjLat, gcjLng}
        QTest::newRow("shanghai") << 31.1774276 << 121.5272106 << 31.17530398364597 << 121.531541859215;
        QTest::newRow("shenzhen") << 22.543847 << 113.912316 << 22.540796131694766 << 113.9171764808363;
        QTest::newRow("beijing") << 39.911954 << 116.377817 << 39.91334545536069 << 116.38404722455657;
        // coordtransform README: wgs84togcj02(116.404, 39.915)
        QTest::newRow("coordtransform") << 39.915 << 116.404 << 39.91640428150164 << 116.41024449916938;
    }

    void wgsToGcj()
    {
        QFETCH(double, wgsLat);
        QFETCH(double, wgsLon);
        QFETCH(double, gcjLat);
        QFETCH(double, gcjLon);
        const auto g = wgs84ToGcj02({ wgsLat, wgsLon });
        // 1e-9 degrees is ~0.1 mm: the reference values are the same formula in double precision.
        QVERIFY2(std::abs(g.lat - gcjLat) < 1e-9, qPrintable(QString::number(g.lat, 'f', 12)));
        QVERIFY2(std::abs(g.lon - gcjLon) < 1e-9, qPrintable(QString::number(g.lon, 'f', 12)));
    }

    void gcjToWgsInvertsExactly_data() { wgsToGcj_data(); }

    void gcjToWgsInvertsExactly()
    {
        QFETCH(double, wgsLat);
        QFETCH(double, wgsLon);
        QFETCH(double, gcjLat);
        QFETCH(double, gcjLon);
        const auto w = gcj02ToWgs84({ gcjLat, gcjLon });
        // Iterative inverse: well under a centimetre (the one-step inverse many libraries use
        // is off by metres).
        QVERIFY2(distanceMeters(w, { wgsLat, wgsLon }) < 0.01,
            qPrintable(QStringLiteral("%1 m").arg(distanceMeters(w, { wgsLat, wgsLon }))));
    }

    void gcjToWgsCloseToCoordtransform()
    {
        // coordtransform README: gcj02towgs84(116.404, 39.915) = [116.39775550083061, 39.91359571849836],
        // computed with a one-step approximation; ours is exact, so expect agreement to a few metres.
        const auto w = gcj02ToWgs84({ 39.915, 116.404 });
        QVERIFY(distanceMeters(w, { 39.91359571849836, 116.39775550083061 }) < 5.0);
    }

    void wuhanOffsetIsKnown()
    {
        // At Wuhan, GCJ-02 is about 520 m east and 270 m south of WGS-84 (the offset dispatchers
        // see between uncorrected GPS fixes and Chinese maps there).
        const LatLon wgs { 30.5928, 114.3055 };
        const auto g = wgs84ToGcj02(wgs);
        const double east = distanceMeters(wgs, { wgs.lat, g.lon });
        const double south = distanceMeters(wgs, { g.lat, wgs.lon });
        QVERIFY(g.lon > wgs.lon && g.lat < wgs.lat);
        QVERIFY2(east > 480 && east < 560, qPrintable(QString::number(east)));
        QVERIFY2(south > 230 && south < 310, qPrintable(QString::number(south)));
    }

    void outsideChinaUnchanged()
    {
        const LatLon london { 51.5074, -0.1278 };
        const auto g = wgs84ToGcj02(london);
        QCOMPARE(g.lat, london.lat);
        QCOMPARE(g.lon, london.lon);
        const auto w = gcj02ToWgs84(london);
        QCOMPARE(w.lat, london.lat);
    }

    void webMercator_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("y");
        // PROJ: echo 10 50 | cs2cs EPSG:4326 EPSG:3857 (lon/lat order) -> 1113194.91 6446275.84
        QTest::newRow("10E 50N") << 50.0 << 10.0 << 1113194.9079327357 << 6446275.841017158;
        QTest::newRow("origin") << 0.0 << 0.0 << 0.0 << 0.0;
        // The edge of the EPSG:3857 square: 20037508.342789244 m (pi * 6378137).
        QTest::newRow("antimeridian") << 0.0 << 180.0 << 20037508.342789244 << 0.0;
        QTest::newRow("max lat") << 85.0511287798066 << 0.0 << 0.0 << 20037508.342789244;
        QTest::newRow("wuhan") << 30.5928 << 114.3055 << 12724430.054870531 << 3579978.621363893;
    }

    void webMercator()
    {
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(double, x);
        QFETCH(double, y);
        const auto m = toWebMercator({ lat, lon });
        QVERIFY2(std::abs(m.x() - x) < 1e-3, qPrintable(QString::number(m.x(), 'f', 6)));
        QVERIFY2(std::abs(m.y() - y) < 1e-3, qPrintable(QString::number(m.y(), 'f', 6)));
        const auto back = fromWebMercator(m);
        QVERIFY(std::abs(back.lat - lat) < 1e-9);
        QVERIFY(std::abs(back.lon - lon) < 1e-9);
    }

    void slippyTiles_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<int>("z");
        QTest::addColumn<int>("x");
        QTest::addColumn<int>("y");
        QTest::newRow("world") << 30.5928 << 114.3055 << 0 << 0 << 0;
        QTest::newRow("wuhan z5") << 30.5928 << 114.3055 << 5 << 26 << 13;
        QTest::newRow("wuhan z10") << 30.5928 << 114.3055 << 10 << 837 << 420;
        QTest::newRow("wuhan z13") << 30.5928 << 114.3055 << 13 << 6697 << 3364;
        QTest::newRow("wuhan z16") << 30.5928 << 114.3055 << 16 << 53576 << 26913;
        QTest::newRow("yellow crane tower z16") << 30.5450 << 114.3020 << 16 << 53576 << 26923;
        QTest::newRow("suizhou z10") << 31.69 << 113.38 << 10 << 834 << 416;
        QTest::newRow("suizhou z13") << 31.69 << 113.38 << 13 << 6676 << 3335;
        // Quadrant checks at zoom 1: north-west, south-east.
        QTest::newRow("nw z1") << 45.0 << -90.0 << 1 << 0 << 0;
        QTest::newRow("se z1") << -45.0 << 90.0 << 1 << 1 << 1;
    }

    void slippyTiles()
    {
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(int, z);
        QFETCH(int, x);
        QFETCH(int, y);
        const TileId t = tileAt({ lat, lon }, z);
        QCOMPARE(t.z, z);
        QCOMPARE(t.x, x);
        QCOMPARE(t.y, y);
        // The point lies inside its tile's bounds.
        const auto nw = tileNorthWest(t);
        const auto se = tileSouthEast(t);
        QVERIFY(lat <= nw.lat && lat >= se.lat);
        QVERIFY(lon >= nw.lon && lon <= se.lon);
    }

    void tileBoundsAtZoomZero()
    {
        const auto nw = tileNorthWest({ 0, 0, 0 });
        const auto se = tileSouthEast({ 0, 0, 0 });
        QVERIFY(std::abs(nw.lat - 85.0511287798066) < 1e-9);
        QVERIFY(std::abs(nw.lon + 180) < 1e-12);
        QVERIFY(std::abs(se.lat + 85.0511287798066) < 1e-9);
        QVERIFY(std::abs(se.lon - 180) < 1e-12);
    }

    void worldPixelRoundTrip()
    {
        for (int z : { 3, 9, 15, 20 }) {
            const LatLon p { 30.5450, 114.3020 };
            const auto back = fromWorldPixel(toWorldPixel(p, z), z);
            QVERIFY(std::abs(back.lat - p.lat) < 1e-9);
            QVERIFY(std::abs(back.lon - p.lon) < 1e-9);
        }
    }

    void validTiles()
    {
        QVERIFY(validTile({ 0, 0, 0 }));
        QVERIFY(validTile({ 10, 1023, 1023 }));
        QVERIFY(!validTile({ 10, 1024, 0 }));
        QVERIFY(!validTile({ -1, 0, 0 }));
        QVERIFY(!validTile({ 23, 0, 0 }));
        QVERIFY(!validTile({ 3, -1, 0 }));
    }

    void distance()
    {
        // Wuhan (Hankou) to Suizhou is roughly 150 km as the crow flies; one degree of latitude ~111.2 km.
        QVERIFY(std::abs(distanceMeters({ 30, 114 }, { 31, 114 }) - 111195) < 50);
        QCOMPARE(distanceMeters({ 30.5, 114.3 }, { 30.5, 114.3 }), 0.0);
    }

    void bearings()
    {
        QVERIFY(std::abs(bearingDegrees({ 30, 114 }, { 31, 114 })) < 1e-9); // due north
        QVERIFY(std::abs(bearingDegrees({ 31, 114 }, { 30, 114 }) - 180) < 1e-9);
        QVERIFY(std::abs(bearingDegrees({ 0, 10 }, { 0, 11 }) - 90) < 1e-9); // due east on the equator
        QVERIFY(std::abs(bearingDegrees({ 0, 11 }, { 0, 10 }) - 270) < 1e-9);
        // Going east at 30 N the great circle starts a little north of east (~89.75 for one degree).
        const double b = bearingDegrees({ 30, 114 }, { 30, 115 });
        QVERIFY2(b > 89.5 && b < 90, qPrintable(QString::number(b, 'f', 4)));
    }

    void offsetsAndLocalFrame()
    {
        const LatLon p { 30.5928, 114.3055 };
        // Metres east and north on the plane around p agree with the great circle: to a centimetre
        // along the axes at a kilometre, to a metre (0.02 %) on a 5 km diagonal, where the plane's
        // degree of longitude, measured at p, no longer fits the latitude reached.
        QVERIFY(std::abs(distanceMeters(p, offsetMeters(p, 0, 1000)) - 1000) < 0.01);
        QVERIFY(std::abs(distanceMeters(p, offsetMeters(p, 1000, 0)) - 1000) < 0.01);
        QVERIFY(std::abs(distanceMeters(p, offsetMeters(p, 3000, 4000)) - 5000) < 1.0);
        const LocalFrame f(p);
        const QPointF m = f.toMeters(offsetMeters(p, -250, 120));
        QVERIFY(std::abs(m.x() + 250) < 1e-6 && std::abs(m.y() - 120) < 1e-6);
        const LatLon back = f.toLatLon(f.toMeters({ 30.6, 114.4 }));
        QVERIFY(std::abs(back.lat - 30.6) < 1e-12 && std::abs(back.lon - 114.4) < 1e-12);
        const LatLon mid = interpolate({ 30, 114 }, { 31, 116 }, 0.25);
        QCOMPARE(mid.lat, 30.25);
        QCOMPARE(mid.lon, 114.5);
    }

    void rings()
    {
        const std::vector<LatLon> square { { 30, 114 }, { 30, 115 }, { 31, 115 }, { 31, 114 } };
        QVERIFY(insideRing({ 30.5, 114.5 }, square));
        QVERIFY(!insideRing({ 31.5, 114.5 }, square));
        QVERIFY(!insideRing({ 30.5, 113.9 }, square));
        // A notch: the ring need not be convex.
        const std::vector<LatLon> notch { { 30, 114 }, { 30, 115 }, { 31, 115 }, { 30.5, 114.5 },
            { 31, 114 } };
        QVERIFY(!insideRing({ 30.9, 114.5 }, notch));
        QVERIFY(insideRing({ 30.2, 114.5 }, notch));
    }
};

QTEST_APPLESS_MAIN(TestGeodesy)
#include "tst_geodesy.moc"
