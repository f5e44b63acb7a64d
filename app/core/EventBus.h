#pragma once

#include "Event.h"

#include <QObject>
#include <functional>

namespace wf {

// The one path every change of the world takes. Publishing stamps the sequence number and the
// receive time; subscribers (Journal, WorldState, views' logs) see events in sequence order.
class EventBus : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<qint64()>; // ms since epoch

    explicit EventBus(QObject *parent = nullptr);

    // Safe from any thread: events published off the bus's thread are queued to it.
    void publish(Event event);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setNextSeq(qint64 seq) { m_nextSeq = seq; }
    qint64 lastSeq() const { return m_nextSeq - 1; }
    qint64 now() const { return m_clock(); }

signals:
    void published(const wf::Event &event);

private:
    void deliver(Event event);

    Clock m_clock;
    qint64 m_nextSeq = 1;
};

} // namespace wf
