#include "MqttConnectorFactory.h"

#include "ConnectorSettings.h"

namespace wf::mqtt {

std::unique_ptr<Connector> MqttConnectorFactory::create(const QVariantMap &settings, QString *error)
{
    auto options = connectorOptions(settings, error);
    if (!options)
        return nullptr;
    return std::make_unique<MqttConnector>(std::move(*options));
}

} // namespace wf::mqtt
