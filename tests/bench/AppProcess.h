#pragma once

// The real app as a benchmark measures it: a child process whose CPU time and resident memory
// are read from /proc, health files read as JSON, and a display for it when there is none.
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QThread>
#include <cstdio>
#include <cstdlib>
#include <map>
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

// Makes the training world's generated camera register, once per machine (the app's own
// --prepare-training-cameras, as the tests' fixture does): an app started without it makes the
// register in the background for a minute, and that would be measured as the app's cost.
inline bool prepareTrainingCameras(const char *bench)
{
    QProcess prepare;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    prepare.setProcessEnvironment(env);
    prepare.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    prepare.setStandardOutputFile(QProcess::nullDevice());
    prepare.start(QStringLiteral(WATCHFLOOR_APP), { QStringLiteral("--prepare-training-cameras") });
    if (!prepare.waitForFinished(20 * 60 * 1000) || prepare.exitCode() != 0) {
        std::fprintf(stderr, "%s: the training camera register could not be made\n", bench);
        return false;
    }
    return true;
}

// Waits until the app's --ui-health file says its warm-up is over (UiHealth::kWarmUpS and 2 s);
// false if the app stopped or took longer than timeoutMs.
inline bool waitForUiWarmUp(const QString &healthPath, const QProcess &app, int timeoutMs = 180000)
{
    QElapsedTimer t;
    t.start();
    while (true) {
        const auto h = readJson(healthPath);
        if (h.value(QStringLiteral("uptime_s")).toDouble()
            >= h.value(QStringLiteral("warm_up_s")).toDouble(30) + 2)
            return true;
        if (t.elapsed() > timeoutMs || app.state() != QProcess::Running)
            return false;
        sleepMs(500);
    }
}

// CPU seconds per thread of a process, by thread name (/proc/PID/task/*/comm): what each kind of
// thread (llvmpipe-N, QSGRenderThread, the GUI thread under the program's name, ...) has used.
inline std::map<QString, double> cpuSecondsByThread(qint64 pid)
{
    std::map<QString, double> out;
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        QFile stat(tasks.filePath(tid + QStringLiteral("/stat")));
        if (!comm.open(QIODevice::ReadOnly) || !stat.open(QIODevice::ReadOnly))
            continue;
        QString name = QString::fromUtf8(comm.readAll()).trimmed();
        // llvmpipe-0, llvmpipe-1 ...: one kind, numbered.
        while (!name.isEmpty() && (name.back().isDigit() || name.back() == u'-'))
            name.chop(1);
        const QByteArray s = stat.readAll();
        const auto fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
        out[name]
            += (fields.value(11).toDouble() + fields.value(12).toDouble()) / double(sysconf(_SC_CLK_TCK));
    }
    return out;
}

// A positive number option (--units 10000) of a benchmark's command line, or fallback when it is
// not given; a wrong one ends the benchmark with a message naming it.
inline double positiveOption(const QStringList &args, const char *name, double fallback, const char *bench)
{
    const int i = int(args.indexOf(QLatin1String(name)));
    if (i <= 0)
        return fallback;
    bool ok = false;
    const double v = i + 1 < args.size() ? args[i + 1].toDouble(&ok) : 0;
    if (!ok || v <= 0) {
        std::fprintf(stderr, "%s: %s needs a positive number\n", bench, name);
        std::exit(2);
    }
    return v;
}

// The environment the real app runs in under a benchmark: the X display (not offscreen, which
// has no frame pacing), and without Qt Multimedia's chatter about missing audio devices.
inline QProcessEnvironment appEnvironment()
{
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("qt.multimedia.*=false"));
    return env;
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
