#pragma once

#include "Event.h"

#include <QString>
#include <optional>
#include <unordered_map>
#include <vector>

namespace wf::sim {

enum class RoadClass : quint8 { Expressway, UrbanRing, Arterial, County, Village };
constexpr int kRoadClassCount = 5;
QString roadClassName(RoadClass c);

enum class Weather : quint8 { Clear, Rain, HeavyRain, Fog };
std::optional<Weather> weatherFromName(QStringView name);
QString weatherName(Weather w);

// What makes travel slower than the posted speed, apart from per-road congestion.
struct TravelConditions
{
    int hourOfDay = 12; // local time, 0..23
    Weather weather = Weather::Clear;
};

// Which roads a traveller may use and how much they dislike each class (a multiplier on the
// travel time used only for choosing the route). An empty mask bit forbids the class.
struct RouteProfile
{
    quint8 classMask = 0x1f;
    float classPenalty[kRoadClassCount] = { 1, 1, 1, 1, 1 };
    float speedCapKmh = 0; // walkers: 0 means the road's own speed
    float speedBoost = 1; // emergency driving

    static RouteProfile car() { return {}; }
    static RouteProfile emergency();
    static RouteProfile walking();
    // A driver avoiding cameras and checkpoints: village and county roads, expressways last.
    static RouteProfile evading();
    bool allows(RoadClass c) const { return classMask & (1u << int(c)); }
};

struct Route
{
    std::vector<int> edges; // directed edge ids, in order
    double seconds = 0;
    double metres = 0;
    bool found() const { return !edges.empty(); }
};

// A directed road graph with posted speeds, conditions and congestion. It is generated
// (see RoadGenerator): no real road data is available offline, and the UI says so.
class RoadNetwork
{
public:
    struct Node
    {
        GeoPoint pos;
        int county = -1; // index into the generator's county table: which county it lies in
        int prefecture = -1; // index into the prefecture seat table
    };
    struct Edge
    {
        int from = 0;
        int to = 0;
        float metres = 0;
        RoadClass cls = RoadClass::Arterial;
        int name = -1; // index into names()
        float congestion = 1; // 1 = free flow; 0.2 = a jam moving at a fifth of the speed
    };

    int addNode(GeoPoint p);
    // Adds both directions; returns the id of the forward edge (the reverse is id + 1).
    int addRoad(int a, int b, RoadClass cls, int name);
    int addName(const QString &name);
    // Builds the adjacency and the spatial index; call once after adding.
    void finalize();

    int nodeCount() const { return int(m_nodes.size()); }
    int edgeCount() const { return int(m_edges.size()); }
    const Node &node(int i) const { return m_nodes[std::size_t(i)]; }
    Node &node(int i) { return m_nodes[std::size_t(i)]; }
    const Edge &edge(int i) const { return m_edges[std::size_t(i)]; }
    static int reverseEdge(int e) { return e ^ 1; }
    const QString &name(int i) const;
    // Outgoing edges of a node.
    std::pair<const int *, const int *> outEdges(int node) const
    {
        return { m_adj.data() + m_adjStart[std::size_t(node)],
            m_adj.data() + m_adjStart[std::size_t(node) + 1] };
    }

    static double postedSpeedKmh(RoadClass c);
    // Speed a vehicle makes on this edge now, before any route preference.
    double speedKmh(int edge, const TravelConditions &c) const;
    double travelSeconds(int edge, const TravelConditions &c, const RouteProfile &p = {}) const;
    void setCongestion(int edge, float factor);

    // The nearest node reachable under the profile's road classes, or -1.
    int nearestNode(GeoPoint p, quint8 classMask = 0x1f, double maxMetres = 50'000) const;
    // Fastest route between nodes (A* on travel time), empty when there is none.
    Route route(int fromNode, int toNode, const TravelConditions &c, const RouteProfile &p = {}) const;
    // Components of the undirected graph: node -> component id. Used by tests and the generator.
    std::vector<int> components() const;

private:
    long cellKey(GeoPoint p) const;

    std::vector<Node> m_nodes;
    std::vector<Edge> m_edges;
    std::vector<QString> m_names;
    std::vector<int> m_adjStart;
    std::vector<int> m_adj;
    std::vector<quint8> m_nodeClasses; // bit set of the classes touching each node
    std::unordered_map<long, std::vector<int>> m_grid;
    static constexpr double kCellDeg = 0.02;
};

} // namespace wf::sim
