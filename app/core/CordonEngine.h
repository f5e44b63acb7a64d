#pragma once

#include "Event.h"
#include "GeoShape.h"
#include "RoadCrossings.h"
#include "RoadProfile.h"
#include "RoadRouter.h"
#include "TravelConditions.h"

#include <QSet>
#include <QString>
#include <limits>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace wf {

struct CordonCheckpoint
{
    QString siteId;
    QString name;
    SiteKind kind = SiteKind::PoliceCheckpoint;
    GeoPoint position;
    double distanceM = 0; // from the crossing
};

struct CordonCamera
{
    QString cameraId;
    QString name;
    double distanceM = 0; // from the crossing
};

// One place where a road crosses the ring, and what stands there.
struct CordonCrossing
{
    maps::RoadCrossing road;
    QString roadNameZh;
    QString roadNameEn;
    // The suspect's earliest arrival from the incident, in seconds (infinity: not within the
    // search's limit, or no incident given).
    double suspectSeconds = std::numeric_limits<double>::infinity();
    std::vector<CordonCheckpoint> checkpoints; // police and smart checkpoints near it, nearest first
    std::vector<CordonCamera> cameras; // cameras whose view holds it, nearest first
};

struct CordonQuery
{
    quint8 classMask = maps::kAllRoadClasses; // which roads count
    std::optional<GeoPoint> origin; // the incident: crossings are ordered by the suspect's arrival
    maps::RoadProfile profile = maps::RoadProfile::car();
    maps::TravelConditions conditions;
    double limitSeconds = 8 * 3600.0;
    double checkpointRadiusM = 300;
    double cameraRangeM = 200;
};

struct CordonAnalysis
{
    std::vector<CordonCrossing> crossings; // earliest suspect arrival first, then by road
    int checkpoints = 0; // distinct checkpoints at some crossing
    int cameras = 0; // distinct cameras covering some crossing
    QString problem; // in words when there is nothing to show (no crossing, incident off the roads)
};

// The area a suspect can have reached by road, and the ring just ahead of it.
struct DriveRing
{
    maps::GeoShape reached; // within the elapsed time (empty at zero)
    maps::GeoShape ring; // within the elapsed time plus the lead: where to close
    QString problem;
};

// A checkpoint a vehicle can reach from where it was last seen, and how soon (its road profile).
struct CheckpointAhead
{
    QString siteId;
    QString name;
    SiteKind kind = SiteKind::SmartCheckpoint;
    GeoPoint position;
    double seconds = 0;
};

// What a cordon ring needs: the crossings of the road graph with it (by road class), the
// police and smart checkpoints at them, the cameras covering them, ordered by when a suspect
// leaving the incident can first be there (one search from the incident over the roads with
// the suspect's profile); and the drive-time ring of a fleeing suspect. One engine for the
// workstation and the training runner. Not thread-safe (it owns a router); one per thread.
class CordonEngine
{
public:
    explicit CordonEngine(std::shared_ptr<const maps::RoadGraph> graph);

    CordonAnalysis analyse(const maps::GeoShape &ring, std::span<const SiteReported> sites,
        std::span<const CameraReported> cameras, const CordonQuery &query);

    DriveRing driveRing(GeoPoint origin, double elapsedSeconds, double leadSeconds,
        const maps::RoadProfile &profile, const maps::TravelConditions &conditions);

    // The police and smart checkpoints reachable by road from a point within limitSeconds,
    // soonest first, at most count of them; those in leaveOut (the checkpoint that just read the
    // plate, and the ones it passed before) are not "ahead".
    std::vector<CheckpointAhead> checkpointsAhead(GeoPoint from, std::span<const SiteReported> sites,
        const maps::RoadProfile &profile, const maps::TravelConditions &conditions, double limitSeconds,
        int count, const QSet<QString> &leaveOut = {});

    maps::RoadRouter &router() { return m_router; }

private:
    maps::RoadRouter m_router;
};

// The polygons of an isochrone as one shape (pieces that touch are merged).
maps::GeoShape isochroneShape(const maps::Isochrone &iso);

// The ring a CordonSet carries for a shape: the largest polygon's outer ring, first point not
// repeated (a cordon is one ring; islands of a boundary are left out).
std::vector<maps::LatLon> cordonOutline(const maps::GeoShape &shape);

} // namespace wf
