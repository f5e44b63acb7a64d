// ./watchfloor bench cordon: what a cordon ring needs, on a generated province at street density
// (SyntheticProvince, imported like an extract, as in bench roads) with the real Hubei province
// outline from the base map (GCJ-02 converted to WGS-84).
//  - crossings_province_ms (target < 200): the road crossings of the province outline with the
//    checkpoints and cameras at them (1,200 smart and 147 police checkpoints, 20,000 cameras).
//    Baseline crossings_every_road_ms: every road of the graph against the outline through GEOS
//    (a prepared outline, then the intersection), which must find the same crossings (checked).
//  - crossings_province_timed_ms: the same, ordered by a suspect's arrival from central Wuhan.
//  - drive_ring_30min_ms (target < 200): the drive-time ring 30 minutes after a flight from central
//    Wuhan began (the reached area and the ring 10 minutes ahead of it);
//    drive_ring_30min_searches_ms: the two road searches with their outlines alone.
//  - manning_10k_ms (target < 300): the manning plan of that 40-minute ring (CordonManning: each
//    crossing, the suspect's earliest first, gets the free unit that reaches it first) with
//    10,000 free units within some 60 km of Wuhan. Baseline manning_rank_each_crossing_ms: the
//    same greedy choice through the unit ranking asked once per crossing (every unit snapped to
//    the roads again for each crossing), which must choose the same units (checked:
//    manning_mismatches).
//  - edit_frame_ms_p95 (target < 20): the time between frames while a vertex of a 2,000-vertex
//    county outline is dragged in the cordon editor over the offline basemap (CordonEditor and
//    CordonHandles, moved every frame); baseline idle_frame_ms_p95: the same window, outline and
//    frame-driven animation with nothing moved. drag_step_ms_p95: the editor's own share of a
//    frame (one drag step: the point moved, the outline validated through GEOS, the undo step
//    merged). Needs a GL window (run-bench gives it Xvfb).
#include "BaseMap.h"
#include "BenchReport.h"
#include "BoundaryCatalog.h"
#include "CordonEditor.h"
#include "CordonEngine.h"
#include "CordonManning.h"
#include "OsmRoadImporter.h"
#include "RoadGraphBuilder.h"
#include "RoadSnap.h"
#include "SyntheticProvince.h"
#include "TileRenderer.h"
#include "TileServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>
#include <algorithm>
#include <cmath>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(Watchfloor_CorePlugin)
Q_IMPORT_QML_PLUGIN(Watchfloor_ThemePlugin)
Q_IMPORT_QML_PLUGIN(Watchfloor_CordonsPlugin)

using namespace wf;
using namespace wf::maps;
using wf::bench::BenchReport;

namespace {

const LatLon kWuhan { 30.5928, 114.3055 };

quint64 g_state = 12345;
double unit()
{
    quint64 x = (g_state += 0x9e3779b97f4a7c15ULL);
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return double((x ^ (x >> 31)) >> 11) * (1.0 / 9007199254740992.0);
}

// The median of runs, in milliseconds.
template<typename F> double medianMs(int runs, F &&f)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return BenchReport::median(times);
}

bool sameCrossings(const std::vector<RoadCrossing> &a, const std::vector<RoadCrossing> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].link != b[i].link || std::abs(a[i].point.lat - b[i].point.lat) > 1e-9
            || std::abs(a[i].point.lon - b[i].point.lon) > 1e-9)
            return false;
    }
    return true;
}

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// The ring resampled to exactly n points along its length.
std::vector<LatLon> resampled(const std::vector<LatLon> &ring, int n)
{
    std::vector<double> along { 0 };
    for (std::size_t i = 1; i <= ring.size(); ++i)
        along.push_back(along.back() + distanceMeters(ring[i - 1], ring[i % ring.size()]));
    std::vector<LatLon> out;
    std::size_t seg = 0;
    for (int k = 0; k < n; ++k) {
        const double at = along.back() * k / n;
        while (seg + 2 < along.size() && along[seg + 1] < at)
            ++seg;
        const double len = along[seg + 1] - along[seg];
        const double f = len > 0 ? (at - along[seg]) / len : 0;
        const LatLon a = ring[seg], b = ring[(seg + 1) % ring.size()];
        out.push_back({ a.lat + (b.lat - a.lat) * f, a.lon + (b.lon - a.lon) * f });
    }
    return out;
}

// The intervals (ms) between the window's frames over ms.
std::vector<double> frameIntervals(QQuickWindow *window, int ms)
{
    std::vector<double> out;
    QElapsedTimer clock;
    clock.start();
    qint64 last = -1;
    auto c = QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [&] {
            const qint64 now = clock.nsecsElapsed();
            if (last >= 0)
                out.push_back(double(now - last) / 1e6);
            last = now;
        },
        Qt::DirectConnection);
    spin(ms);
    QObject::disconnect(c);
    return out;
}

double p95(std::vector<double> v)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(double(v.size()) * 0.95))];
}

// The editor over a map in a window; a frame animation moves vertex 0 every frame when dragging.
const char *kEditScene = R"QML(
import QtQuick
import QtLocation
import QtPositioning
import Watchfloor.Cordons
Window {
    id: win
    width: 1280; height: 800; visible: true
    required property CordonEditor editor
    required property real lat
    required property real lon
    required property real zoom
    required property string tileUrl
    property bool running: false
    property bool dragging: false
    property int frame: 0
    property var start // the dragged vertex where the drag began, as a DragHandler keeps it
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
        zoomLevel: win.zoom
        center: QtPositioning.coordinate(win.lat, win.lon)
        activeMapType: supportedMapTypes[supportedMapTypes.length - 1]
        color: "#e4e0d6"
    }
    CordonEditorVisuals { anchors.fill: map; map: map; editor: win.editor }
    FrameAnimation {
        running: win.running
        onTriggered: {
            ++win.frame
            if (win.dragging) {
                if (win.start === undefined)
                    win.start = win.editor.handles[0]
                win.editor.moveHandle(0, win.start.latitude + 0.004 * Math.sin(win.frame / 8), win.start.longitude, 0)
            }
        }
    }
}
)QML";

} // namespace

int main(int argc, char **argv)
{
    // Without a display (ctest's smoke run) the window is the offscreen one; the numbers come
    // from run-bench, which gives the benchmark Xvfb.
    if (qEnvironmentVariable("QT_QPA_PLATFORM") == u"offscreen")
        qputenv("QT_QUICK_BACKEND", "software");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const bool smoke = BenchReport::smoke(args);
    BenchReport report(QStringLiteral("cordon"));

    BoundaryCatalog catalog;
    QString error;
    if (!catalog.loadFolder(QStringLiteral(":/watchfloor/basemap"), &error)) {
        std::fprintf(stderr, "bench cordon: %s\n", qPrintable(error));
        return 1;
    }
    const auto around = catalog.around(kWuhan);
    if (around.empty()) {
        std::fprintf(stderr, "bench cordon: no province outline around Wuhan\n");
        return 1;
    }
    const GeoShape province = around.front()->shape;
    report.note(QStringLiteral("ring"),
        QStringLiteral("%1: %2 vertices, %3 km²")
            .arg(around.front()->name)
            .arg(province.vertexCount())
            .arg(province.areaKm2(), 0, 'f', 0));

    const QString dataDir = QStringLiteral(WATCHFLOOR_BINARY_DIR "/bench/bench-data");
    QDir().mkpath(dataDir);
    QTemporaryDir dir(dataDir + QStringLiteral("/cordon-XXXXXX"));
    const QString graphPath = dir.filePath(QStringLiteral("province.roads"));
    {
        const wf::bench::SyntheticProvince generated(smoke ? 0.02 : 1.0);
        const QString pbf = dir.filePath(QStringLiteral("province.osm.pbf"));
        RoadGraphBuilder builder;
        OsmRoadImporter importer;
        if (!generated.writePbf(pbf, &error) || !importer.read(pbf, builder, &error)
            || !builder.write(graphPath, &error)) {
            std::fprintf(stderr, "bench cordon: %s\n", qPrintable(error));
            return 1;
        }
    }
    const auto graph = RoadGraph::open(graphPath, &error);
    if (!graph) {
        std::fprintf(stderr, "bench cordon: %s\n", qPrintable(error));
        return 1;
    }
    report.note(QStringLiteral("graph"),
        QStringLiteral("%1 nodes, %2 links (generated province, bench roads' generator)")
            .arg(graph->nodeCount())
            .arg(graph->linkCount()));

    // Checkpoints and cameras: some where roads cross the outline (as a real province has its
    // border checkpoints), the rest at random junctions.
    const auto crossings = findRoadCrossings(*graph, province);
    std::vector<SiteReported> sites;
    std::vector<CameraReported> cameras;
    auto randomNode = [&] {
        return graph->nodePosition(std::min(graph->nodeCount() - 1, int(unit() * graph->nodeCount())));
    };
    for (int i = 0; i < 147; ++i) {
        const LatLon p = crossings.empty()
            ? randomNode()
            : offsetMeters(crossings[std::size_t(i) % crossings.size()].point, 50, 0);
        sites.push_back({ QStringLiteral("P%1").arg(i), QStringLiteral("police %1").arg(i),
            SiteKind::PoliceCheckpoint, { p.lat, p.lon } });
    }
    for (int i = 0; i < 1200; ++i) {
        const LatLon p = i < 300 && !crossings.empty()
            ? offsetMeters(crossings[std::size_t(i * 7) % crossings.size()].point, -30, 20)
            : randomNode();
        sites.push_back({ QStringLiteral("S%1").arg(i), QStringLiteral("smart %1").arg(i),
            SiteKind::SmartCheckpoint, { p.lat, p.lon } });
    }
    for (int i = 0; i < 20'000; ++i) {
        const LatLon p = i < 2000 && !crossings.empty()
            ? offsetMeters(crossings[std::size_t(i * 3) % crossings.size()].point, 40, 40)
            : randomNode();
        cameras.push_back({ QStringLiteral("C%1").arg(i), QStringLiteral("camera %1").arg(i),
            { p.lat, p.lon }, float(unit() * 360), 360, {}, {} });
    }

    const int runs = smoke ? 1 : 5;
    CordonEngine engine(graph);
    CordonAnalysis analysis;
    const double indexedMs
        = medianMs(runs, [&] { analysis = engine.analyse(province, sites, cameras, CordonQuery {}); });
    std::vector<RoadCrossing> everyRoad;
    const double everyRoadMs = medianMs(smoke ? 1 : 2,
        [&] { everyRoad = findRoadCrossings(*graph, province, kAllRoadClasses, CrossingSearch::EveryRoad); });
    std::vector<RoadCrossing> indexed;
    const double indexedCrossingsMs = medianMs(runs, [&] { indexed = findRoadCrossings(*graph, province); });
    if (!sameCrossings(indexed, everyRoad)) {
        std::fprintf(stderr,
            "bench cordon: the indexed search found %zu crossings, every road %zu: not the same\n",
            indexed.size(), everyRoad.size());
        return 1;
    }
    report.set(QStringLiteral("crossings_province_ms"), indexedMs);
    report.set(QStringLiteral("crossings_only_ms"), indexedCrossingsMs);
    report.set(QStringLiteral("crossings_every_road_ms"), everyRoadMs);
    report.set(QStringLiteral("crossings"), double(analysis.crossings.size()));
    report.set(QStringLiteral("crossing_checkpoints"), analysis.checkpoints);
    report.set(QStringLiteral("crossing_cameras"), analysis.cameras);

    CordonQuery timed;
    timed.origin = GeoPoint { kWuhan.lat, kWuhan.lon };
    CordonAnalysis timedAnalysis;
    const double timedMs
        = medianMs(runs, [&] { timedAnalysis = engine.analyse(province, sites, cameras, timed); });
    report.set(QStringLiteral("crossings_province_timed_ms"), timedMs);
    int reached = 0;
    for (const auto &c : timedAnalysis.crossings)
        reached += std::isfinite(c.suspectSeconds) ? 1 : 0;
    report.set(QStringLiteral("crossings_reached_within_8h"), reached);

    DriveRing ring;
    const double ringMs = medianMs(runs, [&] {
        ring = engine.driveRing(
            timed.origin.value(), 30 * 60, 10 * 60, RoadProfile::car(), TravelConditions {});
    });
    report.set(QStringLiteral("drive_ring_30min_ms"), ringMs);
    // Where that time goes: the two drive-time searches and outlines alone (the rest is GEOS
    // turning the outlines into shapes).
    const RoadSnap from = snapToRoad(*graph, kWuhan, RoadProfile::car().classMask, 2'000);
    const double searchMs = medianMs(runs, [&] {
        engine.router().isochrone(from, 30 * 60, RoadProfile::car(), TravelConditions {});
        engine.router().isochrone(from, 40 * 60, RoadProfile::car(), TravelConditions {});
    });
    report.set(QStringLiteral("drive_ring_30min_searches_ms"), searchMs);
    report.set(QStringLiteral("drive_ring_30min_km2"), ring.reached.areaKm2());
    report.set(QStringLiteral("drive_ring_40min_km2"), ring.ring.areaKm2());

    // The manning plan of the 40-minute ring, 10,000 free units around Wuhan.
    CordonQuery fromWuhan;
    fromWuhan.origin = GeoPoint { kWuhan.lat, kWuhan.lon };
    const CordonAnalysis ringAnalysis = engine.analyse(ring.ring, sites, cameras, fromWuhan);
    const int unitCount = smoke ? 500 : 10'000;
    std::vector<UnitReported> free;
    free.reserve(std::size_t(unitCount));
    for (int i = 0; i < unitCount; ++i) {
        const LatLon p = offsetMeters(kWuhan, (unit() - 0.5) * 120'000, (unit() - 0.5) * 120'000);
        free.push_back({ QStringLiteral("U%1").arg(i, 5, 10, QChar(u'0')), QString(), UnitKind::PatrolCar,
            UnitStatus::Available, { p.lat, p.lon }, 0 });
    }
    UnitRanker ranker(graph);
    ManningPlan plan;
    const double manningMs = medianMs(
        smoke ? 1 : 3, [&] { plan = CordonManning::plan(ranker, free, ringAnalysis.crossings, 45 * 60); });
    std::vector<QString> baseline;
    const double baselineMs = medianMs(1, [&] {
        baseline.clear();
        QSet<QString> taken;
        for (const auto &c : ringAnalysis.crossings) {
            std::vector<UnitEta> candidates;
            std::vector<GeoPoint> positions;
            for (const auto &u : free) {
                if (taken.contains(u.unitId))
                    continue;
                candidates.push_back({ u.unitId, u.callSign, u.kind });
                positions.push_back(u.position);
            }
            const auto ranked = ranker.rank(
                std::move(candidates), positions, GeoPoint { c.road.point.lat, c.road.point.lon }, 45 * 60);
            baseline.push_back(ranked.empty() ? QString() : ranked.front().unitId);
            if (!ranked.empty())
                taken.insert(ranked.front().unitId);
        }
    });
    int mismatches = 0;
    for (std::size_t i = 0; i < plan.rows.size(); ++i)
        mismatches += i < baseline.size() && plan.rows[i].unitId == baseline[i] ? 0 : 1;
    report.set(QStringLiteral("manning_10k_ms"), manningMs);
    report.set(QStringLiteral("manning_rank_each_crossing_ms"), baselineMs);
    report.set(QStringLiteral("manning_mismatches"), mismatches);
    report.set(QStringLiteral("manning_crossings"), double(plan.rows.size()));
    report.set(QStringLiteral("manning_gaps"), plan.gaps);
    report.note(QStringLiteral("manning_units"), QString::number(unitCount));
    // Editing: a county outline resampled to 2,000 vertices, one of them dragged every frame.
    {
        const LayerFeature *county = catalog.find(QStringLiteral("东西湖区"));
        if (!county) {
            std::fprintf(stderr, "bench cordon: no outline of 东西湖区\n");
            return 1;
        }
        auto outline = county->shape.polygons().front().outer;
        outline.pop_back();
        CordonEditor editor;
        editor.begin(CordonEditor::Tool::Polygon);
        for (const LatLon &p : resampled(outline, 2000))
            editor.addPoint(p.lat, p.lon);
        // Over the offline basemap, as in the app.
        BaseMap baseMap;
        baseMap.loadFolder(QStringLiteral(":/watchfloor/basemap"), &error);
        TileServer tiles(std::make_shared<const TileRenderer>(baseMap, TileRenderer::Language::Chinese));
        if (!tiles.listen(&error)) {
            std::fprintf(stderr, "bench cordon: %s\n", qPrintable(error));
            return 1;
        }
        QQmlEngine engine;
        QQmlComponent component(&engine);
        component.setData(kEditScene, QUrl(QStringLiteral("file:///bench_cordon_edit.qml")));
        const QRectF box = county->shape.bounds();
        std::unique_ptr<QObject> root(component.createWithInitialProperties(
            { { QStringLiteral("editor"), QVariant::fromValue(&editor) },
                { QStringLiteral("lat"), box.center().y() }, { QStringLiteral("lon"), box.center().x() },
                { QStringLiteral("zoom"), 10.5 }, { QStringLiteral("tileUrl"), tiles.baseUrl() } }));
        auto *window = qobject_cast<QQuickWindow *>(root.get());
        if (!window) {
            std::fprintf(
                stderr, "bench cordon: the editing scene failed: %s\n", qPrintable(component.errorString()));
            return 1;
        }
        const int measureMs = smoke ? 500 : 5000;
        spin(smoke ? 500 : 3000); // the view's tiles rendered and shown
        root->setProperty("running", true);
        spin(300);
        const auto idle = frameIntervals(window, measureMs);
        root->setProperty("dragging", true);
        spin(300);
        const auto editing = frameIntervals(window, measureMs);
        root->setProperty("running", false);
        editor.endDrag();
        // The model's share of a frame: one drag step (snapping off), validated and on the undo stack.
        std::vector<double> steps;
        const LatLon start = editor.handlePoints().front();
        for (int i = 0; i < (smoke ? 20 : 300); ++i) {
            QElapsedTimer t;
            t.start();
            editor.moveHandle(0, start.lat + 0.004 * std::sin(i / 8.0), start.lon, 0);
            steps.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        editor.endDrag();
        report.set(QStringLiteral("edit_frame_ms_p95"), p95(editing));
        report.set(QStringLiteral("drag_step_ms_p95"), p95(steps));
        report.set(QStringLiteral("idle_frame_ms_p95"), p95(idle));
        report.set(QStringLiteral("edit_frames"), double(editing.size()));
        report.note(QStringLiteral("edit"),
            QStringLiteral(
                "%1 vertices (东西湖区's outline resampled), vertex 0 moved every frame; platform %2, %3")
                .arg(editor.handleCount())
                .arg(QGuiApplication::platformName(),
                    window->rendererInterface()->graphicsApi() == QSGRendererInterface::Software
                        ? QStringLiteral("software renderer")
                        : QStringLiteral("GPU API renderer")));
    }
    return report.finish(args);
}
