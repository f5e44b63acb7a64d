// A site camera's recorded video in playback: ffmpeg writes an HLS recording with its filming
// times (EXT-X-PROGRAM-DATE-TIME), Python's web server serves it as an NVR would, and the wall
// shows what was filmed at the moment on the playback clock: it follows the clock as it plays,
// jumps with it, holds when it is paused, goes dark outside the recording and says so, and never
// shows a camera's live stream instead. The recording is four seconds of red, then green, blue
// and white, so the colour on the screen says which moment is shown.
#include "../common/AppScreenshot.h"
#include "../common/ChildProcess.h"
#include "Journal.h"
#include "SceneSource.h"
#include "WallModel.h"
#include "WallPlayer.h"
#include "WorldState.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QVideoSink>

using namespace wf;
using namespace wf::wall;
using namespace wf::testing;
using namespace Qt::StringLiterals;

namespace {

enum class Colour { Red, Green, Blue, White, Dark, Other };

Colour colourOf(const QColor &c)
{
    const int r = c.red(), g = c.green(), b = c.blue();
    if (r > 180 && g > 180 && b > 180)
        return Colour::White;
    if (r < 40 && g < 40 && b < 40)
        return Colour::Dark;
    if (r > 150 && g < 80 && b < 80)
        return Colour::Red;
    if (g > 150 && r < 80 && b < 80)
        return Colour::Green;
    if (b > 150 && r < 80 && g < 80)
        return Colour::Blue;
    return Colour::Other;
}

const char *nameOf(Colour c)
{
    static const char *names[] = { "red", "green", "blue", "white", "dark", "other" };
    return names[int(c)];
}

// The colour in the middle of the picture a sink shows (Dark when it shows none).
Colour shownColour(const QVideoSink &sink)
{
    const QImage image = sink.videoFrame().toImage();
    return image.isNull() ? Colour::Dark : colourOf(image.pixelColor(image.width() / 2, image.height() / 2));
}

} // namespace

class TestRecordedVideo : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir { QStringLiteral(WATCHFLOOR_BINARY_DIR "/tests/tst_recorded_video-XXXXXX") };
    Child m_http;
    QString m_playlistUrl;
    qint64 m_filmedFrom = 0; // the recording's first EXT-X-PROGRAM-DATE-TIME

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString vod = m_dir.filePath(u"vod"_s);
        QVERIFY(QDir().mkpath(vod));
        QStringList args { u"-nostdin"_s, u"-v"_s, u"error"_s };
        for (const char *colour : { "red", "lime", "blue", "white" })
            args << u"-f"_s << u"lavfi"_s << u"-i"_s
                 << u"color=c=%1:s=320x240:r=10:d=4"_s.arg(QLatin1String(colour));
        args << u"-filter_complex"_s << u"[0][1][2][3]concat=n=4:v=1:a=0"_s << u"-c:v"_s << u"libx264"_s
             << u"-preset"_s << u"ultrafast"_s << u"-g"_s << u"10"_s << u"-pix_fmt"_s << u"yuv420p"_s
             << u"-f"_s << u"hls"_s << u"-hls_time"_s << u"2"_s << u"-hls_playlist_type"_s << u"vod"_s
             << u"-hls_flags"_s << u"program_date_time"_s << vod + u"/index.m3u8"_s;
        QProcess ffmpeg;
        ffmpeg.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        ffmpeg.start(u"ffmpeg"_s, args);
        QVERIFY(ffmpeg.waitForFinished(60000));
        QCOMPARE(ffmpeg.exitCode(), 0);
        // When the recorder says it filmed the first picture: read from the file as written.
        QFile playlist(vod + u"/index.m3u8"_s);
        QVERIFY(playlist.open(QIODevice::ReadOnly));
        const auto m = QRegularExpression(u"#EXT-X-PROGRAM-DATE-TIME:(\\S+)"_s)
                           .match(QString::fromLatin1(playlist.readAll()));
        QVERIFY(m.hasMatch());
        QString when = m.captured(1);
        when.replace(QRegularExpression(u"([+-]\\d\\d)(\\d\\d)$"_s), u"\\1:\\2"_s);
        m_filmedFrom = QDateTime::fromString(when, Qt::ISODateWithMs).toMSecsSinceEpoch();
        QVERIFY2(m_filmedFrom > 0, qPrintable(when));

        const int port = freePort();
        m_http.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_http.start(u"python3"_s,
            { u"-m"_s, u"http.server"_s, QString::number(port), u"--bind"_s, u"127.0.0.1"_s, u"--directory"_s,
                vod });
        QVERIFY(m_http.waitForStarted());
        m_playlistUrl = u"http://127.0.0.1:%1/index.m3u8"_s.arg(port);
        // The server is up when it takes a connection.
        const auto answers = [port] {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, quint16(port));
            return socket.waitForConnected(200);
        };
        QTRY_VERIFY_WITH_TIMEOUT(answers(), 10000);
    }

    void theTileFollowsThePlaybackClock()
    {
        WorldState world;
        SceneSource scene(&world);
        WallModel wall;
        wall.setScene(&scene);
        wall.setPlayback(true);
        QQuickWindow window;
        window.resize(320, 260);
        QVideoSink output;
        auto *player = new WallPlayer(window.contentItem());
        player->setSize({ 320, 260 });
        player->setCameraId(u"GATE-1"_s);
        player->setVideoSink(&output);
        player->setLostTimeoutMs(2000);
        player->setWall(&wall);
        player->setSource(m_playlistUrl);

        // The playback plays from 6 s into the recording (green), at its own pace.
        qint64 position = m_filmedFrom + 6000;
        scene.followPosition(position);
        QTimer playing;
        playing.setInterval(100);
        connect(&playing, &QTimer::timeout, [&] { scene.followPosition(position += 100); });
        playing.start();
        static_cast<QQmlParserStatus *>(player)->classBegin();
        static_cast<QQmlParserStatus *>(player)->componentComplete();
        QCOMPARE(player->backend(), u"recorded"_s);
        QVERIFY(player->recording());
        QTRY_VERIFY_WITH_TIMEOUT(player->state() == WallPlayer::Live, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(nameOf(shownColour(output)), "green", 5000);
        // The picture's moment is the clock's, within the player's tolerance.
        QVERIFY2(std::abs(qint64(player->pictureTimeMs()) - position) < 2000,
            qPrintable(u"%1 ms apart"_s.arg(qint64(player->pictureTimeMs()) - position)));

        // A jump on the timeline moves the picture: 13 s in is white.
        position = m_filmedFrom + 13000;
        QTRY_COMPARE_WITH_TIMEOUT(nameOf(shownColour(output)), "white", 5000);
        // And back to the red start.
        position = m_filmedFrom + 1000;
        QTRY_COMPARE_WITH_TIMEOUT(nameOf(shownColour(output)), "red", 5000);

        // Paused: the picture stays, and a held recording is no lost signal.
        playing.stop();
        QTest::qWait(3000); // longer than the lost-signal time
        QCOMPARE(player->state(), WallPlayer::Live);
        QCOMPARE(nameOf(shownColour(output)), "red");
        QVERIFY2(player->recordingNote().startsWith(u"Paused at"_s), qPrintable(player->recordingNote()));

        // After the recording ends there is nothing to show, and the tile says so.
        scene.followPosition(position = m_filmedFrom + 60000);
        playing.start();
        QTRY_COMPARE_WITH_TIMEOUT(player->state(), WallPlayer::NoRecording, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(nameOf(shownColour(output)), "dark", 3000);
        QVERIFY2(
            player->recordingNote().startsWith(u"No recording at"_s), qPrintable(player->recordingNote()));
        QTest::qWait(2500);
        QCOMPARE(player->state(), WallPlayer::NoRecording); // not retried as a broken camera
        QVERIFY2(player->reconnects() == 0, qPrintable(player->errorString()));

        // Back inside it, the picture returns: blue at 9 s.
        position = m_filmedFrom + 9000;
        QTRY_COMPARE_WITH_TIMEOUT(nameOf(shownColour(output)), "blue", 8000);
        QCOMPARE(player->state(), WallPlayer::Live);
    }

    void aRecordingThatCannotBePutOnTheClockSaysWhy()
    {
        // A playlist without filming times: the tile fails with the reason, not a wrong picture.
        QFile plain(m_dir.filePath(u"plain.m3u8"_s));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.write("#EXTM3U\n#EXTINF:2,\nvod/index0.ts\n#EXT-X-ENDLIST\n");
        plain.close();
        WorldState world;
        SceneSource scene(&world);
        scene.followPosition(m_filmedFrom);
        WallModel wall;
        wall.setScene(&scene);
        wall.setPlayback(true);
        QQuickWindow window;
        QVideoSink output;
        auto *player = new WallPlayer(window.contentItem());
        player->setSize({ 320, 260 });
        player->setVideoSink(&output);
        player->setWall(&wall);
        player->setSource(plain.fileName());
        static_cast<QQmlParserStatus *>(player)->classBegin();
        static_cast<QQmlParserStatus *>(player)->componentComplete();
        QTRY_COMPARE_WITH_TIMEOUT(player->state(), WallPlayer::Failed, 5000);
        QVERIFY2(
            player->errorString().contains(u"EXT-X-PROGRAM-DATE-TIME"_s), qPrintable(player->errorString()));
    }

    void theAppInPlaybackShowsTheRecordingNotTheLiveStream()
    {
        // A shift recorded around the recording: two site cameras, a unit reporting every 5 s.
        const QString journalPath = m_dir.filePath(u"shift.sqlite"_s);
        {
            Journal journal;
            QString error;
            QVERIFY2(journal.open(journalPath, &error), qPrintable(error));
            qint64 seq = 0;
            const qint64 from = m_filmedFrom - 60000;
            for (const QString &id : { u"GATE-1"_s, u"GATE-2"_s }) {
                // Their live streams point nowhere: a tile that played one would fail, not show colour.
                journal.append(Event { ++seq, from, from, u"config"_s,
                    CameraReported {
                        id, id, { 30.58, 114.27 }, 45, 60, u"rtsp://127.0.0.1:1/%1"_s.arg(id), {} } });
            }
            for (qint64 t = from; t <= m_filmedFrom + 60000; t += 5000)
                journal.append(Event { ++seq, t, t, u"sim"_s,
                    UnitReported { u"U1"_s, u"Patrol 1"_s, UnitKind::PatrolCar, UnitStatus::Available,
                        { 30.58, 114.27 }, 0 } });
            QCOMPARE(journal.close().lost, 0);
        }
        // The site's camera file says where GATE-1 is recorded; GATE-2 has no recorder.
        const QString cameras = m_dir.filePath(u"cameras.json"_s);
        {
            const auto entry = [](const QString &id) {
                return QJsonObject { { u"id"_s, id }, { u"name"_s, id }, { u"lat"_s, 30.58 },
                    { u"lon"_s, 114.27 }, { u"bearing_deg"_s, 45 }, { u"fov_deg"_s, 60 },
                    { u"main"_s, u"rtsp://127.0.0.1:1/%1"_s.arg(id) } };
            };
            QJsonObject gate1 = entry(u"GATE-1"_s);
            gate1.insert(u"playback"_s, m_playlistUrl);
            QFile f(cameras);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(QJsonArray { gate1, entry(u"GATE-2"_s) }).toJson());
        }
        const QString health = m_dir.filePath(u"health.json"_s);
        const qint64 at = m_filmedFrom + 10000; // blue
        QString log;
        const QImage image = shootApp(u"playback-recorded-camera"_s,
            { u"--playback"_s, journalPath, u"--at"_s,
                QDateTime::fromMSecsSinceEpoch(at, QTimeZone::UTC).toString(Qt::ISODateWithMs),
                u"--cameras"_s, cameras, u"--wall-layout"_s, u"2x2"_s, u"--wall-health"_s, health },
            &log, 14);
        QVERIFY2(!image.isNull(), qPrintable(log.right(3000)));

        QFile f(health);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray tiles = QJsonDocument::fromJson(f.readAll()).object().value(u"tiles"_s).toArray();
        QJsonObject gate1, gate2;
        for (const auto &v : tiles) {
            const QJsonObject tile = v.toObject();
            if (tile.value(u"camera_id"_s).toString() == u"GATE-1"_s)
                gate1 = tile;
            else if (tile.value(u"camera_id"_s).toString() == u"GATE-2"_s)
                gate2 = tile;
            // No tile plays a live stream in playback.
            QVERIFY2(tile.value(u"backend"_s).toString() != u"receiver"_s
                    && tile.value(u"backend"_s).toString() != u"player"_s,
                qPrintable(QJsonDocument(tile).toJson()));
        }
        QCOMPARE(gate1.value(u"backend"_s).toString(), u"recorded"_s);
        QCOMPARE(gate1.value(u"source"_s).toString(), m_playlistUrl);
        QCOMPARE(gate1.value(u"state"_s).toString(), u"live"_s);
        QVERIFY(gate1.value(u"frames"_s).toInteger() > 0);
        const qint64 shown = gate1.value(u"picture_time_ms"_s).toInteger();
        QVERIFY2(
            std::abs(shown - at) < 2000, qPrintable(u"the picture is %1 ms from --at"_s.arg(shown - at)));
        QCOMPARE(gate2.value(u"camera_id"_s).toString(), u"GATE-2"_s);
        QCOMPARE(gate2.value(u"source"_s).toString(), QString());
        QCOMPARE(gate2.value(u"state"_s).toString(), u"idle"_s);

        // On the screen, GATE-1's tile shows the blue filmed at that moment.
        const QPoint middle(int(gate1.value(u"x"_s).toDouble() + gate1.value(u"w"_s).toDouble() / 2),
            int(gate1.value(u"y"_s).toDouble() + gate1.value(u"h"_s).toDouble() / 2));
        QCOMPARE(nameOf(colourOf(image.pixelColor(middle))), "blue");
    }
};

QTEST_MAIN(TestRecordedVideo)
#include "tst_recorded_video.moc"
