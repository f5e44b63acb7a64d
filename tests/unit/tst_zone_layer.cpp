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
                                     << QStringLiteral("not a vector file");
        QTest::newRow("no zones") << collection({}) << QStringLiteral("no zones");
        QTest::newRow("no class")
            << QByteArray(square("x", "a", 30.6, 114.3, 0.01)).replace("\"class\":\"x\",", "")
            << QStringLiteral("no \"class\"");
        QTest::newRow("unknown class") << collection({ square("downtown", "a", 30.6, 114.3, 0.01) })
                                       << QStringLiteral("class \"downtown\"");
        QTest::newRow("self-intersecting") << collection(
            { R"({"type":"Feature","properties":{"class":"urban","name":"bowtie"},"geometry":{"type":"Polygon","coordinates":[[[114.0,30.0],[114.2,30.2],[114.2,30.0],[114.0,30.2],[114.0,30.0]]]}})" })
                                           << QStringLiteral(
                                                  "feature 1 (bowtie): the outline crosses itself at 30.1");
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
        QVERIFY2(error.contains(QStringLiteral("limit of 64 MB")), qPrintable(error));
    }

    void aKmlsFoldersAreAllRead()
    {
        // Google Earth saves each folder as a layer of its own: the zones of both are taken.
        const QByteArray kml
            = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document>\n"
              "<Folder><name>urban</name><Placemark><name>city</name>\n"
              "<ExtendedData><Data name=\"class\"><value>urban</value></Data></ExtendedData>\n"
              "<Polygon><outerBoundaryIs><LinearRing><coordinates>"
              "114.0,30.4 114.6,30.4 114.6,30.8 114.0,30.8 114.0,30.4"
              "</coordinates></LinearRing></outerBoundaryIs></Polygon>\n"
              "</Placemark></Folder>\n"
              "<Folder><name>key sites</name><Placemark><name>station</name>\n"
              "<ExtendedData><Data name=\"class\"><value>key_site</value></Data></ExtendedData>\n"
              "<Polygon><outerBoundaryIs><LinearRing><coordinates>"
              "114.30,30.60 114.32,30.60 114.32,30.62 114.30,30.62 114.30,30.60"
              "</coordinates></LinearRing></outerBoundaryIs></Polygon>\n"
              "</Placemark></Folder>\n"
              "</Document></kml>\n";
        QString error;
        const auto layer = ZoneLayer::fromBytes(kml, QStringLiteral("zones.kml"), &error);
        QVERIFY2(layer, qPrintable(error));
        QCOMPARE(int(layer->zones().size()), 2);
        QCOMPARE(layer->zoneAt({ 30.61, 114.31 }), ResponseZone::KeySite);
        QCOMPARE(layer->zoneAt({ 30.5, 114.1 }), ResponseZone::Urban);
        QCOMPARE(layer->zoneAt({ 30.9, 114.1 }), ResponseZone::None);
    }

    void savedZonesReadBackTheSame()
    {
        // What the zone editor saves: classes, names and holes come back as they went.
        const QByteArray doughnut
            = R"({"type":"Feature","properties":{"class":"urban","name":"环城"},"geometry":{"type":"MultiPolygon","coordinates":[)"
              R"([[[114.0,30.0],[115.0,30.0],[115.0,31.0],[114.0,31.0],[114.0,30.0]],)"
              R"([[114.4,30.4],[114.4,30.6],[114.6,30.6],[114.6,30.4],[114.4,30.4]]],)"
              R"([[[116.0,30.0],[116.2,30.0],[116.2,30.2],[116.0,30.0]]]]}})";
        QString error;
        const auto first
            = ZoneLayer::fromBytes(collection({ doughnut, square("key_site", "站", 30.5, 114.5, 0.01) }),
                QStringLiteral("z.geojson"), &error);
        QVERIFY2(first, qPrintable(error));
        const QByteArray saved = ZoneLayer::toGeoJson(first->zones(), &error);
        QVERIFY2(!saved.isEmpty(), qPrintable(error));
        const auto again = ZoneLayer::fromBytes(saved, QStringLiteral("z.geojson"), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(int(again->zones().size()), 2);
        QCOMPARE(again->zones()[0].name, QStringLiteral("环城"));
        QCOMPARE(again->zones()[0].kind, ResponseZone::Urban);
        QCOMPARE(again->zones()[0].shape.polygonCount(), 2);
        QCOMPARE(again->zones()[1].kind, ResponseZone::KeySite);
        QCOMPARE(again->zoneAt({ 30.2, 114.2 }), ResponseZone::Urban);
        QCOMPARE(again->zoneAt({ 30.45, 114.45 }), ResponseZone::None); // the hole
        QCOMPARE(again->zoneAt({ 30.5, 114.5 }), ResponseZone::KeySite); // inside the hole
        QCOMPARE(again->zoneAt({ 30.05, 116.15 }), ResponseZone::Urban); // the second polygon
        QVERIFY(qAbs(again->zones()[0].shape.areaKm2() - first->zones()[0].shape.areaKm2()) < 1e-6);
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
        // Loaded by its resource name, as the workstation does when no zone file is set.
        const auto loaded
            = ZoneLayer::load(QStringLiteral(":/watchfloor/zones/hubei-response-zones.geojson"), &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->zones().size(), layer->zones().size());
    }
};

QTEST_GUILESS_MAIN(TestZoneLayer)
#include "tst_zone_layer.moc"
