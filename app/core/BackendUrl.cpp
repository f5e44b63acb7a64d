#include "BackendUrl.h"

#include <QUrl>

namespace wf {

std::optional<BackendUrl> BackendUrl::parse(const QString &text, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        *error = QStringLiteral("backend URL must look like mqtts://user@host:port");
        return std::nullopt;
    }
    BackendUrl b;
    if (url.scheme() == u"mqtts") {
        b.tls = true;
    } else if (url.scheme() == u"mqtt") {
        b.tls = false;
    } else {
        *error = QStringLiteral(
            "backend URL scheme must be mqtts (or mqtt for a local training broker), not '%1'")
                     .arg(url.scheme());
        return std::nullopt;
    }
    if (!url.password().isEmpty()) {
        *error = QStringLiteral(
            "the backend URL must not contain a password: give it in a file (backend.password_file) "
            "or the environment variable WATCHFLOOR_BACKEND_PASSWORD");
        return std::nullopt;
    }
    if (!url.path().isEmpty() && url.path() != u"/") {
        *error = QStringLiteral("backend URL has no path: mqtts://user@host:port");
        return std::nullopt;
    }
    b.user = url.userName();
    b.host = url.host();
    b.port = url.port(b.tls ? 8883 : 1883);
    if (b.port < 1 || b.port > 65535) {
        *error = QStringLiteral("backend port must be 1..65535");
        return std::nullopt;
    }
    return b;
}

} // namespace wf
