#pragma once

#include "SimContext.h"
#include "Suspect.h"

#include <QString>
#include <vector>

namespace wf::sim {

// A plate read of a suspect at a checkpoint.
struct Sighting
{
    QString suspectId;
    int site = -1;
    qint64 atMs = 0;
    GeoPoint pos;
    bool alerted = false;
};

// The plate readers of the region's smart checkpoints. Background traffic is counted, not
// simulated car by car: about 400 vehicles an hour pass each reader (a fifth of that at night),
// every one a PlateRead event, and now and then one is on the hot list. Suspects are read when
// they pass a reader's node, and alert once they are hot-listed.
class PlateFeed
{
public:
    PlateFeed(SimContext &world, double hotListPerHour)
        : m_world(world)
        , m_hotListPerHour(hotListPerHour)
    { }

    // One tick of background reads and hot-list hits.
    void tick(std::vector<Event> &out);
    // The readers on a node the suspect passes read its plate.
    void readSuspect(const Suspect &s, int node, std::vector<Event> &out);

    const std::vector<Sighting> &sightings() const { return m_sightings; }
    qint64 reads() const { return qint64(m_reads); }
    int hotListHits() const { return m_hotListHits; }

private:
    QString randomPlate();
    QString nextAlertId();

    SimContext &m_world;
    double m_hotListPerHour;
    std::vector<Sighting> m_sightings;
    double m_reads = 0;
    qint64 m_readsPosted = 0;
    int m_hotListHits = 0;
    int m_nextAlert = 1;
};

} // namespace wf::sim
