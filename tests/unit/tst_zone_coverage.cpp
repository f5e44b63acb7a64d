// Response zones against the area units can reach: each zone against its own target, the gap
// as the part nobody reaches, and the classes added up.
#include "ZoneCoverage.h"

#include <QTest>

using namespace wf::maps;

namespace {

QByteArray square(const char *cls, double lat, double lon, double half)
{
    return QStringLiteral(
        R"({"type":"Feature","properties":{"class":"%1","name":"z"},"geometry":{"type":"Polygon",)"
        R"("coordinates":[[[%2,%3],[%4,%3],[%4,%5],[%2,%5],[%2,%3]]]}})")
        .arg(QLatin1String(cls))
        .arg(lon - half)
        .arg(lat - half)
        .arg(lon + half)
        .arg(lat + half)
        .toUtf8();
}

GeoShape box(double south, double west, double north, double east)
{
    ShapeProblem problem;
    return GeoShape::fromRing(
        GeoRing { { south, west }, { south, east }, { north, east }, { north, west } }, &problem);
}

} // namespace

class TestZoneCoverage : public QObject
{
    Q_OBJECT
private slots:
    void eachZoneIsHeldToItsOwnTarget()
    {
        QString error;
        // A key site and an urban zone side by side.
        const auto layer = ZoneLayer::fromBytes("{\"type\":\"FeatureCollection\",\"features\":["
                + square("key_site", 30.60, 114.30, 0.01) + "," + square("urban", 30.60, 114.40, 0.02) + "]}",
            QStringLiteral("zones.geojson"), &error);
        QVERIFY2(layer, qPrintable(error));
        const ZoneCoverage coverage(*layer);
        QList<int> asked;
        // Within a minute: the western half of the key site. Within five: all of the urban zone.
        const auto gaps = coverage.measure([&](int seconds) {
            asked.append(seconds);
            return seconds == 60 ? box(30.5, 114.2, 30.7, 114.30) : box(30.5, 114.35, 30.7, 114.45);
        });
        QCOMPARE(asked, (QList<int> { 60, 300 }));
        QCOMPARE(gaps.size(), std::size_t(2));
        QCOMPARE(gaps[0].kind, ResponseZone::KeySite);
        QVERIFY2(std::abs(gaps[0].coveredShare() - 0.5) < 0.01,
            qPrintable(QString::number(gaps[0].coveredShare())));
        QVERIFY(!gaps[0].gap.isEmpty());
        QVERIFY(gaps[0].gap.contains({ 30.60, 114.305 }));
        QVERIFY(!gaps[0].gap.contains({ 30.60, 114.295 }));
        QCOMPARE(gaps[1].kind, ResponseZone::Urban);
        QVERIFY(gaps[1].gap.isEmpty());
        QCOMPARE(gaps[1].coveredShare(), 1.0);

        const auto classes = ZoneCoverage::byClass(gaps);
        QCOMPARE(classes.size(), std::size_t(2)); // no central zone: left out
        QCOMPARE(classes[0].kind, ResponseZone::KeySite);
        QCOMPARE(classes[0].zonesWithGap, 1);
        QCOMPARE(classes[1].kind, ResponseZone::Urban);
        QCOMPARE(classes[1].zonesWithGap, 0);
    }

    void nobodyMeansTheWholeZoneIsAGap()
    {
        QString error;
        const auto layer = ZoneLayer::fromBytes(
            "{\"type\":\"FeatureCollection\",\"features\":[" + square("central", 30.6, 114.3, 0.01) + "]}",
            QStringLiteral("zones.geojson"), &error);
        QVERIFY2(layer, qPrintable(error));
        const auto gaps = ZoneCoverage(*layer).measure([](int) { return GeoShape(); });
        QCOMPARE(gaps.size(), std::size_t(1));
        QCOMPARE(gaps[0].coveredKm2, 0.0);
        QVERIFY(std::abs(gaps[0].gap.areaKm2() - gaps[0].areaKm2) < 1e-6);
    }

    void aCoveredIslandInsideAZoneLeavesAGapWithAHoleThatDrawsAsSimpleRings()
    {
        QString error;
        const auto layer = ZoneLayer::fromBytes(
            "{\"type\":\"FeatureCollection\",\"features\":[" + square("urban", 30.6, 114.3, 0.05) + "]}",
            QStringLiteral("zones.geojson"), &error);
        QVERIFY2(layer, qPrintable(error));
        const auto gaps = ZoneCoverage(*layer).measure([](int) { return box(30.59, 114.29, 30.61, 114.31); });
        const GeoShape &gap = gaps[0].gap;
        QCOMPARE(gap.polygons().size(), std::size_t(1));
        QCOMPARE(gap.polygons()[0].holes.size(), std::size_t(1));
        // Drawn as rings with no holes: the same area, and the island in none of them.
        const auto rings = gap.holeFreeRings();
        QVERIFY(rings.size() >= 2);
        double area = 0;
        for (const auto &ring : rings) {
            area += ringAreaKm2(ring);
            QVERIFY(!insideRing({ 30.6, 114.3 }, ring));
        }
        QVERIFY2(std::abs(area - gap.areaKm2()) < 1e-3 * gap.areaKm2(),
            qPrintable(QStringLiteral("%1 vs %2").arg(area).arg(gap.areaKm2())));
    }
};

QTEST_GUILESS_MAIN(TestZoneCoverage)
#include "tst_zone_coverage.moc"
