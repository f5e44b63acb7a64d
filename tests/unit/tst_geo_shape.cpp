// Polygons through GEOS against answers worked out by hand: areas of small rectangles from the
// metres per degree of the WGS-84 ellipsoid (rectangle, hole, two parts), validity with the
// place of the fault, buffers and circles against pi r², unions and intersections of
// overlapping squares, and where a line crosses an outline.
#include "GeoShape.h"

#include <QTest>
#include <cmath>
#include <numbers>

using namespace wf::maps;

Q_DECLARE_METATYPE(std::vector<GeoPolygonRings>)

namespace {

GeoRing box(double south, double west, double north, double east)
{
    return { { south, west }, { south, east }, { north, east }, { north, west } };
}

// Metres per degree at latitude 30 on WGS-84 (meridian and parallel radii of curvature).
constexpr double kPerLat30 = 110852.4;
constexpr double kPerLon30 = 96486.3;

} // namespace

class TestGeoShape : public QObject
{
    Q_OBJECT

private slots:
    void area_rectangleOnTheEllipsoid()
    {
        ShapeProblem problem;
        const GeoShape s = GeoShape::fromRing(box(29.95, 114.0, 30.05, 114.1), &problem);
        QVERIFY2(!s.isEmpty(), qPrintable(problem.message()));
        const double expected = 0.1 * kPerLat30 * 0.1 * kPerLon30 / 1e6; // 106.96 km²
        QVERIFY2(
            std::abs(s.areaKm2() - expected) < expected * 1e-3, qPrintable(QString::number(s.areaKm2())));
    }

    void area_holeIsSubtractedAndPartsAdd()
    {
        ShapeProblem problem;
        const GeoPolygonRings withHole { box(29.9, 114.0, 30.1, 114.2),
            { box(29.95, 114.05, 30.05, 114.15) } };
        const GeoPolygonRings other { box(29.9, 115.0, 30.1, 115.2), {} };
        const std::vector<GeoPolygonRings> parts { withHole, other };
        const GeoShape s = GeoShape::fromPolygons(parts, &problem);
        QVERIFY2(!s.isEmpty(), qPrintable(problem.message()));
        QCOMPARE(s.polygonCount(), 2);
        const double square = 0.2 * kPerLat30 * 0.2 * kPerLon30 / 1e6;
        const double expected = square * 0.75 + square;
        QVERIFY2(
            std::abs(s.areaKm2() - expected) < expected * 1e-3, qPrintable(QString::number(s.areaKm2())));
        QVERIFY(!s.contains({ 30.0, 114.1 })); // in the hole
        QVERIFY(s.contains({ 29.92, 114.1 })); // around it
        QVERIFY(s.contains({ 30.0, 115.1 })); // the second part
        QVERIFY(s.contains({ 29.9, 114.1 })); // on the outline
        QVERIFY(!s.contains({ 30.0, 114.5 }));
        const auto rings = s.polygons();
        QCOMPARE(rings.front().holes.size(), std::size_t(1));
    }

    void invalid_selfIntersectionSaysWhere()
    {
        ShapeProblem problem;
        const GeoRing bowtie { { 30.0, 114.0 }, { 30.1, 114.1 }, { 30.1, 114.0 }, { 30.0, 114.1 } };
        QVERIFY(GeoShape::fromRing(bowtie, &problem).isEmpty());
        QVERIFY(problem.located);
        QVERIFY2(std::abs(problem.where.lat - 30.05) < 1e-9 && std::abs(problem.where.lon - 114.05) < 1e-9,
            qPrintable(problem.message()));
        QVERIFY2(problem.message().contains(u"crosses itself") && problem.message().contains(u"30.05000"),
            qPrintable(problem.message()));
    }

    void invalid_badShapesAreRefusedInWords_data()
    {
        QTest::addColumn<std::vector<GeoPolygonRings>>("polygons");
        QTest::addColumn<QString>("words");
        QTest::newRow("empty") << std::vector<GeoPolygonRings> {} << QStringLiteral("empty");
        QTest::newRow("two points") << std::vector<GeoPolygonRings> { { { { 30, 114 }, { 30.1, 114 } }, {} } }
                                    << QStringLiteral("three distinct points");
        QTest::newRow("repeated points") << std::vector<GeoPolygonRings> {
            { { { 30, 114 }, { 30, 114 }, { 30.1, 114 }, { 30, 114 } }, {} }
        } << QStringLiteral("three distinct points");
        QTest::newRow("zero area") << std::vector<GeoPolygonRings> {
            { { { 30, 114 }, { 30.1, 114.1 }, { 30.2, 114.2 } }, {} }
        } << QStringLiteral("no area");
        QTest::newRow("antimeridian") << std::vector<GeoPolygonRings> { { box(10, -179.5, 11, 179.5), {} } }
                                      << QStringLiteral("antimeridian");
        QTest::newRow("not a coordinate") << std::vector<GeoPolygonRings> { { box(95, 114, 96, 115), {} } }
                                          << QStringLiteral("valid longitude");
        QTest::newRow("hole outside")
            << std::vector<GeoPolygonRings> { { box(30, 114, 30.1, 114.1), { box(31, 114, 31.1, 114.1) } } }
            << QStringLiteral("hole lies outside");
        QTest::newRow("overlapping parts") << std::vector<GeoPolygonRings> {
            { box(30, 114, 30.2, 114.2), {} }, { box(30.1, 114.1, 30.3, 114.3), {} }
        } << QStringLiteral("crosses itself");
    }

    void invalid_badShapesAreRefusedInWords()
    {
        QFETCH(std::vector<GeoPolygonRings>, polygons);
        QFETCH(QString, words);
        ShapeProblem problem;
        QVERIFY(GeoShape::fromPolygons(polygons, &problem).isEmpty());
        QVERIFY2(problem.message().contains(words, Qt::CaseInsensitive), qPrintable(problem.message()));
    }

    void circle_andBufferInMetres()
    {
        ShapeProblem problem;
        const GeoShape c = GeoShape::circle({ 30.59, 114.30 }, 1000, &problem, 360);
        QVERIFY2(!c.isEmpty(), qPrintable(problem.message()));
        QVERIFY2(std::abs(c.areaKm2() - std::numbers::pi) < std::numbers::pi * 2e-3,
            qPrintable(QString::number(c.areaKm2())));
        const GeoShape grown = c.bufferedMeters(500);
        const double big = std::numbers::pi * 1.5 * 1.5;
        QVERIFY2(std::abs(grown.areaKm2() - big) < big * 5e-3, qPrintable(QString::number(grown.areaKm2())));
        const GeoShape shrunk = c.bufferedMeters(-500);
        const double small = std::numbers::pi * 0.25;
        QVERIFY2(
            std::abs(shrunk.areaKm2() - small) < small * 1e-2, qPrintable(QString::number(shrunk.areaKm2())));
        QVERIFY(c.bufferedMeters(-1500).isEmpty());
        // A buffer of a province-sized shape stays in metres far from its centre line.
        const GeoShape wide = GeoShape::fromRing(box(29.0, 108.5, 33.2, 116.1), &problem);
        const GeoShape wider = wide.bufferedMeters(10'000);
        QVERIFY(wider.contains(offsetMeters({ 31.0, 116.1 }, 9'900, 0)));
        QVERIFY(!wider.contains(offsetMeters({ 31.0, 116.1 }, 10'100, 0)));
        QVERIFY(GeoShape::circle({ 30, 114 }, 0, &problem).isEmpty());
    }

    void unionAndIntersection()
    {
        ShapeProblem problem;
        const GeoShape a = GeoShape::fromRing(box(30.0, 114.0, 30.2, 114.2), &problem);
        const GeoShape b = GeoShape::fromRing(box(30.1, 114.1, 30.3, 114.3), &problem);
        const double square = a.areaKm2();
        const double overlap = a.intersected(b).areaKm2();
        QVERIFY2(std::abs(overlap - square / 4) < square * 2e-3, qPrintable(QString::number(overlap)));
        const GeoShape both = a.united(b);
        QCOMPARE(both.polygonCount(), 1);
        QVERIFY(std::abs(both.areaKm2() - (a.areaKm2() + b.areaKm2() - overlap)) < 1e-6 * square);
        const GeoShape far = GeoShape::fromRing(box(31.0, 114.0, 31.2, 114.2), &problem);
        QVERIFY(a.intersected(far).isEmpty());
        QCOMPARE(a.united(far).polygonCount(), 2);
    }

    void boundaryCrossings_inOrderAlongTheLine()
    {
        ShapeProblem problem;
        const GeoShape s = GeoShape::fromPolygons(
            std::vector<GeoPolygonRings> {
                { box(29.9, 114.0, 30.1, 114.4), { box(29.95, 114.1, 30.05, 114.2) } } },
            &problem);
        const std::vector<LatLon> line { { 30.0, 114.5 }, { 30.0, 113.9 } }; // east to west, through the hole
        const auto hits = s.boundaryCrossings(line);
        QCOMPARE(hits.size(), std::size_t(4));
        const double expectLon[] = { 114.4, 114.2, 114.1, 114.0 };
        for (std::size_t i = 0; i < 4; ++i) {
            QVERIFY(std::abs(hits[i].lat - 30.0) < 1e-12);
            QVERIFY2(std::abs(hits[i].lon - expectLon[i]) < 1e-12,
                qPrintable(QString::number(hits[i].lon, 'f', 12)));
        }
        QVERIFY(s.boundaryCrossings(std::vector<LatLon> { { 31, 114 }, { 31, 115 } }).empty());
    }

    void simplify_keepsTheAreaClose()
    {
        ShapeProblem problem;
        const GeoShape c = GeoShape::circle({ 30.59, 114.30 }, 5000, &problem, 720);
        const GeoShape s = c.simplifiedMeters(20);
        QVERIFY(s.vertexCount() < c.vertexCount() / 4);
        QVERIFY(std::abs(s.areaKm2() - c.areaKm2()) < c.areaKm2() * 0.01);
    }
};

QTEST_GUILESS_MAIN(TestGeoShape)
#include "tst_geo_shape.moc"
