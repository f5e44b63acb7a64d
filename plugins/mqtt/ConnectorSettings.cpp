#include "ConnectorSettings.h"

#include "BackendUrl.h"
#include "BoundedFile.h"

#include <QFileInfo>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace wf::mqtt {

std::optional<QByteArray> promptPassword(const QString &prompt)
{
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    std::fprintf(stderr, "%s", qPrintable(prompt));
    std::fflush(stderr);
    termios old {};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    QByteArray line;
    char c = 0;
    while (line.size() < 1024 && read(STDIN_FILENO, &c, 1) == 1 && c != '\n')
        line += c;
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    std::fprintf(stderr, "\n");
    return line.trimmed();
}

std::optional<BrokerOptions> brokerOptions(const QVariantMap &settings, QString *error)
{
    auto text = [&](const char *key) { return settings.value(QString::fromLatin1(key)).toString(); };
    const auto url = BackendUrl::parse(text("url"), error);
    if (!url)
        return std::nullopt;
    if (url->user.isEmpty()) {
        *error = QStringLiteral("the backend URL needs a user name: mqtts://user@host:port");
        return std::nullopt;
    }
    BrokerOptions b;
    b.host = url->host;
    b.port = url->port;
    b.tls = url->tls;
    b.username = url->user;
    b.clientId = text("client_id");
    if (b.clientId.isEmpty())
        b.clientId = b.username; // brokers tie the client id to the account
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
    } else if (settings.value(QStringLiteral("password_prompt")).toBool()) {
        b.password = promptPassword(QStringLiteral("Password for %1 at %2: ").arg(b.username, url->display()))
                         .value_or(QByteArray());
    }
    if (b.password.isEmpty()) {
        *error = QStringLiteral(
            "no backend password: put it in a file named by backend.password_file, or in the "
            "environment variable %1")
                     .arg(passwordEnv);
        return std::nullopt;
    }
    return b;
}

std::optional<ConnectorOptions> connectorOptions(const QVariantMap &settings, QString *error)
{
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
    const auto url = BackendUrl::parse(settings.value(QStringLiteral("url")).toString(), error);
    if (!url)
        return std::nullopt;
    if (o.ns == u"live" && !url->tls) {
        *error = QStringLiteral("live mode needs TLS: use mqtts://");
        return std::nullopt;
    }
    o.operatorId = settings.value(QStringLiteral("operator")).toString();
    o.outboxPath = settings.value(QStringLiteral("outbox")).toString();
    if (o.outboxPath.isEmpty()) {
        *error = QStringLiteral("the backend needs an outbox file");
        return std::nullopt;
    }
    auto broker = brokerOptions(settings, error);
    if (!broker)
        return std::nullopt;
    o.broker = std::move(*broker);
    return o;
}

} // namespace wf::mqtt
