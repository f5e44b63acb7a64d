#pragma once

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

signals:
    void journalErrorsChanged();

private:
    Config m_config;
    int m_journalErrors = 0;
};

} // namespace wf
