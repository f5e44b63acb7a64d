#pragma once

#include "BoundaryCatalog.h"
#include "CordonEditor.h"
#include "CordonEngine.h"
#include "CordonManning.h"
#include "CrossingModel.h"
#include "DriveRingWorker.h"
#include "PlateTrail.h"

#include <QObject>
#include <QUrl>
#include <QtQmlIntegration>
#include <memory>
#include <optional>

namespace wf {

class Dispatch;
class EventBus;
class WorldState;

// The dispatcher's cordon tools behind the map and the cordon panel: draw a ring (the editor),
// pick an administrative boundary (nested: province, city, county in one action) or a
// drive-time ring from an incident; each is set as a CordonSet event after an audited operator
// action, and cleared the same way. The cordon looked at is analysed by the engine: its road
// crossings, the checkpoints and cameras there, ordered by the suspect's earliest arrival from
// the incident. Bad input changes nothing and says why in `status`.
class CordonDesk : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The cordon desk is made by the application")
    Q_PROPERTY(wf::CordonEditor *editor READ editor CONSTANT)
    Q_PROPERTY(wf::CrossingModel *crossings READ crossings CONSTANT)
    Q_PROPERTY(wf::PlateTrail *plates READ plates CONSTANT)
    Q_PROPERTY(bool hasRoads READ hasRoads CONSTANT)
    Q_PROPERTY(bool working READ working NOTIFY workingChanged)
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)
    Q_PROPERTY(bool statusIsError READ statusIsError NOTIFY statusChanged)
    Q_PROPERTY(QString cordonId READ cordonId NOTIFY analysed)
    Q_PROPERTY(QString summary READ summary NOTIFY analysed)
    Q_PROPERTY(QStringList boundaryNames READ boundaryNames NOTIFY boundariesLoaded)
    Q_PROPERTY(QVariantList manning READ manning NOTIFY manningChanged)
    Q_PROPERTY(QString manningSummary READ manningSummary NOTIFY manningChanged)
    Q_PROPERTY(bool manningActive READ manningActive NOTIFY manningChanged)
    Q_PROPERTY(int closedPercent READ closedPercent NOTIFY manningChanged)
public:
    // Where a crossing of an activated plan stands: nobody on the way (not assigned, or the order
    // refused or given up), a unit on the way, or a unit there (closed).
    enum class Post { Unmanned, EnRoute, Closed };
    Q_ENUM(Post)
    // How far the manning plan looks for units.
    static constexpr double kManningLimitSeconds = 45 * 60;
    // The ring that follows a plate: this far ahead of where the vehicle can be, and drawn again
    // each time the world's clock has run this long since (the area it can be in grows).
    static constexpr double kTrailLeadMinutes = 10;
    static constexpr qint64 kTrailRedrawMs = 2 * 60 * 1000;

    CordonDesk(WorldState *world, EventBus *bus, Dispatch *dispatch,
        std::shared_ptr<const maps::RoadGraph> roads, QObject *parent = nullptr);
    ~CordonDesk() override;

    CordonEditor *editor() { return &m_editor; }
    CrossingModel *crossings() { return &m_crossings; }
    PlateTrail *plates() { return m_plates.get(); }
    bool hasRoads() const { return bool(m_engine); }
    QString status() const { return m_status; }
    bool statusIsError() const { return m_statusIsError; }
    QString cordonId() const { return m_cordonId; }
    QString summary() const { return m_summary; }
    QStringList boundaryNames();

    // A ring of coordinates (the editor's) set as a cordon.
    Q_INVOKABLE bool setRing(const QVariantList &ring, const QString &name);
    // The cordons of a recording a training run starts from, set again like imported ones (one
    // audited set_cordon, a CordonSet each, shared with the training world); all or none.
    bool setFromRecording(const QList<CordonSet> &cordons);
    // A boundary by name or code; nested: the ones it lies in too (outermost first).
    Q_INVOKABLE bool setBoundary(const QString &nameOrCode, bool nested);
    // The ring a suspect can have reached from the point after elapsedMinutes, leadMinutes ahead;
    // drawn again (the same cordon) every kTrailRedrawMs of world time while it is set and its
    // manning has not gone out, as the area the suspect can be in grows.
    Q_INVOKABLE bool setDriveRing(
        double latitude, double longitude, double elapsedMinutes, double leadMinutes, const QString &profile);
    // The same ring worked out off the UI thread (the panel's button: a province-scale ring is
    // two road searches of a few hundred milliseconds): false when refused at once (the reason
    // in status) or while one is being worked out; `working` meanwhile, then set as above.
    Q_INVOKABLE bool requestDriveRing(
        double latitude, double longitude, double elapsedMinutes, double leadMinutes, const QString &profile);
    bool working() const { return m_working; }
    Q_INVOKABLE void clearCordon(const QString &cordonId);
    // Each polygon of a GeoJSON, KML, Shapefile or GeoPackage set as a cordon, all or none (one
    // audited action, a CordonSet each); a bad file sets nothing and says which feature and why.
    Q_INVOKABLE bool importFile(const QUrl &file);
    // The cordons set, as a new GeoJSON or KML file (an existing one is not overwritten); audited.
    Q_INVOKABLE bool exportFile(const QUrl &file);
    // The size above which importFile refuses a file without reading it, in MB.
    Q_INVOKABLE int importLimitMegabytes() const;
    // Analyses a cordon of the world: crossings ordered by arrival from the incident point (the
    // newest open incident when none was given).
    Q_INVOKABLE bool analyse(const QString &cordonId);
    Q_INVOKABLE void setIncidentPoint(double latitude, double longitude);
    // [latitude, longitude] of the point crossings are timed from, or [] when there is none.
    Q_INVOKABLE QVariantList incidentPosition() const;

    // The manning plan of the cordon analysed: each crossing, most urgent first, with the free
    // unit that reaches it first, its ETA against the suspect's; gaps in words in the summary.
    Q_INVOKABLE bool planManning();
    // Leaves a crossing out of the plan, or takes it back (its unit is then free for no other:
    // plan again for that).
    Q_INVOKABLE void setPostIncluded(int row, bool included);
    // One man_checkpoint order per included crossing with a unit, through Dispatch (audited);
    // returns how many went out. Then each crossing follows its order: en route, closed.
    Q_INVOKABLE int activateManning();
    QVariantList manning() const;
    QString manningSummary() const { return m_manningSummary; }
    bool manningActive() const { return m_manningActive; }
    int closedPercent() const;
    const ManningPlan &manningPlan() const { return m_plan; }

    // For the engine's callers outside QML (tests, the command line).
    const CordonAnalysis &lastAnalysis() const { return m_analysis; }
    const maps::BoundaryCatalog *boundaries();

signals:
    void statusChanged();
    void analysed();
    void boundariesLoaded();
    void manningChanged();
    void workingChanged();

private:
    struct Ring
    {
        QString name;
        std::vector<maps::LatLon> points;
    };
    // replaceId: the one ring replaces that cordon (an edit) instead of setting a new one.
    bool publish(const std::vector<Ring> &rings, const QString &action, const QString &detail,
        const QString &replaceId = {});
    // A ring asked for by the dispatcher or moved by news (a read, a sighting) is drawn at
    // once; one redrawn as the clock runs is worked out in the background.
    enum Timing { AtOnce, Background };
    void followPlate(GeoPoint from, qint64 readMs, Timing timing);
    void drawPlateRing(const DriveRing &dr, GeoPoint from, qint64 readMs, double elapsedSeconds);
    // A drive-time ring's parameters checked (the refusal said in status), and the ring set once
    // worked out, growing from the world's time it was asked at.
    std::optional<DriveRingWorker::Request> driveRingRequest(
        double latitude, double longitude, double elapsedMinutes, double leadMinutes, const QString &profile);
    bool setComputedDriveRing(const DriveRing &dr, const DriveRingWorker::Request &request,
        const QString &profile, qint64 askedAtMs);
    // Where a drawn point snaps: a boundary's vertex within the radius, else the nearest road.
    std::optional<maps::LatLon> snap(maps::LatLon p, double radiusM);
    void say(const QString &text, bool error);
    std::optional<GeoPoint> incidentPoint() const;
    Post postOf(int row) const;
    void summariseManning();
    void resetManning();

    WorldState *m_world;
    EventBus *m_bus;
    Dispatch *m_dispatch;
    std::unique_ptr<CordonEngine> m_engine;
    std::unique_ptr<DriveRingWorker> m_rings; // the redraws worked out off the GUI thread
    bool m_working = false; // a ring the dispatcher asked for is being worked out
    std::unique_ptr<maps::BoundaryCatalog> m_boundaries;
    QString m_boundaryError;
    CordonEditor m_editor;
    CrossingModel m_crossings;
    std::unique_ptr<PlateTrail> m_plates;
    // The drive-time ring set from an incident, drawn again as the world's clock runs.
    struct GrowingRing
    {
        QString cordonId;
        GeoPoint from;
        qint64 fledAtMs = 0; // world clock when the suspect left `from`
        double leadMinutes = 0;
        QString profile;
        qint64 drawnAtMs = 0;
    };
    // Audited as `action`: grow_drive_ring as the clock runs, move_drive_ring_to_sighting when a
    // sighting marked on a camera's picture moved it.
    void growDriveRing(const QString &action, Timing timing);
    void followSighting(const wf::Event &event);
    std::optional<GrowingRing> m_growing;
    QString m_trailCordonId; // the ring following the plate
    GeoPoint m_trailFrom;
    qint64 m_trailReadMs = 0;
    qint64 m_trailDrawnAtMs = 0; // world clock when it was last drawn
    CordonAnalysis m_analysis;
    std::optional<GeoPoint> m_incidentPoint;
    QString m_status;
    bool m_statusIsError = false;
    QString m_cordonId;
    QString m_summary;
    int m_next = 1;
    std::unique_ptr<UnitRanker> m_ranker;
    ManningPlan m_plan;
    QString m_planCordonId;
    std::vector<bool> m_included;
    std::vector<QString> m_orderIds; // per row, once activated
    bool m_manningActive = false;
    bool m_closedPublished = false; // CordonClosed went out for this activation
    QString m_manningSummary;
};

} // namespace wf
