#pragma once

#include "Event.h"

#include <QObject>
#include <QtQmlIntegration>

namespace wf {

// What kind of shift this is and how its plumbing is doing: shown in the status bar and banner.
class Session : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The Session is made by the application")
    Q_PROPERTY(bool training READ training CONSTANT)
    Q_PROPERTY(QString operatorId READ operatorId CONSTANT)
    Q_PROPERTY(QString journalPath READ journalPath CONSTANT)
    Q_PROPERTY(QString tileUrl READ tileUrl CONSTANT)
    Q_PROPERTY(QStringList connectors READ connectors CONSTANT)
    Q_PROPERTY(int journalErrors READ journalErrors NOTIFY journalErrorsChanged)
    // The backend connection (a broker), once its connector has said anything: state
    // ("connecting", "connected", "disconnected", "refused"), broker, role, namespace, why.
    Q_PROPERTY(bool hasBackend READ hasBackend NOTIFY backendChanged)
    Q_PROPERTY(QString backendState READ backendState NOTIFY backendChanged)
    Q_PROPERTY(QString backendBroker READ backendBroker NOTIFY backendChanged)
    Q_PROPERTY(QString backendRole READ backendRole NOTIFY backendChanged)
    Q_PROPERTY(QString backendNamespace READ backendNamespace NOTIFY backendChanged)
    Q_PROPERTY(QString backendDetail READ backendDetail NOTIFY backendChanged)
    Q_PROPERTY(int backendOutbox READ backendOutbox NOTIFY backendChanged)
    Q_PROPERTY(int backendRefusedMessages READ backendRefusedMessages NOTIFY backendChanged)
public:
    struct Config
    {
        bool training = true;
        QString operatorId;
        QString journalPath;
        QString tileUrl; // base URL of the base-map tiles, e.g. http://127.0.0.1:PORT/
        QStringList connectors;
    };
    explicit Session(Config config, QObject *parent = nullptr)
        : QObject(parent)
        , m_config(std::move(config))
    { }

    bool training() const { return m_config.training; }
    QString operatorId() const { return m_config.operatorId; }
    QString journalPath() const { return m_config.journalPath; }
    QString tileUrl() const { return m_config.tileUrl; }
    QStringList connectors() const { return m_config.connectors; }
    int journalErrors() const { return m_journalErrors; }
    void setJournalErrors(int n)
    {
        if (n == m_journalErrors)
            return;
        m_journalErrors = n;
        emit journalErrorsChanged();
    }

    bool hasBackend() const { return !m_backend.state.isEmpty(); }
    QString backendState() const { return m_backend.state; }
    QString backendBroker() const { return m_backend.broker; }
    QString backendRole() const { return m_backend.role; }
    QString backendNamespace() const { return m_backend.ns; }
    QString backendDetail() const { return m_backend.detail; }
    int backendOutbox() const { return m_backend.outboxPending; }
    int backendRefusedMessages() const { return m_backend.refusedMessages; }
    void setBackendStatus(const BackendStatus &status)
    {
        if (status == m_backend)
            return;
        m_backend = status;
        emit backendChanged();
    }

signals:
    void journalErrorsChanged();
    void backendChanged();

private:
    Config m_config;
    int m_journalErrors = 0;
    BackendStatus m_backend;
};

} // namespace wf
