#pragma once

#include <QString>
#include <optional>

namespace wf {

// A backend address: mqtts://user@host:port (TLS, the default port 8883) or mqtt://user@host:port
// (plain, 1883: for a training broker on this machine only). A password in the URL is refused:
// command lines and settings files are read by others; the password comes from a file or the
// environment.
struct BackendUrl
{
    bool tls = true;
    QString user;
    QString host;
    int port = 8883;
    QString display() const { return QStringLiteral("%1:%2").arg(host).arg(port); }
    static std::optional<BackendUrl> parse(const QString &text, QString *error);
};

} // namespace wf
