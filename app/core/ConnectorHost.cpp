#include "ConnectorHost.h"

#include "EventBus.h"

#include <QDir>
#include <QJsonObject>
#include <QPluginLoader>

namespace wf {

ConnectorHost::ConnectorHost(EventBus *bus, bool training, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_training(training)
{ }

ConnectorHost::~ConnectorHost()
{
    stopAll();
}

void ConnectorHost::addFactory(QObject *instance, const QString &origin)
{
    auto *factory = qobject_cast<ConnectorFactory *>(instance);
    if (!factory) {
        m_loadErrors.append(QStringLiteral("%1: not a Watchfloor connector").arg(origin));
        return;
    }
    const auto id = factory->connectorId();
    if (m_factories.contains(id))
        return; // the first one found wins: static instances before the folder
    m_factories.emplace(id, factory);
}

QStringList ConnectorHost::discover(const QString &pluginDir)
{
    const auto statics = QPluginLoader::staticPlugins();
    for (const auto &plugin : statics) {
        if (plugin.metaData().value(QStringLiteral("IID")).toString()
            == QLatin1StringView(WatchfloorConnectorFactory_iid))
            addFactory(plugin.instance(), QStringLiteral("static plugin"));
    }
    if (!pluginDir.isEmpty()) {
        QDir dir(pluginDir);
        const auto files = dir.entryList(QDir::Files);
        for (const auto &file : files) {
            QPluginLoader loader(dir.absoluteFilePath(file));
            const auto iid = loader.metaData().value(QStringLiteral("IID")).toString();
            if (iid.isEmpty())
                continue; // not a plugin at all
            if (iid != QLatin1StringView(WatchfloorConnectorFactory_iid)) {
                m_loadErrors.append(QStringLiteral("%1: interface %2, expected %3")
                        .arg(file, iid, QLatin1StringView(WatchfloorConnectorFactory_iid)));
                continue;
            }
            QObject *instance = loader.instance();
            if (!instance) {
                m_loadErrors.append(QStringLiteral("%1: %2").arg(file, loader.errorString()));
                continue;
            }
            addFactory(instance, file);
        }
    }
    return available();
}

QStringList ConnectorHost::available() const
{
    QStringList ids;
    for (const auto &[id, factory] : m_factories)
        ids.append(id);
    return ids;
}

QStringList ConnectorHost::running() const
{
    QStringList ids;
    for (const auto &[id, connector] : m_running)
        ids.append(id);
    return ids;
}

std::shared_ptr<const GroundTruth> ConnectorHost::groundTruth() const
{
    // Only a training world has one; playback shows what was recorded, and that holds none.
    if (!m_training || m_playback)
        return {};
    for (const auto &[id, connector] : m_running) {
        if (auto truth = connector->groundTruth())
            return truth;
    }
    return {};
}

bool ConnectorHost::start(const QString &connectorId, const QVariantMap &settings, QString *error)
{
    if (m_playback) {
        *error = QStringLiteral("refused: playback starts no connector");
        return false;
    }
    const auto it = m_factories.find(connectorId);
    if (it == m_factories.end()) {
        *error
            = QStringLiteral("no connector named '%1' (found: %2)").arg(connectorId, available().join(u", "));
        return false;
    }
    QString why;
    auto connector = it->second->create(settings, &why);
    if (!connector) {
        *error = why.isEmpty()
            ? QStringLiteral("connector '%1' could not be created with these settings").arg(connectorId)
            : why;
        return false;
    }
    // Training and live never mix: a training session takes only simulated connectors.
    if (connector->isTraining() != m_training) {
        *error = m_training
            ? QStringLiteral("connector '%1' is live; a training session cannot use it").arg(connectorId)
            : QStringLiteral("connector '%1' is a simulator; a live session cannot use it").arg(connectorId);
        return false;
    }
    if (!connector->start(this, error))
        return false;
    m_running[connectorId] = std::move(connector);
    return true;
}

void ConnectorHost::stopAll()
{
    for (auto &[id, connector] : m_running)
        connector->stop();
    m_running.clear();
}

bool ConnectorHost::submit(const Event &command, QString *error)
{
    if (m_playback) {
        *error = QStringLiteral("refused: playback shows a recording and sends nothing to any connector");
        return false;
    }
    if (m_running.empty()) {
        *error = QStringLiteral("no connector is running");
        return false;
    }
    // One backend per session today; with several, commands would be routed by entity.
    auto &connector = m_running.begin()->second;
    if (connector->isTraining() != m_training) {
        *error = QStringLiteral("refused: training commands never reach a live backend");
        return false;
    }
    // An instructor's command acts on a simulated world; a live backend must never see one.
    if (std::holds_alternative<TrainingCommand>(command.payload) && !m_training) {
        *error = QStringLiteral("refused: instructor commands exist only in training sessions");
        return false;
    }
    return connector->submit(command, error);
}

void ConnectorHost::setTimeScale(double scale)
{
    if (m_playback)
        return;
    if (!m_training)
        return; // live time is not ours to stop
    for (auto &[id, connector] : m_running)
        connector->setTimeScale(scale);
}

void ConnectorHost::step()
{
    if (m_playback)
        return;
    if (!m_training)
        return;
    for (auto &[id, connector] : m_running)
        connector->step();
}

void ConnectorHost::post(Event event)
{
    m_bus->publish(std::move(event));
}

} // namespace wf
