#pragma once

#include "CrewOrders.h"
#include "Event.h"
#include "Fleet.h"
#include "HubeiMap.h"
#include "Incidents.h"
#include "PlateFeed.h"
#include "RoadGraph.h"
#include "RoadMovement.h"
#include "RoadProfile.h"
#include "RoadRouter.h"
#include "Shift.h"
#include "SimContext.h"
#include "SimOptions.h"
#include "SimUnit.h"
#include "Suspect.h"
#include "Suspects.h"
#include "TrafficJams.h"
#include "TravelConditions.h"

#include <QString>
#include <optional>
#include <vector>

namespace wf::sim {

// The simulated world, advanced in fixed one-second ticks. Pure and deterministic: the same
// options and the same calls at the same sim times give the same events, so a scenario can
// be replayed and scored. It owns the world's parts (the shift's fleet, the crews' orders,
// movement on the roads, incidents, jams, the plate readers, the suspects) and ticks them in a
// fixed order, since they all draw from one stream of random numbers.
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
    bool acceptOrder(const OrderIssued &order, QString *error) { return m_orders.accept(order, error); }

    // --- scenario and instructor injections (their events come out of the next step) ----
    void reportIncident(const QString &id, const QString &type, const QString &summary, Severity severity,
        GeoPoint pos, bool scripted = true)
    {
        m_incidents.report(id, type, summary, severity, pos, scripted);
    }
    void raiseAlert(const QString &id, const QString &text, Severity severity, GeoPoint pos);
    // Adds a suspect driving from one point to another; returns false when no road leads there.
    bool addSuspect(Suspect suspect, GeoPoint to, const maps::RoadProfile &profile, QString *error)
    {
        return m_suspects.add(std::move(suspect), to, profile, error);
    }
    bool moveSuspect(const QString &id, GeoPoint to, QString *error)
    {
        return m_suspects.move(id, to, error);
    }
    void setHotListed(const QString &suspectId) { m_suspects.setHotListed(suspectId); }
    // A delayed tip: where the suspect was delayMs ago (or now, if it has not moved that long).
    std::optional<GeoPoint> suspectPositionAgo(const QString &suspectId, qint64 delayMs) const
    {
        return m_suspects.positionAgo(suspectId, delayMs);
    }
    void addCongestion(GeoPoint pos, Severity severity, qint64 durationMs, double radiusM)
    {
        m_jams.add(pos, severity, durationMs, radiusM);
    }
    void setWeather(maps::Weather w) { m_context.weather = w; }
    bool failRadio(const QString &unitId, bool failed);

    // --- read-only views for the dispatcher policy, the score and tests --------------------
    qint64 now() const { return m_context.now; }
    qint64 startTime() const { return m_options.startTimeMs; }
    int unitCount() const { return m_fleet.size(); }
    const std::vector<SimUnit> &units() const { return m_fleet.units(); }
    const SimUnit *unit(const QString &id) const { return m_fleet.find(id); }
    // sites of this scale, into map().sites()
    const std::vector<int> &siteIndices() const { return m_context.region.sites(); }
    const std::vector<Suspect> &suspects() const { return m_suspects.all(); }
    const std::vector<Sighting> &sightings() const { return m_plates.sightings(); }
    // Whether an incident is one of the world's everyday ones (its background rate) rather than
    // one a scenario or an instructor put there.
    bool everyday(const QString &incidentId) const { return m_incidents.everyday(incidentId); }
    const HubeiMap &map() const { return *m_context.map; }
    const maps::RoadGraph &roads() const { return m_context.roads(); }
    // Routing on the shared graph with this world's own congestion.
    maps::RoadRouter &router() { return m_context.router; }
    maps::TravelConditions conditions() const { return m_context.conditions(); }
    maps::Weather weather() const { return m_context.weather; }
    bool inRegion(GeoPoint p) const { return m_context.region.contains(p); }
    qint64 plateReads() const { return m_plates.reads(); }
    int smartCheckpointCount() const { return int(m_context.region.smartCheckpoints().size()); }
    int hotListHits() const { return m_plates.hotListHits(); }
    qint64 positionReports() const { return m_positionReports; }
    int congestionClearedByUnits() const { return m_jams.clearedByUnits(); }
    int congestionClearedNaturally() const { return m_jams.clearedNaturally(); }
    int congestionSpots() const { return m_jams.spots(); }
    int openCongestion() const { return m_jams.open(); }

private:
    void tick(std::vector<Event> &out);
    // GPS terminals report on their own intervals.
    void reportPosition(SimUnit &u, std::vector<Event> &out);

    SimOptions m_options;
    SimContext m_context;
    RoadMovement m_movement;
    Fleet m_fleet;
    Incidents m_incidents;
    TrafficJams m_jams;
    CrewOrders m_orders;
    Shift m_shift;
    PlateFeed m_plates;
    Suspects m_suspects;
    qint64 m_carryMs = 0;
    qint64 m_positionReports = 0;
};

} // namespace wf::sim
