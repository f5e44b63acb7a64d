// Outlines written as GeoJSON and KML through GDAL read back by LayerFile (GDAL too) as the same
// polygons with their names; a new file only: an existing one, an unknown type or a missing
// folder is refused and leaves nothing behind.
#include "LayerFile.h"
#include "LayerWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace wf::maps;
using namespace Qt::StringLiterals;

namespace {

std::vector<LatLon> hexagon(double lat, double lon)
{
    std::vector<LatLon> ring;
    for (int i = 0; i < 6; ++i)
        ring.push_back(
            { lat + 0.0111111111 * std::sin(i * M_PI / 3), lon + 0.0133333333 * std::cos(i * M_PI / 3) });
    return ring;
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every written point has a point of the read ring within tolerance degrees, and the counts agree.
bool sameOutline(const std::vector<LatLon> &written, const GeoRing &read, double tolerance)
{
    if (read.size() != written.size() + 1) // read rings are closed
        return false;
    for (const LatLon &p : written) {
        const bool found = std::any_of(read.begin(), read.end(), [&](const LatLon &q) {
            return std::abs(p.lat - q.lat) <= tolerance && std::abs(p.lon - q.lon) <= tolerance;
        });
        if (!found)
            return false;
    }
    return true;
}

} // namespace

class TestLayerWriter : public QObject
{
    Q_OBJECT
private slots:
    void formatBySuffix()
    {
        QCOMPARE(LayerWriter::formatOf(u"a/b.geojson"_s), LayerWriter::Format::GeoJson);
        QCOMPARE(LayerWriter::formatOf(u"b.JSON"_s), LayerWriter::Format::GeoJson);
        QCOMPARE(LayerWriter::formatOf(u"c.Kml"_s), LayerWriter::Format::Kml);
        QVERIFY(!LayerWriter::formatOf(u"d.shp"_s));
        QVERIFY(!LayerWriter::formatOf(u"geojson"_s));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("geojson") << u"out.geojson"_s;
        QTest::newRow("kml") << u"out.kml"_s;
    }
    void roundTrip()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        const std::vector<OutlineFeature> features { { u"C-1"_s, u"武汉市 ring"_s, 1717200000000,
                                                         hexagon(30.6, 114.3) },
            { u"C-2"_s, u"Ring <two> & \"quoted\""_s, 0, hexagon(30.9, 114.8) } };
        const QString path = dir.filePath(name);
        QString error;
        QVERIFY2(LayerWriter::write(path, features, u"cordons"_s, &error), qPrintable(error));
        const auto layer = LayerFile::read(path, &error);
        QVERIFY2(layer, qPrintable(error));
        QCOMPARE(int(layer->features.size()), 2);
        QCOMPARE(layer->crs, u"EPSG:4326"_s);
        for (std::size_t i = 0; i < features.size(); ++i) {
            QCOMPARE(layer->features[i].name, features[i].name);
            const auto polygons = layer->features[i].shape.polygons();
            QCOMPARE(int(polygons.size()), 1);
            QVERIFY(sameOutline(features[i].ring, polygons[0].outer, 1e-7));
        }
        const QByteArray bytes = contents(path);
        QVERIFY2(bytes.contains("C-1") && bytes.contains("C-2"), bytes.constData());
        // The time set, in UTC, where known; nothing made up where not.
        QVERIFY2(bytes.contains("2024-06-01T00:00:00.000Z"), bytes.constData());
        if (name.endsWith(u"geojson"_s))
            QCOMPARE(bytes.count("set_at"), 1); // C-2 has no time: no "set_at" rather than a made-up one
        // Only the file: no temporary one beside it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { name });
    }

    void polygonsWithHolesAndClasses_data() { roundTrip_data(); }
    void polygonsWithHolesAndClasses()
    {
        // A response zone: two polygons, the first with a hole, and its class.
        QFETCH(QString, name);
        QTemporaryDir dir;
        GeoPolygonRings withHole { hexagon(30.6, 114.3), {} };
        withHole.outer = { { 30.5, 114.2 }, { 30.5, 114.4 }, { 30.7, 114.4 }, { 30.7, 114.2 } };
        withHole.holes.push_back(hexagon(30.6, 114.3));
        OutlineFeature zone;
        zone.name = u"central"_s;
        zone.featureClass = u"central"_s;
        zone.polygons = { withHole, { hexagon(31.0, 115.0), {} } };
        OutlineFeature plain { u"C-9"_s, u"Ring"_s, 0, hexagon(30.0, 113.0), {}, {} };
        const QString path = dir.filePath(name);
        QString error;
        QVERIFY2(LayerWriter::write(path, { zone, plain }, u"zones"_s, &error), qPrintable(error));
        const auto layer = LayerFile::read(path, &error);
        QVERIFY2(layer, qPrintable(error));
        QCOMPARE(int(layer->features.size()), 2);
        QCOMPARE(layer->features[0].featureClass, u"central"_s);
        QCOMPARE(layer->features[1].featureClass, QString()); // none given, none made up
        const auto polygons = layer->features[0].shape.polygons();
        QCOMPARE(int(polygons.size()), 2);
        QCOMPARE(int(polygons[0].holes.size()), 1);
        QVERIFY(sameOutline(hexagon(30.6, 114.3), polygons[0].holes[0], 1e-7));
        QVERIFY(!layer->features[0].shape.contains({ 30.6, 114.3 })); // in the hole
        QVERIFY(layer->features[0].shape.contains({ 30.52, 114.22 }));
        QVERIFY(layer->features[0].shape.contains({ 31.0, 115.0 }));
    }

    void refusesWithoutWriting()
    {
        QTemporaryDir dir;
        const std::vector<OutlineFeature> one { { u"C-1"_s, u"Ring"_s, 0, hexagon(30.6, 114.3) } };
        QString error;
        const QString existing = dir.filePath(u"existing.geojson"_s);
        {
            QFile f(existing);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("keep");
        }
        QVERIFY(!LayerWriter::write(existing, one, u"cordons"_s, &error));
        QVERIFY2(error.contains(u"exists"_s) && error.startsWith(existing), qPrintable(error));
        QCOMPARE(contents(existing), QByteArray("keep"));

        QVERIFY(!LayerWriter::write(dir.filePath(u"out.gpkg"_s), one, u"cordons"_s, &error));
        QVERIFY2(error.contains(u"unknown file type \"gpkg\""_s), qPrintable(error));

        QVERIFY(!LayerWriter::write(dir.filePath(u"missing/out.kml"_s), one, u"cordons"_s, &error));
        QVERIFY2(error.contains(u"no such folder"_s), qPrintable(error));
        QCOMPARE(
            QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { u"existing.geojson"_s });
    }
};

QTEST_GUILESS_MAIN(TestLayerWriter)
#include "tst_layer_writer.moc"
