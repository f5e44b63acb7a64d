#include "CoverageModel.h"

#include "RoadCoverage.h"
#include "UnitRanker.h"
#include "WorldState.h"

#include <QElapsedTimer>
#include <QGeoCoordinate>
#include <QSet>
#include <map>
#include <optional>

namespace wf {

namespace {

QVariantList toPath(const std::vector<maps::LatLon> &ring)
{
    QVariantList path;
    path.reserve(qsizetype(ring.size()));
    for (const maps::LatLon &p : ring)
        path.append(QVariant::fromValue(QGeoCoordinate(p.lat, p.lon)));
    return path;
}

} // namespace

// What one computation hands back to the GUI thread: ready to show, nothing left to convert.
struct CoverageModel::Result
{
    QList<Row> rows;
    std::vector<maps::ClassCoverage> classes;
    std::vector<maps::ClassCoverage> classesBefore;
    double ms = 0;
    int freeUnits = 0;
};

// The worker thread's own search state over the shared graph and its own zone shapes (GEOS
// geometries are used on the thread that made them).
struct CoverageModel::Engine
{
    maps::RoadRouter router;
    maps::RoadCoverage coverage;
    std::optional<maps::ZoneCoverage> zones;

    explicit Engine(std::shared_ptr<const maps::RoadGraph> graph)
        : router(std::move(graph))
        , coverage(router)
    { }

    std::vector<maps::ZoneGap> measure(
        const std::vector<maps::Traveller> &travellers, std::vector<std::vector<maps::LatLon>> *within)
    {
        coverage.compute(travellers, {}, kLimitSeconds);
        const std::vector<int> targets { 60, 180, 300 };
        const std::vector<double> limits(targets.begin(), targets.end());
        auto traced = coverage.areas(limits, kCellMeters);
        std::map<int, std::vector<std::vector<maps::LatLon>>> rings;
        for (std::size_t i = 0; i < targets.size(); ++i)
            rings[targets[i]] = std::move(traced[i]);
        if (within) {
            for (std::size_t i = 0; i < targets.size(); ++i)
                within[i] = rings[targets[i]];
        }
        if (!zones)
            return {};
        return zones->measure([&](int seconds) {
            std::vector<maps::GeoPolygonRings> polygons;
            auto it = rings.find(seconds);
            if (it == rings.end()) // a target other than 1, 3 or 5 minutes
                it = rings.emplace(seconds, coverage.area(seconds, kCellMeters)).first;
            for (const auto &ring : it->second)
                polygons.push_back({ ring, {} });
            maps::ShapeProblem problem;
            // Pieces of the outline may touch at a corner; MakeValid joins them.
            return maps::GeoShape::fromPolygons(polygons, &problem, maps::ShapeRepair::MakeValid);
        });
    }
};

CoverageModel::CoverageModel(const WorldState *world, std::shared_ptr<const maps::RoadGraph> graph,
    const ResponseZoneModel *zones, QObject *parent)
    : QAbstractListModel(parent)
    , m_world(world)
    , m_zones(zones)
    , m_graph(std::move(graph))
{
    if (!m_graph)
        m_problem = tr("No road graph: coverage cannot be computed");
    m_thread.setObjectName(QStringLiteral("coverage"));
    m_workerContext = new QObject;
    m_workerContext->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_workerContext, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);

    m_refresh.setInterval(kRefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, &CoverageModel::refresh);
    // A unit that becomes free or busy changes the picture at once; a burst of changes is one
    // computation.
    m_soon.setSingleShot(true);
    m_soon.setInterval(300);
    connect(&m_soon, &QTimer::timeout, this, &CoverageModel::refresh);
    connect(world->units(), &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
            if (m_active && roles.contains(UnitModel::StatusRole))
                m_soon.start();
        });
    connect(world->orders(), &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_active)
            m_soon.start();
    });
    if (zones) {
        connect(zones, &ResponseZoneModel::layerChanged, this, [this] {
            m_zonesChanged = true;
            if (m_active)
                m_soon.start();
        });
    }
}

CoverageModel::~CoverageModel()
{
    m_thread.quit();
    m_thread.wait();
    m_engine.reset();
}

void CoverageModel::setActive(bool on)
{
    if (on == m_active)
        return;
    m_active = on;
    emit activeChanged();
    if (on) {
        m_refresh.start();
        refresh();
    } else {
        m_refresh.stop();
        m_soon.stop();
    }
}

void CoverageModel::setWithoutUnits(const QStringList &ids)
{
    if (ids == m_without)
        return;
    m_without = ids;
    emit withoutUnitsChanged();
    if (m_active)
        m_soon.start();
}

void CoverageModel::refresh()
{
    if (!m_graph)
        return;
    if (m_running) {
        m_pending = true;
        return;
    }
    start();
}

void CoverageModel::start()
{
    // The only work on the GUI thread: copying the free units' positions out.
    const QSet<QString> without(m_without.begin(), m_without.end());
    std::vector<maps::Traveller> all;
    std::vector<maps::Traveller> left;
    for (const UnitReported &u : UnitRanker::freeUnits(*m_world->units(), m_world->orders())) {
        const maps::Traveller t = UnitRanker::traveller(u.kind, u.position);
        all.push_back(t);
        if (!without.contains(u.unitId))
            left.push_back(t);
    }
    const bool whatIf = left.size() != all.size();
    // The zones go over as a copy when they changed (a supervisor's edit): the worker never reads
    // what the GUI thread may replace.
    std::shared_ptr<const std::vector<maps::Zone>> zones;
    if (m_zonesChanged) {
        const maps::ZoneLayer *layer = m_zones ? m_zones->layer() : nullptr;
        zones = std::make_shared<const std::vector<maps::Zone>>(
            layer ? layer->zones() : std::vector<maps::Zone> {});
        m_zonesChanged = false;
    }
    m_running = true;
    m_pending = false;
    emit busyChanged();
    QMetaObject::invokeMethod(m_workerContext,
        [this, all = std::move(all), left = std::move(left), whatIf, zones, graph = m_graph] {
            QElapsedTimer timer;
            timer.start();
            if (!m_engine)
                m_engine = std::make_unique<Engine>(graph);
            if (zones) {
                m_engine->zones.reset();
                if (!zones->empty())
                    m_engine->zones.emplace(*zones);
            }
            auto result = std::make_shared<Result>();
            result->freeUnits = int(left.size());
            std::vector<std::vector<maps::LatLon>> within[3];
            const auto gaps = m_engine->measure(left, within);
            // Widest first, so that the narrower areas are drawn over it.
            for (int i = 2; i >= 0; --i) {
                for (const auto &ring : within[i])
                    result->rows.append({ toPath(ring), Area(i), ResponseZoneModel::NoZone });
            }
            for (const maps::ZoneGap &g : gaps) {
                for (const auto &ring : g.gap.holeFreeRings())
                    result->rows.append({ toPath(ring), Gap, ResponseZoneModel::Zone(g.kind) });
            }
            result->classes = maps::ZoneCoverage::byClass(gaps);
            result->classesBefore
                = whatIf ? maps::ZoneCoverage::byClass(m_engine->measure(all, nullptr)) : result->classes;
            result->ms = double(timer.nsecsElapsed()) / 1e6;
            QMetaObject::invokeMethod(this, [this, result] { finish(result); }, Qt::QueuedConnection);
        });
}

void CoverageModel::finish(std::shared_ptr<Result> result)
{
    beginResetModel();
    m_rows = std::move(result->rows);
    endResetModel();
    m_classes = std::move(result->classes);
    m_classesBefore = std::move(result->classesBefore);
    m_computeMs = result->ms;
    m_freeUnits = result->freeUnits;
    ++m_updates;
    m_running = false;
    emit busyChanged();
    emit updated();
    if (m_pending)
        start();
}

const maps::ClassCoverage *CoverageModel::find(
    const std::vector<maps::ClassCoverage> &classes, ResponseZoneModel::Zone zone) const
{
    for (const auto &c : classes) {
        if (int(c.kind) == int(zone))
            return &c;
    }
    return nullptr;
}

double CoverageModel::coveredPercent(ResponseZoneModel::Zone zone) const
{
    const auto *c = find(m_classes, zone);
    return c ? 100.0 * c->coveredShare() : -1.0;
}

double CoverageModel::coveredPercentBefore(ResponseZoneModel::Zone zone) const
{
    const auto *c = find(m_classesBefore, zone);
    return c ? 100.0 * c->coveredShare() : -1.0;
}

int CoverageModel::gapZones(ResponseZoneModel::Zone zone) const
{
    const auto *c = find(m_classes, zone);
    return c ? c->zonesWithGap : 0;
}

int CoverageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CoverageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows[index.row()];
    switch (role) {
    case PathRole:
        return r.path;
    case AreaRole:
        return QVariant::fromValue(r.area);
    case ZoneRole:
        return QVariant::fromValue(r.zone);
    default:
        return {};
    }
}

QHash<int, QByteArray> CoverageModel::roleNames() const
{
    return { { PathRole, "path" }, { AreaRole, "area" }, { ZoneRole, "zone" } };
}

} // namespace wf
