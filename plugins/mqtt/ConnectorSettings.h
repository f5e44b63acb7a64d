#pragma once

#include "MqttConnector.h"

#include <QVariantMap>
#include <optional>

namespace wf::mqtt {

// The connector's settings (see MqttConnectorFactory) checked and turned into options, with the
// password read from its file or environment variable. Errors never quote the password.
std::optional<ConnectorOptions> connectorOptions(const QVariantMap &settings, QString *error);

} // namespace wf::mqtt
