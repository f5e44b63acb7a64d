#pragma once

#include "SimContext.h"

#include <QString>
#include <vector>

namespace wf::sim {

// The world's congestion: jams that start at random (more at rush hour and in bad weather) or
// where a scenario puts them, build up over eight minutes, hold, and clear on their own or
// faster when officers on scene direct the traffic. A jam slows every road within its radius
// through the router's congestion, so routes and travel times feel it.
class TrafficJams
{
public:
    TrafficJams(SimContext &world, double perHour)
        : m_world(world)
        , m_perHour(perHour)
    { }

    // A jam at the road nearest pos; its first report goes out with the next tick.
    void add(GeoPoint pos, Severity severity, qint64 durationMs, double radiusM);
    // One tick's chance of a background jam.
    void background(std::vector<Event> &out);
    // Builds and clears the jams and reports their changes (every 10 s of sim time).
    void update(std::vector<Event> &out);
    // Officers on the spot direct traffic: every jam near them starts to clear.
    void clearNear(GeoPoint pos);

    int spots() const { return m_next - 1; }
    int open() const { return int(m_jams.size()); }
    int clearedByUnits() const { return m_clearedByUnits; }
    int clearedNaturally() const { return m_clearedNaturally; }

private:
    struct Jam
    {
        QString id;
        QString road;
        GeoPoint pos;
        std::vector<int> edges;
        float worst = 0.3f; // the factor it builds towards
        float factor = 1;
        qint64 startMs = 0;
        qint64 holdUntilMs = 0;
        bool clearing = false;
        bool byUnit = false;
        Severity shown = Severity::Low;
    };

    void start(int edge, float worst, qint64 durationMs, double radiusM, std::vector<Event> &out);

    SimContext &m_world;
    double m_perHour;
    std::vector<Jam> m_jams;
    int m_next = 1;
    int m_clearedByUnits = 0;
    int m_clearedNaturally = 0;
};

} // namespace wf::sim
