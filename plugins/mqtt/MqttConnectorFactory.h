#pragma once

#include "Connector.h"

#include <QObject>

namespace wf::mqtt {

class MqttConnectorFactory : public QObject, public ConnectorFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID WatchfloorConnectorFactory_iid FILE "mqtt.json")
    Q_INTERFACES(wf::ConnectorFactory)
public:
    QString connectorId() const override { return QStringLiteral("mqtt"); }
    // Settings: url (mqtts://user@host:port), namespace (live, training), role (dispatcher,
    // supervisor, trainee), operator, ca_file, cert_file, key_file, password_file or password_env
    // (the name of an environment variable, default WATCHFLOOR_BACKEND_PASSWORD), outbox (file),
    // client_id (default: the user name).
    std::unique_ptr<Connector> create(const QVariantMap &settings, QString *error) override;
};

} // namespace wf::mqtt
