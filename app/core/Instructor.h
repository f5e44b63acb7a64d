#pragma once

#include "Event.h"

#include <QObject>
#include <QVariant>
#include <QtQmlIntegration>

namespace wf {

class ConnectorHost;
class Dispatch;
class EventBus;

// The instructor's hand in a training run: inject an incident, move a suspect, fail or restore
// a unit's radio, end the run. Each is an audited operator action and a TrainingCommand event,
// submitted through the connector like an order; the world's answer comes back as events.
// Outside training every command is refused before anything is sent.
class Instructor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The Instructor is made by the application")
    Q_PROPERTY(bool available READ available CONSTANT)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
public:
    Instructor(EventBus *bus, ConnectorHost *host, Dispatch *audit, QObject *parent = nullptr);

    bool available() const;
    QString lastError() const { return m_lastError; }

    // type: pickpocketing, theft, traffic_accident, dispute; severity: Severity as int.
    Q_INVOKABLE bool injectIncident(const QString &type, int severity, double latitude, double longitude);
    Q_INVOKABLE bool moveSuspect(const QString &suspectId, double latitude, double longitude);
    Q_INVOKABLE bool failRadio(const QString &unitId);
    Q_INVOKABLE bool restoreRadio(const QString &unitId);
    Q_INVOKABLE bool endRun();

    // What only the instructor sees, from the training world's ground truth (empty outside
    // training): the suspects where they are, with their tracks ({id, plate, vehicle, latitude,
    // longitude, track: [{latitude, longitude}]}), and the cameras that had a suspect in view and
    // when, newest first ({suspect, cameraId, cameraName, fromMs, toMs, spotted}).
    Q_INVOKABLE QVariantList suspects() const;
    Q_INVOKABLE QVariantList cameraChances() const;

signals:
    void lastErrorChanged();

private:
    bool send(const TrainingCommand &command, const QString &action, const QString &detail);
    void setError(const QString &error);

    EventBus *m_bus;
    ConnectorHost *m_host;
    Dispatch *m_audit;
    QString m_lastError;
};

} // namespace wf
