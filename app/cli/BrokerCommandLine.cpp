#include "BrokerCommandLine.h"

#include <QCommandLineParser>

namespace wf {

BrokerCommandLine::BrokerCommandLine(const QString &backendHelp)
    : m_backend(QStringLiteral("backend"), backendHelp, QStringLiteral("URL"))
    , m_ca(QStringLiteral("ca"), QStringLiteral("The CA that signed the broker's certificate."),
          QStringLiteral("FILE"))
    , m_cert(
          QStringLiteral("cert"), QStringLiteral("A client certificate (optional)."), QStringLiteral("FILE"))
    , m_key(QStringLiteral("key"), QStringLiteral("The client certificate's key."), QStringLiteral("FILE"))
    , m_passwordFile(QStringLiteral("password-file"),
          QStringLiteral("A file holding the account's password."), QStringLiteral("FILE"))
{ }

QString BrokerCommandLine::passwordArgumentError(const QStringList &arguments)
{
    for (const auto &a : arguments) {
        if (a == u"--password" || a.startsWith(u"--password="))
            return QStringLiteral(
                "a password is never given on the command line (others can read it): use --password-file "
                "FILE or the environment variable WATCHFLOOR_BACKEND_PASSWORD, or type it when asked");
    }
    return {};
}

void BrokerCommandLine::addTo(QCommandLineParser *parser) const
{
    parser->addOptions({ m_backend, m_ca, m_cert, m_key, m_passwordFile });
}

bool BrokerCommandLine::backendGiven(const QCommandLineParser &parser) const
{
    return parser.isSet(m_backend);
}

QVariantMap BrokerCommandLine::settings(const QCommandLineParser &parser) const
{
    return { { QStringLiteral("url"), parser.value(m_backend) },
        { QStringLiteral("ca_file"), parser.value(m_ca) },
        { QStringLiteral("cert_file"), parser.value(m_cert) },
        { QStringLiteral("key_file"), parser.value(m_key) },
        { QStringLiteral("password_file"), parser.value(m_passwordFile) },
        { QStringLiteral("password_prompt"), true } };
}

} // namespace wf
