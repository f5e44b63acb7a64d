#pragma once

#include "CordonPlan.h"
#include "ScenarioDirector.h"

#include <map>
#include <set>
#include <vector>

namespace wf::sim {

// The built-in automatic dispatcher: the fastest available unit by road to each incident, re-dispatch on
// refusal or silence, officers to bad jams, and for a fleeing suspect ring cordons plus the
// checkpoints ahead of each sighting. Its orders go into the world and out as events.
class AutoDispatcher
{
public:
    // How far ahead of where the suspect can be the drive-time ring is drawn.
    static constexpr double kDriveRingLeadS = 15 * 60;
    AutoDispatcher(const Scenario &scenario, SimWorld &world, const ScenarioDirector &director);
    // Looks at what happened and appends its own actions (orders, cordons) to events.
    void react(std::vector<Event> &events);
    const std::vector<CordonPlan> &cordons() const { return m_cordons; }
    void updateCordons();

private:
    QString order(const QString &unitId, const QString &task, GeoPoint target, const QString &incidentId,
        std::vector<Event> &out);
    QString nearestAvailable(GeoPoint p, bool mobileOnly, double maxM = 1e12) const;
    // The available units by road travel time to a place, fastest first (the ranking the
    // workstation recommends by).
    std::vector<const SimUnit *> byTravelTime(GeoPoint p, double limitSeconds) const;
    void dispatchIncident(const QString &incidentId, std::vector<Event> &out);
    void setDriveRing(GeoPoint origin, double fledSeconds, CordonPlan plan, std::vector<Event> &out);
    void setCordons(GeoPoint origin, double fledSeconds, std::vector<Event> &out);
    void manAhead(GeoPoint from, GeoPoint to, std::vector<Event> &out);

    const Scenario &m_scenario;
    SimWorld &m_world;
    const ScenarioDirector &m_director;
    struct Incident
    {
        GeoPoint pos;
        Severity severity;
        QString type;
        bool covered = false; // a unit is on scene or on the way
        int tries = 0;
    };
    std::map<QString, Incident> m_incidents;
    std::map<QString, QString> m_orderIncident; // order -> incident
    std::map<QString, QString> m_orderUnit;
    std::set<QString> m_busy; // units with a live order from us
    std::set<QString> m_jamsSent;
    std::set<int> m_manned; // checkpoint sites given a unit
    std::vector<CordonPlan> m_cordons;
    std::map<QString, GeoPoint> m_lastKnown; // suspect -> last known position
    std::size_t m_seenSightings = 0;
    std::size_t m_seenTips = 0;
    int m_nextOrder = 1;
    bool m_cordonsSet = false;
};

} // namespace wf::sim
