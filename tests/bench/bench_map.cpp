// ./watchfloor bench map: the map at province scale.
//
//  layer_fps / empty_fps / baseline_fps: frames per second (QQuickWindow::frameSwapped counted
//    over a fixed time) while the map pans in a circle and rotates, with N units moving at 1 Hz
//    through the real WorldState + UnitModel, drawn by the project's MarkerLayer, by nothing
//    (the practical limit) and by a naive MapItemView + MapQuickItem per unit; same run, same
//    window, same camera path.
//  camera_query_p50_ms / camera_query_p95_ms: viewport query + clustering over the synthetic
//    2.19 M cameras in the SQLite R*Tree index, random views around Hubei's cities, zoom 6-18.
//  first_paint_ms: from the end of a pan to the first frame that shows the camera layer for the
//    new view (query on the worker thread, model update, geometry upload, frame swapped).
//  rss_mb: resident memory after the layer run (VmRSS); the peak goes to the notes.
//
// Needs a real GL window (run-bench starts Xvfb when there is no display). --smoke: tiny sizes.
#include "BaseMap.h"
#include "BenchReport.h"
#include "CameraClusterModel.h"
#include "CameraIndex.h"
#include "CameraIndexBuilder.h"
#include "MapCamera.h"
#include "MarkerLayer.h"
#include "SyntheticCameraRegister.h"
#include "TileRenderer.h"
#include "TileServer.h"
#include "WorldState.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QTimer>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <numbers>
#include <random>

using namespace wf;
using wf::bench::BenchReport;

namespace {

constexpr double kWuhanLat = 30.5928, kWuhanLon = 114.3055;
constexpr double kCameraCountFull = 2190000;

double rssMb(const char *field = "VmRSS:")
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const auto &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

// CPU time of the calling thread, in milliseconds.
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

void log(const QString &s)
{
    std::fprintf(stderr, "[bench_map] %s\n", qPrintable(s));
}

// The scene: a window with the Map on the loopback tiles, and what draws the units. The camera
// pans on a 4 km circle around Wuhan and turns 30 degrees a second, driven per frame.
QByteArray sceneQml(const QString &units)
{
    static const char *head = R"QML(
import QtQuick
import QtLocation
import QtPositioning
import WfBench
Window {
    id: win
    width: 1280; height: 800; visible: true
    required property string tileUrl
    required property var units
    property alias map: map
    property bool animate: false
    property real t: 0
    Plugin {
        id: osm
        name: "osm"
        PluginParameter { name: "osm.mapping.custom.host"; value: win.tileUrl }
        PluginParameter { name: "osm.mapping.providersrepository.disabled"; value: true }
        PluginParameter { name: "osm.mapping.cache.disk.size"; value: 0 }
        PluginParameter { name: "osm.mapping.highdpi_tiles"; value: false }
    }
    Map {
        id: map
        anchors.fill: parent
        plugin: osm
        zoomLevel: ZOOM
        center: QtPositioning.coordinate(30.5928, 114.3055)
        activeMapType: supportedMapTypes[supportedMapTypes.length - 1]
        copyrightsVisible: false
        color: "#e4e0d6"
        UNITS_IN_MAP
    }
    UNITS_OVER_MAP
    FrameAnimation {
        running: win.animate
        onTriggered: {
            win.t += frameTime
            map.bearing = (win.t * 30) % 360
            map.center = QtPositioning.coordinate(30.5928 + 0.036 * Math.sin(win.t * 0.5), 114.3055 + 0.042 * Math.cos(win.t * 0.5))
        }
    }
}
)QML";
    QByteArray qml(head);
    QByteArray inMap, overMap;
    if (units == u"layer") {
        overMap = R"QML(
    MarkerLayer {
        anchors.fill: map
        center: map.center; zoomLevel: map.zoomLevel; bearing: map.bearing
        model: win.units
        roles: ({ id: "unitId", latitude: "latitude", longitude: "longitude", heading: "heading", style: "status", time: "lastFix", label: "callSign" })
        shape: MarkerLayer.Shape.Pin
        colors: ["#2fbf71", "#f5a524", "#e5484d", "#7b8794"]
        stylePriority: [1, 2, 3, 0]
        markerSize: 14
        detailMinZoom: DETAIL
        labelMinZoom: 13
    })QML";
    } else if (units == u"baseline") {
        inMap = R"QML(
        MapItemView {
            model: win.units
            delegate: MapQuickItem {
                id: unit
                required property real latitude
                required property real longitude
                required property real heading
                required property int status
                coordinate: QtPositioning.coordinate(latitude, longitude)
                anchorPoint: Qt.point(7, 7)
                sourceItem: Rectangle {
                    width: 14; height: 14; radius: 7
                    color: ["#2fbf71", "#f5a524", "#e5484d", "#7b8794"][unit.status]
                    border.color: "#10161d"; border.width: 2
                    rotation: unit.heading
                }
            }
        })QML";
    }
    qml.replace("UNITS_IN_MAP", inMap).replace("UNITS_OVER_MAP", overMap);
    return qml;
}

// 20,000 units around Wuhan's urban area, each reporting once a second: a tenth of them every
// 100 ms, like a fleet whose reports are spread over the second.
class Fleet
{
public:
    Fleet(WorldState &world, int count)
        : m_world(world)
        , m_count(count)
        , m_rng(42)
    {
        std::normal_distribution<double> spread(0, 0.12);
        std::uniform_real_distribution<double> heading(0, 360);
        std::uniform_int_distribution<int> status(0, 3);
        for (int i = 0; i < count; ++i) {
            UnitReported u;
            u.unitId = QStringLiteral("U%1").arg(i, 5, 10, QChar(u'0'));
            u.callSign = QStringLiteral("WH-%1").arg(i, 5, 10, QChar(u'0'));
            u.status = UnitStatus(status(m_rng));
            u.position = { kWuhanLat + spread(m_rng), kWuhanLon + spread(m_rng) * 1.15 };
            u.headingDeg = float(heading(m_rng));
            m_positions.push_back(u.position);
            m_headings.push_back(u.headingDeg);
            m_world.apply(Event { 0, m_clock, m_clock, QStringLiteral("bench"), u });
        }
        m_timer.setInterval(100);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
    }
    void start() { m_timer.start(); }
    void stop() { m_timer.stop(); }
    qint64 moves() const { return m_moves; }

private:
    void tick()
    {
        m_clock += 100;
        const int slice = (m_count + 9) / 10;
        const int first = m_phase * slice;
        m_phase = (m_phase + 1) % 10;
        for (int i = first; i < std::min(m_count, first + slice); ++i) {
            // ~10 m a second along the heading (patrol speed in town), turning a little.
            auto &h = m_headings[size_t(i)];
            h = std::fmod(h + float(std::uniform_real_distribution<double>(-20, 20)(m_rng)) + 360.f, 360.f);
            auto &p = m_positions[size_t(i)];
            const double rad = h * std::numbers::pi / 180;
            p.lat += 10.0 / 111200 * std::cos(rad);
            p.lon += 10.0 / (111200 * std::cos(p.lat * std::numbers::pi / 180)) * std::sin(rad);
            m_world.apply(Event { 0, m_clock, m_clock, QStringLiteral("bench"),
                UnitMoved { QStringLiteral("U%1").arg(i, 5, 10, QChar(u'0')), p, h, 36 } });
            ++m_moves;
        }
    }

    WorldState &m_world;
    int m_count;
    std::mt19937_64 m_rng;
    std::vector<GeoPoint> m_positions;
    std::vector<float> m_headings;
    QTimer m_timer;
    qint64 m_clock = 1'700'000'000'000;
    int m_phase = 0;
    qint64 m_moves = 0;
};

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

struct FpsResult
{
    double fps = 0;
    double setupMs = 0;
};

FpsResult measureFps(QQmlEngine &engine, const QString &kind, const QString &tileUrl,
    QAbstractItemModel *units, Fleet &fleet, double zoom, double detailZoom, int warmupMs, int measureMs)
{
    QElapsedTimer setup;
    setup.start();
    QByteArray qml = sceneQml(kind);
    qml.replace("ZOOM", QByteArray::number(zoom)).replace("DETAIL", QByteArray::number(detailZoom));
    QQmlComponent component(&engine);
    component.setData(
        qml, QUrl::fromLocalFile(QDir::tempPath() + QStringLiteral("/bench_map_%1.qml").arg(kind)));
    std::unique_ptr<QObject> root(component.createWithInitialProperties(
        { { QStringLiteral("tileUrl"), tileUrl }, { QStringLiteral("units"), QVariant::fromValue(units) } }));
    if (!root) {
        log(QStringLiteral("scene %1 failed: %2").arg(kind, component.errorString()));
        return {};
    }
    auto *window = qobject_cast<QQuickWindow *>(root.get());
    FpsResult r;
    spin(300);
    r.setupMs = double(setup.elapsed());
    root->setProperty("animate", true);
    fleet.start();
    spin(warmupMs); // tiles of the circle load, caches fill
    int frames = 0;
    auto c = QObject::connect(
        window, &QQuickWindow::frameSwapped, window, [&] { ++frames; }, Qt::DirectConnection);
    QElapsedTimer t;
    t.start();
    spin(measureMs);
    const double secs = double(t.nsecsElapsed()) / 1e9;
    QObject::disconnect(c);
    fleet.stop();
    r.fps = frames / secs;
    root->setProperty("animate", false);
    window->close();
    root.reset();
    spin(200);
    return r;
}

QString cameraIndexPath(qint64 count)
{
    const QString dir = QStringLiteral(WATCHFLOOR_BINARY_DIR "/bench-data");
    QDir().mkpath(dir);
    // The version is the index format's: a file of another format is never read.
    return QStringLiteral("%1/cameras-%2-seed7-v2.sqlite").arg(dir).arg(count);
}

} // namespace

int main(int argc, char *argv[])
{
    // Under ctest (offscreen, no GL) the smoke run only proves the code paths; the numbers come
    // from run-bench, which gives it an Xvfb display.
    const bool offscreen = qEnvironmentVariable("QT_QPA_PLATFORM") == u"offscreen";
    if (offscreen)
        qputenv("QT_QUICK_BACKEND", "software");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool smoke = BenchReport::smoke(args);
    BenchReport report(QStringLiteral("map"));
    qmlRegisterType<wf::maps::MarkerLayer>("WfBench", 1, 0, "MarkerLayer");
    qmlRegisterType<wf::maps::CameraClusterModel>("WfBench", 1, 0, "CameraClusterModel");

    const int unitCount = smoke ? 500 : 20000;
    const qint64 cameraCount = smoke ? 20000 : qint64(kCameraCountFull);
    const int warmupMs = smoke ? 500 : 3000;
    const int measureMs = smoke ? 1000 : 10000;
    const double zoom = 12; // the whole fleet (about 30 km across) in view
    const double detailZoom = 12.5; // below: decluttered dots; at and above: pins with headings
    report.note(QStringLiteral("units"), QString::number(unitCount));
    report.note(QStringLiteral("cameras"), QString::number(cameraCount));
    report.note(QStringLiteral("window"),
        QStringLiteral("1280x800, zoom %1, pan 4 km circle + rotate 30 deg/s").arg(zoom));
    report.note(QStringLiteral("platform"), QGuiApplication::platformName());

    // --- cameras: index, queries --------------------------------------------------------------
    const QString dbPath = cameraIndexPath(cameraCount);
    if (!QFile::exists(dbPath)) {
        QElapsedTimer t;
        t.start();
        log(QStringLiteral("building the camera index (%1 cameras, once; cached in %2)")
                .arg(cameraCount)
                .arg(dbPath));
        QString error;
        const auto cameras = wf::maps::SyntheticCameraRegister::cameras(cameraCount, 7);
        if (!wf::maps::CameraIndexBuilder::build(dbPath, cameras, &error)) {
            log(QStringLiteral("camera index: %1").arg(error));
            return 1;
        }
        report.note(
            QStringLiteral("camera_index_build_s"), QString::number(double(t.elapsed()) / 1000, 'f', 1));
    }
    report.note(QStringLiteral("camera_index_mb"),
        QString::number(double(QFileInfo(dbPath).size()) / 1048576.0, 'f', 0));
    {
        wf::maps::CameraIndex index;
        QString error;
        if (!index.open(dbPath, &error)) {
            log(error);
            return 1;
        }
        std::mt19937_64 rng(3);
        std::uniform_real_distribution<double> zoomDist(6, 18), offset(-0.15, 0.15);
        const double cities[][2] = { { 30.5928, 114.3055 }, { 32.009, 112.122 }, { 30.692, 111.287 },
            { 30.335, 112.241 }, { 31.69, 113.38 }, { 30.391, 114.895 }, { 30.95, 112.9 } };
        std::vector<double> times, cpuTimes;
        qint64 rows = 0;
        double lastCpuMs = 0;
        auto timeQuery = [&](wf::maps::LatLon centre, double zoom) {
            wf::maps::MapCamera cam;
            cam.center = centre;
            cam.zoom = zoom;
            cam.viewport = QSizeF(1600, 900);
            const QRectF n = cam.visibleNormalised();
            const auto nw = wf::maps::fromNormalised(n.topLeft()),
                       se = wf::maps::fromNormalised(n.bottomRight());
            const QRectF box(QPointF(nw.lon, se.lat), QPointF(se.lon, nw.lat));
            QList<wf::maps::CameraCluster> out;
            const double cpu0 = threadCpuMs();
            QElapsedTimer t;
            t.start();
            if (!index.query(box, cam.zoom, &out, &error))
                return -1.0;
            const double ms = double(t.nsecsElapsed()) / 1e6;
            lastCpuMs = threadCpuMs() - cpu0;
            rows += out.size();
            return ms;
        };
        const int samples = smoke ? 50 : 400;
        for (int i = 0; i < samples; ++i) {
            const auto &c = cities[size_t(i) % std::size(cities)];
            const wf::maps::LatLon centre { c[0] + offset(rng), c[1] + offset(rng) };
            const double ms = timeQuery(centre, zoomDist(rng));
            if (ms < 0) {
                log(error);
                return 1;
            }
            times.push_back(ms);
            cpuTimes.push_back(lastCpuMs);
        }
        report.set(QStringLiteral("camera_query_p50_ms"), BenchReport::median(times));
        report.set(QStringLiteral("camera_query_p95_ms"), BenchReport::percentile(times, 95));
        report.note(
            QStringLiteral("camera_query_mean_points"), QString::number(double(rows) / samples, 'f', 0));
        // On a loaded machine the wall-clock tail is mostly the query waiting for a core; the
        // querying thread's CPU time is what the query itself costs.
        report.note(QStringLiteral("camera_query_cpu_p95_ms"),
            QString::number(BenchReport::percentile(cpuTimes, 95), 'f', 2));
        // The worst case the random views above no longer reach: street level (zoom 18-19, the
        // cameras' own tree) within 3 km of central Wuhan, the densest place.
        std::vector<double> street;
        std::uniform_real_distribution<double> near(-0.03, 0.03), streetZoom(18, 19);
        for (int i = 0; i < (smoke ? 10 : 100); ++i) {
            const double ms = timeQuery({ kWuhanLat + near(rng), kWuhanLon + near(rng) }, streetZoom(rng));
            if (ms < 0) {
                log(error);
                return 1;
            }
            street.push_back(ms);
        }
        report.note(QStringLiteral("camera_query_street_p95_ms"),
            QString::number(BenchReport::percentile(street, 95), 'f', 2));
    }

    // --- the map ------------------------------------------------------------------------------
    wf::maps::BaseMap baseMap;
    QString error;
    baseMap.loadFolder(QStringLiteral(":/watchfloor/basemap"), &error);
    wf::maps::TileServer tiles(
        std::make_shared<const wf::maps::TileRenderer>(baseMap, wf::maps::TileRenderer::Language::Chinese));
    if (!tiles.listen(&error)) {
        log(error);
        return 1;
    }
    QQmlEngine engine;

    // First paint after a pan, with the 2.19 M camera index behind the camera layer.
    {
        static const char *qml = R"QML(
import QtQuick
import QtLocation
import QtPositioning
import WfBench
Window {
    id: win
    width: 1280; height: 800; visible: true
    required property string tileUrl
    required property string database
    property alias map: map
    property alias layer: layer
    property alias clusters: clusters
    Plugin {
        id: osm
        name: "osm"
        PluginParameter { name: "osm.mapping.custom.host"; value: win.tileUrl }
        PluginParameter { name: "osm.mapping.providersrepository.disabled"; value: true }
        PluginParameter { name: "osm.mapping.cache.disk.size"; value: 0 }
    }
    Map {
        id: map
        anchors.fill: parent
        plugin: osm
        zoomLevel: 12
        center: QtPositioning.coordinate(30.5928, 114.3055)
        activeMapType: supportedMapTypes[supportedMapTypes.length - 1]
        copyrightsVisible: false
    }
    CameraClusterModel { id: clusters; database: win.database }
    MarkerLayer {
        id: layer
        anchors.fill: map
        center: map.center; zoomLevel: map.zoomLevel; bearing: map.bearing
        model: clusters
        roles: ({ id: "cameraId", latitude: "latitude", longitude: "longitude", fovBearing: "bearing", fov: "fov", label: "label", scale: "scale" })
        shape: MarkerLayer.Shape.Dot
        markerSize: 20
        detailMinZoom: 0
        labelMinZoom: 0
        refreshInterval: 0
    }
}
)QML";
        QQmlComponent component(&engine);
        component.setData(
            qml, QUrl::fromLocalFile(QDir::tempPath() + QStringLiteral("/bench_map_cameras.qml")));
        std::unique_ptr<QObject> root(component.createWithInitialProperties(
            { { QStringLiteral("tileUrl"), tiles.baseUrl() }, { QStringLiteral("database"), dbPath } }));
        if (!root) {
            log(component.errorString());
            return 1;
        }
        auto *window = qobject_cast<QQuickWindow *>(root.get());
        auto *map = root->property("map").value<QObject *>();
        auto *layer = root->property("layer").value<wf::maps::MarkerLayer *>();
        auto *clusters = root->property("clusters").value<wf::maps::CameraClusterModel *>();
        spin(1000);
        std::vector<double> paints;
        const double pans[][3] = { { 30.58, 114.28, 12 }, { 30.62, 114.35, 14 }, { 32.01, 112.12, 11 },
            { 30.69, 111.29, 13 }, { 30.45, 114.87, 15 }, { 31.69, 113.38, 10 }, { 30.55, 114.30, 17 },
            { 30.33, 112.24, 8 }, { 30.59, 114.31, 16 }, { 31.0, 112.5, 7 } };
        for (const auto &p : pans) {
            const int before = layer->geometryUploads();
            QElapsedTimer t;
            t.start();
            // The pan ends here: the view is set and the index is asked for it.
            map->setProperty("zoomLevel", p[2]);
            map->setProperty("center", QVariant::fromValue(QGeoCoordinate(p[0], p[1])));
            const auto cam = layer->camera();
            const QRectF n = cam.visibleNormalised();
            const auto nw = wf::maps::fromNormalised(n.topLeft()),
                       se = wf::maps::fromNormalised(n.bottomRight());
            clusters->request(nw.lat, nw.lon, se.lat, se.lon, p[2]);
            QEventLoop loop;
            bool done = false;
            auto c = QObject::connect(
                window, &QQuickWindow::frameSwapped, &loop,
                [&] {
                    if (!done && layer->geometryUploads() > before) {
                        done = true;
                        paints.push_back(double(t.nsecsElapsed()) / 1e6);
                        loop.quit();
                    }
                },
                Qt::QueuedConnection);
            QTimer::singleShot(5000, &loop, &QEventLoop::quit);
            loop.exec();
            QObject::disconnect(c);
            if (!done)
                paints.push_back(5000);
            spin(200);
        }
        report.set(QStringLiteral("first_paint_ms"), BenchReport::median(paints));
        report.note(QStringLiteral("first_paint_max_ms"),
            QString::number(*std::max_element(paints.begin(), paints.end()), 'f', 1));
        window->close();
    }

    // --- frames per second ------------------------------------------------------------------------
    WorldState world;
    Fleet fleet(world, unitCount);
    auto *units = world.units();
    const auto empty = measureFps(engine, QStringLiteral("empty"), tiles.baseUrl(), units, fleet, zoom,
        detailZoom, warmupMs, measureMs);
    const auto layer = measureFps(engine, QStringLiteral("layer"), tiles.baseUrl(), units, fleet, zoom,
        detailZoom, warmupMs, measureMs);
    report.set(QStringLiteral("rss_mb"), rssMb());
    const auto close = measureFps(
        engine, QStringLiteral("layer"), tiles.baseUrl(), units, fleet, 14, detailZoom, warmupMs, measureMs);
    const auto baseline = measureFps(engine, QStringLiteral("baseline"), tiles.baseUrl(), units, fleet, zoom,
        detailZoom, warmupMs, measureMs);
    report.set(QStringLiteral("empty_fps"), empty.fps);
    report.set(QStringLiteral("layer_fps"), layer.fps);
    report.set(QStringLiteral("baseline_fps"), baseline.fps);
    report.note(QStringLiteral("layer_fps_zoom14_pins"), QString::number(close.fps, 'f', 1));
    report.note(
        QStringLiteral("layer_vs_empty"), QString::number(empty.fps > 0 ? layer.fps / empty.fps : 0, 'f', 2));
    report.note(QStringLiteral("layer_vs_baseline"),
        QString::number(baseline.fps > 0 ? layer.fps / baseline.fps : 0, 'f', 1));
    report.note(QStringLiteral("baseline_setup_ms"), QString::number(baseline.setupMs, 'f', 0));
    report.note(QStringLiteral("unit_moves"), QString::number(fleet.moves()));
    report.note(QStringLiteral("peak_rss_mb"), QString::number(rssMb("VmHWM:"), 'f', 0));
    return report.finish(args);
}
