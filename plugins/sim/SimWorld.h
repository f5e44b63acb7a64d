#pragma once

#include "Event.h"
#include "HubeiMap.h"
#include "Rng.h"
#include "RoadGraph.h"
#include "RoadProfile.h"
#include "RoadRouter.h"
#include "RoadWalker.h"
#include "TrainingStart.h"
#include "TravelConditions.h"

#include <QList>
#include <QString>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <unordered_map>
#include <vector>

namespace wf::sim {

// How much of Hubei is simulated: the centre of Wuhan, all of Wuhan, or the whole province
// at the strength the real provincial system reports (about 950 patrol cars, 1,600 foot
// patrols and 142 joint armed patrol groups).
enum class Scale : quint8 { SmallCity, Wuhan, Province };
std::optional<Scale> scaleFromName(QStringView name);
QString scaleName(Scale s);

struct SimOptions
{
    quint64 seed = 1;
    Scale scale = Scale::SmallCity;
    int units = 0; // mobile units (cars, foot, joint armed patrols); 0: the scale's own strength
    qint64 startTimeMs = 0; // sim clock at t = 0 (ms since epoch)
    double incidentsPerHour = -1; // background incidents; < 0: the scale's default, 0: none
    double congestionPerHour = -1; // background jams; < 0: the scale's default
    double hotListHitsPerHour = -1; // background hot-list hits; < 0: the scale's default
    maps::Weather weather = maps::Weather::Clear;
    // A moment of a recording to start from (its units, open incidents and clock) instead of the
    // scale's own fleet at startTimeMs; null: the usual start.
    std::shared_ptr<const TrainingStart> start;
};

struct SimUnit
{
    QString id;
    QString callSign;
    UnitKind kind = UnitKind::PatrolCar;
    UnitStatus status = UnitStatus::Available;
    GeoPoint pos;
    float heading = 0;
    float speedKmh = 0;
    int homeNode = -1;
    double beatRadiusM = 3000;
    int site = -1; // fixed posts: the key site they guard
    maps::RoadWalker walk; // where on the road graph, and the route when responding
    int headingEdge = -1; // the edge the heading was worked out for (straight edges keep theirs)
    bool directLeg = false; // no road route: moving straight (off-road, or a walker)
    // The current order.
    QString orderId;
    QString task;
    QString incidentId;
    GeoPoint target;
    qint64 onSceneUntilMs = 0; // 0: holds until released
    bool radioFailed = false;
    qint64 nextReportMs = 0;
};

// A vehicle the scenario wants caught, driving its own route.
struct Suspect
{
    QString id;
    QString plate;
    QString vehicle;
    QString incidentId;
    maps::RoadWalker walk; // its route and where on it
    GeoPoint pos;
    GeoPoint start;
    double speedFactor = 1;
    qint64 hotListedAtMs = 0; // plate reads raise alerts from then on
    bool arrived = false;
    bool intercepted = false;
    qint64 interceptedAtMs = 0;
    QString interceptedBy;
    QString interceptedWhere;
    std::vector<std::pair<qint64, GeoPoint>> track; // a fix per minute: for delayed tips
    std::vector<QString> triedBy; // units that already had their chance to stop it
};

// A plate read of a suspect at a checkpoint.
struct Sighting
{
    QString suspectId;
    int site = -1;
    qint64 atMs = 0;
    GeoPoint pos;
    bool alerted = false;
};

// The simulated world, advanced in fixed one-second ticks. Pure and deterministic: the same
// options and the same calls at the same sim times give the same events, so a scenario can
// be replayed and scored.
class SimWorld
{
public:
    explicit SimWorld(const SimOptions &options);
    // It routes with its own router and keeps a speed model pointing at that router's congestion.
    SimWorld(const SimWorld &) = delete;
    SimWorld &operator=(const SimWorld &) = delete;

    // The fixed sites, cameras and units at the start of the shift (and, when starting from a
    // recording, its open incidents).
    std::vector<Event> initialEvents();
    // Advances the clock by stepMs (in whole one-second ticks; the rest is carried) and
    // returns what happened.
    std::vector<Event> step(qint64 stepMs);
    // An order from the dispatcher. Returns false (with a reason) for an unknown unit; what
    // the unit does with it arrives later as OrderStateChanged events.
    bool acceptOrder(const OrderIssued &order, QString *error);

    // --- scenario and instructor injections (their events come out of the next step) ----
    void reportIncident(const QString &id, const QString &type, const QString &summary, Severity severity,
        GeoPoint pos, bool scripted = true);
    void raiseAlert(const QString &id, const QString &text, Severity severity, GeoPoint pos);
    // Adds a suspect driving from one point to another; returns false when no road leads there.
    bool addSuspect(Suspect suspect, GeoPoint to, const maps::RoadProfile &profile, QString *error);
    bool moveSuspect(const QString &id, GeoPoint to, QString *error);
    void setHotListed(const QString &suspectId);
    // A delayed tip: where the suspect was delayMs ago (or now, if it has not moved that long).
    std::optional<GeoPoint> suspectPositionAgo(const QString &suspectId, qint64 delayMs) const;
    void addCongestion(GeoPoint pos, Severity severity, qint64 durationMs, double radiusM);
    void setWeather(maps::Weather w);
    bool failRadio(const QString &unitId, bool failed);

    // --- read-only views for the dispatcher policy, the score and tests --------------------
    qint64 now() const { return m_now; }
    qint64 startTime() const { return m_options.startTimeMs; }
    int unitCount() const { return int(m_units.size()); }
    const std::vector<SimUnit> &units() const { return m_units; }
    const SimUnit *unit(const QString &id) const;
    const std::vector<int> &siteIndices() const { return m_sites; } // sites of this scale, into map().sites()
    const std::vector<Suspect> &suspects() const { return m_suspects; }
    const std::vector<Sighting> &sightings() const { return m_sightings; }
    // Whether an incident is one of the world's everyday ones (its background rate) rather than
    // one a scenario or an instructor put there.
    bool everyday(const QString &incidentId) const { return m_everyday.contains(incidentId); }
    const HubeiMap &map() const { return *m_map; }
    const maps::RoadGraph &roads() const { return m_router.graph(); }
    // Routing on the shared graph with this world's own congestion.
    maps::RoadRouter &router() { return m_router; }
    maps::TravelConditions conditions() const;
    maps::Weather weather() const { return m_weather; }
    bool inRegion(GeoPoint p) const;
    qint64 plateReads() const { return qint64(m_plateReads); }
    int smartCheckpointCount() const { return int(m_smartCheckpoints.size()); }
    int hotListHits() const { return m_hotListHits; }
    qint64 positionReports() const { return m_positionReports; }
    int congestionClearedByUnits() const { return m_congestionClearedByUnits; }
    int congestionClearedNaturally() const { return m_congestionClearedNaturally; }
    int congestionSpots() const { return m_nextCongestion - 1; }
    int openCongestion() const { return int(m_jams.size()); }

private:
    struct PendingOrderStep
    {
        QString orderId;
        QString unitId;
        OrderState state;
        QString note;
    };
    struct Incident
    {
        QString id;
        GeoPoint pos;
        qint64 closeAtMs = 0; // background incidents close on their own
        bool attended = false;
    };
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

    Event make(EventPayload payload) const;
    void tick(std::vector<Event> &out);
    void placeUnits(std::vector<Event> &out);
    // The units and open incidents of a recording, each unit as it was (on its order, when busy).
    void placeRecorded(const TrainingStart &start, std::vector<Event> &out);
    double beatRadius(UnitKind kind, int node) const;
    // How long a unit stays on a scene it reaches (0: until released).
    qint64 onSceneMs(const SimUnit &u);
    void addUnit(
        UnitKind kind, int node, double beat, int site, const QString &callSign, std::vector<Event> &out);
    void advance(SimUnit &u, double seconds);
    int pickPatrolEdge(SimUnit &u);
    double unitSpeedMps(const SimUnit &u, int edge) const;
    void arrive(SimUnit &u, std::vector<Event> &out);
    void finishOrder(SimUnit &u, const QString &note, std::vector<Event> &out);
    void startDriving(SimUnit &u);
    void runOrderSteps(std::vector<Event> &out);
    void backgroundIncidents(std::vector<Event> &out);
    void updateJams(std::vector<Event> &out);
    void startJam(int edge, float worst, qint64 durationMs, double radiusM, std::vector<Event> &out);
    void plateFeed(std::vector<Event> &out);
    void moveSuspects(std::vector<Event> &out);
    int randomUrbanNode();
    GeoPoint nodePos(int node) const;
    int nearestNode(GeoPoint p, quint8 classMask = maps::kAllRoadClasses, double maxMeters = 50'000) const;
    // The speed traffic makes on an edge now (conditions and this world's congestion).
    double trafficKmh(int edge) const;
    QString randomPlate();

    SimOptions m_options;
    std::shared_ptr<const HubeiMap> m_map;
    maps::RoadRouter m_router; // the shared graph, this world's congestion
    // The speed model for the current conditions, remade when they change (trafficKmh runs for
    // every moving unit every tick).
    mutable std::optional<maps::TravelModel> m_traffic;
    mutable int m_trafficKey = -1;
    Rng m_rng;
    qint64 m_now;
    qint64 m_carryMs = 0;
    maps::Weather m_weather;
    QString m_source = QStringLiteral("sim");
    std::vector<SimUnit> m_units;
    std::unordered_map<QString, std::size_t> m_unitIndex;
    std::vector<int> m_sites; // fixed sites of this region
    std::vector<int> m_beatNodes; // urban nodes of the region: where patrols and incidents happen
    std::vector<int> m_smartCheckpoints; // site indices
    std::unordered_map<int, std::vector<int>> m_checkpointsAtNode;
    std::multimap<qint64, PendingOrderStep> m_orderSteps;
    std::map<QString, OrderIssued> m_orders; // accepted, not yet under way
    std::map<QString, Incident> m_incidents;
    std::set<QString> m_everyday; // ids of the background incidents reported
    std::vector<Jam> m_jams;
    std::vector<Suspect> m_suspects;
    std::vector<Sighting> m_sightings;
    std::vector<Event> m_injected;
    double m_plateReads = 0;
    qint64 m_plateReadsPosted = 0;
    int m_hotListHits = 0;
    qint64 m_positionReports = 0;
    int m_nextIncident = 1;
    int m_nextCongestion = 1;
    int m_nextAlert = 1;
    int m_congestionClearedByUnits = 0;
    int m_congestionClearedNaturally = 0;
    double m_incidentRate = 0;
    double m_congestionRate = 0;
    double m_hotListRate = 0;
};

} // namespace wf::sim
