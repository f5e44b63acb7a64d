#pragma once

#include <QObject>
#include <QtQmlIntegration>

namespace wf {

class EventBus;
class ConnectorHost;

// Turns operator actions into events (for the audit trail) and commands (for the backend).
class Dispatch : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Dispatch is made by the application")
    Q_PROPERTY(QString operatorId READ operatorId CONSTANT)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(int refusedCommands READ refusedCommands NOTIFY lastErrorChanged)
public:
    Dispatch(EventBus *bus, ConnectorHost *host, const QString &operatorId, QObject *parent = nullptr);

    QString operatorId() const { return m_operatorId; }
    QString lastError() const { return m_lastError; }
    int refusedCommands() const { return m_refused; }

    // Orders a unit to a place; returns the order id. The order's progress arrives as events.
    Q_INVOKABLE QString orderUnit(const QString &unitId, const QString &task, double latitude,
        double longitude, const QString &incidentId = {});
    Q_INVOKABLE void acknowledgeAlert(const QString &alertId);
    // Records an operator action that changes nothing in the world (a view change worth auditing).
    Q_INVOKABLE void record(const QString &action, const QString &detail);

signals:
    void lastErrorChanged();

private:
    void refuse(const QString &error);

    EventBus *m_bus;
    ConnectorHost *m_host;
    QString m_operatorId;
    QString m_lastError;
    int m_refused = 0;
    int m_nextOrder = 1;
};

} // namespace wf
