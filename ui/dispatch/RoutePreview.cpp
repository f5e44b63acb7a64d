#include "RoutePreview.h"

#include "RoadRouter.h"
#include "RoadSnap.h"
#include "TravelRanking.h"
#include "UnitRanker.h"
#include "WorldState.h"

#include <QGeoCoordinate>
#include <QtConcurrent/QtConcurrentRun>
#include <cmath>

namespace wf {

namespace {

QVariantList coordinates(const std::vector<maps::LatLon> &line)
{
    QVariantList out;
    out.reserve(qsizetype(line.size()));
    for (const auto &p : line)
        out.append(QVariant::fromValue(QGeoCoordinate(p.lat, p.lon)));
    return out;
}

QString durationText(double seconds)
{
    const int s = int(std::lround(seconds));
    if (s < 60)
        return RoutePreview::tr("%1 s").arg(s);
    if (s % 60 == 0 || s >= 600)
        return RoutePreview::tr("%1 min").arg(int(std::lround(seconds / 60)));
    return RoutePreview::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
}

} // namespace

RoutePreview::RoutePreview(
    const WorldState *world, std::shared_ptr<const maps::RoadGraph> graph, QObject *parent)
    : QObject(parent)
    , m_world(world)
    , m_graph(std::move(graph))
{
    m_pool.setMaxThreadCount(1); // one router, one search at a time
    if (m_graph)
        m_router = std::make_unique<maps::RoadRouter>(m_graph);
}

RoutePreview::~RoutePreview()
{
    m_pool.waitForDone();
}

void RoutePreview::routeUnit(const QString &unitId, double latitude, double longitude)
{
    const UnitRow *unit = m_world ? m_world->units()->find(unitId) : nullptr;
    if (!unit)
        return show(Mode::Route, tr("No unit %1 on the map.").arg(unitId));
    if (!m_router)
        return show(Mode::Route, tr("No road graph: routes cannot be shown."));
    const maps::Traveller traveller = UnitRanker::traveller(unit->info.kind, unit->info.position);
    const maps::LatLon place { latitude, longitude };
    run([traveller, place, unitId](maps::RoadRouter &router) {
        Answer a;
        a.mode = Mode::Route;
        a.unitId = unitId;
        const maps::RoadRoute r = maps::travelRoute(router, traveller, place, maps::TravelConditions {});
        if (!r.found) {
            a.problem = traveller.maxStraightMeters > 0
                    && maps::distanceMeters(traveller.position, place) > traveller.maxStraightMeters
                ? tr("A fixed post does not leave its site that far.")
                : tr("No way by road: the unit or the place is more than %1 km from a road it may use, or "
                     "no road joins them.")
                      .arg(maps::kTravelSnapMeters / 1000);
            return a;
        }
        a.path = coordinates(r.path);
        a.meters = r.meters;
        a.seconds = r.seconds;
        return a;
    });
}

void RoutePreview::areasFrom(double latitude, double longitude)
{
    if (!m_router)
        return show(Mode::Areas, tr("No road graph: drive-time areas cannot be shown."));
    const maps::LatLon place { latitude, longitude };
    run([place](maps::RoadRouter &router) {
        Answer a;
        a.mode = Mode::Areas;
        const auto profile = maps::RoadProfile::emergency();
        const maps::RoadSnap origin
            = maps::snapToRoad(router.graph(), place, profile.classMask, maps::kTravelSnapMeters);
        if (!origin.valid()) {
            a.problem = tr("No road within %1 km of this place.").arg(maps::kTravelSnapMeters / 1000);
            return a;
        }
        // The way onto the road counts against each limit, as it does for a unit.
        const double onRoad = origin.distanceM / maps::kOffRoadCarMps;
        for (int k = int(std::size(kAreaSeconds)) - 1; k >= 0; --k) {
            const double limit = kAreaSeconds[k] - onRoad;
            if (limit <= 0)
                continue;
            const auto iso = router.isochrone(origin, limit, profile, maps::TravelConditions {});
            for (const auto &ring : iso.rings)
                a.areas.append(QVariantMap { { QStringLiteral("seconds"), kAreaSeconds[k] },
                    { QStringLiteral("path"), coordinates(ring) } });
        }
        if (a.areas.isEmpty())
            a.problem
                = tr("Nothing is reachable within %1 from this place.").arg(durationText(kAreaSeconds[2]));
        return a;
    });
}

void RoutePreview::clear()
{
    show(Mode::None, {});
}

void RoutePreview::waitForDone()
{
    m_pool.waitForDone();
    QCoreApplication::sendPostedEvents(this);
    QCoreApplication::processEvents();
}

void RoutePreview::run(std::function<Answer(maps::RoadRouter &)> work)
{
    const quint64 serial = ++m_serial;
    ++m_pending;
    if (m_pending == 1)
        emit busyChanged();
    auto *watcher = new QFutureWatcher<Answer>(this);
    connect(watcher, &QFutureWatcher<Answer>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Answer a = watcher->result();
        if (--m_pending == 0)
            emit busyChanged();
        if (a.serial == m_serial)
            take(a);
    });
    maps::RoadRouter *router = m_router.get();
    watcher->setFuture(QtConcurrent::run(&m_pool, [router, work = std::move(work), serial] {
        Answer a = work(*router);
        a.serial = serial;
        return a;
    }));
}

void RoutePreview::take(const Answer &a)
{
    m_mode = a.mode;
    m_unitId = a.unitId;
    m_path = a.path;
    m_areas = a.areas;
    m_meters = a.meters;
    m_seconds = a.seconds;
    m_problem = a.problem;
    m_summary = a.mode == Mode::Route && a.problem.isEmpty()
        ? tr("%1 km · ETA %2").arg(QLocale().toString(a.meters / 1000, 'f', 1), durationText(a.seconds))
        : QString();
    emit changed();
}

void RoutePreview::show(Mode mode, const QString &problem)
{
    ++m_serial; // an answer still on its way is dropped: this is newer
    Answer a;
    a.mode = mode;
    a.problem = problem;
    take(a);
}

} // namespace wf
