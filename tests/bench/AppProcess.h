#pragma once

// The real app as a benchmark measures it: a child process whose CPU time and resident memory
// are read from /proc, health files read as JSON, and a display for it when there is none.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QThread>
#include <cstdio>
#include <unistd.h>
#include <vector>

namespace wf::bench {

// Waits while the event loop runs (the children's output, timers).
inline void sleepMs(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(20);
    }
}

// User plus system CPU seconds of a process so far, or -1 when it is gone.
inline double cpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray s = f.readAll();
    const auto fields = s.mid(s.lastIndexOf(')') + 2).split(' '); // field 3 onwards
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / double(sysconf(_SC_CLK_TCK));
}

inline double rssMb(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const auto &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

inline QJsonObject readJson(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

// A child that is stopped (terminated, then killed) when it goes out of scope.
struct Child : QProcess
{
    ~Child() override { stopNow(); }
    void stopNow()
    {
        if (state() != NotRunning) {
            terminate();
            if (!waitForFinished(5000)) {
                kill();
                waitForFinished(3000);
            }
        }
    }
};

// The app under test needs a display: without one (ctest's smoke run), this benchmark runs
// itself again under Xvfb. Returns only when there is a display (or exec failed: then 2).
inline int ensureDisplay(int argc, char **argv, const char *name)
{
    if (!qEnvironmentVariableIsEmpty("DISPLAY"))
        return 0;
    std::vector<char *> xargs { const_cast<char *>("xvfb-run"), const_cast<char *>("-a"),
        const_cast<char *>("-s"), const_cast<char *>("-screen 0 1920x1080x24") };
    for (int i = 0; i < argc; ++i)
        xargs.push_back(argv[i]);
    xargs.push_back(nullptr);
    execvp("xvfb-run", xargs.data());
    std::fprintf(stderr, "%s: cannot run xvfb-run\n", name);
    return 2;
}

} // namespace wf::bench
