#pragma once

#include "Event.h"

#include <QList>
#include <QString>

#include <map>
#include <random>
#include <vector>

namespace wf::sim {

struct SimOptions
{
    quint64 seed = 1;
    int units = 60;
    qint64 startTimeMs = 0; // sim clock at t = 0 (ms since epoch)
    double incidentsPerHour = 40;
};

// The simulated world, advanced in fixed steps. Pure and deterministic: the same options and
// the same calls give the same events, so a scenario can be replayed and scored.
class SimWorld
{
public:
    explicit SimWorld(const SimOptions &options);

    // The fixed sites, cameras and units at the start of the shift.
    std::vector<Event> initialEvents();
    // Advances the clock by stepMs and returns what happened.
    std::vector<Event> step(qint64 stepMs);
    // An order from the dispatcher. Returns false (with a reason) for an unknown unit.
    bool acceptOrder(const OrderIssued &order, QString *error);

    qint64 now() const { return m_now; }
    int unitCount() const { return int(m_units.size()); }

private:
    struct Unit
    {
        QString id;
        QString callSign;
        UnitKind kind;
        UnitStatus status = UnitStatus::Available;
        GeoPoint pos;
        GeoPoint waypoint;
        double speedKmh = 0;
        float heading = 0;
        qint64 nextReportMs = 0;
        qint64 reportEveryMs = 2000;
        QString orderId;
        qint64 onSceneUntilMs = 0;
    };
    struct PendingOrderStep
    {
        qint64 atMs;
        QString orderId;
        QString unitId;
        OrderState state;
        GeoPoint target;
    };
    struct OpenIncident
    {
        QString id;
        qint64 closeAtMs;
    };

    Event make(EventPayload payload) const;
    GeoPoint randomPointInCity();
    void moveUnit(Unit &u, double dtSeconds, std::vector<Event> &out);
    void maybeIncident(qint64 stepMs, std::vector<Event> &out);
    void runOrderSteps(std::vector<Event> &out);

    SimOptions m_options;
    std::mt19937_64 m_rng;
    qint64 m_now;
    std::vector<Unit> m_units;
    std::map<QString, std::size_t> m_unitIndex;
    std::vector<PendingOrderStep> m_orderSteps;
    std::vector<OpenIncident> m_openIncidents;
    int m_nextIncident = 1;
    int m_nextCongestion = 1;
    QList<QString> m_congestion;
};

} // namespace wf::sim
