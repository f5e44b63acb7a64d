#include "OrderWatch.h"

#include "EventBus.h"
#include "WorldState.h"

namespace wf {

OrderWatch::OrderWatch(EventBus *bus, const WorldState *world, int ackSeconds, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_world(world)
    , m_ackSeconds(std::max(1, ackSeconds))
{
    connect(world, &WorldState::clockChanged, this, &OrderWatch::check);
}

void OrderWatch::check()
{
    const qint64 now = m_world->clock();
    // Once per world second is enough, and keeps this off the per-event path.
    if (now - m_lastCheckMs < 1000)
        return;
    m_lastCheckMs = now;
    const qint64 limitMs = qint64(m_ackSeconds) * 1000;
    std::vector<AlertRaised> due;
    for (const auto &o : m_world->orders()->rows()) {
        if ((o.state != OrderState::Issued && o.state != OrderState::Delivered) || now - o.issuedMs < limitMs
            || m_alerted.contains(o.info.orderId))
            continue;
        m_alerted.insert(o.info.orderId);
        const UnitRow *unit = m_world->units()->find(o.info.unitId);
        const QString who = unit ? unit->info.callSign : o.info.unitId;
        due.push_back(AlertRaised { QStringLiteral("NOACK-%1").arg(o.info.orderId),
            QStringLiteral("Order %1 to %2: no acknowledgement in %3 s")
                .arg(o.info.orderId, who)
                .arg(m_ackSeconds),
            Severity::High, unit ? unit->info.position : o.info.target, QStringLiteral("order_unanswered"),
            { o.info.orderId, who, QString::number(m_ackSeconds) } });
    }
    // Published after the scan: publishing applies to the world, which changes the rows.
    for (auto &a : due)
        m_bus->publish(Event { 0, now, now, QStringLiteral("workstation"), std::move(a) });
}

} // namespace wf
