// OpenStreetMap import with libosmium: a small hand-written .osm file with known lengths, speeds,
// directions and names, the same data as .osm.pbf (made by osmium-tool here), and files that are
// empty, truncated, not OpenStreetMap or hold no roads.
#include "OsmRoadImporter.h"
#include "RoadRouter.h"
#include "RoadSnap.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <numbers>

using namespace wf::maps;

namespace {

// Nodes on the meridian 114.3 E are 0.009 degrees of latitude apart: 6371008.8 m * 0.009 * pi / 180
// = 1000.754 m on the sphere every distance here is measured on.
constexpr double kStepM = 6371008.8 * 0.009 * std::numbers::pi / 180;

const char *kOsm = R"(<?xml version='1.0' encoding='UTF-8'?>
<osm version="0.6" generator="hand">
  <node id="1" version="1" lat="30.000" lon="114.3"/>
  <node id="2" version="1" lat="30.009" lon="114.3"/>
  <node id="3" version="1" lat="30.018" lon="114.3"/>
  <node id="4" version="1" lat="30.027" lon="114.3"/>
  <node id="5" version="1" lat="30.036" lon="114.3"/>
  <node id="6" version="1" lat="30.045" lon="114.3"/>
  <node id="7" version="1" lat="30.054" lon="114.3"/>
  <node id="8" version="1" lat="30.000" lon="114.31"/>
  <way id="10" version="1">
    <nd ref="1"/><nd ref="2"/><nd ref="3"/>
    <tag k="highway" v="primary"/><tag k="maxspeed" v="60"/>
    <tag k="name" v="解放大道"/><tag k="name:zh" v="解放大道"/><tag k="name:en" v="Jiefang Avenue"/>
  </way>
  <way id="11" version="1">
    <nd ref="3"/><nd ref="4"/>
    <tag k="highway" v="residential"/><tag k="oneway" v="yes"/>
  </way>
  <way id="12" version="1">
    <nd ref="4"/><nd ref="5"/>
    <tag k="highway" v="motorway"/><tag k="maxspeed" v="50 mph"/>
  </way>
  <way id="13" version="1">
    <nd ref="6"/><nd ref="5"/>
    <tag k="highway" v="tertiary"/><tag k="oneway" v="-1"/>
  </way>
  <way id="14" version="1">
    <nd ref="6"/><nd ref="7"/><nd ref="99"/>
    <tag k="highway" v="trunk"/>
  </way>
  <way id="15" version="1">
    <nd ref="1"/><nd ref="8"/>
    <tag k="highway" v="footway"/>
  </way>
  <way id="16" version="1">
    <nd ref="1"/><nd ref="8"/>
    <tag k="highway" v="service"/>
  </way>
  <way id="17" version="1">
    <nd ref="1"/><nd ref="8"/>
    <tag k="highway" v="residential"/><tag k="access" v="private"/>
  </way>
</osm>
)";

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

struct Imported
{
    std::shared_ptr<const RoadGraph> graph;
    OsmImportStats stats;
};

Imported importFile(const QString &path)
{
    RoadGraphBuilder builder;
    OsmRoadImporter importer;
    QString error;
    if (!importer.read(path, builder, &error))
        qFatal("import failed: %s", qPrintable(error));
    auto graph = RoadGraph::fromBytes(builder.build(&error), &error);
    if (!graph)
        qFatal("build failed: %s", qPrintable(error));
    return { graph, importer.stats() };
}

// The edge from the junction at lat1 to the one at lat2 (on the meridian), or -1.
int edgeBetween(const RoadGraph &g, double lat1, double lat2)
{
    for (int e = 0; e < g.edgeCount(); ++e) {
        if (std::abs(g.nodePosition(g.edgeFrom(e)).lat - lat1) < 1e-6
            && std::abs(g.nodePosition(g.edgeTo(e)).lat - lat2) < 1e-6)
            return e;
    }
    return -1;
}

QString tryImport(const QString &path)
{
    RoadGraphBuilder builder;
    OsmRoadImporter importer;
    QString error;
    return importer.read(path, builder, &error) ? QString() : error;
}

} // namespace

class TestOsmRoadImporter : public QObject
{
    Q_OBJECT
private:
    void checkGraph(const Imported &in)
    {
        const RoadGraph &g = *in.graph;
        // Junctions 1, 3, 4, 5, 6 and the last located node of the cut trunk road, 7; node 2 is
        // the primary road's bend, 8 is only on paths, service and private roads.
        QCOMPARE(g.nodeCount(), 6);
        QCOMPARE(g.linkCount(), 5);
        QCOMPARE(in.stats.roadWays, qint64(5));
        QCOMPARE(in.stats.osmWays, qint64(8));
        QCOMPARE(in.stats.osmNodes, qint64(8));
        QCOMPARE(in.stats.missingNodes, qint64(1));
        // Primary, two ways: 2 km with its bend at node 2, 60 km/h, Arterial, named.
        const int up = edgeBetween(g, 30.000, 30.018), down = edgeBetween(g, 30.018, 30.000);
        QVERIFY(up >= 0 && down >= 0);
        QVERIFY2(
            std::abs(g.edgeLength(up) - 2 * kStepM) < 0.05, qPrintable(QString::number(g.edgeLength(up))));
        QCOMPARE(g.edgePostedKmh(up), 60.0);
        QCOMPARE(g.edgeClass(up), RoadClass::Arterial);
        QCOMPARE(g.linkShape(g.edgeLink(up)).size(), std::size_t(1));
        const RoadName name = g.name(g.edgeName(up));
        QCOMPARE(name.zh, QStringLiteral("解放大道"));
        QCOMPARE(name.en, QStringLiteral("Jiefang Avenue"));
        QCOMPARE(name.in(true), QStringLiteral("Jiefang Avenue"));
        QCOMPARE(g.edgeTwin(up), down);
        // Residential, one-way north: the class's default speed.
        QVERIFY(edgeBetween(g, 30.018, 30.027) >= 0);
        QCOMPARE(edgeBetween(g, 30.027, 30.018), -1);
        QCOMPARE(g.edgeClass(edgeBetween(g, 30.018, 30.027)), RoadClass::Village);
        QCOMPARE(g.edgePostedKmh(edgeBetween(g, 30.018, 30.027)), defaultSpeedKmh(RoadClass::Village));
        // Motorway: one-way without saying so, 50 mph = 80.47 km/h (kept to the km/h).
        const int motorway = edgeBetween(g, 30.027, 30.036);
        QVERIFY(motorway >= 0);
        QCOMPARE(edgeBetween(g, 30.036, 30.027), -1);
        QCOMPARE(g.edgeClass(motorway), RoadClass::Expressway);
        QCOMPARE(g.edgePostedKmh(motorway), 80.0);
        QVERIFY(std::abs(g.edgeLength(motorway) - kStepM) < 0.05);
        // Tertiary drawn 6 -> 5 with oneway=-1: traffic goes 5 -> 6 only.
        QVERIFY(edgeBetween(g, 30.036, 30.045) >= 0);
        QCOMPARE(edgeBetween(g, 30.045, 30.036), -1);
        QCOMPARE(g.edgeClass(edgeBetween(g, 30.036, 30.045)), RoadClass::County);
        // Trunk, cut where node 99 is missing: 6 -> 7, both ways.
        QVERIFY(edgeBetween(g, 30.045, 30.054) >= 0 && edgeBetween(g, 30.054, 30.045) >= 0);
        QCOMPARE(g.edgeClass(edgeBetween(g, 30.045, 30.054)), RoadClass::UrbanRing);

        // A route over all of it at night (arterial and expressway at full speed, village and
        // county roads at 0.85, trunk roads at full speed): every leg's time by hand.
        RoadRouter router(in.graph);
        const auto r = router.route(snapToRoad(g, { 30.000, 114.3 }), snapToRoad(g, { 30.054, 114.3 }),
            RoadProfile::car(), { 23, Weather::Clear });
        QVERIFY(r.found);
        const double expected = 2 * kStepM / (60 / 3.6) + kStepM / (35 * 0.85 / 3.6) + kStepM / (80 / 3.6)
            + kStepM / (60 * 0.85 / 3.6) + kStepM / (70 / 3.6);
        QVERIFY2(std::abs(r.seconds - expected) < 0.05,
            qPrintable(QStringLiteral("%1 s, not %2 s").arg(r.seconds).arg(expected)));
        QVERIFY(std::abs(r.meters - 6 * kStepM) < 0.2);
        // And none back: the one-way streets all point north.
        QVERIFY(!router
                .route(snapToRoad(g, { 30.054, 114.3 }), snapToRoad(g, { 30.000, 114.3 }), RoadProfile::car(),
                    {})
                .found);
    }

private slots:
    void xml()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hand.osm"));
        QVERIFY(writeFile(path, kOsm));
        checkGraph(importFile(path));
    }

    void pbf()
    {
        QTemporaryDir dir;
        const QString xml = dir.filePath(QStringLiteral("hand.osm"));
        const QString pbf = dir.filePath(QStringLiteral("hand.osm.pbf"));
        QVERIFY(writeFile(xml, kOsm));
        const QString osmium = QStandardPaths::findExecutable(QStringLiteral("osmium"));
        QVERIFY2(!osmium.isEmpty(), "osmium-tool is part of the build environment");
        QProcess p;
        p.start(
            osmium, { QStringLiteral("cat"), xml, QStringLiteral("-o"), pbf, QStringLiteral("--overwrite") });
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const Imported in = importFile(pbf);
        checkGraph(in);
        // The same graph as from the XML, byte for byte.
        RoadGraphBuilder a, b;
        OsmRoadImporter importer;
        QString error;
        QVERIFY(importer.read(xml, a, &error));
        QVERIFY(importer.read(pbf, b, &error));
        QCOMPARE(a.build(&error), b.build(&error));
    }

    void badFiles()
    {
        QTemporaryDir dir;
        const QString empty = dir.filePath(QStringLiteral("empty.osm"));
        QVERIFY(writeFile(empty, {}));
        QVERIFY2(tryImport(empty).contains(QStringLiteral("empty")), qPrintable(tryImport(empty)));

        const QString text = dir.filePath(QStringLiteral("notes.osm"));
        QVERIFY(writeFile(text, "these are not the roads you are looking for\n"));
        QVERIFY2(tryImport(text).contains(QStringLiteral("not a readable OpenStreetMap file")),
            qPrintable(tryImport(text)));

        const QString truncatedXml = dir.filePath(QStringLiteral("cut.osm"));
        QVERIFY(writeFile(truncatedXml, QByteArray(kOsm).left(int(std::strlen(kOsm) * 2 / 3))));
        QVERIFY2(tryImport(truncatedXml).contains(QStringLiteral("not a readable OpenStreetMap file")),
            qPrintable(tryImport(truncatedXml)));

        const QString xml = dir.filePath(QStringLiteral("hand.osm"));
        const QString pbf = dir.filePath(QStringLiteral("hand.osm.pbf"));
        QVERIFY(writeFile(xml, kOsm));
        QProcess p;
        p.start(QStandardPaths::findExecutable(QStringLiteral("osmium")),
            { QStringLiteral("cat"), xml, QStringLiteral("-o"), pbf, QStringLiteral("--overwrite") });
        QVERIFY(p.waitForFinished(60000) && p.exitCode() == 0);
        QFile f(pbf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray whole = f.readAll();
        f.close();
        const QString truncatedPbf = dir.filePath(QStringLiteral("cut.osm.pbf"));
        QVERIFY(writeFile(truncatedPbf, whole.left(whole.size() - 40)));
        QVERIFY2(tryImport(truncatedPbf).contains(QStringLiteral("not a readable OpenStreetMap file")),
            qPrintable(tryImport(truncatedPbf)));

        const QString noRoads = dir.filePath(QStringLiteral("paths.osm"));
        QVERIFY(writeFile(noRoads,
            R"(<osm version="0.6"><node id="1" lat="30" lon="114"/><node id="2" lat="30.1" lon="114"/>
            <way id="3"><nd ref="1"/><nd ref="2"/><tag k="highway" v="footway"/></way></osm>)"));
        QVERIFY2(tryImport(noRoads).contains(QStringLiteral("no roads")), qPrintable(tryImport(noRoads)));

        const QString wrongName = dir.filePath(QStringLiteral("roads.json"));
        QVERIFY(writeFile(wrongName, kOsm));
        QVERIFY2(tryImport(wrongName).contains(QStringLiteral("not an OpenStreetMap file name")),
            qPrintable(tryImport(wrongName)));

        QVERIFY(
            tryImport(dir.filePath(QStringLiteral("missing.osm"))).contains(QStringLiteral("no such file")));

        // A size limit: the file is refused before it is read.
        RoadGraphBuilder builder;
        OsmRoadImporter importer;
        importer.setMaxFileBytes(100);
        QString error;
        QVERIFY(!importer.read(xml, builder, &error));
        QVERIFY2(error.contains(QStringLiteral("more than the import takes")), qPrintable(error));
    }

    void maxspeed()
    {
        QCOMPARE(OsmRoadImporter::parseMaxspeed("50"), 50.0);
        QCOMPARE(OsmRoadImporter::parseMaxspeed("50 km/h"), 50.0);
        QVERIFY(std::abs(OsmRoadImporter::parseMaxspeed("30 mph") - 48.28) < 0.01);
        QCOMPARE(OsmRoadImporter::parseMaxspeed("60;80"), 60.0);
        QCOMPARE(OsmRoadImporter::parseMaxspeed("walk"), 6.0);
        QCOMPARE(OsmRoadImporter::parseMaxspeed("none"), 0.0);
        QCOMPARE(OsmRoadImporter::parseMaxspeed("CN:urban"), 0.0);
        QCOMPARE(OsmRoadImporter::parseMaxspeed(nullptr), 0.0);
        QCOMPARE(OsmRoadImporter::parseMaxspeed("900"), 150.0);
    }
};

QTEST_GUILESS_MAIN(TestOsmRoadImporter)
#include "tst_osm_road_importer.moc"
