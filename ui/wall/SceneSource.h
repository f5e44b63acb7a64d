#pragma once

#include "Event.h"
#include "SceneKind.h"
#include "SceneSnapshot.h"
#include "WorldClock.h"

#include <QObject>
#include <QTimer>
#include <QtQmlIntegration>
#include <functional>
#include <memory>

namespace wf {
class WorldState;
namespace maps {
class RoadGraph;
}
} // namespace wf

namespace wf::wall {

// The world as the training world's synthetic cameras see it, handed to their feeds: the
// world's clock (so the time burnt into the picture is the time the lists and the map show),
// the kind of place each camera looks at, and a few times a second a snapshot of who is where
// (the units as the world reports them, the training world's suspects, pickpockets at work at
// the open pickpocketing incidents) with the weather. Made once by the application over its
// WorldState; the feeds keep what they need of it (shared, thread-safe) and never touch the
// world's models off the GUI thread.
class SceneSource : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The SceneSource is made by the application")
public:
    // Where a training world's ground truth comes from (the connector host's); null or
    // returning null: units and incidents only.
    using GroundTruthSource = std::function<std::shared_ptr<const GroundTruth>()>;
    // roads: the session's graph, for the road in front of a camera (null: by site and name).
    explicit SceneSource(WorldState *world, GroundTruthSource truth = {},
        std::shared_ptr<const maps::RoadGraph> roads = {}, QObject *parent = nullptr);

    std::shared_ptr<const WorldClock> clock() const { return m_clock; }
    std::shared_ptr<const SceneSnapshot::Latest> latest() const { return m_latest; }
    // The kind of scene a camera films: its site (within 200 m), its name, the road before it.
    SceneKind sceneKindOf(const CameraReported &camera) const;
    // Takes a new snapshot of the world now (the timer does it while the world's clock moves).
    void refresh();
    // In playback the pictures' clock is the playback's position, which moves on between the
    // recorded events (the world's clock only moves with them); from the first call on, the
    // world's clock no longer drives it.
    void followPosition(qint64 positionMs);

    // The actors a world holds, with a training world's ground truth: a pure function of both.
    static std::vector<SceneActor> actorsOf(const WorldState &world, const GroundTruth *truth);
    // The monotonic wall clock the world clock is driven by, in milliseconds.
    static qint64 wallNowMs();

    static constexpr int kRefreshMs = 250;
    static constexpr double kSiteReachM = 200;

private:
    void onClock();

    WorldState *m_world;
    GroundTruthSource m_truth;
    std::shared_ptr<const maps::RoadGraph> m_roads;
    std::shared_ptr<WorldClock> m_clock = std::make_shared<WorldClock>();
    std::shared_ptr<SceneSnapshot::Latest> m_latest = std::make_shared<SceneSnapshot::Latest>();
    QTimer m_timer;
    qint64 m_snapshotClock = -1;
    bool m_followingPosition = false;
};

} // namespace wf::wall
