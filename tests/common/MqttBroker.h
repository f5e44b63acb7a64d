#pragma once

// A stock mosquitto for one test: its own CA (made with openssl), server certificate for
// 127.0.0.1, password file (mosquitto_passwd), the role ACL of tools/broker/make-acl and the
// configuration of tools/broker/mosquitto.conf.template, on a free loopback port, in a folder
// under the build tree. Each test starts its own; nothing is shared between tests.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTest>
#include <QThread>
#include <QUuid>
#include <unistd.h>

namespace wf::testing {

class MqttBroker
{
public:
    struct Account
    {
        QString user;
        QString role;
        QString password;
    };

    explicit MqttBroker(QList<Account> accounts)
        : m_accounts(std::move(accounts))
        , m_dir(QStringLiteral(WATCHFLOOR_BINARY_DIR "/test-brokers/%1")
                  .arg(QUuid::createUuid().toString(QUuid::WithoutBraces).left(8)))
    { }
    ~MqttBroker()
    {
        stop();
        QDir(m_dir).removeRecursively();
    }

    QString dir() const { return m_dir; }
    // Before start(): this broker bridges the live and training trees to `remote` (a district
    // centre's broker to another's), logging in there as `account` (an account of the remote's
    // with the bridge role), with the configuration of tools/broker/bridge.conf.template.
    void bridgeTo(const MqttBroker &remote, const Account &account)
    {
        QFile templ(QStringLiteral(WATCHFLOOR_SOURCE_DIR "/tools/broker/bridge.conf.template"));
        if (!templ.open(QIODevice::ReadOnly))
            return;
        m_bridge = QString::fromUtf8(templ.readAll())
                       .replace(QStringLiteral("@NAME@"), QStringLiteral("to-") + account.user)
                       .replace(QStringLiteral("@REMOTE_HOST@"), QStringLiteral("127.0.0.1"))
                       .replace(QStringLiteral("@REMOTE_PORT@"), QString::number(remote.port()))
                       .replace(QStringLiteral("@REMOTE_CA_FILE@"), remote.caFile())
                       .replace(QStringLiteral("@REMOTE_USER@"), account.user)
                       .replace(QStringLiteral("@REMOTE_PASSWORD@"), account.password);
    }
    QString caFile() const { return m_dir + QStringLiteral("/ca.crt"); }
    int port() const { return m_port; }
    // What the broker has said so far. With connection_messages on it logs every TCP connection
    // ("New connection from ADDRESS on port N", before TLS or any login) and every login ("New client
    // connected from ADDRESS as CLIENTID (... u'USER')"). Read from the pipe here, so it is current
    // even when the test has run no event loop since (a test waiting on a child process).
    QString log()
    {
        if (m_process.state() == QProcess::Running) {
            const auto channel = m_process.readChannel();
            m_process.setReadChannel(QProcess::StandardError);
            while (m_process.waitForReadyRead(0)) { }
            m_process.setReadChannel(channel);
        }
        m_log += QString::fromLocal8Bit(m_process.readAllStandardError());
        return m_log;
    }

    // Makes the files and starts the broker; false with the reason in *error.
    bool start(QString *error)
    {
        QDir().mkpath(m_dir + QStringLiteral("/data"));
        if (m_port != 0) {
            // A restart keeps its port: clients come back to it. While the broker was down, an
            // outgoing connection of any process on the machine may have been given that port
            // as its source port (a client retrying against the dead port can even connect to
            // itself); it is released within seconds, so wait for it as a restarted broker would.
            for (int attempt = 0;; ++attempt) {
                if (launch(error))
                    return true;
                if (attempt == 20 || !error->contains(QStringLiteral("Address already in use")))
                    return false;
                QThread::msleep(500);
            }
        }
        if (!prepare(error))
            return false;
        // Another test may take the free port between the probe and the broker's bind.
        for (int attempt = 0; attempt < 5; ++attempt) {
            if (!pickPort(error) || !writeConfig(error))
                return false;
            if (launch(error))
                return true;
            if (!error->contains(QStringLiteral("Address already in use")))
                return false;
        }
        return false;
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
        m_log += QString::fromLocal8Bit(m_process.readAllStandardError());
    }
    void kill()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }

private:
    bool run(const QString &program, const QStringList &args, QString *error)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir);
        p.start(program, args);
        if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            *error = QStringLiteral("%1 %2 failed: %3")
                         .arg(program, args.join(u' '), QString::fromLocal8Bit(p.readAllStandardError()));
            return false;
        }
        return true;
    }
    bool write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir + u'/' + name);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }
    bool prepare(QString *error)
    {
        const QString openssl = QStringLiteral("openssl");
        const QStringList ec { QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
            QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes") };
        if (!write(QStringLiteral("san.cnf"), "subjectAltName=DNS:localhost,IP:127.0.0.1\n")
            || !run(openssl,
                QStringList { QStringLiteral("req"), QStringLiteral("-x509") } + ec
                    + QStringList { QStringLiteral("-keyout"), QStringLiteral("ca.key"),
                        QStringLiteral("-out"), QStringLiteral("ca.crt"), QStringLiteral("-days"),
                        QStringLiteral("2"), QStringLiteral("-subj"),
                        QStringLiteral("/CN=watchfloor test CA") },
                error)
            || !run(openssl,
                QStringList { QStringLiteral("req") } + ec
                    + QStringList { QStringLiteral("-keyout"), QStringLiteral("server.key"),
                        QStringLiteral("-out"), QStringLiteral("server.csr"), QStringLiteral("-subj"),
                        QStringLiteral("/CN=localhost") },
                error)
            || !run(openssl,
                { QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                    QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.crt"),
                    QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                    QStringLiteral("-out"), QStringLiteral("server.crt"), QStringLiteral("-days"),
                    QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("san.cnf") },
                error))
            return false;
        QByteArray passwords, accounts;
        for (const auto &a : m_accounts) {
            passwords += a.user.toUtf8() + ':' + a.password.toUtf8() + '\n';
            accounts += a.user.toUtf8() + ' ' + a.role.toUtf8() + '\n';
        }
        if (!write(QStringLiteral("passwd"), passwords) || !write(QStringLiteral("accounts"), accounts)
            || !run(QStringLiteral("mosquitto_passwd"), { QStringLiteral("-U"), QStringLiteral("passwd") },
                error))
            return false;
        QProcess acl;
        acl.start(QStringLiteral("python3"),
            { QStringLiteral(WATCHFLOOR_SOURCE_DIR "/tools/broker/make-acl"),
                m_dir + QStringLiteral("/accounts") });
        if (!acl.waitForFinished(30000) || acl.exitCode() != 0
            || !write(QStringLiteral("acl"), acl.readAllStandardOutput())) {
            *error = QStringLiteral("make-acl failed: ") + QString::fromLocal8Bit(acl.readAllStandardError());
            return false;
        }
        QFile::setPermissions(m_dir + QStringLiteral("/passwd"), QFile::ReadOwner | QFile::WriteOwner);
        QFile::setPermissions(m_dir + QStringLiteral("/acl"), QFile::ReadOwner | QFile::WriteOwner);
        return true;
    }
    bool pickPort(QString *error)
    {
        // Below the kernel's range of ephemeral ports (32768 and up): a port the kernel handed
        // out, freed and given to the broker can meanwhile become some other test's client
        // connection's source port, and the broker's bind then fails.
        for (int i = 0; i < 50; ++i) {
            const quint16 port = quint16(20000 + QRandomGenerator::global()->bounded(12000));
            QTcpServer probe;
            if (probe.listen(QHostAddress::LocalHost, port)) {
                m_port = port;
                return true;
            }
        }
        *error = QStringLiteral("no free port");
        return false;
    }
    bool writeConfig(QString *error)
    {
        QFile templ(QStringLiteral(WATCHFLOOR_SOURCE_DIR "/tools/broker/mosquitto.conf.template"));
        if (!templ.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("no broker configuration template");
            return false;
        }
        QString conf = QString::fromUtf8(templ.readAll());
        conf.replace(QStringLiteral("@PORT@"), QString::number(m_port))
            .replace(QStringLiteral("@BIND@"), QStringLiteral("127.0.0.1"))
            .replace(QStringLiteral("@PASSWORD_FILE@"), m_dir + QStringLiteral("/passwd"))
            .replace(QStringLiteral("@ACL_FILE@"), m_dir + QStringLiteral("/acl"))
            .replace(QStringLiteral("@CA_FILE@"), caFile())
            .replace(QStringLiteral("@CERT_FILE@"), m_dir + QStringLiteral("/server.crt"))
            .replace(QStringLiteral("@KEY_FILE@"), m_dir + QStringLiteral("/server.key"))
            .replace(QStringLiteral("@DATA_DIR@"), m_dir + QStringLiteral("/data"));
        // The test runs as whoever runs it; a broker started as root would switch to a
        // "mosquitto" account that cannot read the test's files.
        if (geteuid() == 0)
            conf += QStringLiteral("\nuser root\n");
        if (!m_bridge.isEmpty())
            conf += u'\n' + m_bridge;
        return write(QStringLiteral("mosquitto.conf"), conf.toUtf8());
    }
    bool launch(QString *error)
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(
            QStringLiteral("mosquitto"), { QStringLiteral("-c"), m_dir + QStringLiteral("/mosquitto.conf") });
        if (!m_process.waitForStarted(5000)) {
            *error = QStringLiteral("mosquitto did not start: ") + m_process.errorString();
            return false;
        }
        // Ready when it says so. (Not by probing the port: a probe connecting to a port nobody
        // listens on yet can be given that very port as its own source port, connect to itself
        // and keep the broker from binding.)
        QByteArray said;
        for (int i = 0; i < 300 && m_process.state() != QProcess::NotRunning; ++i) {
            m_process.waitForReadyRead(100);
            said += m_process.readAllStandardError();
            if (said.contains(" running"))
                return true;
        }
        m_process.waitForFinished(1000);
        m_log += QString::fromLocal8Bit(said);
        m_log += QString::fromLocal8Bit(m_process.readAllStandardError());
        *error = QStringLiteral("mosquitto is not listening on %1: %2").arg(m_port).arg(m_log);
        return false;
    }

    QList<Account> m_accounts;
    QString m_dir;
    int m_port = 0;
    QProcess m_process;
    QString m_log;
    QString m_bridge;
};

} // namespace wf::testing
