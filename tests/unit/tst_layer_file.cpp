// Vector files through GDAL/OGR: GeoJSON in WGS-84 and in GCJ-02 (converted once, on read),
// KML, and what must be refused whole: broken files, files over the size limit (before they
// are read), an unknown coordinate system, an invalid polygon (named, with its place).
#include "LayerFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace wf::maps;

namespace {

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

const char *kSquare = "{\"type\":\"FeatureCollection\",%1\"features\":[\n"
                      "{\"type\":\"Feature\",\"properties\":{\"name_zh\":\"测试区\",\"name_en\":\"Test "
                      "District\",\"adcode\":\"420999\",\"level\":\"district\"},\n"
                      " \"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[114.0,30.0],[114.1,30.0],[114."
                      "1,30.1],[114.0,30.1],[114.0,30.0]]]}},\n"
                      "{\"type\":\"Feature\",\"properties\":{\"name\":\"a "
                      "point\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[114.05,30.05]}}]}";

} // namespace

class TestLayerFile : public QObject
{
    Q_OBJECT

private slots:
    void geojson_wgs84()
    {
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("a.geojson"), QByteArray(kSquare).replace("%1", ""));
        QString error;
        const auto layer = LayerFile::read(path, &error);
        QVERIFY2(layer, qPrintable(error));
        QCOMPARE(layer->features.size(), std::size_t(1));
        QCOMPARE(layer->otherFeatures, 1);
        QVERIFY(!layer->gcj02);
        QVERIFY(!layer->crs.isEmpty());
        const LayerFeature &f = layer->features.front();
        QCOMPARE(f.name, QStringLiteral("测试区"));
        QCOMPARE(f.nameEn, QStringLiteral("Test District"));
        QCOMPARE(f.code, QStringLiteral("420999"));
        QCOMPARE(f.level, QStringLiteral("district"));
        QVERIFY(f.shape.contains({ 30.05, 114.05 }));
        const double expected = 0.1 * 110852.4 * 0.1 * 96486.3 / 1e6;
        QVERIFY(std::abs(layer->areaKm2() - expected) < expected * 2e-3);
    }

    void geojson_gcj02IsConvertedToWgs84()
    {
        QTemporaryDir dir;
        const QString path = write(
            dir, QStringLiteral("b.geojson"), QByteArray(kSquare).replace("%1", "\"datum\":\"GCJ-02\","));
        QString error;
        const auto layer = LayerFile::read(path, &error);
        QVERIFY2(layer, qPrintable(error));
        QVERIFY(layer->gcj02);
        const LatLon corner = gcj02ToWgs84({ 30.0, 114.0 });
        bool found = false;
        const auto polygons = layer->features.front().shape.polygons();
        for (const LatLon &p : polygons.front().outer)
            found = found || (std::abs(p.lat - corner.lat) < 1e-9 && std::abs(p.lon - corner.lon) < 1e-9);
        QVERIFY(found);
        // ~500 m: the corner in WGS-84 is not where the file wrote it.
        QVERIFY(distanceMeters(corner, { 30.0, 114.0 }) > 300);
    }

    void geojson_webMercatorIsTransformed()
    {
        QByteArray coords;
        for (const LatLon p : { LatLon { 30.0, 114.0 }, LatLon { 30.0, 114.1 }, LatLon { 30.1, 114.1 },
                 LatLon { 30.1, 114.0 }, LatLon { 30.0, 114.0 } }) {
            const QPointF m = toWebMercator(p);
            coords += (coords.isEmpty() ? "" : ",") + QByteArray("[") + QByteArray::number(m.x(), 'f', 3)
                + "," + QByteArray::number(m.y(), 'f', 3) + "]";
        }
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("m.geojson"),
            "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":"
            "\"urn:ogc:def:crs:EPSG::3857\"}},\"features\":[{\"type\":\"Feature\",\"properties\":{},"
            "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[["
                + coords + "]]}}]}");
        QString error;
        const auto layer = LayerFile::read(path, &error);
        QVERIFY2(layer, qPrintable(error));
        QCOMPARE(layer->crs, QStringLiteral("EPSG:3857"));
        QVERIFY(layer->features.front().shape.contains({ 30.05, 114.05 }));
        QVERIFY(!layer->features.front().shape.contains({ 30.15, 114.05 }));
        const double expected = 0.1 * 110852.4 * 0.1 * 96486.3 / 1e6;
        QVERIFY2(std::abs(layer->areaKm2() - expected) < expected * 2e-3,
            qPrintable(QString::number(layer->areaKm2())));
    }

    void kml()
    {
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("c.kml"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document><Placemark><name>卡口圈</name>\n"
            "<Polygon><outerBoundaryIs><LinearRing><coordinates>114.0,30.0 114.1,30.0 114.1,30.1 "
            "114.0,30.0</coordinates></LinearRing></outerBoundaryIs></Polygon>\n"
            "</Placemark></Document></kml>");
        QString error;
        const auto layer = LayerFile::read(path, &error);
        QVERIFY2(layer, qPrintable(error));
        QCOMPARE(layer->features.size(), std::size_t(1));
        QCOMPARE(layer->features.front().name, QStringLiteral("卡口圈"));
        QVERIFY(layer->features.front().shape.contains({ 30.02, 114.08 }));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("words");
        QTest::newRow("broken") << QByteArray("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":")
                                << QString();
        QTest::newRow("not json") << QByteArray("hello, world\n") << QString();
        QTest::newRow("self-intersecting") << QByteArray(
            "{\"type\":\"FeatureCollection\",\"features\":[\n"
            "{\"type\":\"Feature\",\"properties\":{\"name\":\"ok\"},\"geometry\":{\"type\":\"Polygon\","
            "\"coordinates\":[[[114.0,30.0],[114.1,30.0],[114.1,30.1],[114.0,30.0]]]}},\n"
            "{\"type\":\"Feature\",\"properties\":{\"name\":\"bowtie\"},\"geometry\":{\"type\":\"Polygon\","
            "\"coordinates\":[[[114.0,30.0],[114.1,30.1],[114.1,30.0],[114.0,30.1],[114.0,30.0]]]}}]}")
                                           << QStringLiteral("feature 2 (bowtie): The outline crosses itself "
                                                             "at 30.05000");
        QTest::newRow("unknown crs") << QByteArray(
            "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:"
            "def:crs:EPSG::999999\"}},\"features\":[\n"
            "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,"
            "0],[1,0],[1,1],[0,0]]]}}]}")
                                     << QStringLiteral("unknown coordinate system");
    }

    void refused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, words);
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("bad.geojson"), bytes);
        QString error;
        QVERIFY(!LayerFile::read(path, &error));
        QVERIFY2(error.startsWith(path + u':'), qPrintable(error));
        QVERIFY2(error.size() > path.size() + 5, qPrintable(error));
        if (!words.isEmpty())
            QVERIFY2(error.contains(words), qPrintable(error));
    }

    void refused_tooLargeBeforeReading()
    {
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("big.geojson"), QByteArray(3 << 20, ' '));
        QString error;
        QVERIFY(!LayerFile::read(path, &error, 2 << 20));
        QVERIFY2(error.contains(QStringLiteral("limit of 2 MB")), qPrintable(error));
        QVERIFY(!LayerFile::read(dir.filePath(QStringLiteral("missing.geojson")), &error));
        QVERIFY(!LayerFile::read(dir.path(), &error)); // a folder is not a file
    }
};

QTEST_GUILESS_MAIN(TestLayerFile)
#include "tst_layer_file.moc"
