// Response zones: read by GDAL/OGR, checked and looked up by GEOS. Known answers for nested
// zones (the strictest applies), and a clear refusal for each kind of broken layer.
#include "HubeiMap.h"
#include "TrainingZones.h"
#include "ZoneLayer.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace wf;
using namespace wf::maps;

namespace {

QByteArray square(const char *cls, const char *name, double lat, double lon, double half)
{
    return QStringLiteral(
        R"({"type":"Feature","properties":{"class":"%1","name":"%2"},"geometry":{"type":"Polygon",)"
        R"("coordinates":[[[%3,%4],[%5,%4],[%5,%6],[%3,%6],[%3,%4]]]}})")
        .arg(QLatin1String(cls), QLatin1String(name))
        .arg(lon - half)
        .arg(lat - half)
        .arg(lon + half)
        .arg(lat + half)
        .toUtf8();
}

QByteArray collection(const QList<QByteArray> &features, const QByteArray &extra = {})
{
    return "{\"type\":\"FeatureCollection\"," + extra + "\"features\":[" + features.join(',') + "]}";
}

} // namespace

class TestZoneLayer : public QObject
{
    Q_OBJECT
private slots:
    void theStrictestZoneApplies()
    {
        QString error;
        const auto layer = ZoneLayer::fromBytes(collection({ square("urban", "city", 30.6, 114.3, 0.2),
                                                    square("central", "centre", 30.6, 114.3, 0.05),
                                                    square("key_site", "station", 30.61, 114.31, 0.005) }),
            QStringLiteral("zones.geojson"), &error);
        QVERIFY2(layer, qPrintable(error));
        QCOMPARE(layer->zoneAt({ 30.61, 114.31 }), ResponseZone::KeySite);
        QCOMPARE(layer->zoneAt({ 30.63, 114.33 }), ResponseZone::Central);
        QCOMPARE(layer->zoneAt({ 30.75, 114.3 }), ResponseZone::Urban);
        QCOMPARE(layer->zoneAt({ 31.5, 114.3 }), ResponseZone::None);
        QCOMPARE(responseTargetSeconds(ResponseZone::KeySite), 60);
        QCOMPARE(responseTargetSeconds(ResponseZone::Central), 180);
        QCOMPARE(responseTargetSeconds(ResponseZone::Urban), 300);
        QCOMPARE(responseTargetSeconds(ResponseZone::None), 0);
    }

    void holesAreOutside()
    {
        const QByteArray doughnut
            = R"({"type":"Feature","properties":{"class":"urban","name":"ring"},"geometry":{"type":"Polygon","coordinates":[)"
              R"([[114.0,30.0],[115.0,30.0],[115.0,31.0],[114.0,31.0],[114.0,30.0]],)"
              R"([[114.4,30.4],[114.4,30.6],[114.6,30.6],[114.6,30.4],[114.4,30.4]]]}})";
        QString error;
        const auto layer
            = ZoneLayer::fromBytes(collection({ doughnut }), QStringLiteral("z.geojson"), &error);
        QVERIFY2(layer, qPrintable(error));
        QCOMPARE(layer->zoneAt({ 30.2, 114.2 }), ResponseZone::Urban);
        QCOMPARE(layer->zoneAt({ 30.5, 114.5 }), ResponseZone::None);
    }

    void gcj02LayersAreConverted()
    {
        // The same square declared in GCJ-02 lies ~500 m west and ~300 m north in WGS-84.
        QString error;
        const auto layer = ZoneLayer::fromBytes(
            collection({ square("central", "c", 30.6, 114.3, 0.004) }, "\"datum\":\"GCJ-02\","),
            QStringLiteral("z.geojson"), &error);
        QVERIFY2(layer, qPrintable(error));
        const LatLon wgs = gcj02ToWgs84({ 30.6, 114.3 });
        QCOMPARE(layer->zoneAt(wgs), ResponseZone::Central);
        QCOMPARE(layer->zoneAt({ 30.6 - 0.0035, 114.3 + 0.0035 }), ResponseZone::None);
    }

    void brokenLayersAreRefusedWithTheReason_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QByteArray("  ") << QStringLiteral("empty");
        QTest::newRow("not a layer") << QByteArray("this is not GeoJSON")
                                     << QStringLiteral("not a vector layer");
        QTest::newRow("no zones") << collection({}) << QStringLiteral("no zones");
        QTest::newRow("no class")
            << QByteArray(square("x", "a", 30.6, 114.3, 0.01)).replace("\"class\":\"x\",", "")
            << QStringLiteral("no \"class\"");
        QTest::newRow("unknown class") << collection({ square("downtown", "a", 30.6, 114.3, 0.01) })
                                       << QStringLiteral("class \"downtown\"");
        QTest::newRow("self-intersecting") << collection(
            { R"({"type":"Feature","properties":{"class":"urban","name":"bowtie"},"geometry":{"type":"Polygon","coordinates":[[[114.0,30.0],[114.2,30.2],[114.2,30.0],[114.0,30.2],[114.0,30.0]]]}})" })
                                           << QStringLiteral("feature 1 (bowtie) is not a valid polygon: "
                                                             "self-intersection at 30.1");
        QTest::newRow("a point") << collection(
            { R"({"type":"Feature","properties":{"class":"urban","name":"p"},"geometry":{"type":"Point","coordinates":[114.0,30.0]}})" })
                                 << QStringLiteral("not a polygon");
    }
    void brokenLayersAreRefusedWithTheReason()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!ZoneLayer::fromBytes(bytes, QStringLiteral("zones.geojson"), &error));
        QVERIFY2(error.contains(says, Qt::CaseInsensitive), qPrintable(error));
        QVERIFY(error.startsWith(QStringLiteral("zones.geojson: ")));
    }

    void aHugeFileIsRefusedBeforeItIsRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.geojson"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(ZoneLayer::kMaxFileBytes + 1)); // sparse: nothing is written
        f.close();
        QString error;
        QVERIFY(!ZoneLayer::load(path, &error));
        QVERIFY2(error.contains(QStringLiteral("limited to 64 MB")), qPrintable(error));
    }

    void theBuiltInZonesAreTheTrainingWorlds()
    {
        // The file the workstation and the scorer read is what the training world's geography
        // makes: regenerate it with `watchfloor sim --write-zones
        // resources/zones/hubei-response-zones.geojson`.
        QFile f(QStringLiteral(":/watchfloor/zones/hubei-response-zones.geojson"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray committed = f.readAll();
        QCOMPARE(QJsonDocument::fromJson(committed),
            QJsonDocument::fromJson(sim::trainingZonesGeoJson(*sim::HubeiMap::shared())));
        QString error;
        const auto layer
            = ZoneLayer::fromBytes(committed, QStringLiteral("hubei-response-zones.geojson"), &error);
        QVERIFY2(layer, qPrintable(error));
        // Wuhan's centre (Jianghan) is central urban; its outskirts urban; the far countryside none.
        QCOMPARE(layer->zoneAt({ 30.5928, 114.3055 }), ResponseZone::Central);
        QCOMPARE(layer->zoneAt({ 30.45, 114.15 }), ResponseZone::Urban);
        QCOMPARE(layer->zoneAt({ 31.9, 110.5 }), ResponseZone::None);
    }
};

QTEST_GUILESS_MAIN(TestZoneLayer)
#include "tst_zone_layer.moc"
