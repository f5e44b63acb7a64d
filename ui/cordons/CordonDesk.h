#pragma once

#include "BoundaryCatalog.h"
#include "CordonEditor.h"
#include "CordonEngine.h"
#include "CordonPosts.h"
#include "CrossingModel.h"
#include "PlateTrail.h"
#include "SuspectFollower.h"

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
// the incident. Bad input changes nothing and says why in `status`. The rings that follow a
// suspect (SuspectFollower) and the manning of the cordon analysed (CordonPosts) are parts of
// their own; the desk sets what they ask for and gives QML their properties.
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
    // The ring that follows a plate: this far ahead of where the vehicle can be, and drawn again
    // each time the world's clock has run this long since (the area it can be in grows).
    static constexpr double kTrailLeadMinutes = SuspectFollower::kTrailLeadMinutes;
    static constexpr qint64 kTrailRedrawMs = SuspectFollower::kTrailRedrawMs;

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
    bool working() const { return m_follower->working(); }
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
    QVariantList manning() const { return m_posts.rows(); }
    QString manningSummary() const { return m_posts.summary(); }
    bool manningActive() const { return m_posts.active(); }
    int closedPercent() const { return m_posts.closedPercent(); }
    const ManningPlan &manningPlan() const { return m_posts.manningPlan(); }

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
    // A ring the follower asks for, set with its crossings timed from where the suspect was.
    std::optional<QString> setFollowingRing(const SuspectFollower::Ring &ring);
    // Where a drawn point snaps: a boundary's vertex within the radius, else the nearest road.
    std::optional<maps::LatLon> snap(maps::LatLon p, double radiusM);
    void say(const QString &text, bool error);
    std::optional<GeoPoint> incidentPoint() const;

    WorldState *m_world;
    EventBus *m_bus;
    Dispatch *m_dispatch;
    std::unique_ptr<CordonEngine> m_engine;
    std::unique_ptr<maps::BoundaryCatalog> m_boundaries;
    QString m_boundaryError;
    CordonEditor m_editor;
    CrossingModel m_crossings;
    std::unique_ptr<PlateTrail> m_plates;
    CordonAnalysis m_analysis;
    std::optional<GeoPoint> m_incidentPoint;
    QString m_status;
    bool m_statusIsError = false;
    QString m_cordonId;
    QString m_summary;
    int m_next = 1;
    CordonPosts m_posts;
    std::unique_ptr<SuspectFollower> m_follower; // made once the plates it follows are
};

} // namespace wf
