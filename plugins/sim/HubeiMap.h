#pragma once

#include "Event.h"
#include "RoadGraph.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <vector>

namespace wf::sim {

// A named point of the built-in geography (prefecture seat, county seat, place).
struct Place
{
    QString adcode;
    QString parent; // counties: the prefecture's adcode
    QString nameZh;
    QString nameEn;
    QString kind; // city, county, airport, rail_station, coach_station, site, utility
    GeoPoint pos;
};

// A place's short name, as call signs and generated names use it: without its administrative
// suffix (市, 县, 区, an autonomous prefecture's or county's).
QString shortName(const Place &p);

// The seed of the built-in geography (its generated roads and the choices of its sites): the
// same for every run and every trainee, independent of a run's --seed.
constexpr quint64 kGeographySeed = 0x48554245492d5246ULL;

enum class KeySiteKind : quint8 { None, Airport, RailStation, CoachStation, Landmark, Utility };
enum class Boundary : quint8 { None, County, Prefecture, Province };

// A fixed site of the training world: checkpoints, stations, key sites.
struct FixedSite
{
    QString id;
    QString name;
    SiteKind kind = SiteKind::PoliceCheckpoint;
    KeySiteKind keyKind = KeySiteKind::None;
    Boundary boundary = Boundary::None; // checkpoints: which boundary the road crosses here
    GeoPoint pos;
    int node = -1; // the road node it sits on
    int prefecture = -1;
    int county = -1;
    int edge = -1; // checkpoints: the road (edge of the road graph) it watches
};

struct CameraSpec
{
    QString id;
    QString name;
    GeoPoint pos;
    float bearingDeg = 0;
    float fovDeg = 60;
    int site = -1; // index into sites, or -1
};

// The static training geography: places from the base map, the generated road network
// (RoadGenerator) and the fixed sites placed on it (SitePlacer). Built once (deterministically, independent
// of the run's seed) and shared read-only by every SimWorld. The roads are a maps::RoadGraph like any
// deployment's, built through the same file format (roadFileImage() is what "--write-roads" saves); no real
// road data is available offline, and the UI says so.
class HubeiMap
{
public:
    static std::shared_ptr<const HubeiMap> shared();
    // Builds from the embedded data; exposed for tests that want a fresh copy.
    static std::unique_ptr<HubeiMap> build(QString *error = nullptr);

    const maps::RoadGraph &roads() const { return *m_roads; }
    std::shared_ptr<const maps::RoadGraph> roadGraph() const { return m_roads; }
    // The graph as a road graph file.
    QByteArray roadFileImage() const { return m_roadImage; }
    // Which county and prefecture a road node lies in (-1 beyond the province's border).
    int nodeCounty(int node) const { return m_nodeCounty[std::size_t(node)]; }
    int nodePrefecture(int node) const { return m_nodePrefecture[std::size_t(node)]; }
    const std::vector<Place> &seats() const { return m_seats; }
    const std::vector<Place> &counties() const { return m_counties; }
    const std::vector<Place> &places() const { return m_places; }
    const std::vector<FixedSite> &sites() const { return m_sites; }
    const std::vector<CameraSpec> &cameras() const { return m_cameras; }

    bool insideProvince(GeoPoint p) const;
    int seatIndex(QStringView nameEn) const; // -1 when unknown
    int wuhan() const { return m_wuhan; }
    GeoPoint wuhanCentre() const { return m_seats[std::size_t(m_wuhan)].pos; }
    // The nearest place (seat, county or named place) to p by either name: for names in reports.
    const Place *findPlace(QStringView name) const;
    // Prefecture and county of a point (nearest county point: a generated approximation).
    int countyAt(GeoPoint p) const;
    int prefectureOfCounty(int county) const;
    // Web of urban roads: radius in metres around a seat, 0 for none.
    double cityRadiusM(int seat) const;

private:
    bool load(QString *error);
    // Which county and prefecture each road node lies in.
    void assignRegions();

    std::shared_ptr<const maps::RoadGraph> m_roads;
    QByteArray m_roadImage;
    std::vector<int> m_nodeCounty;
    std::vector<int> m_nodePrefecture;
    std::vector<Place> m_seats;
    std::vector<Place> m_counties;
    std::vector<Place> m_places;
    std::vector<int> m_countyPrefecture;
    std::vector<FixedSite> m_sites;
    std::vector<CameraSpec> m_cameras;
    std::vector<maps::LatLon> m_outline;
    int m_wuhan = 0;
};

} // namespace wf::sim
