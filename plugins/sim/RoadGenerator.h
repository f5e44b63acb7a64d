#pragma once

#include "HubeiMap.h"
#include "RoadGraph.h"
#include "RoadGraphBuilder.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <vector>

namespace wf::sim {

// Where the generated network put the things the sites are placed by: each county's node, the
// villages and the nodes of the city webs.
struct RoadLayout
{
    std::vector<int> countyNode; // per county
    std::vector<bool> countyOwnNode; // per county: its node is its seat, not a city web's node
    std::vector<std::vector<int>> villages; // per county
    std::vector<int> urbanNodes; // the nodes of every city web
};

// The training world's road network, generated from the map's places: a web of ring roads and
// radials around each prefecture seat (Wuhan's with its real rings), the expressway corridors,
// county roads to each county's nearest neighbours, villages with their small roads, and county
// roads joining whatever was left apart. A pure function of the place table and
// kGeographySeed; used once, by HubeiMap::build.
class RoadGenerator
{
public:
    // A corridor's waypoint: a seat or county by its English name, or an exit beyond the border.
    struct Waypoint
    {
        const char *name; // nullptr: an exit point
        double lat = 0;
        double lon = 0;
    };

    explicit RoadGenerator(const HubeiMap &map)
        : m_map(map)
    { }

    // Generates the roads and reads them back as a graph through the road file format (the
    // image is what the graph was read from); false with the builder's reason if that fails.
    bool run(QString *error);

    const QByteArray &roadImage() const { return m_roadImage; }
    std::shared_ptr<const maps::RoadGraph> graph() const { return m_graph; }
    const RoadLayout &layout() const { return m_layout; }

private:
    struct Web
    {
        std::vector<int> outer; // nodes of the outermost ring
        double radiusM = 0;
        int centre = -1;
    };
    double rand01();
    GeoPoint pos(int n) const;
    int addNode(GeoPoint p);
    void addRoad(int from, int to, maps::RoadClass cls, int name);
    int addName(const QString &name);
    std::vector<int> road(int a, int b, maps::RoadClass cls, int name, double stepM, double bow);
    int nearestOf(const std::vector<int> &nodes, GeoPoint p) const;
    void buildCityWebs();
    void placeCounties();
    int entryNode(const Waypoint &w, GeoPoint towards);
    GeoPoint waypointPos(const Waypoint &w) const;
    void buildExpressways();
    void buildCountyRoads();
    int countyEntry(std::size_t c, GeoPoint towards);
    void buildVillages();
    void connectComponents();

    const HubeiMap &m_map;
    maps::RoadGraphBuilder m_builder;
    quint64 m_salt = 1;
    std::vector<Web> m_webs; // per seat
    RoadLayout m_layout;
    std::vector<int> m_villageNodes;
    int m_countyRoadNo = 1;
    int m_villageRoadNo = 1;
    QByteArray m_roadImage;
    std::shared_ptr<const maps::RoadGraph> m_graph;
};

} // namespace wf::sim
