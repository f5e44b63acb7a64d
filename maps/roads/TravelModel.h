#pragma once

#include "Congestion.h"
#include "RoadProfile.h"
#include "TravelConditions.h"

#include <QtGlobal>
#include <vector>

namespace wf::maps {

class RoadGraph;

// How fast and how long one edge is for a traveller: the posted speed, slowed by the hour and
// the weather (TravelConditions) and by congestion, then the profile's boost and cap. Routing
// works on integer weights (milliseconds of travel time times the profile's class penalty), so
// that every algorithm adds up exactly the same numbers and their answers can be compared.
class TravelModel
{
public:
    static constexpr quint32 kForbidden = 0xffffffffu; // the weight of an edge the profile may not use

    TravelModel(const RoadGraph &graph, const RoadProfile &profile, const TravelConditions &conditions,
        const Congestion *congestion = nullptr);

    // The speed traffic makes on the edge now, before the profile.
    double trafficKmh(int edge) const;
    // The traveller's speed and time on the whole edge.
    double speedKmh(int edge) const;
    double seconds(int edge) const;
    // The routing weight of the edge: kForbidden when the profile may not use it, else >= 1.
    quint32 weight(int edge) const;
    // Every edge's weight.
    std::vector<quint32> weights() const;

    const RoadProfile &profile() const { return m_profile; }
    const TravelConditions &conditions() const { return m_conditions; }

    // Part of a weight (a snapped start or end inside an edge), rounded the same way everywhere.
    static quint32 partOf(quint32 weight, double fraction);
    static quint32 add(quint32 a, quint32 b)
    {
        const quint64 s = quint64(a) + b;
        return s >= kForbidden ? kForbidden : quint32(s);
    }

private:
    const RoadGraph &m_graph;
    RoadProfile m_profile;
    TravelConditions m_conditions;
    const Congestion *m_congestion;
    double m_classFactor[kRoadClassCount];
};

} // namespace wf::maps
