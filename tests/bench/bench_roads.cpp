// ./watchfloor bench roads: the road graph and routing on it, on a generated province at street
// density (SyntheticProvince: written as .osm.pbf with libosmium, then imported like a real
// extract) and on the training world's generated graph.
//  - import_nodes_per_s: OpenStreetMap nodes of the .osm.pbf per second of the whole import
//    (reading, cutting, ordering, the hierarchy, writing the graph file). Target >= 500,000.
//  - graph_load_ms (target < 500 for >= 1 M nodes), graph_mb (file size), rss_mb.
//  - route_p50_ms, route_p95_ms (target p95 < 5): 1,000 random origin-destination pairs within
//    30 km, points snapped to the nearest road; dijkstra_route_p95_ms: plain Dijkstra on the same
//    pairs, which must give the same answers (checked); the hierarchy must be >= 20x faster.
//  - isochrone_15min_ms (target < 50): the 15-minute drive-time area from central Wuhan, edges
//    and outline.
//  - rank_10k_units_ms (target < 50): travel times of 10,000 unit positions (snapped here) to
//    one incident, 20-minute limit.
// Metrics of the training graph carry the suffix _training.
#include "BenchReport.h"
#include "HubeiMap.h"
#include "OsmRoadImporter.h"
#include "RoadRouter.h"
#include "RoadSnap.h"
#include "SyntheticProvince.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cstdio>
#include <ctime>
#include <malloc.h>

using namespace wf::maps;
using wf::bench::BenchReport;

namespace {

const LatLon kWuhan { 30.5928, 114.3055 };

double kib(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(std::strlen(field))).trimmed().split(' ').first().toDouble();
    }
    return 0;
}

// CPU time of this thread: what a measurement cost, whatever else the machine was doing.
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double processCpuS()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

QString loadNote()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(u' ', 0, 2) : QString();
}

class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    { }
    double unit()
    {
        quint64 x = (m_state += 0x9e3779b97f4a7c15ULL);
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
        return double((x ^ (x >> 31)) >> 11) * (1.0 / 9007199254740992.0);
    }

private:
    quint64 m_state;
};

// Routing figures on one graph; suffix names the graph in the metrics.
void measureRouting(
    BenchReport &report, const std::shared_ptr<const RoadGraph> &graph, const QString &suffix, bool smoke)
{
    RoadRouter router(graph);
    const RoadProfile car = RoadProfile::car();
    const TravelConditions noon { 12, Weather::Clear };
    QElapsedTimer t;
    t.start();
    const CchMetric &metric = router.metric(car, noon);
    report.set(QStringLiteral("customize_ms") + suffix, double(t.nsecsElapsed()) / 1e6);
    report.note(QStringLiteral("customize_ms") + suffix,
        QStringLiteral(
            "weights for car/noon/no congestion on %1 hierarchy arcs (%2 MB); done once per profile, "
            "conditions and congestion change, then cached")
            .arg(graph->arcCount())
            .arg(double(metric.byteSize()) / 1e6, 0, 'f', 1));

    // Pairs: a random junction, and a point up to 30 km from it, both snapped to the nearest road,
    // kept when a route joins them (both algorithms are timed on every pair kept).
    Random r(42);
    const int pairs = smoke ? 50 : 1000;
    std::vector<double> fast, plain, fastCpuMs;
    int tried = 0, drawn = 0, mismatches = 0;
    double crowKm = 0;
    while (int(fast.size()) < pairs && tried < 20 * pairs) {
        ++tried;
        const LatLon a = graph->nodePosition(int(r.unit() * graph->nodeCount()) % graph->nodeCount());
        const double angle = r.unit() * 2 * 3.14159265358979, dist = 30'000 * std::sqrt(r.unit());
        const LatLon b = offsetMeters(a, dist * std::cos(angle), dist * std::sin(angle));
        const RoadSnap sa = snapToRoad(*graph, a), sb = snapToRoad(*graph, b);
        if (!sa.valid() || !sb.valid() || distanceMeters(sa.point, sb.point) > 30'000)
            continue;
        ++drawn;
        t.restart();
        const double cpu0 = threadCpuMs();
        const RoadRoute rf = router.route(sa, sb, car, noon, RoadRouter::Algorithm::Hierarchy);
        const double fastMs = double(t.nsecsElapsed()) / 1e6;
        const double fastCpu = threadCpuMs() - cpu0;
        t.restart();
        const RoadRoute rd = router.route(sa, sb, car, noon, RoadRouter::Algorithm::Dijkstra);
        const double plainMs = double(t.nsecsElapsed()) / 1e6;
        if (rf.found != rd.found
            || std::abs(rf.seconds - rd.seconds) > 0.002 * double(rf.edges.size() + rd.edges.size() + 1))
            ++mismatches;
        if (!rf.found)
            continue;
        fast.push_back(fastMs);
        plain.push_back(plainMs);
        fastCpuMs.push_back(fastCpu);
        crowKm += distanceMeters(sa.point, sb.point) / 1000;
    }
    const int found = int(fast.size());
    report.set(QStringLiteral("route_p50_ms") + suffix, BenchReport::percentile(fast, 50));
    report.set(QStringLiteral("route_p95_ms") + suffix, BenchReport::percentile(fast, 95));
    report.set(QStringLiteral("route_cpu_p95_ms") + suffix, BenchReport::percentile(fastCpuMs, 95));
    report.set(QStringLiteral("dijkstra_route_p95_ms") + suffix, BenchReport::percentile(plain, 95));
    report.set(QStringLiteral("speedup_p95") + suffix,
        BenchReport::percentile(plain, 95) / std::max(1e-9, BenchReport::percentile(fast, 95)));
    report.note(QStringLiteral("route") + suffix,
        QStringLiteral(
            "%1 pairs with a route within 30 km (mean %2 km apart; %3 drawn, the others not joined by "
            "roads); hierarchy and Dijkstra disagreed on %4; Dijkstra p50 %5 ms; timings include "
            "snapped ends and building the route's line")
            .arg(found)
            .arg(crowKm / std::max(1, found), 0, 'f', 1)
            .arg(drawn)
            .arg(mismatches)
            .arg(BenchReport::percentile(plain, 50), 0, 'f', 2));
    if (mismatches > 0)
        std::fprintf(stderr, "bench roads: hierarchy and Dijkstra disagree on %d pairs\n", mismatches);

    // The 15-minute area from central Wuhan.
    const RoadSnap centre = snapToRoad(*graph, kWuhan, kAllRoadClasses, 5000);
    std::vector<double> iso, isoCpu;
    std::size_t edges = 0, rings = 0;
    for (int i = 0; i < (smoke ? 1 : 5); ++i) {
        t.restart();
        const double cpu0 = threadCpuMs();
        const Isochrone area = router.isochrone(centre, 15 * 60, car, noon);
        iso.push_back(double(t.nsecsElapsed()) / 1e6);
        isoCpu.push_back(threadCpuMs() - cpu0);
        edges = area.edges.size();
        rings = area.rings.size();
    }
    report.set(QStringLiteral("isochrone_15min_ms") + suffix, BenchReport::median(iso));
    report.set(QStringLiteral("isochrone_15min_cpu_ms") + suffix, BenchReport::median(isoCpu));
    report.note(QStringLiteral("isochrone_15min") + suffix,
        QStringLiteral("car at noon from %1,%2: %3 edges reached, %4 rings; median of %5")
            .arg(kWuhan.lat)
            .arg(kWuhan.lon)
            .arg(edges)
            .arg(rings)
            .arg(iso.size()));

    // 10,000 units on the roads (a GPS fix is within metres of one), two thirds within 40 km of
    // Wuhan, the rest anywhere: a random road near a random point, a random place along it, and
    // up to 15 m of GPS error.
    std::vector<LatLon> units;
    while (units.size() < 10'000) {
        int n = int(r.unit() * graph->nodeCount()) % graph->nodeCount();
        if (r.unit() < 0.67) {
            const double angle = r.unit() * 2 * 3.14159265358979, dist = 40'000 * std::sqrt(r.unit());
            n = nearestNode(*graph, offsetMeters(kWuhan, dist * std::cos(angle), dist * std::sin(angle)));
        }
        const auto [b, e] = graph->outEdges(std::max(0, n));
        if (n < 0 || b == e)
            continue;
        const int edge = b + int(r.unit() * (e - b)) % (e - b);
        units.push_back(offsetMeters(graph->pointAlong(edge, r.unit() * graph->edgeLength(edge)),
            (r.unit() - 0.5) * 30, (r.unit() - 0.5) * 30));
    }
    const LatLon incident = offsetMeters(kWuhan, 3000, -2000);
    std::vector<double> rank, snapMs, rankCpu, snapCpu;
    int within = 0;
    for (int i = 0; i < (smoke ? 1 : 5); ++i) {
        t.restart();
        const double cpu0 = threadCpuMs();
        std::vector<RoadSnap> snaps(units.size());
        for (std::size_t k = 0; k < units.size(); ++k)
            snaps[k] = snapToRoad(*graph, units[k], kAllRoadClasses, 500);
        snapMs.push_back(double(t.nsecsElapsed()) / 1e6);
        snapCpu.push_back(threadCpuMs() - cpu0);
        const auto times = router.secondsTo(snaps, snapToRoad(*graph, incident, kAllRoadClasses, 2000),
            RoadProfile::emergency(), noon, 20 * 60);
        rank.push_back(double(t.nsecsElapsed()) / 1e6);
        rankCpu.push_back(threadCpuMs() - cpu0);
        within = int(std::count_if(times.begin(), times.end(), [](double s) { return std::isfinite(s); }));
    }
    report.set(QStringLiteral("rank_10k_units_ms") + suffix, BenchReport::median(rank));
    report.set(QStringLiteral("rank_10k_units_cpu_ms") + suffix, BenchReport::median(rankCpu));
    report.note(QStringLiteral("rank_10k_units") + suffix,
        QStringLiteral(
            "emergency profile, 20 min limit, bounded backward Dijkstra from the incident: %1 of 10,000 "
            "units within reach; snapping the 10,000 positions is %2 ms of it (%3 ms CPU); median of %4; "
            "rank_10k_units_cpu_ms is the thread's CPU time, less sensitive to the machine's load")
            .arg(within)
            .arg(BenchReport::median(snapMs), 0, 'f', 1)
            .arg(BenchReport::median(snapCpu), 0, 'f', 1)
            .arg(rank.size()));
    // What the process holds with this graph mapped and routed on (a metric customised, search
    // state for a full graph) after the import's memory has been given back.
    malloc_trim(0); // what the import freed is given back, as it would be in a process of its own
    report.set(QStringLiteral("rss_mb") + suffix, kib("VmRSS:") / 1024);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const bool smoke = BenchReport::smoke(args);
    BenchReport report(QStringLiteral("roads"));
    report.note(QStringLiteral("load_at_start"), loadNote());
    report.note(QStringLiteral("province"),
        QStringLiteral(
            "generated at street density, standing in for a provincial OpenStreetMap extract "
            "(SyntheticProvince.h): Hubei's prefecture seats (Wuhan 22 km in radius, the others 9 km) "
            "and ~70 county towns (3.5 km) of superblocks (arterials 660 m apart, residential "
            "streets 110 m apart inside, 70 % gated compounds with one or two gates, some one-way "
            "streets), trunk rings, county roads on an 8 km lattice with 20 villages per cell (a "
            "3 x 3 lane grid each) joined to their neighbours, and expressways between the seats; "
            "written as .osm.pbf with libosmium and imported like an extract"));

    const QString dataDir = QStringLiteral(WATCHFLOOR_BINARY_DIR "/bench/bench-data");
    QDir().mkpath(dataDir);
    QTemporaryDir dir(dataDir + QStringLiteral("/roads-XXXXXX"));
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench roads: cannot make a folder in %s\n", qPrintable(dataDir));
        return 1;
    }

    // The province: generated, written as .osm.pbf, imported like an extract. In a block of its
    // own: what the generator and the import hold is gone before the graph is loaded and measured.
    const QString graphPath = dir.filePath(QStringLiteral("province.roads"));
    QString error;
    QElapsedTimer t;
    {
        // The province: generated, written as .osm.pbf, imported like an extract.
        t.start();
        const wf::bench::SyntheticProvince province(smoke ? 0.02 : 1.0);
        const QString pbf = dir.filePath(QStringLiteral("province.osm.pbf"));
        if (!province.writePbf(pbf, &error)) {
            std::fprintf(stderr, "bench roads: cannot write %s: %s\n", qPrintable(pbf), qPrintable(error));
            return 1;
        }
        const double generateS = double(t.elapsed()) / 1000;
        t.restart();
        const double importCpu0 = processCpuS();
        QStringList phases;
        QElapsedTimer phase;
        QString current = QStringLiteral("start");
        phase.start();
        auto progress = [&](const QString &what) {
            // Progress lines name the phase starting; the time is the previous one's.
            if (what.section(u' ', 0, 1) == current.section(u' ', 0, 1))
                return;
            phases << QStringLiteral("%1 %2 s")
                          .arg(current.section(u' ', 0, 1))
                          .arg(double(phase.restart()) / 1000, 0, 'f', 2);
            current = what;
        };
        RoadGraphBuilder builder;
        OsmRoadImporter importer;
        importer.setProgress(progress);
        if (!importer.read(pbf, builder, &error)) {
            std::fprintf(stderr, "bench roads: %s\n", qPrintable(error));
            return 1;
        }
        const double readS = double(t.nsecsElapsed()) / 1e9;
        if (!builder.write(graphPath, &error, progress)) {
            std::fprintf(stderr, "bench roads: %s\n", qPrintable(error));
            return 1;
        }
        const double importS = double(t.nsecsElapsed()) / 1e9;
        const double importCpuS = processCpuS() - importCpu0;
        progress(QStringLiteral("end"));
        report.note(QStringLiteral("import_phases"), phases.join(QStringLiteral("; ")));
        const auto &stats = importer.stats();
        report.set(QStringLiteral("import_nodes_per_s"), double(stats.osmNodes) / importS);
        report.set(QStringLiteral("import_read_nodes_per_s"), double(stats.osmNodes) / readS);
        report.note(QStringLiteral("import"),
            QStringLiteral(
                "generated province (%1 s to generate and write %2 MB of .osm.pbf): %3 OSM nodes, %4 ways -> "
                "%5 junction nodes, %6 road links; reading and cutting %7 s, ordering, hierarchy, grid and "
                "file %8 s, %9 s in all")
                .arg(generateS, 0, 'f', 1)
                .arg(double(QFileInfo(pbf).size()) / 1e6, 0, 'f', 1)
                .arg(stats.osmNodes)
                .arg(stats.osmWays)
                .arg(stats.graphNodes)
                .arg(stats.links)
                .arg(readS, 0, 'f', 2)
                .arg(importS - readS, 0, 'f', 2)
                .arg(importS, 0, 'f', 2));
        report.set(QStringLiteral("import_cpu_s"), importCpuS);
    }
    malloc_trim(0);

    std::vector<double> loads;
    std::shared_ptr<const RoadGraph> graph;
    for (int i = 0; i < 5; ++i) {
        graph.reset();
        t.restart();
        graph = RoadGraph::open(graphPath, &error);
        loads.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!graph) {
            std::fprintf(stderr, "bench roads: %s\n", qPrintable(error));
            return 1;
        }
    }
    report.set(QStringLiteral("graph_load_ms"), BenchReport::median(loads));
    report.set(QStringLiteral("graph_mb"), double(QFileInfo(graphPath).size()) / 1e6);
    report.set(QStringLiteral("graph_nodes"), graph->nodeCount());
    report.set(QStringLiteral("graph_edges"), graph->edgeCount());
    report.note(QStringLiteral("graph_load_ms"),
        QStringLiteral(
            "RoadGraph::open: map the file and check every array and index, page cache warm; median "
            "of 5"));
    measureRouting(report, graph, {}, smoke);
    graph.reset();

    // The training graph, through its file.
    const auto map = wf::sim::HubeiMap::shared();
    const QString trainingPath = dir.filePath(QStringLiteral("training.roads"));
    {
        QFile f(trainingPath);
        const QByteArray image = map->roadFileImage();
        if (!f.open(QIODevice::WriteOnly) || f.write(image) != image.size())
            return 1;
    }
    loads.clear();
    std::shared_ptr<const RoadGraph> training;
    for (int i = 0; i < 5; ++i) {
        training.reset();
        t.restart();
        training = RoadGraph::open(trainingPath, &error);
        loads.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    if (!training)
        return 1;
    report.set(QStringLiteral("graph_load_ms_training"), BenchReport::median(loads));
    report.set(QStringLiteral("graph_mb_training"), double(QFileInfo(trainingPath).size()) / 1e6);
    report.set(QStringLiteral("graph_nodes_training"), training->nodeCount());
    measureRouting(report, training, QStringLiteral("_training"), smoke);

    report.set(QStringLiteral("peak_rss_mb"), kib("VmHWM:") / 1024);
    report.note(QStringLiteral("rss_mb"),
        QStringLiteral(
            "resident set after routing on the graph (province first, then the training graph in the "
            "same process); peak_rss_mb includes the import of the province (OSM data and the builder)"));
    report.note(QStringLiteral("load_at_end"), loadNote());
    return report.finish(args);
}
