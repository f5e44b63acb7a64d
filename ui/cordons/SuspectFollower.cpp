#include "SuspectFollower.h"

#include "CordonPosts.h"
#include "PlateTrail.h"
#include "WorldState.h"

#include <algorithm>
#include <cmath>

namespace wf {

SuspectFollower::SuspectFollower(WorldState *world, CordonEngine *engine,
    std::shared_ptr<const maps::RoadGraph> roads, PlateTrail *plates, const CordonPosts *posts,
    SetRing setRing, QObject *parent)
    : QObject(parent)
    , m_world(world)
    , m_engine(engine)
    , m_plates(plates)
    , m_posts(posts)
    , m_setRing(std::move(setRing))
{
    if (roads)
        m_rings = std::make_unique<DriveRingWorker>(std::move(roads));
    connect(m_plates, &PlateTrail::ringWanted, this,
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
}

SuspectFollower::~SuspectFollower() = default;

std::optional<DriveRingWorker::Request> SuspectFollower::driveRingRequest(
    double latitude, double longitude, double elapsedMinutes, double leadMinutes, const QString &profile)
{
    if (!m_engine) {
        emit said(tr("No road graph: drive-time rings need one (--roads)"), true);
        return std::nullopt;
    }
    const auto p = maps::RoadProfile::fromName(profile.isEmpty() ? QStringLiteral("car") : profile);
    if (!p || !std::isfinite(elapsedMinutes) || elapsedMinutes < 0 || elapsedMinutes > 600
        || !std::isfinite(leadMinutes) || leadMinutes < 1 || leadMinutes > 120 || !std::isfinite(latitude)
        || !std::isfinite(longitude) || std::abs(latitude) > 90 || std::abs(longitude) > 180) {
        emit said(tr("A drive-time ring needs 0 to 600 minutes elapsed, 1 to 120 minutes ahead and a known "
                     "profile"),
            true);
        return std::nullopt;
    }
    return DriveRingWorker::Request { { latitude, longitude }, elapsedMinutes * 60, leadMinutes * 60, *p };
}

bool SuspectFollower::setDriveRing(
    double latitude, double longitude, double elapsedMinutes, double leadMinutes, const QString &profile)
{
    const auto request = driveRingRequest(latitude, longitude, elapsedMinutes, leadMinutes, profile);
    if (!request)
        return false;
    return setComputedDriveRing(m_engine->driveRing(request->from, request->elapsedSeconds,
                                    request->leadSeconds, request->profile, maps::TravelConditions {}),
        *request, profile, m_world->clock());
}

bool SuspectFollower::requestDriveRing(
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
    emit said(tr("Working out the drive-time ring…"), false);
    const qint64 askedAt = m_world->clock();
    m_rings->compute(QStringLiteral("new-drive-ring"), *request,
        [this, request = *request, profile, askedAt](const DriveRing &dr) {
            m_working = false;
            emit workingChanged();
            setComputedDriveRing(dr, request, profile, askedAt);
        });
    return true;
}

bool SuspectFollower::setComputedDriveRing(
    const DriveRing &dr, const DriveRingWorker::Request &request, const QString &profile, qint64 askedAtMs)
{
    if (dr.ring.isEmpty()) {
        emit said(tr("Cordon not set: %1").arg(dr.problem), true);
        return false;
    }
    const double elapsedMinutes = request.elapsedSeconds / 60;
    const double leadMinutes = request.leadSeconds / 60;
    const auto cordonId = m_setRing({
        tr("Drive-time ring %1 + %2 min").arg(elapsedMinutes, 0, 'f', 0).arg(leadMinutes, 0, 'f', 0),
        cordonOutline(dr.ring.simplifiedMeters(30)),
        request.from,
        QStringLiteral("set_cordon"),
        QStringLiteral("drive-time from %1,%2 elapsed %3 min lead %4 min profile %5")
            .arg(request.from.lat, 0, 'f', 5)
            .arg(request.from.lon, 0, 'f', 5)
            .arg(elapsedMinutes)
            .arg(leadMinutes)
            .arg(profile),
        {},
    });
    if (!cordonId)
        return false;
    m_growing
        = GrowingRing { *cordonId, request.from, askedAtMs - qint64(std::llround(elapsedMinutes * 60'000)),
              leadMinutes, profile.isEmpty() ? QStringLiteral("car") : profile, askedAtMs };
    return true;
}

void SuspectFollower::observe(const Event &event)
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

void SuspectFollower::growDriveRing(const QString &action, Timing timing)
{
    if (!m_growing)
        return;
    GrowingRing &g = *m_growing;
    if (!m_world->cordons()->find(g.cordonId)) {
        m_growing.reset(); // lifted: nothing to grow
        return;
    }
    if (m_posts->mans(g.cordonId)) {
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
            || !m_world->cordons()->find(asked.cordonId) || m_posts->mans(asked.cordonId))
            return;
        if (dr.ring.isEmpty()) {
            emit said(tr("The drive-time ring cannot be drawn again: %1").arg(dr.problem), true);
            return;
        }
        m_setRing({
            tr("Drive-time ring %1 + %2 min")
                .arg(elapsedMinutes, 0, 'f', 0)
                .arg(asked.leadMinutes, 0, 'f', 0),
            cordonOutline(dr.ring.simplifiedMeters(30)),
            asked.from,
            action,
            QStringLiteral("drive-time from %1,%2 elapsed %3 min lead %4 min profile %5")
                .arg(asked.from.lat, 0, 'f', 5)
                .arg(asked.from.lon, 0, 'f', 5)
                .arg(elapsedMinutes, 0, 'f', 1)
                .arg(asked.leadMinutes)
                .arg(asked.profile),
            asked.cordonId,
        });
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

void SuspectFollower::followPlate(GeoPoint from, qint64 readMs, Timing timing)
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

void SuspectFollower::drawPlateRing(const DriveRing &dr, GeoPoint from, qint64 readMs, double elapsedSeconds)
{
    if (dr.ring.isEmpty()) {
        emit said(tr("The plate's ring cannot be drawn: %1").arg(dr.problem), true);
        return;
    }
    const QString plate = m_plates->plate();
    // The same cordon moves (an edit, not a new ring per read) while it is still set.
    const QString replace = m_world->cordons()->find(m_trailCordonId) ? m_trailCordonId : QString();
    const auto cordonId = m_setRing({
        tr("%1: %2 min since the read + %3 min")
            .arg(plate)
            .arg(elapsedSeconds / 60, 0, 'f', 0)
            .arg(kTrailLeadMinutes, 0, 'f', 0),
        cordonOutline(dr.ring.simplifiedMeters(30)),
        from, // crossings are timed from the read
        QStringLiteral("follow_plate"),
        QStringLiteral("plate %1 read at %2,%3 (%4), elapsed %5 s")
            .arg(plate)
            .arg(from.lat, 0, 'f', 5)
            .arg(from.lon, 0, 'f', 5)
            .arg(readMs)
            .arg(elapsedSeconds, 0, 'f', 0),
        replace,
    });
    if (cordonId && replace.isEmpty())
        m_trailCordonId = *cordonId;
}

void SuspectFollower::lifting(const QString &cordonId)
{
    if (cordonId != m_trailCordonId)
        return;
    m_trailCordonId.clear();
    m_plates->setRingFollows(false);
}

} // namespace wf
