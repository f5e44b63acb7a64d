#include "CordonEngine.h"

#include "CameraView.h"
#include "RoadSnap.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <cmath>
#include <numbers>
#include <set>

namespace wf {

namespace {

using maps::LatLon;

LatLon toLatLon(GeoPoint p)
{
    return { p.lat, p.lon };
}

// Points bucketed in cells of about a kilometre, for "what is near this crossing".
class PointBuckets
{
public:
    static constexpr double kCellDeg = 0.01;

    void add(int index, GeoPoint p)
    {
        m_cells[key(long(std::floor(p.lat / kCellDeg)), long(std::floor(p.lon / kCellDeg)))].push_back(index);
    }

    template<typename Visit> void near(LatLon p, double radiusM, Visit &&visit) const
    {
        const double dLat = radiusM / 110'000.0;
        const double dLon = radiusM / (110'000.0 * std::max(0.05, std::cos(p.lat * std::numbers::pi / 180)));
        for (long r = long(std::floor((p.lat - dLat) / kCellDeg));
            r <= long(std::floor((p.lat + dLat) / kCellDeg)); ++r) {
            for (long c = long(std::floor((p.lon - dLon) / kCellDeg));
                c <= long(std::floor((p.lon + dLon) / kCellDeg)); ++c) {
                const auto it = m_cells.constFind(key(r, c));
                if (it == m_cells.cend())
                    continue;
                for (int i : *it)
                    visit(i);
            }
        }
    }

private:
    static qint64 key(long row, long col) { return (qint64(row) << 32) ^ qint64(quint32(col)); }
    QHash<qint64, std::vector<int>> m_cells;
};

bool isCheckpoint(SiteKind k)
{
    return k == SiteKind::PoliceCheckpoint || k == SiteKind::SmartCheckpoint;
}

bool covers(const CameraReported &camera, LatLon p, double rangeM)
{
    return maps::CameraView { toLatLon(camera.position), camera.bearingDeg, camera.fovDeg, rangeM }
        .look(p)
        .inView;
}

} // namespace

std::vector<maps::LatLon> cordonOutline(const maps::GeoShape &shape)
{
    std::vector<maps::LatLon> best;
    double bestArea = -1;
    for (const auto &p : shape.polygons()) {
        const double a = maps::ringAreaKm2(p.outer);
        if (a > bestArea) {
            bestArea = a;
            best = p.outer;
        }
    }
    if (best.size() > 1)
        best.pop_back();
    return best;
}

maps::GeoShape isochroneShape(const maps::Isochrone &iso)
{
    maps::GeoShape all;
    for (const auto &ring : iso.rings) {
        // The traced outline can touch itself where the grid's cells meet at a corner: mended by
        // GEOS, not dropped (dropping the piece would lose the area).
        maps::ShapeProblem problem;
        const maps::GeoPolygonRings rings { ring, {} };
        const maps::GeoShape piece
            = maps::GeoShape::fromPolygons(std::span(&rings, 1), &problem, maps::ShapeRepair::MakeValid);
        all = all.united(piece);
    }
    return all;
}

CordonEngine::CordonEngine(std::shared_ptr<const maps::RoadGraph> graph)
    : m_router(std::move(graph))
{ }

CordonAnalysis CordonEngine::analyse(const maps::GeoShape &ring, std::span<const SiteReported> sites,
    std::span<const CameraReported> cameras, const CordonQuery &query)
{
    CordonAnalysis out;
    if (ring.isEmpty()) {
        out.problem = QCoreApplication::translate("CordonEngine", "The cordon has no shape");
        return out;
    }
    const maps::RoadGraph &graph = m_router.graph();
    const auto roads = maps::findRoadCrossings(graph, ring, query.classMask);
    if (roads.empty()) {
        out.problem = QCoreApplication::translate("CordonEngine", "No road crosses this ring");
        return out;
    }

    std::vector<maps::RoadSnap> snaps;
    snaps.reserve(roads.size());
    for (const auto &r : roads)
        snaps.push_back({ r.link, r.fraction, r.point, 0 });
    std::vector<double> seconds(roads.size(), maps::RoadRouter::kUnreachable);
    if (query.origin) {
        const maps::RoadSnap from
            = maps::snapToRoad(graph, toLatLon(*query.origin), query.profile.classMask, 2'000);
        if (from.valid())
            seconds = m_router.secondsFrom(from, snaps, query.profile, query.conditions, query.limitSeconds);
        else
            out.problem = QCoreApplication::translate(
                "CordonEngine", "The incident is more than 2 km from a road the suspect can use");
    }

    PointBuckets siteBuckets, cameraBuckets;
    for (std::size_t i = 0; i < sites.size(); ++i) {
        if (isCheckpoint(sites[i].kind))
            siteBuckets.add(int(i), sites[i].position);
    }
    for (std::size_t i = 0; i < cameras.size(); ++i)
        cameraBuckets.add(int(i), cameras[i].position);

    std::set<int> siteSeen, cameraSeen;
    out.crossings.reserve(roads.size());
    for (std::size_t n = 0; n < roads.size(); ++n) {
        CordonCrossing c;
        c.road = roads[n];
        c.suspectSeconds = seconds[n];
        const int name = graph.linkName(c.road.link);
        if (name >= 0) {
            const maps::RoadName rn = graph.name(name);
            c.roadNameZh = rn.in(false);
            c.roadNameEn = rn.in(true);
        }
        siteBuckets.near(c.road.point, query.checkpointRadiusM, [&](int i) {
            const SiteReported &s = sites[std::size_t(i)];
            const double d = maps::distanceMeters(toLatLon(s.position), c.road.point);
            if (d <= query.checkpointRadiusM) {
                c.checkpoints.push_back({ s.siteId, s.name, s.kind, s.position, d });
                siteSeen.insert(i);
            }
        });
        cameraBuckets.near(c.road.point, query.cameraRangeM, [&](int i) {
            const CameraReported &cam = cameras[std::size_t(i)];
            if (covers(cam, c.road.point, query.cameraRangeM)) {
                c.cameras.push_back(
                    { cam.cameraId, cam.name, maps::distanceMeters(toLatLon(cam.position), c.road.point) });
                cameraSeen.insert(i);
            }
        });
        std::sort(c.checkpoints.begin(), c.checkpoints.end(),
            [](const auto &a, const auto &b) { return a.distanceM < b.distanceM; });
        std::sort(c.cameras.begin(), c.cameras.end(),
            [](const auto &a, const auto &b) { return a.distanceM < b.distanceM; });
        out.crossings.push_back(std::move(c));
    }
    std::stable_sort(out.crossings.begin(), out.crossings.end(),
        [](const CordonCrossing &a, const CordonCrossing &b) { return a.suspectSeconds < b.suspectSeconds; });
    out.checkpoints = int(siteSeen.size());
    out.cameras = int(cameraSeen.size());
    return out;
}

DriveRing CordonEngine::driveRing(GeoPoint origin, double elapsedSeconds, double leadSeconds,
    const maps::RoadProfile &profile, const maps::TravelConditions &conditions)
{
    DriveRing out;
    const maps::RoadGraph &graph = m_router.graph();
    const maps::RoadSnap from = maps::snapToRoad(graph, toLatLon(origin), profile.classMask, 2'000);
    if (!from.valid()) {
        out.problem = QCoreApplication::translate(
            "CordonEngine", "The incident is more than 2 km from a road the suspect can use");
        return out;
    }
    elapsedSeconds = std::max(0.0, elapsedSeconds);
    if (elapsedSeconds > 0)
        out.reached = isochroneShape(m_router.isochrone(from, elapsedSeconds, profile, conditions));
    out.ring = isochroneShape(
        m_router.isochrone(from, elapsedSeconds + std::max(60.0, leadSeconds), profile, conditions));
    if (out.ring.isEmpty())
        out.problem = QCoreApplication::translate("CordonEngine", "No road leads away from the incident");
    return out;
}

std::vector<CheckpointAhead> CordonEngine::checkpointsAhead(GeoPoint from,
    std::span<const SiteReported> sites, const maps::RoadProfile &profile,
    const maps::TravelConditions &conditions, double limitSeconds, int count, const QSet<QString> &leaveOut)
{
    std::vector<CheckpointAhead> out;
    const maps::RoadGraph &graph = m_router.graph();
    const maps::RoadSnap origin = maps::snapToRoad(graph, toLatLon(from), profile.classMask, 2'000);
    if (!origin.valid() || count <= 0 || !(limitSeconds > 0))
        return out;
    // Only checkpoints a car could reach at 200 km/h in the time are snapped and timed: the rest
    // cannot be ahead, and a province has a thousand of them.
    const double reachM = limitSeconds * 200 / 3.6;
    std::vector<const SiteReported *> candidates;
    std::vector<maps::RoadSnap> snaps;
    for (const SiteReported &s : sites) {
        if (!isCheckpoint(s.kind) || leaveOut.contains(s.siteId)
            || maps::distanceMeters(toLatLon(from), toLatLon(s.position)) > reachM)
            continue;
        const maps::RoadSnap snap = maps::snapToRoad(graph, toLatLon(s.position), profile.classMask, 300);
        if (!snap.valid())
            continue;
        candidates.push_back(&s);
        snaps.push_back(snap);
    }
    const std::vector<double> seconds
        = m_router.secondsFrom(origin, snaps, profile, conditions, limitSeconds);
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        if (seconds[i] > limitSeconds)
            continue;
        const SiteReported &s = *candidates[i];
        out.push_back({ s.siteId, s.name, s.kind, s.position, seconds[i] });
    }
    std::sort(out.begin(), out.end(), [](const CheckpointAhead &a, const CheckpointAhead &b) {
        return a.seconds != b.seconds ? a.seconds < b.seconds : a.siteId < b.siteId;
    });
    if (out.size() > std::size_t(count))
        out.resize(std::size_t(count));
    return out;
}

} // namespace wf
