// ./watchfloor bench dispatch: choosing units for an incident on a province-sized road graph
// (SyntheticProvince at street density: Hubei's seats, about 1.3 M junctions, written as .osm.pbf
// and imported like a real extract).
//  - recommend_10k_ms (p50) and recommend_10k_p95_ms (target < 50): rank 10,000 available units
//    spread over the province (a third in Wuhan) by road travel time to an incident, 30-minute
//    limit, as the incident panel does (UnitRanker: one bounded backward search per profile).
//  - route_per_unit_10k_ms: the baseline, the same ranking by one point-to-point route per
//    unit on the customised hierarchy; its travel times are checked to be the ranker's.
//  - coverage_wuhan_ms (median; target < 500): the coverage layer's whole computation for 1,000
//    free units within 25 km of central Wuhan: one multi-source search to 5 minutes, the 1, 3
//    and 5-minute areas, and the response zones' gaps (GEOS), as the layer's thread does it;
//    split into coverage_search_ms, coverage_areas_ms and coverage_gaps_ms.
//  - coverage_per_unit_searches_ms: the baseline for the search, one bounded search per unit
//    with the least time kept; its times are checked to be the multi-source search's, junction
//    by junction (coverage_mismatches).
//  - ui_stall_max_ms (target < 50): the longest the GUI thread's event loop was late while the
//    coverage layer (CoverageModel, its own thread) recomputed with 1,000 units moving (a fix
//    per unit per second into the WorldState, on the GUI thread as in the app) for 30 s;
//    ui_stall_without_coverage_max_ms is the same 30 s with the layer off, just before.
#include "BenchReport.h"
#include "CoverageModel.h"
#include "OsmRoadImporter.h"
#include "RoadCoverage.h"
#include "RoadGraphBuilder.h"
#include "RoadRouter.h"
#include "RoadSnap.h"
#include "SyntheticProvince.h"
#include "UnitRanker.h"
#include "WorldModels.h"
#include "WorldState.h"
#include "ZoneCoverage.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>

using namespace wf;
using wf::bench::BenchReport;

namespace {

const maps::LatLon kWuhan { 30.5928, 114.3055 };

QString loadNote()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(u' ', 0, 2) : QString();
}

struct Random
{
    quint64 state;
    double unit()
    {
        quint64 x = (state += 0x9e3779b97f4a7c15ULL);
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
        return double((x ^ (x >> 31)) >> 11) * (1.0 / 9007199254740992.0);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool smoke = BenchReport::smoke(args);
    BenchReport report(QStringLiteral("dispatch"));
    report.note(QStringLiteral("load_before"), loadNote());

    const QString dataDir = QStringLiteral(WATCHFLOOR_BINARY_DIR "/bench/bench-data");
    QDir().mkpath(dataDir);
    QTemporaryDir dir(dataDir + QStringLiteral("/dispatch-XXXXXX"));
    QString error;
    std::shared_ptr<const maps::RoadGraph> graph;
    {
        const wf::bench::SyntheticProvince province(smoke ? 0.02 : 1.0);
        const QString pbf = dir.filePath(QStringLiteral("province.osm.pbf"));
        const QString file = dir.filePath(QStringLiteral("province.roads"));
        maps::RoadGraphBuilder builder;
        maps::OsmRoadImporter importer;
        if (!province.writePbf(pbf, &error) || !importer.read(pbf, builder, &error)
            || !builder.write(file, &error) || !(graph = maps::RoadGraph::open(file, &error))) {
            std::fprintf(stderr, "bench dispatch: %s\n", qPrintable(error));
            return 1;
        }
    }
    const int unitCount = smoke ? 500 : 10'000;
    const int incidents = smoke ? 3 : 20;
    const int baselineIncidents = smoke ? 1 : 3;

    // Units on roads across the province: a third within 25 km of central Wuhan, the rest
    // anywhere in the graph's extent; a car or a walker in the proportions of the real force.
    Random r { 42 };
    UnitModel units;
    double minLat = 90, maxLat = -90, minLon = 180, maxLon = -180;
    for (int n = 0; n < graph->nodeCount(); ++n) {
        const auto p = graph->nodePosition(n);
        minLat = std::min(minLat, p.lat);
        maxLat = std::max(maxLat, p.lat);
        minLon = std::min(minLon, p.lon);
        maxLon = std::max(maxLon, p.lon);
    }
    for (int i = 0; i < unitCount; ++i) {
        const maps::LatLon p = i % 3 == 0
            ? maps::offsetMeters(kWuhan, (r.unit() - 0.5) * 50'000, (r.unit() - 0.5) * 50'000)
            : maps::LatLon { minLat + r.unit() * (maxLat - minLat), minLon + r.unit() * (maxLon - minLon) };
        const auto kind = r.unit() < 0.8 ? UnitKind::PatrolCar : UnitKind::FootPatrol;
        const QString id = QStringLiteral("U%1").arg(i, 5, 10, QChar(u'0'));
        units.upsert(
            id, UnitRow { UnitReported { id, id, kind, UnitStatus::Available, { p.lat, p.lon }, 0 }, 0, 0 });
    }

    UnitRanker ranker(graph);
    std::vector<double> rankMs;
    std::vector<GeoPoint> places;
    std::size_t ranked = 0;
    for (int i = 0; i < incidents; ++i) {
        const auto p = maps::offsetMeters(kWuhan, (r.unit() - 0.5) * 30'000, (r.unit() - 0.5) * 30'000);
        places.push_back({ p.lat, p.lon });
        QElapsedTimer t;
        t.start();
        const auto result = ranker.rank(units, places.back(), 30 * 60);
        rankMs.push_back(double(t.nsecsElapsed()) / 1e6);
        ranked += result.size();
    }
    report.set(QStringLiteral("recommend_10k_ms"), BenchReport::median(rankMs));
    report.set(QStringLiteral("recommend_10k_p95_ms"), BenchReport::percentile(rankMs, 95));
    report.set(QStringLiteral("units"), unitCount);
    report.set(QStringLiteral("units_within_30_min_mean"), double(ranked) / incidents);

    // The baseline: one point-to-point route per unit (cars only, the same emergency profile).
    maps::RoadRouter router(graph);
    const auto profile = maps::RoadProfile::emergency();
    std::vector<double> baselineMs;
    int checked = 0, mismatched = 0;
    for (int i = 0; i < baselineIncidents; ++i) {
        const auto fast = ranker.rank(units, places[std::size_t(i)], 30 * 60);
        std::map<QString, double> fastSeconds;
        for (const auto &u : fast)
            fastSeconds[u.unitId] = u.seconds;
        const auto to = maps::snapToRoad(
            *graph, { places[std::size_t(i)].lat, places[std::size_t(i)].lon }, profile.classMask, 1500);
        QElapsedTimer t;
        t.start();
        std::vector<std::pair<double, QString>> slow;
        for (const auto &u : units.rows()) {
            if (u.info.kind != UnitKind::PatrolCar)
                continue;
            const auto from = maps::snapToRoad(
                *graph, { u.info.position.lat, u.info.position.lon }, profile.classMask, 1500);
            if (!from.valid() || !to.valid())
                continue;
            const auto route = router.route(from, to, profile, {});
            const double s = route.found ? route.seconds + from.distanceM / 5 + to.distanceM / 5 : -1;
            if (s >= 0 && s <= 30 * 60)
                slow.push_back({ s, u.info.unitId });
        }
        std::sort(slow.begin(), slow.end());
        baselineMs.push_back(double(t.nsecsElapsed()) / 1e6);
        for (const auto &[s, id] : slow) {
            ++checked;
            const auto it = fastSeconds.find(id);
            mismatched += it == fastSeconds.end() || std::abs(it->second - s) > 0.05;
        }
    }
    report.set(QStringLiteral("route_per_unit_10k_ms"), BenchReport::median(baselineMs));
    report.set(QStringLiteral("baseline_units_checked"), checked);
    report.set(QStringLiteral("baseline_mismatches"), mismatched);
    // Coverage of Wuhan: 1,000 free units within 25 km of the centre.
    const int coverageUnits = smoke ? 200 : 1'000;
    const int coverageRuns = smoke ? 2 : 7;
    std::vector<maps::Traveller> travellers;
    Random cr { 7 };
    for (int i = 0; i < coverageUnits; ++i) {
        const maps::LatLon p
            = maps::offsetMeters(kWuhan, (cr.unit() - 0.5) * 50'000, (cr.unit() - 0.5) * 50'000);
        travellers.push_back({ p, cr.unit() >= 0.8, 0 });
    }
    QString zonesError;
    const auto zoneLayer = maps::ZoneLayer::load(
        QStringLiteral(WATCHFLOOR_SOURCE_DIR "/resources/zones/hubei-response-zones.geojson"), &zonesError);
    if (!zoneLayer) {
        std::fprintf(stderr, "bench dispatch: %s\n", qPrintable(zonesError));
        return 1;
    }
    const maps::ZoneCoverage zoneCoverage(*zoneLayer);
    maps::RoadCoverage coverage(router);
    std::vector<double> searchMs, areasMs, gapsMs, totalMs;
    double keySiteShare = 0, centralShare = 0, urbanShare = 0;
    for (int run = 0; run < coverageRuns; ++run) {
        QElapsedTimer t;
        t.start();
        coverage.compute(travellers, {}, 300);
        const double a = double(t.nsecsElapsed()) / 1e6;
        std::map<int, maps::GeoShape> areas;
        const std::vector<double> limits { 60, 180, 300 };
        const auto traced = coverage.areas(limits, CoverageModel::kCellMeters);
        for (std::size_t k = 0; k < limits.size(); ++k) {
            std::vector<maps::GeoPolygonRings> polygons;
            for (const auto &ring : traced[k])
                polygons.push_back({ ring, {} });
            maps::ShapeProblem problem;
            areas[int(limits[k])]
                = maps::GeoShape::fromPolygons(polygons, &problem, maps::ShapeRepair::MakeValid);
        }
        const double b = double(t.nsecsElapsed()) / 1e6;
        const auto gaps = zoneCoverage.measure([&](int seconds) { return areas[seconds]; });
        int gapRings = 0;
        for (const auto &g : gaps)
            gapRings += int(g.gap.holeFreeRings().size());
        const double c = double(t.nsecsElapsed()) / 1e6;
        searchMs.push_back(a);
        areasMs.push_back(b - a);
        gapsMs.push_back(c - b);
        totalMs.push_back(c);
        for (const auto &cls : maps::ZoneCoverage::byClass(gaps)) {
            const double share = 100 * cls.coveredShare();
            (cls.kind == maps::ResponseZone::KeySite          ? keySiteShare
                    : cls.kind == maps::ResponseZone::Central ? centralShare
                                                              : urbanShare)
                = share;
        }
        report.set(QStringLiteral("coverage_gap_rings"), gapRings);
    }
    report.set(QStringLiteral("coverage_wuhan_ms"), BenchReport::median(totalMs));
    report.set(QStringLiteral("coverage_wuhan_p95_ms"), BenchReport::percentile(totalMs, 95));
    report.set(QStringLiteral("coverage_search_ms"), BenchReport::median(searchMs));
    report.set(QStringLiteral("coverage_areas_ms"), BenchReport::median(areasMs));
    report.set(QStringLiteral("coverage_gaps_ms"), BenchReport::median(gapsMs));
    report.set(QStringLiteral("coverage_junctions_reached"), int(coverage.reached().size()));
    report.set(QStringLiteral("coverage_key_sites_pct"), keySiteShare);
    report.set(QStringLiteral("coverage_central_pct"), centralShare);
    report.set(QStringLiteral("coverage_urban_pct"), urbanShare);
    {
        QElapsedTimer t;
        t.start();
        const auto reference = maps::RoadCoverage::perTravellerReference(router, travellers, {}, 300);
        report.set(QStringLiteral("coverage_per_unit_searches_ms"), double(t.nsecsElapsed()) / 1e6);
        const auto got = coverage.nodeMilliseconds();
        int coverageMismatches = 0;
        for (std::size_t n = 0; n < got.size(); ++n)
            coverageMismatches += got[n] != reference[n];
        report.set(QStringLiteral("coverage_mismatches"), coverageMismatches);
        mismatched += coverageMismatches;
    }

    // The GUI thread while the layer recomputes: 1,000 units moving, a fix each per second.
    {
        WorldState world;
        const qint64 t0 = 1'700'000'000'000;
        std::vector<maps::LatLon> at;
        for (int i = 0; i < coverageUnits; ++i) {
            const QString id = QStringLiteral("C%1").arg(i, 4, 10, QChar(u'0'));
            at.push_back(travellers[std::size_t(i)].position);
            const auto kind = travellers[std::size_t(i)].walks ? UnitKind::FootPatrol : UnitKind::PatrolCar;
            world.apply(Event { 0, t0, t0, QStringLiteral("bench"),
                UnitReported { id, id, kind, UnitStatus::Available, { at.back().lat, at.back().lon }, 0 } });
        }
        auto zones = maps::ZoneLayer::load(
            QStringLiteral(WATCHFLOOR_SOURCE_DIR "/resources/zones/hubei-response-zones.geojson"),
            &zonesError);
        ResponseZoneModel zoneModel(std::move(zones), zonesError);
        CoverageModel model(&world, graph, &zoneModel);
        // Fixes arrive spread over each second, as units report on their own clocks: a twentieth
        // of the units every 50 ms.
        const int seconds = smoke ? 3 : 30;
        qint64 clock = t0;
        int nextUnit = 0;
        QTimer moves;
        moves.setInterval(50);
        QObject::connect(&moves, &QTimer::timeout, &app, [&] {
            clock += 50;
            for (int k = 0; k < coverageUnits / 20; ++k, nextUnit = (nextUnit + 1) % coverageUnits) {
                auto &p = at[std::size_t(nextUnit)];
                p = maps::offsetMeters(p, (cr.unit() - 0.5) * 30, (cr.unit() - 0.5) * 30);
                world.apply(Event { 0, clock, clock, QStringLiteral("bench"),
                    UnitMoved {
                        QStringLiteral("C%1").arg(nextUnit, 4, 10, QChar(u'0')), { p.lat, p.lon }, 0, 30 } });
            }
        });
        // The heartbeat: a 5 ms timer; how late it fires is how long the loop was busy.
        QElapsedTimer beat;
        qint64 last = 0;
        double worstMs = 0;
        QTimer heart;
        heart.setTimerType(Qt::PreciseTimer);
        heart.setInterval(5);
        QObject::connect(&heart, &QTimer::timeout, &app, [&] {
            const qint64 now = beat.nsecsElapsed();
            worstMs = std::max(worstMs, double(now - last) / 1e6 - 5);
            last = now;
        });
        // Twice over the same moving units: first with the coverage layer off (the baseline: the
        // GUI thread's own work), then on.
        auto phase = [&](bool coverageOn) {
            model.setActive(coverageOn);
            worstMs = 0;
            beat.start();
            last = beat.nsecsElapsed();
            moves.start();
            heart.start();
            QTimer::singleShot(seconds * 1000, &app, &QCoreApplication::quit);
            app.exec();
            moves.stop();
            heart.stop();
            return worstMs;
        };
        report.set(QStringLiteral("ui_stall_without_coverage_max_ms"), phase(false));
        report.set(QStringLiteral("ui_stall_max_ms"), phase(true));
        report.set(QStringLiteral("ui_stall_coverage_updates"), model.updates());
        report.set(QStringLiteral("ui_stall_coverage_ms_last"), model.computeMs());
        report.note(QStringLiteral("ui_stall"),
            QStringLiteral("%1 s without the layer, then %1 s with it, %2 units moving; no window: the map's "
                           "drawing of the polygons is not in this figure")
                .arg(seconds)
                .arg(coverageUnits));
    }
    report.note(QStringLiteral("graph"),
        QStringLiteral("generated province at street density: %1 nodes, %2 edges")
            .arg(graph->nodeCount())
            .arg(graph->edgeCount()));
    report.note(QStringLiteral("load_after"), loadNote());
    if (mismatched > 0)
        std::fprintf(stderr, "bench dispatch: %d of %d travel times differ from the baseline's\n", mismatched,
            checked);
    report.finish(args);
    return mismatched > 0 ? 1 : 0;
}
