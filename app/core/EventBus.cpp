#include "EventBus.h"

#include <QDateTime>
#include <QThread>

namespace wf {

EventBus::EventBus(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{ }

void EventBus::publish(Event event)
{
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(
            this, [this, e = std::move(event)]() mutable { deliver(std::move(e)); }, Qt::QueuedConnection);
        return;
    }
    deliver(std::move(event));
}

void EventBus::deliver(Event event)
{
    event.seq = m_nextSeq++;
    event.receiveTimeMs = m_clock();
    if (event.sourceTimeMs == 0)
        event.sourceTimeMs = event.receiveTimeMs;
    emit published(event);
}

} // namespace wf
