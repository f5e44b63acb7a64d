#include "SceneSnapshot.h"

#include <algorithm>
#include <cmath>

namespace wf::wall {

SceneSnapshot::SceneSnapshot(qint64 timeMs, GroundTruth::Weather weather, std::vector<SceneActor> actors)
    : m_time(timeMs)
    , m_weather(weather)
    , m_actors(std::move(actors))
{
    for (int i = 0; i < int(m_actors.size()); ++i) {
        const auto &a = m_actors[std::size_t(i)];
        m_cells[cellKey(
                    int(std::floor(a.position.lat / kCellDeg)), int(std::floor(a.position.lon / kCellDeg)))]
            .push_back(i);
    }
}

quint64 SceneSnapshot::cellKey(int row, int column)
{
    return (quint64(quint32(row)) << 32) | quint64(quint32(column));
}

std::vector<const SceneActor *> SceneSnapshot::near(maps::LatLon p, double radiusM) const
{
    // Degrees of latitude are ~111 km everywhere; of longitude, shorter by cos(latitude).
    const double dLat = radiusM / 111'000.0;
    const double dLon = radiusM / (111'000.0 * std::max(0.2, std::cos(p.lat * 3.14159265358979 / 180)));
    const int r0 = int(std::floor((p.lat - dLat) / kCellDeg)),
              r1 = int(std::floor((p.lat + dLat) / kCellDeg));
    const int c0 = int(std::floor((p.lon - dLon) / kCellDeg)),
              c1 = int(std::floor((p.lon + dLon) / kCellDeg));
    std::vector<int> found;
    for (int r = r0; r <= r1; ++r) {
        for (int c = c0; c <= c1; ++c) {
            const auto it = m_cells.constFind(cellKey(r, c));
            if (it != m_cells.cend())
                found.insert(found.end(), it->begin(), it->end());
        }
    }
    std::sort(found.begin(), found.end());
    std::vector<const SceneActor *> out;
    out.reserve(found.size());
    for (int i : found)
        out.push_back(&m_actors[std::size_t(i)]);
    return out;
}

} // namespace wf::wall

namespace wf::wall {

std::vector<SceneFigure> SceneSnapshot::figuresFor(const maps::CameraView &view, qint64 ms) const
{
    std::vector<SceneFigure> out;
    // A margin beyond the range: an actor a little out of it at the snapshot may come into it
    // before the next.
    for (const SceneActor *a : near(view.position, view.rangeM + 150)) {
        if (auto f = a->figureFor(view, ms, m_time))
            out.push_back(*f);
    }
    return out;
}

} // namespace wf::wall
