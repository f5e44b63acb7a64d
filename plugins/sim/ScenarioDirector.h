#pragma once

#include "Rng.h"
#include "Scenario.h"
#include "SimWorld.h"

#include <QStringList>
#include <map>
#include <vector>

namespace wf::sim {

// Plays a scenario's timeline into a world at the right sim times.
class ScenarioDirector
{
public:
    ScenarioDirector(const Scenario &scenario, SimWorld &world, quint64 seed);
    // Injects every step that is due; call before each world step.
    void update();
    bool finished() const;

    struct Tip
    {
        QString id;
        QString suspect;
        GeoPoint pos;
        qint64 atMs = 0;
    };
    const std::vector<Tip> &tips() const { return m_tips; }
    QStringList problems() const { return m_problems; } // steps that could not be played
    // What the scenario says its suspects (by id) and the pickpockets of its incidents (by the
    // incident's id) look like, for those played so far.
    const std::map<QString, Description> &looks() const { return m_looks; }

private:
    void play(const TimelineStep &s, int burstIndex);

    const Scenario &m_scenario;
    SimWorld &m_world;
    Rng m_rng;
    struct Due
    {
        qint64 atMs;
        std::size_t step;
        int burstIndex;
    };
    std::vector<Due> m_due; // sorted by time
    std::size_t m_next = 0;
    std::vector<Tip> m_tips;
    QStringList m_problems;
    std::map<QString, Description> m_looks;
};

} // namespace wf::sim
