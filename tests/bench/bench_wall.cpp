// ./watchfloor bench wall: the camera wall in the real app (under Xvfb) against a local RTSP
// server (tests/tools/rtsp_server.py, 704x576 25 fps H.264 whose pictures carry the sender's
// clock). For N = 4, 9, 16, 25 tiles:
//   cpu_ratio_N       (app CPU with N streams - app CPU with N dead cameras) / CPU of
//                     `ffmpeg -f null` decoding the same N streams, measured in the same run
//   fps_N             frames shown (handed to the screen) per second per tile (mean over tiles)
//   latency_p95_ms_N  glass-to-glass: sender's clock in the picture vs. arrival at the tile
// and rss_growth_mb_10min: resident memory growth of the app playing 16 streams for 10 minutes
// (--rss-minutes M to change; --smoke: N = 4 only, short phases; --sizes 4,16 to choose N;
// --no-soak to skip the memory run; --soak M for the memory run alone, M minutes).
#include "AppProcess.h"
#include "BenchReport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <unistd.h>
#include <vector>

using wf::bench::BenchReport;
using wf::bench::Child;
using wf::bench::cpuSeconds;
using wf::bench::readJson;
using wf::bench::rssMb;
using wf::bench::sleepMs;

namespace {

QString sourceDir()
{
    QFile cache(QStringLiteral(WATCHFLOOR_BINARY_DIR "/CMakeCache.txt"));
    if (cache.open(QIODevice::ReadOnly)) {
        static const QRegularExpression re(
            QStringLiteral("^Watchfloor_SOURCE_DIR:STATIC=(.*)$"), QRegularExpression::MultilineOption);
        const auto m = re.match(QString::fromUtf8(cache.readAll()));
        if (m.hasMatch())
            return m.captured(1).trimmed();
    }
    return QDir::currentPath();
}

// The app's CPU by thread kind, in cores over `seconds`, largest first: where the wall's cost
// is (decoding and scaling on wall-decode, reading the network on wall-demux, uploading on the
// render thread, drawing on Mesa's llvmpipe threads, the GUI thread).
QString threadSplit(
    const std::map<QString, double> &before, const std::map<QString, double> &after, double seconds)
{
    std::vector<std::pair<double, QString>> kinds;
    for (const auto &[name, cpu] : after) {
        const double used = (cpu - (before.count(name) ? before.at(name) : 0.0)) / seconds;
        if (used >= 0.005)
            kinds.emplace_back(used, name);
    }
    std::sort(kinds.rbegin(), kinds.rend());
    QStringList parts;
    for (const auto &[used, name] : kinds)
        parts << QStringLiteral("%1 %2").arg(name).arg(used, 0, 'f', 3);
    return parts.join(QStringLiteral(", "));
}

int freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

QString layoutFor(int n)
{
    const int side = int(std::ceil(std::sqrt(double(n))));
    return side == 1 ? QStringLiteral("1") : QStringLiteral("%1x%1").arg(side);
}

// Starts the real app with n cameras at `url`; returns once `liveWanted` tiles are live (or 60 s).
bool startWall(Child &app, const QTemporaryDir &dir, int n, const QString &url, const QString &subUrl,
    int liveWanted, const QString &health)
{
    QJsonArray cameras;
    for (int i = 0; i < n; ++i)
        cameras.append(QJsonObject { { QStringLiteral("id"), QStringLiteral("B%1").arg(i) },
            { QStringLiteral("name"), QStringLiteral("Bench %1").arg(i) },
            { QStringLiteral("lat"), 30.5 + i * 0.001 }, { QStringLiteral("lon"), 114.3 },
            { QStringLiteral("bearing_deg"), 0 }, { QStringLiteral("fov_deg"), 60 },
            { QStringLiteral("main"), url }, { QStringLiteral("sub"), subUrl } });
    const QString file = dir.filePath(QStringLiteral("cameras.json"));
    QFile f(file);
    f.open(QIODevice::WriteOnly);
    f.write(QJsonDocument(cameras).toJson());
    f.close();
    QFile::remove(health);
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("qt.multimedia.*=false"));
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    app.setStandardOutputFile(QProcess::nullDevice());
    app.start(QStringLiteral(WATCHFLOOR_APP),
        { QStringLiteral("--cameras"), file, QStringLiteral("--wall-layout"), layoutFor(n),
            QStringLiteral("--wall-window"), QStringLiteral("--wall-health"), health, QStringLiteral("--db"),
            dir.filePath(QStringLiteral("journal.sqlite")) });
    if (!app.waitForStarted(10000))
        return false;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 60000 && app.state() == QProcess::Running) {
        sleepMs(500);
        int live = 0, failed = 0;
        for (const auto &v : readJson(health).value(QStringLiteral("tiles")).toArray()) {
            const QString s = v.toObject().value(QStringLiteral("state")).toString();
            live += s == u"live";
            failed += s == u"failed";
        }
        if (live >= liveWanted && (liveWanted > 0 || failed >= n))
            return true;
    }
    return false;
}

struct WallSample
{
    double cpu = 0;
    qint64 timeMs = 0;
    QJsonObject health;
};

WallSample sample(const Child &app, const QString &health)
{
    return { cpuSeconds(app.processId()), 0, readJson(health) };
}

} // namespace

int main(int argc, char *argv[])
{
    if (const int failed = wf::bench::ensureDisplay(argc, argv, "bench_wall"))
        return failed;
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool smoke = BenchReport::smoke(args);
    int rssMinutes = 10;
    if (const int i = int(args.indexOf(QStringLiteral("--rss-minutes"))); i >= 0 && i + 1 < args.size())
        rssMinutes = args[i + 1].toInt();
    // --soak M: only the memory run, M minutes after the warm-up, each minute's RSS printed as it
    // is taken (the long soak of a 24-hour wall, shortened).
    int soakMinutes = 0;
    if (const int i = int(args.indexOf(QStringLiteral("--soak"))); i >= 0 && i + 1 < args.size())
        soakMinutes = args[i + 1].toInt();
    if (soakMinutes > 0)
        rssMinutes = soakMinutes;
    QList<int> sizes = smoke ? QList<int> { 4 } : QList<int> { 4, 9, 16, 25 };
    if (soakMinutes > 0)
        sizes.clear();
    // --sizes 4,16: only these wall sizes.
    if (const int i = int(args.indexOf(QStringLiteral("--sizes"))); i >= 0 && i + 1 < args.size()) {
        sizes.clear();
        for (const auto &n : args[i + 1].split(u','))
            if (n.toInt() > 0 && n.toInt() <= 36)
                sizes << n.toInt();
    }
    // --no-soak: skip the memory run.
    const bool soak = !args.contains(QStringLiteral("--no-soak"));
    const int warmMs = smoke ? 2000 : 5000;
    const int measureMs = smoke ? 4000 : 15000;
    BenchReport report(QStringLiteral("wall"));
    if (!wf::bench::prepareTrainingCameras("bench_wall"))
        return 1;

    QTemporaryDir dir;
    const int port = freePort();
    Child server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(QStringLiteral("python3"),
        { sourceDir() + QStringLiteral("/tests/tools/rtsp_server.py"), QStringLiteral("--port"),
            QString::number(port) });
    QByteArray out;
    for (int i = 0; i < 60 && !out.contains("READY"); ++i) {
        server.waitForReadyRead(500);
        out += server.readAllStandardOutput();
    }
    if (!out.contains("READY")) {
        std::fprintf(stderr, "bench_wall: the RTSP server did not start\n");
        return 1;
    }
    // Like a real camera, each has a main stream and a sub-stream; the tile picks one by its size.
    const QString url = QStringLiteral("rtsp://127.0.0.1:%1/stamp?tcp").arg(port);
    const QString subUrl = QStringLiteral("rtsp://127.0.0.1:%1/stamp-sub?tcp").arg(port);
    const QString health = dir.filePath(QStringLiteral("health.json"));

    for (int n : sizes) {
        std::fprintf(stderr, "[bench wall] %d tiles\n", n);
        // The app with N live streams.
        double wallCpu = -1, fps = 0, received = 0, minFps = 1e9, windowFps = 0;
        std::vector<double> latencies;
        QStringList played; // the stream each tile played: the reference decodes the same ones
        QSet<QString> backends;
        QString threads;
        int pictureW = 0, pictureH = 0;
        {
            Child wall;
            if (!startWall(wall, dir, n, url, subUrl, n, health))
                std::fprintf(stderr, "[bench wall] not all %d tiles went live\n", n);
            sleepMs(warmMs);
            const auto a = sample(wall, health);
            const auto threadsBefore = wf::bench::cpuSecondsByThread(wall.processId());
            QElapsedTimer t;
            t.start();
            sleepMs(measureMs);
            const auto b = sample(wall, health);
            const double seconds = t.elapsed() / 1000.0;
            wallCpu = (b.cpu - a.cpu) / seconds;
            threads = threadSplit(threadsBefore, wf::bench::cpuSecondsByThread(wall.processId()), seconds);
            const double dt = (b.health.value(QStringLiteral("time_ms")).toDouble()
                                  - a.health.value(QStringLiteral("time_ms")).toDouble())
                / 1000.0;
            const auto before = a.health.value(QStringLiteral("tiles")).toArray();
            const auto after = b.health.value(QStringLiteral("tiles")).toArray();
            for (const auto &v : after) {
                const auto tile = v.toObject();
                for (const auto &w : before) {
                    if (w.toObject().value(QStringLiteral("slot")) == tile.value(QStringLiteral("slot"))) {
                        // Frames handed to the screen, not merely received: what the tile shows.
                        const double f = (tile.value(QStringLiteral("shown")).toDouble()
                                             - w.toObject().value(QStringLiteral("shown")).toDouble())
                            / dt;
                        const double in = (tile.value(QStringLiteral("frames")).toDouble()
                                              - w.toObject().value(QStringLiteral("frames")).toDouble())
                            / dt;
                        fps += f / n;
                        windowFps = (tile.value(QStringLiteral("window_frames")).toDouble()
                                        - w.toObject().value(QStringLiteral("window_frames")).toDouble())
                            / dt;
                        received += in / n;
                        minFps = std::min(minFps, f);
                    }
                }
                for (const auto &l : tile.value(QStringLiteral("latency_ms")).toArray())
                    latencies.push_back(l.toDouble());
                played << tile.value(QStringLiteral("source")).toString();
                backends.insert(tile.value(QStringLiteral("backend")).toString());
                pictureW = tile.value(QStringLiteral("picture_w")).toInt();
                pictureH = tile.value(QStringLiteral("picture_h")).toInt();
            }
        }
        // The same app and layout with N dead cameras: what the wall costs without video.
        double idleCpu = 0;
        QString idleThreads;
        {
            Child wall;
            startWall(wall, dir, n, QStringLiteral("rtsp://127.0.0.1:1/nothing"),
                QStringLiteral("rtsp://127.0.0.1:1/nothing-sub"), 0, health);
            sleepMs(warmMs);
            const double a = cpuSeconds(wall.processId());
            const auto threadsBefore = wf::bench::cpuSecondsByThread(wall.processId());
            QElapsedTimer t;
            t.start();
            sleepMs(measureMs);
            const double seconds = t.elapsed() / 1000.0;
            idleCpu = (cpuSeconds(wall.processId()) - a) / seconds;
            idleThreads
                = threadSplit(threadsBefore, wf::bench::cpuSecondsByThread(wall.processId()), seconds);
        }
        // ffmpeg decoding the same N streams the tiles played (main or sub-stream) and throwing
        // the pictures away: one single-threaded process per stream, like the wall's one
        // single-threaded decoder per tile (a single ffmpeg with N inputs opens them one after
        // the other, about 1.5 s each, and would still be probing at 16).
        double ffmpegCpu = 0;
        {
            std::vector<std::unique_ptr<Child>> decoders;
            for (int i = 0; i < n; ++i) {
                // "?tcp" is the camera file's way of saying TCP; ffmpeg's own option says it here.
                QString stream = played.value(i, url);
                stream.remove(QStringLiteral("?tcp"));
                auto ff = std::make_unique<Child>();
                ff->setProcessChannelMode(QProcess::ForwardedErrorChannel);
                ff->start(QStringLiteral("ffmpeg"),
                    { QStringLiteral("-nostdin"), QStringLiteral("-v"), QStringLiteral("error"),
                        QStringLiteral("-threads"), QStringLiteral("1"), QStringLiteral("-rtsp_transport"),
                        QStringLiteral("tcp"), QStringLiteral("-i"), stream, QStringLiteral("-map"),
                        QStringLiteral("0:v:0"), QStringLiteral("-f"), QStringLiteral("null"),
                        QStringLiteral("-") });
                decoders.push_back(std::move(ff));
            }
            sleepMs(warmMs + 3000);
            const auto total = [&] {
                double sum = 0;
                for (const auto &ff : decoders)
                    sum += std::max(0.0, cpuSeconds(ff->processId()));
                return sum;
            };
            const double a = total();
            QElapsedTimer t;
            t.start();
            sleepMs(measureMs);
            ffmpegCpu = (total() - a) / (t.elapsed() / 1000.0);
        }
        const double ratio = ffmpegCpu > 0 ? (wallCpu - idleCpu) / ffmpegCpu : -1;
        report.set(QStringLiteral("cpu_ratio_%1").arg(n), std::round(ratio * 100) / 100);
        report.set(QStringLiteral("fps_%1").arg(n), std::round(fps * 10) / 10);
        report.set(QStringLiteral("latency_p95_ms_%1").arg(n),
            latencies.empty() ? -1 : BenchReport::percentile(latencies, 95));
        report.note(QStringLiteral("detail_%1").arg(n),
            QStringLiteral("app %1 cores with video, %2 with dead cameras; ffmpeg %3 cores; "
                           "frames shown: slowest tile %4 fps (received %7 fps per tile); "
                           "latency p50 %5 ms over %6 samples; tiles played %8 via %9, "
                           "pictures uploaded at %10x%11")
                .arg(wallCpu, 0, 'f', 3)
                .arg(idleCpu, 0, 'f', 3)
                .arg(ffmpegCpu, 0, 'f', 3)
                .arg(minFps, 0, 'f', 1)
                .arg(latencies.empty() ? -1 : BenchReport::median(latencies), 0, 'f', 0)
                .arg(latencies.size())
                .arg(received, 0, 'f', 1)
                .arg(played.isEmpty() ? QStringLiteral("nothing") : QUrl(played.first()).path().mid(1))
                .arg(QStringList(backends.begin(), backends.end()).join(u'+'))
                .arg(pictureW)
                .arg(pictureH));
        report.note(QStringLiteral("threads_%1").arg(n),
            QStringLiteral("with video: %1; with dead cameras: %2").arg(threads, idleThreads));
        report.note(QStringLiteral("window_fps_%1").arg(n), QString::number(windowFps, 'f', 1));
    }

    // Memory over a long run with 16 streams: RSS after warm-up against RSS at the end.
    if (soak) {
        // Two minutes of warm-up (caches, the scene graph's textures, glyphs), then the run.
        const int warm = smoke ? 5000 : 120000;
        const int runMs = smoke ? 15000 : rssMinutes * 60000;
        const int totalMs = warm + runMs;
        Child wall;
        startWall(wall, dir, 16, url, subUrl, 16, health);
        sleepMs(warm);
        const double start = rssMb(wall.processId());
        // A sample a minute (or a tenth of a short run), to tell a plateau from a steady leak.
        const int step = std::max(1000, std::min(60000, runMs / 10));
        QStringList series { QString::number(start, 'f', 0) };
        double end = start;
        std::fprintf(stderr, "[bench wall] memory: %.0f MB after the warm-up\n", start);
        for (int waited = 0; waited < runMs; waited += step) {
            sleepMs(std::min(step, runMs - waited));
            end = rssMb(wall.processId());
            series << QString::number(end, 'f', 0);
            std::fprintf(stderr, "[bench wall] memory: %.0f MB at %d s\n", end, (waited + step) / 1000);
        }
        report.set(QStringLiteral("rss_growth_mb_10min"), std::round((end - start) * 10) / 10);
        report.note(QStringLiteral("rss"),
            QStringLiteral("16 streams for %1 s: %2 MB after the warm-up, %3 MB at the end%4; every %5 s: %6")
                .arg(totalMs / 1000)
                .arg(start, 0, 'f', 1)
                .arg(end, 0, 'f', 1)
                .arg(runMs != 600000 ? QStringLiteral(" (a %1-minute run, not 10)").arg(runMs / 60000.0)
                                     : QString())
                .arg(step / 1000)
                .arg(series.join(QStringLiteral(", "))));
    }
    report.note(QStringLiteral("setup"),
        QStringLiteral(
            "cameras with a 704x576 main stream and a 352x288 sub-stream, 25 fps H.264 (x264 ultrafast, "
            "zerolatency) over RTSP/TCP from "
            "gst-rtsp-server on loopback; the real app under Xvfb + llvmpipe, the wall in its own window "
            "(--wall-window, as on a physical wall; the main window with the map renders on beside it); "
            "latency measured at the tile's "
            "frame arrival (the scene graph adds up to one refresh)"));
    return report.finish(args);
}
