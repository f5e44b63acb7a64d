// The camera wall in the real app under Xvfb, against real streams: an RTSP server
// (tests/tools/rtsp_server.py, gst-rtsp-server) and an HLS stream written by ffmpeg and served
// over HTTP. Frames must arrive, the screenshot must show video, a killed server must turn its
// tiles to "signal lost" (others unaffected) and a restarted one must recover within 10 s;
// and 16 streams must play at once. The app reports its tiles through --wall-health.
#include "../common/ChildProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <cmath>

using namespace wf::testing;

namespace {

QString tool(const char *name)
{
    return QStringLiteral(WATCHFLOOR_SOURCE_DIR "/tests/tools/") + QLatin1String(name);
}

bool waitReady(Child &server)
{
    QElapsedTimer t;
    t.start();
    QByteArray out;
    while (t.elapsed() < 30000 && server.state() != QProcess::NotRunning) {
        server.waitForReadyRead(500);
        out += server.readAllStandardOutput();
        if (out.contains("READY"))
            return true;
    }
    qWarning() << "RTSP server did not start:" << out;
    return false;
}

bool startRtsp(Child &server, int port, const QString &size = QStringLiteral("704x576"))
{
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(QStringLiteral("python3"),
        { tool("rtsp_server.py"), QStringLiteral("--port"), QString::number(port),
            QStringLiteral("--cameras"), QStringLiteral("4"), QStringLiteral("--size"), size });
    return waitReady(server);
}

// One of tests/tools/bad_rtsp_server.py's misbehaving servers; returns its port, or 0.
int startBadRtsp(Child &server, const char *mode)
{
    const int port = freePort();
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(QStringLiteral("python3"),
        { tool("bad_rtsp_server.py"), QStringLiteral("--port"), QString::number(port),
            QStringLiteral("--mode"), QLatin1String(mode) });
    return waitReady(server) ? port : 0;
}

QJsonObject readHealth(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QJsonObject tileOf(const QJsonObject &health, const QString &cameraId)
{
    for (const auto &v : health.value(QStringLiteral("tiles")).toArray()) {
        if (v.toObject().value(QStringLiteral("camera_id")).toString() == cameraId)
            return v.toObject();
    }
    return {};
}

QString stateOf(const QString &healthPath, const QString &cameraId)
{
    return tileOf(readHealth(healthPath), cameraId).value(QStringLiteral("state")).toString();
}

// Colour bars and test patterns are colourful; an empty, black or error tile is not. Samples
// the middle of the tile, away from the overlays at its top and bottom.
bool showsVideo(const QImage &shot, const QJsonObject &tile, QString *why)
{
    const QRectF r(tile.value(QStringLiteral("x")).toDouble(), tile.value(QStringLiteral("y")).toDouble(),
        tile.value(QStringLiteral("w")).toDouble(), tile.value(QStringLiteral("h")).toDouble());
    const QRectF inner
        = r.adjusted(r.width() * 0.12, r.height() * 0.22, -r.width() * 0.12, -r.height() * 0.22);
    int saturated = 0;
    QSet<QRgb> colours;
    constexpr int n = 24;
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j) {
            const QPoint p(int(inner.left() + inner.width() * (i + 0.5) / n),
                int(inner.top() + inner.height() * (j + 0.5) / n));
            if (!shot.rect().contains(p))
                continue;
            const QColor c = shot.pixelColor(p);
            const int hi = std::max({ c.red(), c.green(), c.blue() });
            const int lo = std::min({ c.red(), c.green(), c.blue() });
            if (hi - lo > 80)
                ++saturated;
            colours.insert(qRgb(c.red() & 0xe0, c.green() & 0xe0, c.blue() & 0xe0));
        }
    }
    *why = QStringLiteral("%1 saturated samples, %2 colours in %3,%4 %5x%6")
               .arg(saturated)
               .arg(colours.size())
               .arg(r.x())
               .arg(r.y())
               .arg(r.width())
               .arg(r.height());
    return saturated >= n * n / 10 && colours.size() >= 6;
}

QJsonObject camera(const QString &id, const QString &main, const QString &sub = {},
    const QString &transport = {}, double lat = 30.58)
{
    QJsonObject o { { QStringLiteral("id"), id },
        { QStringLiteral("name"), QStringLiteral("Test %1").arg(id) }, { QStringLiteral("lat"), lat },
        { QStringLiteral("lon"), 114.27 }, { QStringLiteral("bearing_deg"), 45 },
        { QStringLiteral("fov_deg"), 60 }, { QStringLiteral("main"), main } };
    if (!sub.isEmpty())
        o.insert(QStringLiteral("sub"), sub);
    if (!transport.isEmpty())
        o.insert(QStringLiteral("transport"), transport);
    return o;
}

void startApp(
    Child &app, const QTemporaryDir &dir, const QJsonArray &cameras, const QStringList &extra, int quitAfter)
{
    QFile f(dir.filePath(QStringLiteral("cameras.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(cameras).toJson());
    f.close();
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb")); // a real window under Xvfb
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::ForwardedChannels);
    QStringList args { QStringLiteral("-a"), QStringLiteral("-s"), QStringLiteral("-screen 0 1920x1080x24"),
        QStringLiteral(WATCHFLOOR_APP), QStringLiteral("--cameras"), f.fileName(), QStringLiteral("--db"),
        dir.filePath(QStringLiteral("journal.sqlite")), QStringLiteral("--wall-health"),
        dir.filePath(QStringLiteral("health.json")), QStringLiteral("--screenshot"),
        dir.filePath(QStringLiteral("shot.png")), QStringLiteral("--quit-after"),
        QString::number(quitAfter) };
    app.start(QStringLiteral("xvfb-run"), args + extra);
    QVERIFY(app.waitForStarted(10000));
}

} // namespace

class TestWallStreams : public QObject
{
    Q_OBJECT

private slots:
    void rtspAndHlsPlayAndRecover()
    {
        QTemporaryDir dir;
        const QString health = dir.filePath(QStringLiteral("health.json"));
        const int rtspPort = freePort();
        Child rtsp;
        QVERIFY(startRtsp(rtsp, rtspPort));

        // HLS: ffmpeg writes a live playlist of one-second segments; Python serves the folder.
        const QString hlsDir = dir.filePath(QStringLiteral("hls"));
        QDir().mkpath(hlsDir);
        Child hls, http;
        hls.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        hls.start(QStringLiteral("ffmpeg"),
            { QStringLiteral("-nostdin"), QStringLiteral("-v"), QStringLiteral("error"),
                QStringLiteral("-re"), QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                QStringLiteral("testsrc2=size=704x576:rate=25"), QStringLiteral("-c:v"),
                QStringLiteral("libx264"), QStringLiteral("-preset"), QStringLiteral("ultrafast"),
                QStringLiteral("-tune"), QStringLiteral("zerolatency"), QStringLiteral("-g"),
                QStringLiteral("25"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"),
                QStringLiteral("-f"), QStringLiteral("hls"), QStringLiteral("-hls_time"), QStringLiteral("1"),
                QStringLiteral("-hls_list_size"), QStringLiteral("6"), QStringLiteral("-hls_flags"),
                QStringLiteral("delete_segments"), hlsDir + QStringLiteral("/live.m3u8") });
        const int httpPort = freePort();
        http.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        http.start(QStringLiteral("python3"),
            { QStringLiteral("-m"), QStringLiteral("http.server"), QString::number(httpPort),
                QStringLiteral("--bind"), QStringLiteral("127.0.0.1"), QStringLiteral("--directory"),
                hlsDir });
        QTRY_VERIFY_WITH_TIMEOUT(QDir(hlsDir).entryList({ QStringLiteral("*.ts") }).size() >= 2, 20000);

        const QString rtsp0 = QStringLiteral("rtsp://127.0.0.1:%1/").arg(rtspPort);
        const QJsonArray cameras { camera(QStringLiteral("R1"), rtsp0 + QStringLiteral("test"),
                                       rtsp0 + QStringLiteral("cam0"), QStringLiteral("tcp")),
            camera(QStringLiteral("R2"), rtsp0 + QStringLiteral("cam2"), {}, QStringLiteral("udp")),
            camera(QStringLiteral("H1"), QStringLiteral("http://127.0.0.1:%1/live.m3u8").arg(httpPort)),
            camera(QStringLiteral("B1"), QStringLiteral("rtsp://127.0.0.1:1/nothing-listens-here")) };
        Child app;
        startApp(app, dir, cameras,
            { QStringLiteral("--wall-layout"), QStringLiteral("2x2"), QStringLiteral("--wall-lost-after"),
                QStringLiteral("3") },
            70);
        QElapsedTimer runTime;
        runTime.start();

        // Frames arrive from all three real streams; the small tile took R1's sub-stream.
        for (const auto *id : { "R1", "R2", "H1" })
            QTRY_COMPARE_WITH_TIMEOUT(stateOf(health, QLatin1String(id)), QStringLiteral("live"), 30000);
        auto h = readHealth(health);
        QVERIFY(tileOf(h, QStringLiteral("R1"))
                .value(QStringLiteral("source"))
                .toString()
                .contains(QLatin1String("/cam0")));
        QCOMPARE(tileOf(h, QStringLiteral("R1")).value(QStringLiteral("width")).toInt(), 704);
        QCOMPARE(tileOf(h, QStringLiteral("H1")).value(QStringLiteral("height")).toInt(), 576);
        // The bad address fails on its own tile, with a reason.
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(health, QStringLiteral("B1")), QStringLiteral("failed"), 15000);
        QVERIFY(!tileOf(readHealth(health), QStringLiteral("B1"))
                .value(QStringLiteral("error"))
                .toString()
                .isEmpty());

        // The RTSP server dies: its tiles lose the signal, the HLS tile plays on.
        rtsp.kill();
        rtsp.waitForFinished(5000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(health, QStringLiteral("R1")), QStringLiteral("lost"), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(health, QStringLiteral("R2")), QStringLiteral("lost"), 15000);
        const qint64 hlsFrames
            = tileOf(readHealth(health), QStringLiteral("H1")).value(QStringLiteral("frames")).toInteger();
        QTest::qWait(1500);
        h = readHealth(health);
        QCOMPARE(tileOf(h, QStringLiteral("H1")).value(QStringLiteral("state")).toString(),
            QStringLiteral("live"));
        QVERIFY(tileOf(h, QStringLiteral("H1")).value(QStringLiteral("frames")).toInteger() > hlsFrames);

        // It comes back: both tiles recover by themselves within 10 s.
        Child rtsp2;
        QVERIFY(startRtsp(rtsp2, rtspPort));
        QElapsedTimer recovery;
        recovery.start();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(health, QStringLiteral("R1")), QStringLiteral("live"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            stateOf(health, QStringLiteral("R2")), QStringLiteral("live"), 10000 - int(recovery.elapsed()));
        qInfo("recovered within %lld ms of the server restart", recovery.elapsed());
        QVERIFY(recovery.elapsed() <= 10000);

        // The app quits on time and its screenshot shows the video on the live tiles.
        QVERIFY2(runTime.elapsed() < 65000, "the steps above took too long for --quit-after 70");
        QVERIFY(app.waitForFinished(90000));
        QCOMPARE(app.exitCode(), 0);
        h = readHealth(health);
        const QImage shot(dir.filePath(QStringLiteral("shot.png")));
        QVERIFY(!shot.isNull());
        QString why;
        for (const auto *id : { "R1", "R2", "H1" })
            QVERIFY2(showsVideo(shot, tileOf(h, QLatin1String(id)), &why),
                qPrintable(QLatin1String(id) + u' ' + why));
        QVERIFY2(!showsVideo(shot, tileOf(h, QStringLiteral("B1")), &why), qPrintable(why));
        shot.save(QStringLiteral(WATCHFLOOR_BINARY_DIR "/tst_wall_streams_2x2.png"));
    }

    void mjpegProgressiveAndLocalFilesPlay()
    {
        QTemporaryDir dir;
        const QString health = dir.filePath(QStringLiteral("health.json"));
        const QString www = dir.filePath(QStringLiteral("www"));
        QDir().mkpath(www);
        // A recorded clip (H.264 in MP4, index at the front for progressive download).
        QProcess clip;
        clip.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        clip.start(QStringLiteral("ffmpeg"),
            { QStringLiteral("-nostdin"), QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-f"),
                QStringLiteral("lavfi"), QStringLiteral("-i"),
                QStringLiteral("testsrc2=size=704x576:rate=25"), QStringLiteral("-t"), QStringLiteral("6"),
                QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"),
                QStringLiteral("ultrafast"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"),
                QStringLiteral("-movflags"), QStringLiteral("+faststart"),
                www + QStringLiteral("/clip.mp4") });
        QVERIFY(clip.waitForFinished(60000));
        QCOMPARE(clip.exitCode(), 0);
        // An MJPEG camera: ffmpeg as a one-client HTTP server sending multipart JPEG.
        const int mjpegPort = freePort();
        Child mjpeg;
        mjpeg.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        mjpeg.start(QStringLiteral("ffmpeg"),
            { QStringLiteral("-nostdin"), QStringLiteral("-v"), QStringLiteral("error"),
                QStringLiteral("-re"), QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                QStringLiteral("testsrc=size=640x480:rate=10"), QStringLiteral("-c:v"),
                QStringLiteral("mjpeg"), QStringLiteral("-q:v"), QStringLiteral("5"), QStringLiteral("-f"),
                QStringLiteral("mpjpeg"), QStringLiteral("-listen"), QStringLiteral("1"),
                QStringLiteral("http://127.0.0.1:%1/video.mjpg").arg(mjpegPort) });
        const int httpPort = freePort();
        Child http;
        http.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        http.start(QStringLiteral("python3"),
            { QStringLiteral("-m"), QStringLiteral("http.server"), QString::number(httpPort),
                QStringLiteral("--bind"), QStringLiteral("127.0.0.1"), QStringLiteral("--directory"), www });
        QTest::qWait(1000); // both servers listening

        const QJsonArray cameras {
            camera(QStringLiteral("M1"), QStringLiteral("http://127.0.0.1:%1/video.mjpg").arg(mjpegPort)),
            camera(QStringLiteral("P1"), QStringLiteral("http://127.0.0.1:%1/clip.mp4").arg(httpPort)),
            camera(QStringLiteral("F1"), QUrl::fromLocalFile(www + QStringLiteral("/clip.mp4")).toString()),
            camera(QStringLiteral("F2"), QUrl::fromLocalFile(www + QStringLiteral("/missing.mp4")).toString())
        };
        Child app;
        startApp(app, dir, cameras, { QStringLiteral("--wall-layout"), QStringLiteral("2x2") }, 40);
        for (const auto *id : { "M1", "P1", "F1" })
            QTRY_COMPARE_WITH_TIMEOUT(stateOf(health, QLatin1String(id)), QStringLiteral("live"), 30000);
        auto h = readHealth(health);
        QCOMPARE(tileOf(h, QStringLiteral("M1")).value(QStringLiteral("width")).toInt(), 640);
        QCOMPARE(tileOf(h, QStringLiteral("P1")).value(QStringLiteral("width")).toInt(), 704);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(health, QStringLiteral("F2")), QStringLiteral("failed"), 15000);
        // The 6 s clip loops: frames keep coming well after its end.
        QTest::qWait(8000);
        const qint64 fileFrames
            = tileOf(readHealth(health), QStringLiteral("F1")).value(QStringLiteral("frames")).toInteger();
        QTest::qWait(2000);
        h = readHealth(health);
        QVERIFY(tileOf(h, QStringLiteral("F1")).value(QStringLiteral("frames")).toInteger() > fileFrames);
        QCOMPARE(tileOf(h, QStringLiteral("M1")).value(QStringLiteral("state")).toString(),
            QStringLiteral("live"));
        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitCode(), 0);
        const QImage shot(dir.filePath(QStringLiteral("shot.png")));
        QVERIFY(!shot.isNull());
        h = readHealth(health);
        QString why;
        for (const auto *id : { "M1", "P1", "F1" })
            QVERIFY2(showsVideo(shot, tileOf(h, QLatin1String(id)), &why),
                qPrintable(QLatin1String(id) + u' ' + why));
        shot.save(QStringLiteral(WATCHFLOOR_BINARY_DIR "/tst_wall_streams_files.png"));
    }

    // A stock gst-rtsp-server (its factory as it ships: a seekable live pipeline, shared or
    // not), the project's own server over TCP and UDP, and four servers that misbehave, on one
    // wall: the good ones play at once through the wall's own receiver, each bad one fails its
    // own tile within the lost-signal time, and none holds up another.
    void anyRtspServerPlays()
    {
        QTemporaryDir dir;
        const QString health = dir.filePath(QStringLiteral("health.json"));
        const int rtspPort = freePort();
        Child rtsp;
        // CIF pictures: five live encoders in the test server stay cheap on a loaded machine.
        QVERIFY(startRtsp(rtsp, rtspPort, QStringLiteral("352x288")));
        Child silent, slow, garbage, stall;
        const int silentPort = startBadRtsp(silent, "silent");
        const int slowPort = startBadRtsp(slow, "slow");
        const int garbagePort = startBadRtsp(garbage, "garbage");
        const int stallPort = startBadRtsp(stall, "stall");
        QVERIFY(silentPort && slowPort && garbagePort && stallPort);

        const QString good = QStringLiteral("rtsp://127.0.0.1:%1/").arg(rtspPort);
        const auto bad = [](int port) { return QStringLiteral("rtsp://127.0.0.1:%1/cam").arg(port); };
        const QJsonArray cameras { camera(QStringLiteral("G1"), good + QStringLiteral("stock")),
            camera(QStringLiteral("G2"), good + QStringLiteral("stock-unshared")),
            camera(QStringLiteral("G3"), good + QStringLiteral("stock"), {}, QStringLiteral("udp")),
            camera(QStringLiteral("G4"), good + QStringLiteral("cam1"), {}, QStringLiteral("udp")),
            camera(QStringLiteral("G5"), good + QStringLiteral("test"), {}, QStringLiteral("tcp")),
            camera(QStringLiteral("X1"), bad(silentPort)), camera(QStringLiteral("X2"), bad(slowPort)),
            camera(QStringLiteral("X3"), bad(garbagePort)), camera(QStringLiteral("X4"), bad(stallPort)) };
        constexpr int lostAfterS = 4;
        Child app;
        startApp(app, dir, cameras,
            { QStringLiteral("--wall-layout"), QStringLiteral("3x3"), QStringLiteral("--wall-lost-after"),
                QString::number(lostAfterS) },
            40);
        QElapsedTimer sinceStart;
        sinceStart.start();

        const QStringList goodIds { QStringLiteral("G1"), QStringLiteral("G2"), QStringLiteral("G3"),
            QStringLiteral("G4"), QStringLiteral("G5") };
        const QStringList badIds { QStringLiteral("X1"), QStringLiteral("X2"), QStringLiteral("X3"),
            QStringLiteral("X4") };
        for (const auto &id : goodIds) {
            QTRY_VERIFY2_WITH_TIMEOUT(stateOf(health, id) == u"live",
                qPrintable(id + QStringLiteral(": ")
                    + QString::fromUtf8(
                        QJsonDocument(tileOf(readHealth(health), id)).toJson(QJsonDocument::Compact))),
                20000);
        }
        qInfo("all good tiles live %lld ms after the app started", sinceStart.elapsed());
        // Each bad server fails its own tile, with a reason, within the lost-signal time of its
        // first connection (plus the app's start-up, which the first good tile bounds above).
        for (const auto &id : badIds) {
            QTRY_COMPARE_WITH_TIMEOUT(
                stateOf(health, id), QStringLiteral("failed"), lostAfterS * 1000 + 4000);
            const QString error = tileOf(readHealth(health), id).value(QStringLiteral("error")).toString();
            qInfo("%s: %s", qPrintable(id), qPrintable(error));
            QVERIFY(!error.isEmpty());
        }
        // The good tiles play on at the camera's rate while the bad ones retry beside them.
        const auto before = readHealth(health);
        QTest::qWait(5000);
        const auto after = readHealth(health);
        const double seconds = (after.value(QStringLiteral("time_ms")).toDouble()
                                   - before.value(QStringLiteral("time_ms")).toDouble())
            / 1000;
        for (const auto &id : goodIds) {
            const QJsonObject t = tileOf(after, id);
            const double fps = (t.value(QStringLiteral("frames")).toDouble()
                                   - tileOf(before, id).value(QStringLiteral("frames")).toDouble())
                / seconds;
            qInfo("%s: %.1f fps, %d reconnects, picture %dx%d on a %.0fx%.0f tile", qPrintable(id), fps,
                t.value(QStringLiteral("reconnects")).toInt(), t.value(QStringLiteral("picture_w")).toInt(),
                t.value(QStringLiteral("picture_h")).toInt(), t.value(QStringLiteral("w")).toDouble(),
                t.value(QStringLiteral("h")).toDouble());
            QCOMPARE(t.value(QStringLiteral("state")).toString(), QStringLiteral("live"));
            QCOMPARE(t.value(QStringLiteral("backend")).toString(), QStringLiteral("receiver"));
            QVERIFY2(fps >= 10, qPrintable(QString::number(fps)));
            QCOMPARE(t.value(QStringLiteral("reconnects")).toInt(), 0);
            // Scaled in the decoder to the tile: never wider or taller than the tile shows it.
            QCOMPARE(t.value(QStringLiteral("width")).toInt(), 352);
            QVERIFY(t.value(QStringLiteral("picture_w")).toInt()
                <= std::ceil(t.value(QStringLiteral("w")).toDouble()));
            QVERIFY(t.value(QStringLiteral("picture_h")).toInt()
                <= std::ceil(t.value(QStringLiteral("h")).toDouble()));
        }
        for (const auto &id : badIds)
            QVERIFY(tileOf(after, id).value(QStringLiteral("state")).toString() != u"live");

        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitCode(), 0);
        const QImage shot(dir.filePath(QStringLiteral("shot.png")));
        QVERIFY(!shot.isNull());
        const auto h = readHealth(health);
        QString why;
        for (const auto &id : goodIds)
            QVERIFY2(showsVideo(shot, tileOf(h, id), &why), qPrintable(id + u' ' + why));
        for (const auto &id : badIds)
            QVERIFY2(!showsVideo(shot, tileOf(h, id), &why), qPrintable(id + u' ' + why));
        shot.save(QStringLiteral(WATCHFLOOR_BINARY_DIR "/tst_wall_streams_any_server.png"));
    }

    void sixteenStreamsAtOnce()
    {
        QTemporaryDir dir;
        const QString health = dir.filePath(QStringLiteral("health.json"));
        const int rtspPort = freePort();
        Child rtsp;
        QVERIFY(startRtsp(rtsp, rtspPort));
        QJsonArray cameras;
        for (int i = 0; i < 16; ++i)
            cameras.append(camera(QStringLiteral("S%1").arg(i, 2, 10, QChar(u'0')),
                QStringLiteral("rtsp://127.0.0.1:%1/cam%2").arg(rtspPort).arg(i % 4), {},
                QStringLiteral("tcp"), 30.5 + i * 0.001));
        Child app;
        startApp(app, dir, cameras,
            { QStringLiteral("--wall-layout"), QStringLiteral("4x4"), QStringLiteral("--wall-expanded") },
            45);

        const auto allLive = [&] {
            const auto tiles = readHealth(health).value(QStringLiteral("tiles")).toArray();
            int live = 0;
            for (const auto &t : tiles)
                live += t.toObject().value(QStringLiteral("state")).toString() == u"live" ? 1 : 0;
            return live;
        };
        QTRY_COMPARE_WITH_TIMEOUT(allLive(), 16, 35000);
        const auto before = readHealth(health);
        QTest::qWait(5000);
        const auto after = readHealth(health);
        const double seconds = (after.value(QStringLiteral("time_ms")).toDouble()
                                   - before.value(QStringLiteral("time_ms")).toDouble())
            / 1000;
        double minFps = 1e9;
        for (int i = 0; i < 16; ++i) {
            const QString id = QStringLiteral("S%1").arg(i, 2, 10, QChar(u'0'));
            const double fps = (tileOf(after, id).value(QStringLiteral("frames")).toDouble()
                                   - tileOf(before, id).value(QStringLiteral("frames")).toDouble())
                / seconds;
            minFps = std::min(minFps, fps);
        }
        qInfo("16 RTSP tiles: the slowest received %.1f fps (sent: 25)", minFps);
        QVERIFY2(minFps >= 10, qPrintable(QString::number(minFps)));

        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitCode(), 0);
        const QImage shot(dir.filePath(QStringLiteral("shot.png")));
        const auto h = readHealth(health);
        QString why;
        for (int i = 0; i < 16; ++i) {
            const QString id = QStringLiteral("S%1").arg(i, 2, 10, QChar(u'0'));
            QVERIFY2(showsVideo(shot, tileOf(h, id), &why), qPrintable(id + u' ' + why));
        }
        shot.save(QStringLiteral(WATCHFLOOR_BINARY_DIR "/tst_wall_streams_4x4.png"));
    }
};

QTEST_GUILESS_MAIN(TestWallStreams)
#include "tst_wall_streams.moc"
