#pragma once

// The field terminal of tests/tools/mqtt_field_peer.py as a child process, and its counts.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <csignal>
#include <sys/types.h>

namespace wf::testing {

class FieldPeer
{
public:
    FieldPeer(const QString &statsPath)
        : m_stats(statsPath)
    { }
    ~FieldPeer() { stop(); }

    // Starts it as unit `user` and waits until it has subscribed to its orders.
    // extraArgs: e.g. --lose-first delivered (see the script).
    bool start(int port, const QString &caFile, const QString &user, const QString &password,
        const QString &states = QStringLiteral("delivered,acknowledged,en_route,on_scene,done"),
        const QStringList &extraArgs = {})
    {
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FIELD_PEER_PASSWORD"), password);
        m_process.setProcessEnvironment(env);
        m_process.start(QStringLiteral("python3"),
            QStringList { QStringLiteral(WATCHFLOOR_SOURCE_DIR "/tests/tools/mqtt_field_peer.py"),
                QStringLiteral("--port"), QString::number(port), QStringLiteral("--ca"), caFile,
                QStringLiteral("--user"), user, QStringLiteral("--states"), states, QStringLiteral("--stats"),
                m_stats }
                + extraArgs);
        return QTest::qWaitFor([&] { return stats().value(u"subscribed").toInt() > 0; }, 15000);
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }
    // A terminal that stops answering for a while (SIGSTOP) and comes back (SIGCONT), keeping its
    // connection and its memory of the orders it has seen.
    void pause() { ::kill(pid_t(m_process.processId()), SIGSTOP); }
    void resume() { ::kill(pid_t(m_process.processId()), SIGCONT); }
    QJsonObject stats() const
    {
        QFile f(m_stats);
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
    }
    QString errors() { return QString::fromLocal8Bit(m_process.readAllStandardError()); }

private:
    QString m_stats;
    QProcess m_process;
};

} // namespace wf::testing
