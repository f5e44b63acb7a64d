#include "CordonDesk.h"

#include "CordonFile.h"
#include "Dispatch.h"
#include "EventBus.h"
#include "RoadSnap.h"
#include "WorldState.h"

#include <QFileInfo>
#include <QGeoCoordinate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace wf {

namespace {

QString minutesText(double seconds)
{
    if (!std::isfinite(seconds))
        return CordonDesk::tr("not reachable");
    return CordonDesk::tr("%1 min").arg(seconds / 60, 0, 'f', 1);
}

} // namespace

CordonDesk::CordonDesk(WorldState *world, EventBus *bus, Dispatch *dispatch,
    std::shared_ptr<const maps::RoadGraph> roads, QObject *parent)
    : QObject(parent)
    , m_world(world)
    , m_bus(bus)
    , m_dispatch(dispatch)
    , m_editor(nullptr, [this](maps::LatLon p, double radiusM) { return snap(p, radiusM); })
{
    if (roads) {
        m_rings = std::make_unique<DriveRingWorker>(roads);
        m_ranker = std::make_unique<UnitRanker>(roads);
        m_engine = std::make_unique<CordonEngine>(std::move(roads));
    }
    // An activated plan follows its orders.
    const auto follow = [this] {
        if (m_manningActive)
            summariseManning();
    };
    connect(m_world->orders(), &QAbstractItemModel::dataChanged, this, follow);
    connect(m_world->orders(), &QAbstractItemModel::rowsInserted, this, follow);
    connect(&m_editor, &CordonEditor::finished, this,
        [this](const QVariantList &ring) { setRing(ring, tr("Drawn cordon %1").arg(m_next)); });

    m_plates = std::make_unique<PlateTrail>(m_world, m_engine.get());
    connect(m_bus, &EventBus::published, m_plates.get(), &PlateTrail::observe);
    connect(m_plates.get(), &PlateTrail::ringWanted, this,
        [this](GeoPoint from, qint64 readMs) { followPlate(from, readMs, AtOnce); });
    // The area a fleeing vehicle can be in grows with time: its ring is drawn again as the
    // world's clock runs, not only at a new read.
    connect(m_world, &WorldState::clockChanged, this, [this] {
        // Redraws nobody asked for are worked out off the GUI thread, so the map never
        // freezes while a ring grows.
        if (m_plates->ringFollows() && m_world->cordons()->find(m_trailCordonId)
            && m_world->clock() - m_trailDrawnAtMs >= kTrailRedrawMs)
            followPlate(m_trailFrom, m_trailReadMs, Background);
        if (m_growing && m_world->clock() - m_growing->drawnAtMs >= kTrailRedrawMs)
            growDriveRing(QStringLiteral("grow_drive_ring"), Background);
    });
    connect(m_bus, &EventBus::published, this, &CordonDesk::followSighting);
}

CordonDesk::~CordonDesk() = default;

std::optional<maps::LatLon> CordonDesk::snap(maps::LatLon p, double radiusM)
{
    // A ring drawn along a district's edge should follow that edge, not cut corners off it.
    if (const auto *catalog = boundaries()) {
        if (const auto v = catalog->nearestVertex(p, radiusM))
            return v;
    }
    if (m_engine) {
        const maps::RoadSnap s
            = maps::snapToRoad(m_engine->router().graph(), p, maps::kAllRoadClasses, radiusM);
        if (s.valid())
            return s.point;
    }
    return std::nullopt;
}

void CordonDesk::say(const QString &text, bool error)
{
    m_status = text;
    m_statusIsError = error;
    emit statusChanged();
}

const maps::BoundaryCatalog *CordonDesk::boundaries()
{
    if (!m_boundaries && m_boundaryError.isEmpty()) {
        auto catalog = std::make_unique<maps::BoundaryCatalog>();
        QString error;
        if (catalog->loadFolder(QStringLiteral(":/watchfloor/basemap"), &error)) {
            m_boundaries = std::move(catalog);
            emit boundariesLoaded();
        } else {
            m_boundaryError = error;
        }
    }
    return m_boundaries.get();
}

QStringList CordonDesk::boundaryNames()
{
    QStringList names;
    if (const auto *b = boundaries()) {
        for (const auto &f : b->boundaries())
            names << f.name;
    }
    return names;
}

bool CordonDesk::publish(
    const std::vector<Ring> &rings, const QString &action, const QString &detail, const QString &replaceId)
{
    // Everything is checked before anything is sent: all rings or none.
    for (const Ring &r : rings) {
        maps::ShapeProblem problem;
        if (maps::GeoShape::fromRing(r.points, &problem).isEmpty()) {
            say(tr("Cordon not set: %1").arg(problem.message()), true);
            return false;
        }
    }
    QJsonArray ids;
    std::vector<CordonSet> events;
    for (const Ring &r : rings) {
        CordonSet set;
        set.cordonId = !replaceId.isEmpty() && rings.size() == 1
            ? replaceId
            : QStringLiteral("CORDON-%1-%2").arg(m_bus->now()).arg(m_next++);
        set.name = r.name;
        for (const auto &p : r.points)
            set.ring.append(GeoPoint { p.lat, p.lon });
        ids.append(set.cordonId);
        events.push_back(std::move(set));
    }
    QJsonObject audit { { QStringLiteral("cordons"), ids }, { QStringLiteral("what"), detail } };
    m_dispatch->record(action, QString::fromUtf8(QJsonDocument(audit).toJson(QJsonDocument::Compact)));
    for (CordonSet &set : events) {
        Event e;
        e.source = QStringLiteral("operator");
        e.payload = std::move(set);
        m_bus->publish(e);
        m_dispatch->shareCordon(e);
    }
    const QString last = ids.last().toString();
    if (m_manningActive && last == m_planCordonId) {
        // A moved ring whose manning plan is under way keeps it: its units are on their way, and
        // a new plan is the dispatcher's call.
        say(tr("Cordon moved; its manning plan stays active (plan again for the new crossings)"), false);
        return true;
    }
    say(tr("%n cordon(s) set", "", int(rings.size())), false);
    analyse(last);
    return true;
}

bool CordonDesk::setRing(const QVariantList &ring, const QString &name)
{
    Ring r { name.trimmed().isEmpty() ? tr("Drawn cordon %1").arg(m_next) : name.trimmed(), {} };
    for (const QVariant &v : ring) {
        const auto c = v.value<QGeoCoordinate>();
        r.points.push_back({ c.latitude(), c.longitude() });
    }
    return publish(
        { r }, QStringLiteral("set_cordon"), QStringLiteral("drawn, %1 points").arg(r.points.size()));
}

bool CordonDesk::setFromRecording(const QList<CordonSet> &cordons)
{
    if (cordons.isEmpty())
        return true;
    std::vector<Ring> rings;
    for (const CordonSet &c : cordons) {
        Ring r { c.name, {} };
        for (const GeoPoint &p : c.ring)
            r.points.push_back({ p.lat, p.lon });
        rings.push_back(std::move(r));
    }
    return publish(rings, QStringLiteral("set_cordon"),
        QStringLiteral("from the recording, %1 cordons").arg(rings.size()));
}

bool CordonDesk::setBoundary(const QString &nameOrCode, bool nested)
{
    const auto *catalog = boundaries();
    if (!catalog) {
        say(tr("Boundaries not available: %1").arg(m_boundaryError), true);
        return false;
    }
    const maps::LayerFeature *f = catalog->find(nameOrCode);
    if (!f) {
        say(tr("No boundary called \"%1\"").arg(nameOrCode), true);
        return false;
    }
    std::vector<const maps::LayerFeature *> chain = nested ? catalog->nested(*f) : std::vector { f };
    std::vector<Ring> rings;
    for (const auto *b : chain)
        rings.push_back({ tr("%1 boundary").arg(b->name), cordonOutline(b->shape) });
    QStringList names;
    for (const auto *b : chain)
        names << b->name;
    return publish(
        rings, QStringLiteral("set_cordon"), QStringLiteral("boundary %1").arg(names.join(u" > ")));
}

std::optional<DriveRingWorker::Request> CordonDesk::driveRingRequest(
    double latitude, double longitude, double elapsedMinutes, double leadMinutes, const QString &profile)
{
    if (!m_engine) {
        say(tr("No road graph: drive-time rings need one (--roads)"), true);
        return std::nullopt;
    }
    const auto p = maps::RoadProfile::fromName(profile.isEmpty() ? QStringLiteral("car") : profile);
    if (!p || !std::isfinite(elapsedMinutes) || elapsedMinutes < 0 || elapsedMinutes > 600
        || !std::isfinite(leadMinutes) || leadMinutes < 1 || leadMinutes > 120 || !std::isfinite(latitude)
        || !std::isfinite(longitude) || std::abs(latitude) > 90 || std::abs(longitude) > 180) {
        say(tr("A drive-time ring needs 0 to 600 minutes elapsed, 1 to 120 minutes ahead and a known "
               "profile"),
            true);
        return std::nullopt;
    }
    return DriveRingWorker::Request { { latitude, longitude }, elapsedMinutes * 60, leadMinutes * 60, *p };
}

bool CordonDesk::setDriveRing(
    double latitude, double longitude, double elapsedMinutes, double leadMinutes, const QString &profile)
{
    const auto request = driveRingRequest(latitude, longitude, elapsedMinutes, leadMinutes, profile);
    if (!request)
        return false;
    return setComputedDriveRing(m_engine->driveRing(request->from, request->elapsedSeconds,
                                    request->leadSeconds, request->profile, maps::TravelConditions {}),
        *request, profile, m_world->clock());
}

bool CordonDesk::requestDriveRing(
    double latitude, double longitude, double elapsedMinutes, double leadMinutes, const QString &profile)
{
    if (m_working)
        return false; // the button is disabled meanwhile; a script asking twice gets a refusal
    const auto request = driveRingRequest(latitude, longitude, elapsedMinutes, leadMinutes, profile);
    if (!request)
        return false;
    if (!m_rings)
        return setDriveRing(latitude, longitude, elapsedMinutes, leadMinutes, profile);
    m_working = true;
    emit workingChanged();
    say(tr("Working out the drive-time ring…"), false);
    const qint64 askedAt = m_world->clock();
    m_rings->compute(QStringLiteral("new-drive-ring"), *request,
        [this, request = *request, profile, askedAt](const DriveRing &dr) {
            m_working = false;
            emit workingChanged();
            setComputedDriveRing(dr, request, profile, askedAt);
        });
    return true;
}

bool CordonDesk::setComputedDriveRing(
    const DriveRing &dr, const DriveRingWorker::Request &request, const QString &profile, qint64 askedAtMs)
{
    if (dr.ring.isEmpty()) {
        say(tr("Cordon not set: %1").arg(dr.problem), true);
        return false;
    }
    const double elapsedMinutes = request.elapsedSeconds / 60;
    const double leadMinutes = request.leadSeconds / 60;
    m_incidentPoint = request.from;
    const Ring r {
        tr("Drive-time ring %1 + %2 min").arg(elapsedMinutes, 0, 'f', 0).arg(leadMinutes, 0, 'f', 0),
        cordonOutline(dr.ring.simplifiedMeters(30))
    };
    if (!publish({ r }, QStringLiteral("set_cordon"),
            QStringLiteral("drive-time from %1,%2 elapsed %3 min lead %4 min profile %5")
                .arg(request.from.lat, 0, 'f', 5)
                .arg(request.from.lon, 0, 'f', 5)
                .arg(elapsedMinutes)
                .arg(leadMinutes)
                .arg(profile)))
        return false;
    m_growing
        = GrowingRing { m_cordonId, request.from, askedAtMs - qint64(std::llround(elapsedMinutes * 60'000)),
              leadMinutes, profile.isEmpty() ? QStringLiteral("car") : profile, askedAtMs };
    return true;
}

void CordonDesk::followSighting(const Event &event)
{
    // A mark on a camera's picture says the suspect stood there at that moment: a drive-time
    // ring still growing starts again from that ground, as it does from a plate read.
    const auto *sighting = std::get_if<SightingMarked>(&event.payload);
    if (!sighting || !sighting->ground || !m_growing || !m_engine)
        return;
    const GeoPoint ground = *sighting->ground;
    if (!std::isfinite(ground.lat) || !std::isfinite(ground.lon) || std::abs(ground.lat) > 90
        || std::abs(ground.lon) > 180)
        return;
    if (sighting->pictureMs < m_growing->fledAtMs || sighting->pictureMs > m_world->clock() + 60'000)
        return; // older than what the ring knows already, or from a clock that is wrong
    m_growing->from = ground;
    m_growing->fledAtMs = sighting->pictureMs;
    growDriveRing(QStringLiteral("move_drive_ring_to_sighting"), AtOnce);
}

void CordonDesk::growDriveRing(const QString &action, Timing timing)
{
    GrowingRing &g = *m_growing;
    if (!m_world->cordons()->find(g.cordonId)) {
        m_growing.reset(); // lifted: nothing to grow
        return;
    }
    if (m_manningActive && m_planCordonId == g.cordonId) {
        // Its manning went out: the ring stays where its units are going (a wider ring is the
        // dispatcher's call, as a new one).
        m_growing.reset();
        return;
    }
    const qint64 now = m_world->clock();
    g.drawnAtMs = now;
    const double elapsedMinutes = std::max(0.0, double(now - g.fledAtMs) / 60'000);
    const auto profile = maps::RoadProfile::fromName(g.profile);
    const DriveRingWorker::Request request { g.from, elapsedMinutes * 60, g.leadMinutes * 60,
        profile ? *profile : maps::RoadProfile::car() };
    const auto apply = [this, asked = g, elapsedMinutes, action](const DriveRing &dr) {
        // Only while it is still the ring asked for: not lifted, not moved, not manned since.
        if (!m_growing || m_growing->cordonId != asked.cordonId || m_growing->fledAtMs != asked.fledAtMs
            || m_growing->from.lat != asked.from.lat || m_growing->from.lon != asked.from.lon
            || !m_world->cordons()->find(asked.cordonId)
            || (m_manningActive && m_planCordonId == asked.cordonId))
            return;
        if (dr.ring.isEmpty()) {
            say(tr("The drive-time ring cannot be drawn again: %1").arg(dr.problem), true);
            return;
        }
        m_incidentPoint = asked.from;
        const Ring r { tr("Drive-time ring %1 + %2 min")
                           .arg(elapsedMinutes, 0, 'f', 0)
                           .arg(asked.leadMinutes, 0, 'f', 0),
            cordonOutline(dr.ring.simplifiedMeters(30)) };
        publish({ r }, action,
            QStringLiteral("drive-time from %1,%2 elapsed %3 min lead %4 min profile %5")
                .arg(asked.from.lat, 0, 'f', 5)
                .arg(asked.from.lon, 0, 'f', 5)
                .arg(elapsedMinutes, 0, 'f', 1)
                .arg(asked.leadMinutes)
                .arg(asked.profile),
            asked.cordonId);
    };
    if (timing == Background && m_rings) {
        m_rings->compute(QStringLiteral("drive-ring"), request, apply);
        return;
    }
    if (m_rings)
        m_rings->cancel(QStringLiteral("drive-ring")); // this one is newer than any under way
    apply(m_engine->driveRing(request.from, request.elapsedSeconds, request.leadSeconds, request.profile,
        maps::TravelConditions {}));
}

void CordonDesk::followPlate(GeoPoint from, qint64 readMs, Timing timing)
{
    if (!m_engine)
        return;
    const qint64 now = std::max(m_world->clock(), readMs);
    const double elapsedSeconds = double(now - readMs) / 1000;
    m_trailFrom = from;
    m_trailReadMs = readMs;
    m_trailDrawnAtMs = now;
    const DriveRingWorker::Request request { from, elapsedSeconds, kTrailLeadMinutes * 60,
        maps::RoadProfile::car() };
    if (timing == Background && m_rings) {
        m_rings->compute(
            QStringLiteral("plate-ring"), request, [this, from, readMs, elapsedSeconds](const DriveRing &dr) {
                // Only while the ring still follows this read.
                if (m_trailReadMs == readMs && m_plates->ringFollows()
                    && m_world->cordons()->find(m_trailCordonId))
                    drawPlateRing(dr, from, readMs, elapsedSeconds);
            });
        return;
    }
    if (m_rings)
        m_rings->cancel(QStringLiteral("plate-ring"));
    drawPlateRing(m_engine->driveRing(
                      from, elapsedSeconds, request.leadSeconds, request.profile, maps::TravelConditions {}),
        from, readMs, elapsedSeconds);
}

void CordonDesk::drawPlateRing(const DriveRing &dr, GeoPoint from, qint64 readMs, double elapsedSeconds)
{
    if (dr.ring.isEmpty()) {
        say(tr("The plate's ring cannot be drawn: %1").arg(dr.problem), true);
        return;
    }
    const QString plate = m_plates->plate();
    const Ring r { tr("%1: %2 min since the read + %3 min")
                       .arg(plate)
                       .arg(elapsedSeconds / 60, 0, 'f', 0)
                       .arg(kTrailLeadMinutes, 0, 'f', 0),
        cordonOutline(dr.ring.simplifiedMeters(30)) };
    // The same cordon moves (an edit, not a new ring per read) while it is still set.
    const QString replace = m_world->cordons()->find(m_trailCordonId) ? m_trailCordonId : QString();
    m_incidentPoint = from; // crossings are timed from the read
    if (!publish({ r }, QStringLiteral("follow_plate"),
            QStringLiteral("plate %1 read at %2,%3 (%4), elapsed %5 s")
                .arg(plate)
                .arg(from.lat, 0, 'f', 5)
                .arg(from.lon, 0, 'f', 5)
                .arg(readMs)
                .arg(elapsedSeconds, 0, 'f', 0),
            replace))
        return;
    if (replace.isEmpty())
        m_trailCordonId = m_cordonId;
}

void CordonDesk::clearCordon(const QString &cordonId)
{
    if (!m_world->cordons()->find(cordonId)) {
        say(tr("No cordon %1 to lift").arg(cordonId), true);
        return;
    }
    m_dispatch->record(QStringLiteral("clear_cordon"), cordonId);
    if (cordonId == m_trailCordonId) {
        // Lifting the plate's ring is the dispatcher saying it should stop following.
        m_trailCordonId.clear();
        m_plates->setRingFollows(false);
    }
    Event e;
    e.source = QStringLiteral("operator");
    e.payload = CordonCleared { cordonId };
    m_bus->publish(e);
    m_dispatch->shareCordon(e);
    if (cordonId == m_cordonId) {
        m_cordonId.clear();
        m_summary.clear();
        m_analysis = {};
        m_crossings.reset({});
        resetManning(); // its posts were this cordon's crossings
        emit analysed();
    }
    say(tr("Cordon lifted"), false);
}

bool CordonDesk::importFile(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (!file.isLocalFile() && !file.isRelative()) {
        say(tr("Cordons not imported: %1 is not a file on this computer").arg(path), true);
        return false;
    }
    QString error;
    const auto read = CordonFile::read(path, &error);
    if (!read) {
        say(tr("Cordons not imported, none set: %1").arg(error), true);
        return false;
    }
    std::vector<Ring> rings;
    for (const auto &r : *read)
        rings.push_back({ r.name, r.points });
    if (!publish(rings, QStringLiteral("import_cordons"),
            QStringLiteral("file %1, %2 polygons").arg(QFileInfo(path).fileName()).arg(rings.size())))
        return false;
    say(tr("%n cordon(s) imported from %1", "", int(rings.size())).arg(QFileInfo(path).fileName()), false);
    return true;
}

bool CordonDesk::exportFile(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    const auto &cordons = m_world->cordons()->rows();
    if (cordons.isEmpty()) {
        say(tr("No cordon set: nothing to export"), true);
        return false;
    }
    QString error;
    if (!CordonFile::write(path, cordons, &error)) {
        say(tr("Cordons not exported: %1").arg(error), true);
        return false;
    }
    m_dispatch->record(
        QStringLiteral("export_cordons"), QStringLiteral("%1 cordons to %2").arg(cordons.size()).arg(path));
    say(tr("%n cordon(s) written to %1", "", int(cordons.size())).arg(path), false);
    return true;
}

int CordonDesk::importLimitMegabytes() const
{
    return int(CordonFile::kMaxBytes >> 20);
}

void CordonDesk::setIncidentPoint(double latitude, double longitude)
{
    m_incidentPoint = GeoPoint { latitude, longitude };
    if (!m_cordonId.isEmpty())
        analyse(m_cordonId);
}

std::optional<GeoPoint> CordonDesk::incidentPoint() const
{
    if (m_incidentPoint)
        return m_incidentPoint;
    const auto &rows = m_world->incidents()->rows();
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        if (it->open)
            return it->info.position;
    }
    return std::nullopt;
}

QVariantList CordonDesk::incidentPosition() const
{
    const auto p = incidentPoint();
    return p ? QVariantList { p->lat, p->lon } : QVariantList {};
}

bool CordonDesk::analyse(const QString &cordonId)
{
    const CordonRow *row = m_world->cordons()->find(cordonId);
    if (!row) {
        say(tr("No cordon %1").arg(cordonId), true);
        return false;
    }
    if (!m_engine) {
        say(tr("No road graph: crossings need one (--roads)"), true);
        return false;
    }
    const CordonSet *c = &row->info;
    std::vector<maps::LatLon> ring;
    for (const auto &p : c->ring)
        ring.push_back({ p.lat, p.lon });
    maps::ShapeProblem problem;
    const maps::GeoShape shape = maps::GeoShape::fromRing(ring, &problem);
    CordonQuery q;
    q.origin = incidentPoint();
    const auto &sites = m_world->sites()->rows();
    const auto &cameras = m_world->cameras()->rows();
    m_analysis = m_engine->analyse(shape, std::span(sites.constData(), std::size_t(sites.size())),
        std::span(cameras.constData(), std::size_t(cameras.size())), q);
    m_cordonId = cordonId;
    m_crossings.reset(m_analysis.crossings);
    resetManning(); // a plan was for the crossings it was made from
    if (m_analysis.crossings.empty()) {
        m_summary = m_analysis.problem;
    } else {
        const double first = m_analysis.crossings.front().suspectSeconds;
        m_summary = tr("%1: %2 road crossings, %3 checkpoints, %4 cameras; the suspect's earliest arrival %5")
                        .arg(c->name)
                        .arg(m_analysis.crossings.size())
                        .arg(m_analysis.checkpoints)
                        .arg(m_analysis.cameras)
                        .arg(q.origin ? minutesText(first) : tr("unknown (no incident)"));
        if (!m_analysis.problem.isEmpty())
            m_summary += QStringLiteral(" · ") + m_analysis.problem;
    }
    emit analysed();
    return true;
}

void CordonDesk::resetManning()
{
    m_plan = {};
    m_planCordonId.clear();
    m_included.clear();
    m_orderIds.clear();
    m_manningActive = false;
    m_manningSummary.clear();
    emit manningChanged();
}

bool CordonDesk::planManning()
{
    if (!m_ranker || m_cordonId.isEmpty() || m_analysis.crossings.empty()) {
        say(tr("Analyse a cordon with road crossings first"), true);
        return false;
    }
    if (m_manningActive) {
        say(tr("This cordon's manning is active: lift it or analyse it again for a new plan"), true);
        return false;
    }
    m_plan = CordonManning::plan(
        *m_ranker, *m_world->units(), m_world->orders(), m_analysis.crossings, kManningLimitSeconds);
    m_planCordonId = m_cordonId;
    m_included.assign(m_plan.rows.size(), true);
    m_orderIds.assign(m_plan.rows.size(), QString());
    summariseManning();
    say(m_manningSummary, m_plan.gaps > 0);
    return true;
}

void CordonDesk::setPostIncluded(int row, bool included)
{
    if (m_manningActive || row < 0 || row >= int(m_included.size()) || m_included[row] == included)
        return;
    m_included[row] = included;
    summariseManning();
}

int CordonDesk::activateManning()
{
    if (m_plan.rows.empty() || m_planCordonId != m_cordonId || m_manningActive) {
        say(tr("Make a manning plan first"), true);
        return 0;
    }
    // All or nothing: a plan whose units have been sent elsewhere since is planned again.
    const auto free = UnitRanker::freeUnits(*m_world->units(), m_world->orders());
    QSet<QString> freeIds;
    for (const auto &u : free)
        freeIds.insert(u.unitId);
    for (std::size_t r = 0; r < m_plan.rows.size(); ++r) {
        if (m_included[r] && !m_plan.rows[r].unitId.isEmpty() && !freeIds.contains(m_plan.rows[r].unitId)) {
            say(tr("%1 is no longer free: make the plan again").arg(m_plan.rows[r].callSign), true);
            return 0;
        }
    }
    int sent = 0;
    QStringList orderIds;
    for (std::size_t r = 0; r < m_plan.rows.size(); ++r) {
        const ManningRow &row = m_plan.rows[r];
        if (!m_included[r] || row.unitId.isEmpty())
            continue;
        const auto &p = m_analysis.crossings[std::size_t(row.crossing)].road.point;
        m_orderIds[r] = m_dispatch->orderUnit(row.unitId, Dispatch::Task::ManCheckpoint, p.lat, p.lon, {});
        sent += m_orderIds[r].isEmpty() ? 0 : 1;
        if (!m_orderIds[r].isEmpty())
            orderIds << m_orderIds[r];
    }
    m_manningActive = sent > 0;
    m_closedPublished = false;
    m_dispatch->record(QStringLiteral("activate_cordon_manning"),
        QStringLiteral("%1: %2 orders, %3 gaps").arg(m_cordonId).arg(sent).arg(m_plan.gaps));
    // The orders alone do not say which cordon they close: the record does.
    if (m_manningActive) {
        Event e;
        e.source = QStringLiteral("operator");
        e.payload = CordonActivated { m_cordonId, orderIds };
        m_bus->publish(e);
        m_dispatch->shareCordon(e);
    }
    summariseManning();
    say(sent > 0 ? tr("%n unit(s) sent to man the cordon", nullptr, sent) : m_dispatch->lastError(),
        sent == 0);
    return sent;
}

CordonDesk::Post CordonDesk::postOf(int row) const
{
    if (!m_manningActive || row < 0 || row >= int(m_orderIds.size()) || m_orderIds[row].isEmpty())
        return Post::Unmanned;
    const OrderRow *o = m_world->orders()->find(m_orderIds[row]);
    if (!o)
        return Post::EnRoute; // issued, not yet back from the connector
    switch (o->state) {
    case OrderState::OnScene:
    case OrderState::Done:
        return Post::Closed;
    case OrderState::Rejected:
    case OrderState::NoAnswer:
    case OrderState::Expired:
        return Post::Unmanned;
    default:
        return Post::EnRoute;
    }
}

int CordonDesk::closedPercent() const
{
    if (!m_manningActive || m_plan.rows.empty())
        return 0;
    int closed = 0;
    for (int r = 0; r < int(m_plan.rows.size()); ++r)
        closed += postOf(r) == Post::Closed ? 1 : 0;
    return int(std::lround(100.0 * closed / double(m_plan.rows.size())));
}

QVariantList CordonDesk::manning() const
{
    QVariantList out;
    for (int r = 0; r < int(m_plan.rows.size()); ++r) {
        const ManningRow &row = m_plan.rows[std::size_t(r)];
        const CordonCrossing &c = m_analysis.crossings[std::size_t(row.crossing)];
        const bool zh = QLocale().language() == QLocale::Chinese;
        QString road = zh ? c.roadNameZh : c.roadNameEn;
        if (road.isEmpty())
            road = zh ? c.roadNameEn : c.roadNameZh;
        out.append(QVariantMap { { QStringLiteral("road"), road.isEmpty() ? tr("unnamed road") : road },
            { QStringLiteral("latitude"), c.road.point.lat },
            { QStringLiteral("longitude"), c.road.point.lon }, { QStringLiteral("unitId"), row.unitId },
            { QStringLiteral("callSign"), row.callSign },
            { QStringLiteral("unitMinutes"), std::isfinite(row.unitSeconds) ? row.unitSeconds / 60 : -1.0 },
            { QStringLiteral("suspectMinutes"),
                std::isfinite(row.suspectSeconds) ? row.suspectSeconds / 60 : -1.0 },
            { QStringLiteral("inTime"), row.inTime() },
            { QStringLiteral("included"), m_included[std::size_t(r)] },
            { QStringLiteral("post"), QVariant::fromValue(postOf(r)) } });
    }
    return out;
}

void CordonDesk::summariseManning()
{
    const int crossings = int(m_plan.rows.size());
    int included = 0, inTime = 0;
    for (int r = 0; r < crossings; ++r) {
        if (!m_included[std::size_t(r)])
            continue;
        ++included;
        inTime += m_plan.rows[std::size_t(r)].inTime() ? 1 : 0;
    }
    if (m_manningActive && !m_closedPublished && closedPercent() == 100) {
        // Once, when the last post closes. Queued: this runs inside the world's handling of the
        // order's change, and the closure follows that event rather than interleaving with it.
        m_closedPublished = true;
        QMetaObject::invokeMethod(
            this,
            [this, id = m_planCordonId] {
                if (!m_world->cordons()->find(id))
                    return; // lifted in the meantime
                Event e;
                e.source = QStringLiteral("operator");
                e.payload = CordonClosed { id };
                m_bus->publish(e);
                m_dispatch->shareCordon(e);
            },
            Qt::QueuedConnection);
    }
    if (m_manningActive) {
        m_manningSummary
            = tr("Manning active: %1% of %2 crossings closed; all closed in about %3 from the orders")
                  .arg(closedPercent())
                  .arg(crossings)
                  .arg(minutesText(m_plan.closedAfterSeconds));
    } else {
        m_manningSummary = tr("%1 of %2 crossings manned before the suspect can be there; %3 gap(s) in red")
                               .arg(inTime)
                               .arg(crossings)
                               .arg(crossings - inTime);
        if (included < crossings)
            m_manningSummary += tr(" · %1 left out").arg(crossings - included);
    }
    emit manningChanged();
}

} // namespace wf
