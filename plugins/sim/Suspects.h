#pragma once

#include "Fleet.h"
#include "Incidents.h"
#include "PlateFeed.h"
#include "RoadMovement.h"
#include "RoadProfile.h"
#include "SimContext.h"
#include "Suspect.h"

#include <QString>
#include <optional>
#include <vector>

namespace wf::sim {

// The vehicles a scenario wants caught: each drives its route (read by the plate readers it
// passes) until it goes to ground at its destination or a unit holding a checkpoint or a
// roadblock near it stops it. Each unit gets one chance at a suspect.
class Suspects
{
public:
    Suspects(SimContext &world, const RoadMovement &movement, PlateFeed &plates, const Fleet &fleet,
        Incidents &incidents)
        : m_world(world)
        , m_movement(movement)
        , m_plates(plates)
        , m_fleet(fleet)
        , m_incidents(incidents)
    { }

    // Adds a suspect driving from its start to a point; returns false when no road leads there.
    bool add(Suspect suspect, GeoPoint to, const maps::RoadProfile &profile, QString *error);
    // Puts a suspect at a point, driving on to where it was going.
    bool move(const QString &id, GeoPoint to, QString *error);
    void setHotListed(const QString &id);
    // Where the suspect was delayMs ago (or at its start, if it has not moved that long).
    std::optional<GeoPoint> positionAgo(const QString &id, qint64 delayMs) const;
    // Moves every suspect still at large for the given seconds.
    void tick(double seconds, std::vector<Event> &out);

    const std::vector<Suspect> &all() const { return m_suspects; }

private:
    // The units holding a position near the suspect try to stop it.
    void tryToStop(Suspect &s, std::vector<Event> &out);

    SimContext &m_world;
    const RoadMovement &m_movement;
    PlateFeed &m_plates;
    const Fleet &m_fleet;
    Incidents &m_incidents;
    std::vector<Suspect> m_suspects;
};

} // namespace wf::sim
