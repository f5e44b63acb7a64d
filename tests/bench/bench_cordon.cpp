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
#include "BenchReport.h"
#include "BoundaryCatalog.h"
#include "CordonEngine.h"
#include "CordonManning.h"
#include "OsmRoadImporter.h"
#include "RoadGraphBuilder.h"
#include "RoadSnap.h"
#include "SyntheticProvince.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSet>
#include <QTemporaryDir>
#include <cstdio>

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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
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
    return report.finish(args);
}
