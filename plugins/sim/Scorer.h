#pragma once

#include "CordonPlan.h"
#include "CordonScore.h"
#include "Scenario.h"
#include "SightingScore.h"
#include "SimWorld.h"
#include "ZoneLayer.h"

#include <QJsonObject>
#include <map>
#include <optional>
#include <set>
#include <vector>

namespace wf::sim {

// Scores a run from the event stream and the world: response times against the 1/3/5-minute
// targets, suspects intercepted, cordons closed and held against the suspect (CordonScore, for
// the trainee's cordons and the built-in dispatcher's alike), orders acknowledged and completed,
// and what the trainee spotted on the cameras (SightingScore).
class Scorer
{
public:
    Scorer(const Scenario &scenario, const SimWorld &world);
    void observe(const std::vector<Event> &events);
    // After each tick of the world: who the cameras have in view.
    void sample() { m_sightings.sample(); }
    // A trainee's mark on a camera's picture, made at atMs of the world's clock.
    void markSighting(const SightingMarked &mark, qint64 atMs) { m_sightings.mark(mark, atMs); }
    const SightingScore &sightings() const { return m_sightings; }
    QJsonObject report(const std::vector<CordonPlan> &cordons, quint64 seed) const;

private:
    struct Incident
    {
        QString id;
        QString type;
        QString zone;
        GeoPoint pos;
        qint64 reportedMs = 0;
        qint64 firstOnSceneMs = 0;
        QString firstUnit;
    };
    struct Order
    {
        QString unitId;
        QString incidentId;
        QString task;
        std::set<int> states;
    };
    QString zoneOf(GeoPoint p) const;
    double targetSeconds(const QString &zone) const;

    const Scenario &m_scenario;
    const SimWorld &m_world;
    std::optional<maps::ZoneLayer> m_zones;
    SightingScore m_sightings;
    std::vector<Incident> m_incidents;
    std::map<QString, std::size_t> m_incidentIndex;
    std::map<QString, Order> m_orders;
    std::vector<QString> m_orderSequence;
    qint64 m_events = 0;
    CordonScore m_cordonScore;
};

} // namespace wf::sim
