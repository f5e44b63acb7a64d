#pragma once

#include "GroundTruth.h"
#include "SceneActor.h"

#include <QHash>
#include <memory>
#include <mutex>
#include <vector>

namespace wf::wall {

// The world's actors at one moment, indexed by place: what every training camera's feed reads
// to find who stands in its view. Made on the GUI thread a few times a second, read by the
// render threads; immutable once made. The index is a grid of about 500 m cells, so a camera
// asks for the few cells around it instead of going through every unit of the province.
class SceneSnapshot
{
public:
    SceneSnapshot(qint64 timeMs, GroundTruth::Weather weather, std::vector<SceneActor> actors);

    qint64 timeMs() const { return m_time; }
    GroundTruth::Weather weather() const { return m_weather; }
    const std::vector<SceneActor> &actors() const { return m_actors; }
    // The actors within radiusM of a point, and some a little farther (whole cells); in the
    // order they were given.
    std::vector<const SceneActor *> near(maps::LatLon p, double radiusM) const;
    // The figures the actors make in a camera's picture at ms (the world's clock): those in its
    // view, placed. Looks only at the cells around the camera.
    std::vector<SceneFigure> figuresFor(const maps::CameraView &view, qint64 ms) const;

    // The newest snapshot, handed from the GUI thread to the render threads.
    class Latest
    {
    public:
        std::shared_ptr<const SceneSnapshot> get() const
        {
            std::lock_guard lock(m_mutex);
            return m_snapshot;
        }
        void set(std::shared_ptr<const SceneSnapshot> s)
        {
            std::lock_guard lock(m_mutex);
            m_snapshot = std::move(s);
        }

    private:
        mutable std::mutex m_mutex;
        std::shared_ptr<const SceneSnapshot> m_snapshot;
    };

    static constexpr double kCellDeg = 0.005; // ~550 m north-south, ~480 m east-west in Hubei

private:
    static quint64 cellKey(int row, int column);

    qint64 m_time;
    GroundTruth::Weather m_weather;
    std::vector<SceneActor> m_actors;
    QHash<quint64, std::vector<int>> m_cells;
};

} // namespace wf::wall
