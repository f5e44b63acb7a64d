#pragma once

#include <QCommandLineOption>
#include <QString>
#include <QVariantMap>

class QCommandLineParser;

namespace wf {

// The broker options the backend's command-line tools share (--backend, --ca, --cert, --key and
// --password-file) and the refusal of a password typed on the command line, where every user of
// the machine can read it in the process list.
class BrokerCommandLine
{
public:
    // backendHelp: what --backend is for this tool (which account's role it needs).
    explicit BrokerCommandLine(const QString &backendHelp);

    // The message refusing a password among the arguments; empty when there is none.
    static QString passwordArgumentError(const QStringList &arguments);

    void addTo(QCommandLineParser *parser) const;
    bool backendGiven(const QCommandLineParser &parser) const;

    // The broker part of the connector's settings ("url", "ca_file", "cert_file", "key_file",
    // "password_file"), asking for the password on the terminal when neither a file nor the
    // environment gives one.
    QVariantMap settings(const QCommandLineParser &parser) const;

private:
    QCommandLineOption m_backend;
    QCommandLineOption m_ca;
    QCommandLineOption m_cert;
    QCommandLineOption m_key;
    QCommandLineOption m_passwordFile;
};

} // namespace wf
