#include "Dispatch.h"

#include "ConnectorHost.h"
#include "EventBus.h"

namespace wf {

Dispatch::Dispatch(EventBus *bus, ConnectorHost *host, const QString &operatorId, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_host(host)
    , m_operatorId(operatorId)
{ }

QString Dispatch::orderUnit(
    const QString &unitId, const QString &task, double latitude, double longitude, const QString &incidentId)
{
    // The bus time makes ids unique across restarts of the same journal.
    const QString orderId = QStringLiteral("ORD-%1-%2").arg(m_bus->now()).arg(m_nextOrder++);
    record(QStringLiteral("order_unit"),
        QStringLiteral("order=%1 unit=%2 task=%3 at=%4,%5 incident=%6")
            .arg(orderId, unitId, task)
            .arg(latitude, 0, 'f', 6)
            .arg(longitude, 0, 'f', 6)
            .arg(incidentId));
    Event order;
    order.source = QStringLiteral("operator");
    order.payload = OrderIssued { orderId, unitId, task, GeoPoint { latitude, longitude }, incidentId };
    m_bus->publish(order);

    QString error;
    if (!m_host->submit(order, &error)) {
        Event rejected;
        rejected.source = QStringLiteral("operator");
        rejected.payload = OrderStateChanged { orderId, OrderState::Rejected, error };
        m_bus->publish(rejected);
        refuse(error);
    }
    return orderId;
}

void Dispatch::acknowledgeAlert(const QString &alertId)
{
    record(QStringLiteral("acknowledge_alert"), alertId);
    Event e;
    e.source = QStringLiteral("operator");
    e.payload = AlertAcknowledged { alertId };
    m_bus->publish(e);
}

void Dispatch::record(const QString &action, const QString &detail)
{
    Event e;
    e.source = QStringLiteral("operator");
    e.payload = OperatorAction { m_operatorId, action, detail };
    m_bus->publish(e);
}

void Dispatch::refuse(const QString &error)
{
    m_lastError = error;
    ++m_refused;
    emit lastErrorChanged();
}

} // namespace wf
