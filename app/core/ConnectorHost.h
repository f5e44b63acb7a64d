#pragma once

#include "Connector.h"

#include <QObject>
#include <QStringList>
#include <map>
#include <memory>

namespace wf {

class EventBus;

// Finds connector plugins (static ones and those in a plugin folder), starts connectors and
// routes commands to them.
class ConnectorHost : public QObject, private EventSink
{
    Q_OBJECT
public:
    ConnectorHost(EventBus *bus, bool training, QObject *parent = nullptr);
    ~ConnectorHost() override;

    // Returns the ids found; problems with single files are collected in loadErrors().
    QStringList discover(const QString &pluginDir);
    QStringList available() const;
    QStringList loadErrors() const { return m_loadErrors; }

    bool start(const QString &connectorId, const QVariantMap &settings, QString *error);
    void stopAll();
    bool submit(const Event &command, QString *error);
    // Training time control; a live session ignores both.
    void setTimeScale(double scale);
    void step();
    bool training() const { return m_training; }
    // Playback shows a recorded journal: no connector starts and no command leaves, whatever
    // the operator tries.
    void setPlayback(bool playback) { m_playback = playback; }
    bool playback() const { return m_playback; }
    QStringList running() const;
    // The running training world's ground truth (suspects, weather) for the synthetic video;
    // null in live sessions and playback.
    std::shared_ptr<const GroundTruth> groundTruth() const;

private:
    void post(Event event) override;
    void addFactory(QObject *instance, const QString &origin);

    EventBus *m_bus;
    bool m_training;
    bool m_playback = false;
    std::map<QString, ConnectorFactory *> m_factories;
    std::map<QString, std::unique_ptr<Connector>> m_running;
    QStringList m_loadErrors;
};

} // namespace wf
