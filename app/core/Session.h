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
    // The journal's trouble in words: what SQLite said while writes fail, and what it cost.
    Q_PROPERTY(bool journalFailing READ journalFailing NOTIFY journalErrorsChanged)
    Q_PROPERTY(QString journalProblem READ journalProblem NOTIFY journalErrorsChanged)
    Q_PROPERTY(qint64 journalUnwritten READ journalUnwritten NOTIFY journalErrorsChanged)
    Q_PROPERTY(qint64 journalLost READ journalLost NOTIFY journalErrorsChanged)
    // A recorded journal is shown: nothing is live and nothing is sent.
    Q_PROPERTY(bool playback READ playback CONSTANT)
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
        bool playback = false;
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
    bool journalFailing() const { return m_journalFailing; }
    QString journalProblem() const { return m_journalProblem; }
    qint64 journalUnwritten() const { return m_journalUnwritten; }
    qint64 journalLost() const { return m_journalLost; }
    bool playback() const { return m_config.playback; }
    void setJournalErrors(int n)
    {
        setJournalHealth(n, m_journalFailing, m_journalProblem, m_journalUnwritten, m_journalLost);
    }
    void setJournalHealth(int errors, bool failing, const QString &problem, qint64 unwritten, qint64 lost)
    {
        if (errors == m_journalErrors && failing == m_journalFailing && problem == m_journalProblem
            && unwritten == m_journalUnwritten && lost == m_journalLost)
            return;
        m_journalErrors = errors;
        m_journalFailing = failing;
        m_journalProblem = problem;
        m_journalUnwritten = unwritten;
        m_journalLost = lost;
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
    bool m_journalFailing = false;
    QString m_journalProblem;
    qint64 m_journalUnwritten = 0;
    qint64 m_journalLost = 0;
    BackendStatus m_backend;
};

} // namespace wf
