// watchfloor --check-layer FILE, as a script calls it: one JSON object on stdout with the number
// of polygon features, their area on the ellipsoid and the coordinate system; a broken file or
// an invalid polygon gives exit code 1 and the reason (with the place) in the same object.
#include "../common/AppRun.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using wf::testing::runApp;

namespace {

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QJsonObject parse(const QString &out)
{
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

} // namespace

class TestLayerCommands : public QObject
{
    Q_OBJECT

private slots:
    void checkLayer_kmlTwoPolygons()
    {
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("zones.kml"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kml "
            "xmlns=\"http://www.opengis.net/kml/2.2\"><Document>\n"
            "<Placemark><name>A</name><Polygon><outerBoundaryIs><LinearRing><coordinates>"
            "114.0,30.0 114.1,30.0 114.1,30.1 114.0,30.1 "
            "114.0,30.0</coordinates></LinearRing></outerBoundaryIs>"
            "</Polygon></Placemark>\n"
            "<Placemark><name>B</name><Polygon><outerBoundaryIs><LinearRing><coordinates>"
            "115.0,30.0 115.1,30.0 115.1,30.1 115.0,30.1 "
            "115.0,30.0</coordinates></LinearRing></outerBoundaryIs>"
            "</Polygon></Placemark>\n"
            "<Placemark><name>P</name><Point><coordinates>114.05,30.05</coordinates></Point></Placemark>\n"
            "</Document></kml>\n");
        const auto r = runApp({ QStringLiteral("--check-layer"), path });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = parse(r.out);
        QCOMPARE(o.value(u"features").toInt(), 2);
        QCOMPARE(o.value(u"other_features").toInt(), 1);
        const double square = 0.1 * 110852.4 * 0.1 * 96486.3 / 1e6;
        QVERIFY2(
            std::abs(o.value(u"area_km2").toDouble() - 2 * square) < 2 * square * 2e-3, qPrintable(r.out));
        QVERIFY(!o.value(u"crs").toString().isEmpty());
        QCOMPARE(o.value(u"gcj02").toBool(), false);
    }

    void checkLayer_gcj02GeoJson()
    {
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("d.geojson"),
            "{\"type\":\"FeatureCollection\",\"datum\":\"GCJ-02\",\"features\":[{\"type\":\"Feature\","
            "\"properties\":{\"name\":\"x\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
            "[[[114.0,30.0],[114.1,30.0],[114.1,30.1],[114.0,30.1],[114.0,30.0]]]}}]}");
        const auto r = runApp({ QStringLiteral("--check-layer"), path });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(parse(r.out).value(u"gcj02").toBool(), true);
    }

    void checkLayer_refusedInWords()
    {
        QTemporaryDir dir;
        const QString broken
            = write(dir, QStringLiteral("broken.geojson"), "{\"type\":\"FeatureCollection\",\"feat");
        auto r = runApp({ QStringLiteral("--check-layer"), broken });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(parse(r.out).value(u"error").toString().startsWith(broken));

        // The base map's own province outline touches itself where the demo data was dissolved:
        // the check names the place (the workstation mends it when it loads the base map).
        r = runApp({ QStringLiteral("--check-layer"),
            QStringLiteral(WATCHFLOOR_SOURCE_DIR "/resources/basemap/hubei-province.geojson") });
        QCOMPARE(r.exitCode, 1);
        const QString error = parse(r.out).value(u"error").toString();
        QVERIFY2(error.contains(u"crosses itself at") && error.contains(u"° N"), qPrintable(error));

        r = runApp({ QStringLiteral("--check-layer"), dir.filePath(QStringLiteral("missing.kml")) });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(parse(r.out).value(u"error").toString().contains(u"no such file"));
    }
};

QTEST_GUILESS_MAIN(TestLayerCommands)
#include "tst_layer_commands.moc"
