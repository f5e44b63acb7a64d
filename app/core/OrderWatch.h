#pragma once

#include <QObject>
#include <QSet>

namespace wf {

class EventBus;
class WorldState;

// Raises an alert for every order not acknowledged within the centre's time (on the world's
// clock, so a training shift at 16x speed waits training seconds), once per order. The alert is
// an ordinary event from the workstation: journaled, queued and acknowledged like any other.
class OrderWatch : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultAckSeconds = 60;

    OrderWatch(EventBus *bus, const WorldState *world, int ackSeconds = kDefaultAckSeconds,
        QObject *parent = nullptr);

    int ackSeconds() const { return m_ackSeconds; }
    // Looks at the orders now; called whenever the world's clock moves.
    void check();

private:
    EventBus *m_bus;
    const WorldState *m_world;
    int m_ackSeconds;
    qint64 m_lastCheckMs = 0;
    QSet<QString> m_alerted;
};

} // namespace wf
