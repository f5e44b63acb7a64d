#pragma once

#include "DriveRingWorker.h"

#include <QObject>
#include <functional>
#include <memory>
#include <optional>

namespace wf {

class CordonPosts;
class PlateTrail;
class WorldState;

// Following a suspect: drive-time rings that grow with the time since the suspect was last known
// somewhere. A ring set from a point (an incident) is drawn again, as the same cordon, every
// kTrailRedrawMs of world time, and starts again from the ground of a sighting marked on a
// camera's picture; the ring following a plate moves with each read and grows as the clock runs.
// Redraws nobody asked for are worked out off the GUI thread (DriveRingWorker), so the map never
// freezes while a ring grows; rings moved by news and those a script sets are worked out at once.
// A ring whose manning went out stays where its units are going. The follower says which ring
// goes where; the desk sets it (SetRing), audited, and says the refusals (`said`).
class SuspectFollower : public QObject
{
    Q_OBJECT
public:
    // The ring that follows a plate: this far ahead of where the vehicle can be, and drawn again
    // each time the world's clock has run this long since.
    static constexpr double kTrailLeadMinutes = 10;
    static constexpr qint64 kTrailRedrawMs = 2LL * 60 * 1000;

    // A ring to set as a new cordon, or to move one to (replaceId), audited as `action` with
    // `detail`; its crossings are timed from `from`.
    struct Ring
    {
        QString name;
        std::vector<maps::LatLon> outline;
        GeoPoint from;
        QString action;
        QString detail;
        QString replaceId;
    };
    // Sets the ring; returns the cordon looked at afterwards, or nothing when the ring was
    // refused (the reason said).
    using SetRing = std::function<std::optional<QString>(const Ring &)>;

    // engine and roads: null without a road graph, when no drive-time ring can be drawn. plates:
    // the plate followed across the checkpoints; posts: the manning that holds a ring in place.
    SuspectFollower(WorldState *world, CordonEngine *engine, std::shared_ptr<const maps::RoadGraph> roads,
        PlateTrail *plates, const CordonPosts *posts, SetRing setRing, QObject *parent = nullptr);
    ~SuspectFollower() override;

    // The ring a suspect can have reached from the point after elapsedMinutes, leadMinutes ahead,
    // worked out at once (scripts, tests) or off the GUI thread (the panel's button: `working`
    // meanwhile, and a second request refused). False when refused (the reason said).
    bool setDriveRing(
        double latitude, double longitude, double elapsedMinutes, double leadMinutes, const QString &profile);
    bool requestDriveRing(
        double latitude, double longitude, double elapsedMinutes, double leadMinutes, const QString &profile);
    bool working() const { return m_working; }
    // A sighting marked on a camera's picture moves a growing ring to where the suspect stood.
    void observe(const Event &event);
    // The dispatcher lifts a cordon: lifting the plate's ring says to stop following the plate.
    void lifting(const QString &cordonId);

signals:
    void workingChanged();
    void said(const QString &text, bool error);

private:
    // A ring asked for by the dispatcher or moved by news (a read, a sighting) is drawn at once;
    // one redrawn as the clock runs is worked out in the background.
    enum Timing { AtOnce, Background };
    // The drive-time ring set from a point, drawn again as the world's clock runs.
    struct GrowingRing
    {
        QString cordonId;
        GeoPoint from;
        qint64 fledAtMs = 0; // world clock when the suspect left `from`
        double leadMinutes = 0;
        QString profile;
        qint64 drawnAtMs = 0;
    };
    // A drive-time ring's parameters checked (the refusal said), and the ring set once worked
    // out, growing from the world's time it was asked at.
    std::optional<DriveRingWorker::Request> driveRingRequest(
        double latitude, double longitude, double elapsedMinutes, double leadMinutes, const QString &profile);
    bool setComputedDriveRing(const DriveRing &dr, const DriveRingWorker::Request &request,
        const QString &profile, qint64 askedAtMs);
    // Audited as `action`: grow_drive_ring as the clock runs, move_drive_ring_to_sighting when a
    // sighting marked on a camera's picture moved it.
    void growDriveRing(const QString &action, Timing timing);
    void followPlate(GeoPoint from, qint64 readMs, Timing timing);
    void drawPlateRing(const DriveRing &dr, GeoPoint from, qint64 readMs, double elapsedSeconds);

    WorldState *m_world;
    CordonEngine *m_engine;
    PlateTrail *m_plates;
    const CordonPosts *m_posts;
    SetRing m_setRing;
    std::unique_ptr<DriveRingWorker> m_rings; // the redraws worked out off the GUI thread
    bool m_working = false; // a ring the dispatcher asked for is being worked out
    std::optional<GrowingRing> m_growing;
    QString m_trailCordonId; // the ring following the plate
    GeoPoint m_trailFrom;
    qint64 m_trailReadMs = 0;
    qint64 m_trailDrawnAtMs = 0; // world clock when it was last drawn
};

} // namespace wf
