#pragma once

#include "MqttConnector.h"

#include <QVariantMap>
#include <optional>

namespace wf::mqtt {

// The broker part of the settings, checked: "url" (mqtts://user@host:port), "ca_file",
// "cert_file" and "key_file", "client_id", and the password from the file "password_file", else
// the environment variable named by "password_env" (WATCHFLOOR_BACKEND_PASSWORD by default), else,
// with "password_prompt" true and a terminal on standard input, asked for without echo. Never
// from the command line or the URL. Errors never quote the password.
std::optional<BrokerOptions> brokerOptions(const QVariantMap &settings, QString *error);

// The connector's settings (see MqttConnectorFactory) checked and turned into options: the
// broker's, plus "namespace", "role", "operator" and "outbox".
std::optional<ConnectorOptions> connectorOptions(const QVariantMap &settings, QString *error);

// Asks for a password on the terminal without echoing it; nullopt when standard input is not a
// terminal.
std::optional<QByteArray> promptPassword(const QString &prompt);

} // namespace wf::mqtt
