#pragma once

// The real watchfloor-fieldsim as a child process of a test: started against a test broker with
// its password in the environment (never on the command line), ready once it says its exercise
// runs; stopped with SIGTERM as an operator's Ctrl+C would.
#include <QProcess>
#include <QTest>
#include <csignal>
#include <sys/types.h>

namespace wf::testing {

class FieldSimRun
{
public:
    ~FieldSimRun() { stop(); }

    bool start(int port, const QString &caFile, const QString &user, const QString &password,
        const QStringList &extra = {})
    {
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("WATCHFLOOR_BACKEND_PASSWORD"), password);
        m_process.setProcessEnvironment(env);
        m_process.start(QStringLiteral(WATCHFLOOR_FIELDSIM),
            QStringList { QStringLiteral("--backend"),
                QStringLiteral("mqtts://%1@127.0.0.1:%2").arg(user).arg(port), QStringLiteral("--ca"),
                caFile }
                + extra);
        return QTest::qWaitFor(
                   [&] {
                       m_out += m_process.readAllStandardOutput();
                       return m_out.contains("exercise running") || m_process.state() == QProcess::NotRunning;
                   },
                   60000)
            && m_process.state() == QProcess::Running;
    }
    // SIGTERM; the exit code (-1: had to be killed).
    int stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
        m_process.terminate();
        if (!m_process.waitForFinished(15000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
            return -1;
        }
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    // The field stops answering for a while (SIGSTOP) and comes back (SIGCONT), keeping its
    // connection and its memory of the orders it has seen.
    void pause() { ::kill(pid_t(m_process.processId()), SIGSTOP); }
    void resume() { ::kill(pid_t(m_process.processId()), SIGCONT); }
    QString output()
    {
        m_out += m_process.readAllStandardOutput();
        return QString::fromLocal8Bit(m_out) + QString::fromLocal8Bit(m_process.readAllStandardError());
    }

private:
    QProcess m_process;
    QByteArray m_out;
};

} // namespace wf::testing
