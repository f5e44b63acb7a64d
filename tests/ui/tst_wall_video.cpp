// The wall's video: synthetic training video (deterministic, cheap, costs nothing unseen),
// latency stamps, and WallPlayer's behaviour with files, bad addresses and hidden tiles.
#include "FrameStamp.h"
#include "SyntheticFeed.h"
#include "SyntheticScene.h"
#include "WallPlayer.h"
#include "WorldClock.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QPainter>
#include <QProcess>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QVideoSink>
#include <ctime>

using namespace wf::wall;

namespace {

QByteArray digest(const QImage &image)
{
    return QCryptographicHash::hash(
        QByteArrayView(image.constBits(), image.sizeInBytes()), QCryptographicHash::Sha1);
}

double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

// A QQuickWindow with a WallPlayer in it, as a tile would hold one (no QML needed).
struct Tile
{
    QQuickWindow window;
    QVideoSink output;
    WallPlayer *player = nullptr;
    explicit Tile(const QString &source, const QString &cameraId = QStringLiteral("CAM0001"))
    {
        window.resize(320, 260);
        player = new WallPlayer(window.contentItem());
        player->setSize({ 320, 260 });
        player->setCameraId(cameraId);
        player->setCameraName(QStringLiteral("Test camera"));
        player->setVideoSink(&output);
        player->setLostTimeoutMs(2000);
        player->setSource(source);
        // As the QML engine would: the player starts once its properties are all set.
        static_cast<QQmlParserStatus *>(player)->classBegin();
        static_cast<QQmlParserStatus *>(player)->componentComplete();
    }
};

} // namespace

class TestWallVideo : public QObject
{
    Q_OBJECT

private slots:
    void syntheticSceneIsAPureFunctionOfCameraAndTime()
    {
        const qint64 t = 1'700'000'000'000;
        SyntheticScene a(QStringLiteral("CAM0001"), QStringLiteral("Jianghan Road 01"));
        SyntheticScene again(QStringLiteral("CAM0001"), QStringLiteral("Jianghan Road 01"));
        SyntheticScene other(QStringLiteral("CAM0002"), QStringLiteral("Jianghan Road 01"));
        const QImage frame = a.render(t);
        QCOMPARE(frame.size(), QSize(704, 576));
        QCOMPARE(digest(frame), digest(again.render(t)));
        QVERIFY(digest(frame) != digest(a.render(t + 80)));
        QVERIFY(digest(frame) != digest(other.render(t)));
        // At dusk the light changes by the minute; what a camera cached earlier in the quarter
        // hour does not change the picture of a later moment.
        const qint64 dusk = 1'717'844'400'000 + 7 * 60'000; // 2024-06-08 19:07 in Wuhan
        SyntheticScene early(QStringLiteral("CAM0001"), QStringLiteral("Jianghan Road 01"));
        early.render(dusk - 6 * 60'000);
        QCOMPARE(digest(early.render(dusk)),
            digest(
                SyntheticScene(QStringLiteral("CAM0001"), QStringLiteral("Jianghan Road 01")).render(dusk)));
    }

    void syntheticPictureIsDrawnAtTheTilesSize()
    {
        // A 4x4 wall's tile on a 1080p screen: the picture is drawn at the tile's size, the
        // same scene as at full size (compared on the full picture filtered down to it).
        QCOMPARE(SyntheticScene::pictureSizeFor(QSize(480, 270)), QSize(330, 270));
        QCOMPARE(SyntheticScene::pictureSizeFor(QSize(1280, 720)), QSize(704, 576));
        QCOMPARE(SyntheticScene::pictureSizeFor(QSize(680, 560)), QSize(704, 576)); // nearly as large
        QCOMPARE(SyntheticScene::pictureSizeFor(QSize()), QSize(704, 576));
        QCOMPARE(SyntheticScene::pictureSizeFor(QSize(40, 30)), QSize(176, 144));
        const qint64 t = 1'717'844'400'000; // 19:00, lamps lit
        SyntheticScene scene(QStringLiteral("CAM0001"), QStringLiteral("Jianghan Road 01"));
        const SyntheticScene::Moment moment { t, wf::GroundTruth::Weather::Clear, {} };
        QImage small, again;
        scene.render(moment, small, QSize(330, 270));
        QCOMPARE(small.size(), QSize(330, 270));
        scene.render(moment, again, QSize(330, 270));
        QCOMPARE(digest(small), digest(again));
        const QImage reference
            = scene.render(moment).scaled(330, 270, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        double diff = 0;
        for (int y = 0; y < 270; ++y) {
            for (int x = 0; x < 330; ++x) {
                const QRgb a = small.pixel(x, y);
                const QRgb b = reference.pixel(x, y);
                diff += std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b))
                    + std::abs(qBlue(a) - qBlue(b));
            }
        }
        const double meanDiff = diff / (330.0 * 270 * 3);
        QVERIFY2(meanDiff < 12, qPrintable(QString::number(meanDiff))); // the same scene, not another
        // A different moment is a different picture at the small size too.
        scene.render(
            SyntheticScene::Moment { t + 4000, wf::GroundTruth::Weather::Clear, {} }, again, QSize(330, 270));
        QVERIFY(digest(small) != digest(again));
    }

    void syntheticFeedShowsTheWorldsTime()
    {
        // A training world at 2024-03-14 22:40 (Wuhan), paused: the feed's pictures are that
        // moment's, not the workstation's, so the video's time agrees with the lists.
        const qint64 world = 1'710'427'200'000;
        auto clock = std::make_shared<WorldClock>();
        clock->update(world, 0);
        SyntheticFeed feed(SyntheticFeed::Setup { QStringLiteral("CAM0001"),
            QStringLiteral("Jianghan Road 01"), SceneKind::UrbanIntersection, {}, clock, {} });
        QCOMPARE(feed.pictureTimeMs(), world);
        QSignalSpy frames(&feed, &SyntheticFeed::frameReady);
        feed.start();
        QTRY_VERIFY_WITH_TIMEOUT(frames.count() >= 1, 3000);
        feed.stop();
        const QImage shown
            = frames.first().first().value<QVideoFrame>().toImage().convertToFormat(QImage::Format_RGB32);
        SyntheticScene scene(QStringLiteral("CAM0001"), QStringLiteral("Jianghan Road 01"));
        QCOMPARE(digest(shown), digest(scene.render(world)));
        QVERIFY(digest(shown) != digest(scene.render(QDateTime::currentMSecsSinceEpoch())));
        // Without a world behind it the feed shows the workstation's clock.
        SyntheticFeed alone(QStringLiteral("CAM0001"), QString());
        QVERIFY(std::abs(alone.pictureTimeMs() - QDateTime::currentMSecsSinceEpoch()) < 5000);
    }

    void everySceneKindLooksItsOwnByDayAndNight()
    {
        // Noon in clear weather and 21:00 in the rain (Wuhan time) on a camera of each kind:
        // eight different pictures, each darker at night. Saved to be looked at.
        const qint64 noon = 1'717'819'200'000; // 2024-06-08 12:00 +08:00
        const qint64 nine = noon + 9 * 3'600'000;
        const QString dir = QStringLiteral(WATCHFLOOR_BINARY_DIR "/tests/ui/screenshots");
        QDir().mkpath(dir);
        const auto brightness = [](const QImage &img) {
            double sum = 0;
            for (int y = 80; y < img.height(); y += 4) {
                const QRgb *line = reinterpret_cast<const QRgb *>(img.constScanLine(y));
                for (int x = 0; x < img.width(); x += 4)
                    sum += qGray(line[x]);
            }
            return sum;
        };
        QSet<QByteArray> days;
        for (int k = 0; k <= int(SceneKind::VillageRoad); ++k) {
            const auto kind = SceneKind(k);
            const SyntheticScene scene(QStringLiteral("CAM00042"), sceneKindName(kind), kind);
            QCOMPARE(scene.kind(), kind);
            const QImage day = scene.render(noon);
            const QImage night = scene.render({ nine, wf::GroundTruth::Weather::Rain, {} });
            QVERIFY(day.save(dir + QStringLiteral("/scene-%1-day.png").arg(sceneKindName(kind))));
            QVERIFY(night.save(dir + QStringLiteral("/scene-%1-night-rain.png").arg(sceneKindName(kind))));
            days.insert(digest(day));
            // Outdoors night falls; a hall keeps its lights on and only its windows go dark.
            const bool indoor = kind == SceneKind::StationHall || kind == SceneKind::AirportHall;
            QVERIFY2(
                brightness(night) < (indoor ? 0.98 : 0.7) * brightness(day), qPrintable(sceneKindName(kind)));
        }
        QCOMPARE(days.size(), int(SceneKind::VillageRoad) + 1);
    }

    void vehiclesCarReadableHubeiPlates()
    {
        static const QRegularExpression plate(QStringLiteral("^鄂[A-HJ-N]·[0-9A-HJ-NP-Z]{5}$"));
        for (quint64 seed = 0; seed < 200; ++seed)
            QVERIFY2(plate.match(SyntheticScene::plateFor(seed)).hasMatch(),
                qPrintable(SyntheticScene::plateFor(seed)));
        // Over a minute, a plate reader at the camera sees several different vehicles, and what
        // it sees at a given time is the same on every run.
        SyntheticScene scene(QStringLiteral("CAM0007"), QStringLiteral("Hankou Station 03"));
        QSet<QString> seen;
        for (qint64 t = 0; t < 60'000; t += 500) {
            const QString p = scene.plateInView(1'700'000'000'000 + t);
            if (!p.isEmpty())
                seen.insert(p);
        }
        QVERIFY2(seen.size() >= 5, qPrintable(QString::number(seen.size())));
        QCOMPARE(scene.plateInView(1'700'000'012'345),
            SyntheticScene(QStringLiteral("CAM0007"), QString()).plateInView(1'700'000'012'345));
    }

    void sixteenFeedsFitInOneCore()
    {
        // One second of video for 16 cameras at 25 fps must take well under one second of CPU.
        QList<SyntheticScene> scenes;
        for (int i = 0; i < 16; ++i)
            scenes.append(SyntheticScene(
                QStringLiteral("CAM%1").arg(i, 4, 10, QChar(u'0')), QStringLiteral("Camera %1").arg(i)));
        QImage frame;
        const double start = threadCpuMs();
        for (int f = 0; f < 25; ++f) {
            for (const auto &s : scenes)
                s.render(1'700'000'000'000 + f * 40, frame);
        }
        const double cpuMs = threadCpuMs() - start;
        qInfo("16 synthetic feeds: %.0f ms of CPU per second of video", cpuMs);
        QVERIFY2(cpuMs < 1000, qPrintable(QString::number(cpuMs)));
    }

    void frameStampRoundTrips_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("main stream") << QSize(704, 576);
        QTest::newRow("sub-stream") << QSize(352, 288);
    }

    void frameStampRoundTrips()
    {
        QFETCH(QSize, size);
        QImage image(size, QImage::Format_RGB32);
        image.fill(Qt::darkGray);
        const quint32 value = 0xA5C3'0F71;
        const int bw = FrameStamp::blockWidth(size.width());
        const int bh = FrameStamp::blockHeight(size.width());
        QPainter p(&image);
        for (int bit = 0; bit < FrameStamp::kBits; ++bit) {
            const bool one = (value >> (31 - bit)) & 1;
            const QRect top(bit * bw, 0, bw, bh);
            p.fillRect(top, one ? Qt::white : Qt::black);
            p.fillRect(top.translated(0, bh), one ? Qt::black : Qt::white);
        }
        p.end();
        QCOMPARE(FrameStamp::read(QVideoFrame(image)), std::optional<quint32>(value));
        // Too small to carry a readable stamp: refused, not guessed.
        QCOMPARE(FrameStamp::read(QVideoFrame(image.scaled(160, 120))), std::nullopt);
        // A picture without a stamp is not misread as one.
        QCOMPARE(FrameStamp::read(QVideoFrame(SyntheticScene(QStringLiteral("X"), QString()).render(0))),
            std::nullopt);
        QCOMPARE(FrameStamp::ageMs(10, 0x1'0000'0005ll), -5); // wrap-around of the low 32 bits
        QCOMPARE(FrameStamp::ageMs(0xFFFF'FFF0u, 0x1'0000'0010ll), 32);
    }

    void syntheticSourcePlaysAndStopsWhenHidden()
    {
        Tile tile(QStringLiteral("sim://camera/CAM0003"));
        QSignalSpy frames(&tile.output, &QVideoSink::videoFrameChanged);
        QTRY_COMPARE_WITH_TIMEOUT(tile.player->state(), WallPlayer::Live, 5000);
        QVERIFY(tile.player->playing());
        QTest::qWait(1200);
        QVERIFY2(tile.player->fps() > 18 && tile.player->fps() < 30,
            qPrintable(QString::number(tile.player->fps())));
        QCOMPARE(tile.player->resolution(), QSize(704, 576));
        // The 320x260 tile is handed pictures of its size, not the camera's 704x576.
        QCOMPARE(tile.player->pictureSize(), QSize(318, 260));
        QVERIFY(frames.count() >= 18);

        // Paused: the picture holds still while the feed goes on; step shows one more frame.
        tile.player->setPaused(true);
        frames.clear();
        const double shownAt = tile.player->pictureTimeMs();
        QVERIFY(shownAt > 0);
        QTest::qWait(400);
        QCOMPARE(frames.count(), 0);
        // A mark on a paused tile is about the picture on the screen, not the feed's latest.
        QCOMPARE(tile.player->pictureTimeMs(), shownAt);
        tile.player->step();
        QTRY_COMPARE_WITH_TIMEOUT(frames.count(), 1, 1000);
        QTest::qWait(300);
        QCOMPARE(frames.count(), 1);
        tile.player->setPaused(false);

        QTemporaryDir dir;
        const QString shot = tile.player->snapshot(dir.path());
        QVERIFY2(QFileInfo(shot).fileName().startsWith(QStringLiteral("CAM0001_")), qPrintable(shot));
        QCOMPARE(QImage(shot).size(), QSize(704, 576));

        // Hidden: no feed, no frames, nothing held.
        tile.player->setVisible(false);
        QVERIFY(!tile.player->playing());
        QCOMPARE(tile.player->state(), WallPlayer::Idle);
        QTest::qWait(300);
        frames.clear();
        QTest::qWait(400);
        QCOMPARE(frames.count(), 0);
        tile.player->setVisible(true);
        QTRY_COMPARE_WITH_TIMEOUT(tile.player->state(), WallPlayer::Live, 5000);
    }

    void filePlaysAndLoops()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("clip.mp4"));
        QProcess ffmpeg;
        ffmpeg.start(QStringLiteral("ffmpeg"),
            { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-f"), QStringLiteral("lavfi"),
                QStringLiteral("-i"), QStringLiteral("testsrc2=size=704x576:rate=25:duration=1.5"),
                QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"),
                QStringLiteral("ultrafast"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), file });
        QVERIFY(ffmpeg.waitForFinished(60000));
        QCOMPARE(ffmpeg.exitCode(), 0);

        Tile tile(file);
        QTRY_COMPARE_WITH_TIMEOUT(tile.player->state(), WallPlayer::Live, 10000);
        QCOMPARE(tile.player->resolution(), QSize(704, 576));
        // Past the end of the 1.5 s clip it is still live: files loop.
        QTest::qWait(3000);
        QCOMPARE(tile.player->state(), WallPlayer::Live);
        QVERIFY(tile.player->framesReceived() > 50);
    }

    void badAddressesFailOnTheirTileOnly()
    {
        Tile good(QStringLiteral("sim://camera/CAM0010"));
        Tile refused(QStringLiteral("rtsp://127.0.0.1:1/nothing?tcp"), QStringLiteral("BAD1"));
        Tile nonsense(QStringLiteral("nosuchscheme://camera/1"), QStringLiteral("BAD2"));
        QTRY_COMPARE_WITH_TIMEOUT(refused.player->state(), WallPlayer::Failed, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(nonsense.player->state(), WallPlayer::Failed, 10000);
        QVERIFY(!refused.player->errorString().isEmpty());
        QVERIFY(!nonsense.player->errorString().isEmpty());
        qInfo() << "errors:" << refused.player->errorString() << "/" << nonsense.player->errorString();
        // They keep retrying, with back-off, and the good tile plays on.
        QTRY_VERIFY_WITH_TIMEOUT(refused.player->reconnects() >= 2, 10000);
        QCOMPARE(good.player->state(), WallPlayer::Live);
        QVERIFY(good.player->fps() > 8);
    }
};

QTEST_MAIN(TestWallVideo)
#include "tst_wall_video.moc"
