// The cordon desk's files: the polygons of a GeoJSON, KML, Shapefile or GeoPackage set as
// cordons in one audited action (a CordonSet each, so the journal and a replay have them), all or
// none: one bad polygon, an unknown coordinate system, a broken or too large file sets nothing
// and says which feature and why. The cordons set are exported as a new GeoJSON or KML file that
// imports back as the same rings. Shapefiles and GeoPackages are made here with GDAL itself.
#include "../common/RandomRoads.h"
#include "ConnectorHost.h"
#include "CordonDesk.h"
#include "CordonFile.h"
#include "Dispatch.h"
#include "EventBus.h"
#include "WorldState.h"

#include <QFile>
#include <QFileInfo>
#include <QGeoCoordinate>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <cmath>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

using namespace wf;
using namespace Qt::StringLiterals;

namespace {

struct Station
{
    EventBus bus;
    WorldState world;
    ConnectorHost host { &bus, true };
    Dispatch dispatch { &bus, &host, &world, u"op-test"_s };
    std::vector<Event> events;
    CordonDesk desk;
    explicit Station(std::shared_ptr<const maps::RoadGraph> roads = nullptr)
        : desk(&world, &bus, &dispatch, std::move(roads))
    {
        QObject::connect(&bus, &EventBus::published, &world, [this](const Event &e) {
            world.apply(e);
            events.push_back(e);
        });
    }
    // The drive-time ring tests' clock: the test's own, moved on by tick(), which publishes an
    // event so that the world's clock (which runs on its events) follows.
    qint64 now = 1'780'000'000'000;
    void useOwnClock()
    {
        bus.setClock([this] { return now; });
    }
    void tick(qint64 ms)
    {
        now += ms;
        Event e;
        e.sourceTimeMs = now;
        e.payload = PlateRead { u"SC-X"_s, u"鄂C·00001"_s, false, {} };
        bus.publish(e);
    }
    // The first cordon's ring as a shape.
    maps::GeoShape firstRing() const
    {
        std::vector<maps::LatLon> ring;
        for (const auto &p : world.cordons()->at(0).info.ring)
            ring.push_back({ p.lat, p.lon });
        maps::ShapeProblem problem;
        return maps::GeoShape::fromRing(ring, &problem);
    }
    int count(EventKind kind) const
    {
        return int(
            std::count_if(events.begin(), events.end(), [&](const Event &e) { return e.kind() == kind; }));
    }
    int audited(const QString &action) const
    {
        int n = 0;
        for (const Event &e : events) {
            if (const auto *a = std::get_if<OperatorAction>(&e.payload))
                n += a->action == action;
        }
        return n;
    }
};

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray polygonFeature(const char *name, const QString &coordinates)
{
    return QStringLiteral(R"({"type":"Feature","properties":{"name":"%1"},"geometry":{"type":"Polygon",)"
                          R"("coordinates":[[%2]]}})")
        .arg(QString::fromUtf8(name), coordinates)
        .toUtf8();
}

QString square(double lat, double lon, double half)
{
    return QStringLiteral("[%1,%2],[%3,%2],[%3,%4],[%1,%4],[%1,%2]")
        .arg(lon - half, 0, 'f', 6)
        .arg(lat - half, 0, 'f', 6)
        .arg(lon + half, 0, 'f', 6)
        .arg(lat + half, 0, 'f', 6);
}

QByteArray collection(const QList<QByteArray> &features, const QByteArray &extra = {})
{
    QByteArray out = "{\"type\":\"FeatureCollection\"," + extra + "\"features\":[";
    for (int i = 0; i < features.size(); ++i)
        out += (i ? "," : "") + features[i];
    return out + "]}";
}

// A vector file made by GDAL: one polygon per name (squares of `half` degrees, in WGS-84 degrees
// or Web Mercator metres), in the coordinate system of the EPSG code.
void makeWithGdal(const QString &path, const char *driverName, int epsg, const QStringList &names, double lat,
    double lon, double half)
{
    GDALAllRegister();
    GDALDriverH driver = GDALGetDriverByName(driverName);
    QVERIFY(driver);
    GDALDatasetH ds = GDALCreate(driver, path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
    QVERIFY(ds);
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(srs, epsg);
    OSRSetAxisMappingStrategy(srs, OAMS_TRADITIONAL_GIS_ORDER);
    OGRSpatialReferenceH wgs84 = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(wgs84, 4326);
    OSRSetAxisMappingStrategy(wgs84, OAMS_TRADITIONAL_GIS_ORDER);
    OGRCoordinateTransformationH toFile = OCTNewCoordinateTransformation(wgs84, srs);
    // Chinese names in a Shapefile's table: UTF-8, declared in its .cpg, as current tools write them.
    const char *shapefileOptions[] = { "ENCODING=UTF-8", nullptr };
    OGRLayerH layer = GDALDatasetCreateLayer(ds, "cordons", srs, wkbPolygon,
        QByteArray(driverName) == "ESRI Shapefile" ? const_cast<char **>(shapefileOptions) : nullptr);
    QVERIFY(layer);
    OGRFieldDefnH field = OGR_Fld_Create("name", OFTString);
    QCOMPARE(OGR_L_CreateField(layer, field, TRUE), OGRERR_NONE);
    OGR_Fld_Destroy(field);
    for (int i = 0; i < names.size(); ++i) {
        OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(layer));
        OGR_F_SetFieldString(f, 0, names[i].toUtf8().constData());
        OGRGeometryH ring = OGR_G_CreateGeometry(wkbLinearRing);
        const double y = lat + i * 4 * half;
        for (const auto &[dy, dx] : { std::pair { -1, -1 }, { -1, 1 }, { 1, 1 }, { 1, -1 }, { -1, -1 } })
            OGR_G_AddPoint_2D(ring, lon + dx * half, y + dy * half);
        OGRGeometryH polygon = OGR_G_CreateGeometry(wkbPolygon);
        OGR_G_AddGeometryDirectly(polygon, ring);
        QCOMPARE(OGR_G_Transform(polygon, toFile), OGRERR_NONE);
        OGR_F_SetGeometryDirectly(f, polygon);
        QCOMPARE(OGR_L_CreateFeature(layer, f), OGRERR_NONE);
        OGR_F_Destroy(f);
    }
    OCTDestroyCoordinateTransformation(toFile);
    OSRDestroySpatialReference(wgs84);
    OSRDestroySpatialReference(srs);
    QCOMPARE(GDALClose(ds), CE_None);
}

QUrl url(const QString &path)
{
    return QUrl::fromLocalFile(path);
}

// Whether two rings are the same points in the same cyclic order, either way round (a writer
// may start elsewhere or turn the outline the other way), each within tolerance degrees.
bool sameRing(QList<GeoPoint> a, QList<GeoPoint> b, double tolerance)
{
    if (a.size() != b.size() || a.isEmpty())
        return false;
    const auto near = [&](const GeoPoint &p, const GeoPoint &q) {
        return std::abs(p.lat - q.lat) <= tolerance && std::abs(p.lon - q.lon) <= tolerance;
    };
    for (int pass = 0; pass < 2; ++pass) {
        for (int shift = 0; shift < b.size(); ++shift) {
            bool all = true;
            for (int i = 0; all && i < a.size(); ++i)
                all = near(a[i], b[(i + shift) % b.size()]);
            if (all)
                return true;
        }
        std::reverse(b.begin(), b.end());
    }
    return false;
}

QList<GeoPoint> ringAround(double lat, double lon, int n)
{
    QList<GeoPoint> ring;
    for (int i = 0; i < n; ++i) {
        const double a = 2 * M_PI * i / n;
        // Irregular digits, so that rounding beyond 1e-7 would show.
        ring.append({ lat + 0.0123456789 * std::sin(a), lon + 0.0187654321 * std::cos(a) });
    }
    return ring;
}

// The drive-time ring tests' roads: a 30 x 30 grid of 600 m blocks.
testing::RandomRoadsOptions ringGrid()
{
    testing::RandomRoadsOptions o;
    o.cols = 30;
    o.rows = 30;
    o.spacingM = 600;
    o.seed = 11;
    return o;
}

} // namespace

class TestCordonDesk : public QObject
{
    Q_OBJECT
private slots:
    // Set on one workstation, exported, imported on another: the same rings within 1e-7° (the
    // 7 decimals of RFC 7946) and the same names, in both formats.
    void exportThenImport_sameRings_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("geojson") << u"cordons.geojson"_s;
        QTest::newRow("kml") << u"cordons.kml"_s;
    }
    void exportThenImport_sameRings()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        Station first;
        const QList<QList<GeoPoint>> rings { ringAround(30.60, 114.30, 24), ringAround(30.70, 114.50, 7) };
        const QStringList names { u"江岸区 boundary"_s, u"Drive-time ring 15 + 10 min"_s };
        for (int i = 0; i < rings.size(); ++i) {
            QVariantList ring;
            for (const GeoPoint &p : rings[i])
                ring.append(QVariant::fromValue(QGeoCoordinate(p.lat, p.lon)));
            QVERIFY2(first.desk.setRing(ring, names[i]), qPrintable(first.desk.status()));
        }
        const QString path = dir.filePath(name);
        QVERIFY2(first.desk.exportFile(url(path)), qPrintable(first.desk.status()));
        QVERIFY(!first.desk.statusIsError());
        QCOMPARE(first.audited(u"export_cordons"_s), 1);

        Station second;
        QVERIFY2(second.desk.importFile(url(path)), qPrintable(second.desk.status()));
        QCOMPARE(second.count(EventKind::CordonSet), 2);
        QCOMPARE(second.audited(u"import_cordons"_s), 1);
        QVERIFY2(second.desk.status().contains(name), qPrintable(second.desk.status()));
        const auto &imported = second.world.cordons()->rows();
        QCOMPARE(imported.size(), 2);
        for (int i = 0; i < rings.size(); ++i) {
            const auto it = std::find_if(imported.begin(), imported.end(),
                [&](const CordonRow &r) { return r.info.name == names[i]; });
            QVERIFY2(it != imported.end(), qPrintable(names[i]));
            QVERIFY2(sameRing(it->info.ring, rings[i], 1e-7), qPrintable(names[i]));
        }
        // Exporting again to the same file is refused: nothing is overwritten.
        const QByteArray before = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(!second.desk.exportFile(url(path)));
        QVERIFY(second.desk.statusIsError());
        QVERIFY2(second.desk.status().contains(u"exists"_s), qPrintable(second.desk.status()));
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), before);
    }

    // A Shapefile in Web Mercator (transformed to WGS-84 on import) and a GeoPackage in WGS-84.
    void importShapefileAndGeoPackage_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("driver");
        QTest::addColumn<int>("epsg");
        QTest::newRow("shapefile") << u"rings.shp"_s << u"ESRI Shapefile"_s << 3857;
        QTest::newRow("geopackage") << u"rings.gpkg"_s << u"GPKG"_s << 4326;
    }
    void importShapefileAndGeoPackage()
    {
        QFETCH(QString, name);
        QFETCH(QString, driver);
        QFETCH(int, epsg);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        makeWithGdal(path, driver.toUtf8().constData(), epsg, { u"North gate"_s, u"南门"_s, u"East"_s }, 30.5,
            114.2, 0.01);
        if (QTest::currentTestFailed())
            return;
        Station s;
        QVERIFY2(s.desk.importFile(url(path)), qPrintable(s.desk.status()));
        QCOMPARE(s.world.cordons()->size(), 3);
        QStringList names;
        for (const CordonRow &r : s.world.cordons()->rows()) {
            names << r.info.name;
            QCOMPARE(r.info.ring.size(), 4); // the closing point is not repeated
            for (const GeoPoint &p : r.info.ring) {
                QVERIFY2(std::abs(std::abs(p.lon - 114.2) - 0.01) < 1e-6,
                    qPrintable(QString::number(p.lon, 'f', 9)));
                QVERIFY2(
                    p.lat > 30.49 - 1e-6 && p.lat < 30.59 + 1e-6, qPrintable(QString::number(p.lat, 'f', 9)));
            }
        }
        names.sort();
        QCOMPARE(names, QStringList({ u"East"_s, u"North gate"_s, u"南门"_s }));
    }

    // One bad polygon among good ones, or a file that cannot be taken: no cordon, no audited
    // import, and the status names the feature and the reason.
    void badFilesSetNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const QByteArray good = polygonFeature("Good", square(30.6, 114.3, 0.01));
        QTest::newRow("self-intersecting")
            << u"bowtie.geojson"_s
            << collection({ good,
                   polygonFeature(
                       "Bow tie", u"[114.0,30.0],[114.1,30.1],[114.1,30.0],[114.0,30.1],[114.0,30.0]"_s) })
            << u"feature 2 (Bow tie): The outline crosses itself at"_s;
        QTest::newRow("zero area") << u"flat.geojson"_s
                                   << collection({ good,
                                          polygonFeature("Flat",
                                              u"[114.0,30.0],[114.1,30.1],[114.2,30.2],[114.0,30.0]"_s) })
                                   << u"feature 2 (Flat): The shape has no area"_s;
        QTest::newRow("antimeridian")
            << u"pacific.geojson"_s
            << collection({ polygonFeature("Pacific",
                                u"[179.9,10.0],[-179.9,10.0],[-179.9,11.0],[179.9,11.0],[179.9,10.0]"_s),
                   good })
            << u"feature 1 (Pacific): The shape crosses the antimeridian"_s;
        QTest::newRow("unknown coordinate system")
            << u"unknown.geojson"_s
            << collection({ good }, R"("crs":{"type":"name","properties":{"name":"EPSG:999999"}},)")
            << u"unknown coordinate system EPSG:999999"_s;
        QTest::newRow("broken") << u"broken.geojson"_s << QByteArray("{\"type\":\"FeatureCollection\",\"feat")
                                << u"broken.geojson"_s;
        QTest::newRow("compressed") << u"rings.kmz"_s << QByteArray("PK\x03\x04") << u"unknown file type"_s;
        QTest::newRow("no polygon")
            << u"points.geojson"_s
            << collection(
                   { R"({"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[114,30]}})" })
            << u"holds no polygon"_s;
    }
    void badFilesSetNothing()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = write(dir, name, bytes);
        Station s;
        QVERIFY(!s.desk.importFile(url(path)));
        QVERIFY(s.desk.statusIsError());
        QVERIFY2(s.desk.status().contains(expected), qPrintable(s.desk.status()));
        QVERIFY2(s.desk.status().contains(u"none set"_s), qPrintable(s.desk.status()));
        QCOMPARE(s.world.cordons()->size(), 0);
        QCOMPARE(s.events.size(), std::size_t(0)); // nothing set, nothing audited
    }

    // A file above the stated size is refused from its size alone, before it is read: this one
    // is not even GeoJSON, and the message is about its size.
    void tooLargeRefusedBeforeReading()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"huge.geojson"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(CordonFile::kMaxBytes + 1));
        f.close();
        Station s;
        QCOMPARE(s.desk.importLimitMegabytes(), 16);
        QVERIFY(!s.desk.importFile(url(path)));
        QVERIFY2(s.desk.status().contains(u"larger than the limit of 16 MB"_s), qPrintable(s.desk.status()));
        QCOMPARE(s.world.cordons()->size(), 0);
        QCOMPARE(s.events.size(), std::size_t(0));
    }

    // In Chinese, the refusal is in Chinese: the catalogue the app ships (built beside it) has the
    // desk's and the file reader's words under the contexts the code asks for.
    void refusalInTheCatalogue()
    {
        QTranslator chinese;
        QVERIFY(chinese.load(QStringLiteral(WATCHFLOOR_BINARY_DIR "/app/watchfloor_zh_CN.qm")));
        QVERIFY(QCoreApplication::installTranslator(&chinese));
        QTemporaryDir dir;
        const QString points = write(dir, u"points.geojson"_s,
            collection(
                { R"({"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[114,30]}})" }));
        Station s;
        QVERIFY(!s.desk.importFile(url(points)));
        QCoreApplication::removeTranslator(&chinese);
        QVERIFY2(s.desk.status().contains(u"未导入封控圈"_s), qPrintable(s.desk.status()));
        QVERIFY2(s.desk.status().contains(u"文件中没有多边形"_s), qPrintable(s.desk.status()));
        // The reader's words too: which feature, why (GEOS's reason) and where.
        const QString bowtie = write(dir, u"bowtie.geojson"_s,
            collection({ polygonFeature("Bow tie",
                             u"[114.0,30.0],[114.1,30.1],[114.1,30.0],[114.0,30.1],[114.0,30.0]"_s),
                polygonFeature("Flat", u"[114.0,30.0],[114.1,30.1],[114.2,30.2],[114.0,30.0]"_s) }));
        QVERIFY(QCoreApplication::installTranslator(&chinese));
        QVERIFY(!s.desk.importFile(url(bowtie)));
        QCoreApplication::removeTranslator(&chinese);
        QVERIFY2(s.desk.status().contains(u"要素 1 (Bow tie)：轮廓自相交，位置：北纬 30.05000°"_s),
            qPrintable(s.desk.status()));
        QTranslator again;
        QVERIFY(again.load(QStringLiteral(WATCHFLOOR_BINARY_DIR "/app/watchfloor_zh_CN.qm")));
        QVERIFY(QCoreApplication::installTranslator(&again));
        QString error;
        QVERIFY(!maps::LayerWriter::write(dir.filePath(u"out.txt"_s), {}, u"cordons"_s, &error));
        QCoreApplication::removeTranslator(&again);
        QVERIFY2(error.contains(u"未知文件类型"_s), qPrintable(error));
    }

    // A Shapefile's size is its .shp and its .dbf: a small outline file with a table beyond the
    // limit is refused from the sizes alone.
    void shapefileWithALargeTableRefusedBeforeReading()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"rings.shp"_s);
        makeWithGdal(path, "ESRI Shapefile", 4326, { u"One"_s }, 30.5, 114.2, 0.01);
        if (QTest::currentTestFailed())
            return;
        QFile table(dir.filePath(u"rings.dbf"_s));
        QVERIFY(table.exists());
        QVERIFY(QFileInfo(path).size() < 1024);
        QVERIFY(table.resize(CordonFile::kMaxBytes));
        Station s;
        QVERIFY(!s.desk.importFile(url(path)));
        QVERIFY2(s.desk.status().contains(u"larger than the limit of 16 MB"_s), qPrintable(s.desk.status()));
        QCOMPARE(s.world.cordons()->size(), 0);
    }

    void exportWithoutCordonsOrToAnUnknownTypeRefused()
    {
        QTemporaryDir dir;
        Station s;
        QVERIFY(!s.desk.exportFile(url(dir.filePath(u"none.geojson"_s))));
        QVERIFY2(s.desk.status().contains(u"nothing to export"_s), qPrintable(s.desk.status()));
        QVERIFY(!QFile::exists(dir.filePath(u"none.geojson"_s)));
        QVariantList ring;
        for (const GeoPoint &p : ringAround(30.6, 114.3, 5))
            ring.append(QVariant::fromValue(QGeoCoordinate(p.lat, p.lon)));
        QVERIFY(s.desk.setRing(ring, u"Ring"_s));
        QVERIFY(!s.desk.exportFile(url(dir.filePath(u"ring.shp"_s))));
        QVERIFY2(s.desk.status().contains(u"unknown file type"_s), qPrintable(s.desk.status()));
        QVERIFY(!QFile::exists(dir.filePath(u"ring.shp"_s)));
        QCOMPARE(s.audited(u"export_cordons"_s), 0);
    }

    // A drive-time ring set from an incident grows as the world's clock runs: the same cordon,
    // drawn again for the minutes since the suspect fled, each time audited; lifted, it stops.
    void driveRingGrowsAsTheClockRuns()
    {
        const auto o = ringGrid();
        Station s(testing::RandomRoads::graph(o));
        s.useOwnClock();
        auto &desk = s.desk;
        auto &world = s.world;
        const auto tick = [&s](qint64 ms) { s.tick(ms); };
        const auto area = [&s] { return s.firstRing().areaKm2(); };
        const auto grown = [&s] { return s.audited(u"grow_drive_ring"_s); };
        tick(0);
        const auto centre = maps::offsetMeters(o.origin, 15 * o.spacingM, 15 * o.spacingM);
        QVERIFY2(desk.setDriveRing(centre.lat, centre.lon, 2, 3, u"car"_s), qPrintable(desk.status()));
        QCOMPARE(world.cordons()->count(), 1);
        const QString id = world.cordons()->at(0).info.cordonId;
        const double first = area();

        tick(CordonDesk::kTrailRedrawMs / 2); // not yet
        QTest::qWait(200);
        QCOMPARE(grown(), 0);
        tick(CordonDesk::kTrailRedrawMs / 2);
        // Worked out off the GUI thread: the event loop runs while the road search does.
        QTRY_COMPARE_WITH_TIMEOUT(grown(), 1, 10000);
        QCOMPARE(world.cordons()->count(), 1);
        QCOMPARE(world.cordons()->at(0).info.cordonId, id);
        QVERIFY2(area() > first * 1.2,
            qPrintable(u"%1 km² after 2 more minutes, %2 at first"_s.arg(area()).arg(first)));
        QVERIFY(world.cordons()->at(0).info.name.contains(u"4 + 3"_s));

        desk.clearCordon(id);
        tick(CordonDesk::kTrailRedrawMs);
        QTest::qWait(300);
        QCOMPARE(grown(), 1);
        QCOMPARE(world.cordons()->count(), 0);
    }

    // A sighting marked on a camera's picture moves a growing drive-time ring: it starts again
    // from the ground the mark stands on, at the picture's moment; an older sighting does not.
    void aSightingMovesTheGrowingDriveRing()
    {
        const auto o = ringGrid();
        Station s(testing::RandomRoads::graph(o));
        s.useOwnClock();
        auto &desk = s.desk;
        auto &world = s.world;
        qint64 &now = s.now;
        const auto moved = [&s] { return s.audited(u"move_drive_ring_to_sighting"_s); };
        const auto shape = [&s] { return s.firstRing(); };
        const auto sighting = [&](maps::LatLon ground, qint64 pictureMs) {
            Event e;
            e.sourceTimeMs = now;
            e.payload = SightingMarked { u"CAM0001"_s, pictureMs, 0.5, 0.6, {},
                GeoPoint { ground.lat, ground.lon } };
            s.bus.publish(e);
        };
        const auto tick = [&s](qint64 ms) { s.tick(ms); };
        tick(0);
        const auto centre = maps::offsetMeters(o.origin, 8 * o.spacingM, 8 * o.spacingM);
        const auto seen = maps::offsetMeters(o.origin, 22 * o.spacingM, 22 * o.spacingM); // ~12 km on
        const qint64 fled = now;
        QVERIFY2(desk.setDriveRing(centre.lat, centre.lon, 3, 3, u"car"_s), qPrintable(desk.status()));
        const QString id = world.cordons()->at(0).info.cordonId;
        QVERIFY(shape().contains(centre));
        QVERIFY(!shape().contains(seen));

        tick(60'000);
        sighting(maps::offsetMeters(o.origin, 2 * o.spacingM, 2 * o.spacingM),
            fled - 4 * 60'000); // before the flight
        QCOMPARE(moved(), 0);

        sighting(seen, now - 30'000);
        QCOMPARE(moved(), 1);
        QCOMPARE(world.cordons()->count(), 1);
        QCOMPARE(world.cordons()->at(0).info.cordonId, id); // the same cordon, moved
        QVERIFY(shape().contains(seen));
        QVERIFY(!shape().contains(centre));
        const QVariantList from = desk.incidentPosition();
        QCOMPARE(from.size(), 2);
        QVERIFY(std::abs(from.at(0).toDouble() - seen.lat) < 1e-6
            && std::abs(from.at(1).toDouble() - seen.lon) < 1e-6);

        // Lifted: a sighting moves nothing.
        desk.clearCordon(id);
        sighting(centre, now);
        QCOMPARE(moved(), 1);
        QCOMPARE(world.cordons()->count(), 0);
    }

    // The panel's button: the ring is worked out off the UI thread, the desk says so meanwhile and
    // refuses a second request; bad parameters are refused at once; the ring set is the one
    // setDriveRing gives, and it grows from the time it was asked at.
    void aRequestedDriveRingIsWorkedOutInTheBackground()
    {
        const auto o = ringGrid();
        const auto graph = testing::RandomRoads::graph(o);
        Station s(graph);
        s.useOwnClock();
        auto &desk = s.desk;
        auto &world = s.world;
        const auto centre = maps::offsetMeters(o.origin, 15 * o.spacingM, 15 * o.spacingM);

        QVERIFY(!desk.requestDriveRing(centre.lat, centre.lon, -5, 3, u"car"_s));
        QVERIFY(desk.statusIsError());
        QVERIFY(!desk.requestDriveRing(centre.lat, centre.lon, 2, 3, u"helicopter"_s));
        QVERIFY(!desk.working());

        QSignalSpy working(&desk, &CordonDesk::workingChanged);
        QVERIFY2(desk.requestDriveRing(centre.lat, centre.lon, 2, 3, u"car"_s), qPrintable(desk.status()));
        QVERIFY(desk.working());
        QCOMPARE(world.cordons()->count(), 0); // not set until it is worked out
        QVERIFY(!desk.requestDriveRing(centre.lat, centre.lon, 5, 3, u"car"_s)); // one at a time
        QTRY_COMPARE_WITH_TIMEOUT(world.cordons()->count(), 1, 10000);
        QVERIFY(!desk.working());
        QCOMPARE(working.count(), 2);
        QVERIFY2(!desk.statusIsError(), qPrintable(desk.status()));
        const auto &set = world.cordons()->at(0).info;
        QVERIFY(set.name.contains(u"2 + 3"_s));

        // The same ring as the one worked out on the UI thread.
        Station other(graph);
        other.useOwnClock();
        QVERIFY(other.desk.setDriveRing(centre.lat, centre.lon, 2, 3, u"car"_s));
        QCOMPARE(other.world.cordons()->at(0).info.ring, set.ring);
    }
};

QTEST_GUILESS_MAIN(TestCordonDesk)
#include "tst_cordon_desk.moc"
