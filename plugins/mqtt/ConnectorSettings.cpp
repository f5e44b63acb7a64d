#include "ConnectorSettings.h"

#include "BackendUrl.h"
#include "BoundedFile.h"

#include <QFileInfo>

namespace wf::mqtt {

std::optional<ConnectorOptions> connectorOptions(const QVariantMap &settings, QString *error)
{
    auto text = [&](const char *key) { return settings.value(QString::fromLatin1(key)).toString(); };
    const auto url = BackendUrl::parse(text("url"), error);
    if (!url)
        return std::nullopt;
    ConnectorOptions o;
    o.ns = settings.value(QStringLiteral("namespace"), QStringLiteral("live")).toString();
    if (o.ns != u"live" && o.ns != u"training") {
        *error = QStringLiteral("backend namespace must be live or training, not '%1'").arg(o.ns);
        return std::nullopt;
    }
    o.role = settings.value(QStringLiteral("role"), QStringLiteral("dispatcher")).toString();
    if (o.role != u"dispatcher" && o.role != u"supervisor" && o.role != u"trainee") {
        *error = QStringLiteral("a workstation's role is dispatcher, supervisor or trainee, not '%1'")
                     .arg(o.role);
        return std::nullopt;
    }
    if (o.role == u"trainee" && o.ns == u"live") {
        *error = QStringLiteral("a trainee's account cannot join the live namespace");
        return std::nullopt;
    }
    if (o.ns == u"live" && !url->tls) {
        *error = QStringLiteral("live mode needs TLS: use mqtts://");
        return std::nullopt;
    }
    if (url->user.isEmpty()) {
        *error = QStringLiteral("the backend URL needs a user name: mqtts://user@host:port");
        return std::nullopt;
    }
    o.operatorId = text("operator");
    o.outboxPath = text("outbox");
    if (o.outboxPath.isEmpty()) {
        *error = QStringLiteral("the backend needs an outbox file");
        return std::nullopt;
    }
    auto &b = o.broker;
    b.host = url->host;
    b.port = url->port;
    b.tls = url->tls;
    b.username = url->user;
    b.clientId = text("client_id");
    b.caFile = text("ca_file");
    b.certFile = text("cert_file");
    b.keyFile = text("key_file");
    if (b.tls && b.caFile.isEmpty()) {
        *error = QStringLiteral("TLS needs the CA that signed the broker's certificate (backend.ca_file)");
        return std::nullopt;
    }
    if (b.certFile.isEmpty() != b.keyFile.isEmpty()) {
        *error
            = QStringLiteral("a client certificate needs its key (backend.cert_file and backend.key_file)");
        return std::nullopt;
    }
    const QString passwordFile = text("password_file");
    const QString passwordEnv
        = settings.value(QStringLiteral("password_env"), QStringLiteral("WATCHFLOOR_BACKEND_PASSWORD"))
              .toString();
    if (!passwordFile.isEmpty()) {
        QString why;
        const auto bytes = readBoundedFile(passwordFile, 1024, &why);
        if (!bytes) {
            *error = QStringLiteral("cannot read the backend password file %1: %2").arg(passwordFile, why);
            return std::nullopt;
        }
        b.password = bytes->trimmed();
    } else if (qEnvironmentVariableIsSet(passwordEnv.toLocal8Bit().constData())) {
        b.password = qgetenv(passwordEnv.toLocal8Bit().constData());
    }
    if (b.password.isEmpty()) {
        *error = QStringLiteral(
            "no backend password: put it in a file named by backend.password_file, or in the "
            "environment variable %1")
                     .arg(passwordEnv);
        return std::nullopt;
    }
    return o;
}

} // namespace wf::mqtt
