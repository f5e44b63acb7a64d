#pragma once

#include "Event.h"
#include "ScenarioState.h"
#include "WorldModels.h"

#include <QObject>
#include <QTimer>
#include <QtQmlIntegration>

namespace wf {

// The current picture of the world. Nothing changes it except apply(): live, training and
// playback differ only in where the events come from.
class WorldState : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The WorldState is made by the application")
    Q_PROPERTY(wf::UnitModel *units READ units CONSTANT)
    Q_PROPERTY(wf::CameraModel *cameras READ cameras CONSTANT)
    Q_PROPERTY(wf::SiteModel *sites READ sites CONSTANT)
    Q_PROPERTY(wf::IncidentModel *incidents READ incidents CONSTANT)
    Q_PROPERTY(wf::CongestionModel *congestion READ congestion CONSTANT)
    Q_PROPERTY(wf::LastSeenModel *lastSeen READ lastSeen CONSTANT)
    Q_PROPERTY(wf::OrderModel *orders READ orders CONSTANT)
    Q_PROPERTY(wf::CordonModel *cordons READ cordons CONSTANT)
    Q_PROPERTY(wf::AlertModel *alerts READ alerts CONSTANT)
    Q_PROPERTY(wf::ScenarioState *scenario READ scenario CONSTANT)
    Q_PROPERTY(qint64 clock READ clock NOTIFY clockChanged)
    Q_PROPERTY(qint64 eventsApplied READ eventsApplied NOTIFY clockChanged)
    Q_PROPERTY(int rejectedEvents READ rejectedEvents NOTIFY rejectedEventsChanged)
public:
    explicit WorldState(QObject *parent = nullptr);

    // Applies one event; events that refer to unknown entities are counted, not fatal.
    void apply(const Event &event);
    void reset();
    // A keyframe (WorldSnapshot) brings back the counters a replay from the start would have.
    void restoreCounters(qint64 clock, qint64 applied, int rejected, qint64 plateReads);

    UnitModel *units() { return &m_units; }
    CameraModel *cameras() { return &m_cameras; }
    SiteModel *sites() { return &m_sites; }
    IncidentModel *incidents() { return &m_incidents; }
    CongestionModel *congestion() { return &m_congestion; }
    LastSeenModel *lastSeen() { return &m_lastSeen; }
    OrderModel *orders() { return &m_orders; }
    CordonModel *cordons() { return &m_cordons; }
    AlertModel *alerts() { return &m_alerts; }
    ScenarioState *scenario() { return &m_scenario; }
    const UnitModel *units() const { return &m_units; }
    const OrderModel *orders() const { return &m_orders; }
    const IncidentModel *incidents() const { return &m_incidents; }
    const AlertModel *alerts() const { return &m_alerts; }
    const SiteModel *sites() const { return &m_sites; }
    const CameraModel *cameras() const { return &m_cameras; }
    const LastSeenModel *lastSeen() const { return &m_lastSeen; }
    const CordonModel *cordons() const { return &m_cordons; }

    qint64 clock() const { return m_clock; }
    qint64 eventsApplied() const { return m_applied; }
    int rejectedEvents() const { return m_rejected; }
    qint64 plateReads() const { return m_plateReads; } // all plate reads applied so far

signals:
    void clockChanged();
    void rejectedEventsChanged();

private:
    struct Applier;
    void reject();
    void reachStage(IncidentRow &row, IncidentStage stage, qint64 atMs);

    UnitModel m_units;
    CameraModel m_cameras;
    SiteModel m_sites;
    IncidentModel m_incidents;
    CongestionModel m_congestion;
    LastSeenModel m_lastSeen;
    OrderModel m_orders;
    CordonModel m_cordons;
    AlertModel m_alerts;
    ScenarioState m_scenario;
    qint64 m_clock = 0;
    qint64 m_applied = 0;
    // Thousands of events a second share a few clock values (a training tick stamps 10,000 moves
    // with one time). Listeners of clockChanged (the clock's text and some forty bindings, order
    // deadlines, the pictures' clock) hear of a new time at once when it moved on by
    // kClockNotifyMs or more, and of smaller changes and of eventsApplied within kClockNotifyMs of
    // wall time, always ending on the last value: a notification per event stalled the window
    // for 100 ms and more under a 10,000-unit fleet.
    void notifyClock();
    QTimer m_clockNotify;
    qint64 m_notifiedClock = 0;
    static constexpr int kClockNotifyMs = 50;
    int m_rejected = 0;
    qint64 m_plateReads = 0;
};

} // namespace wf
