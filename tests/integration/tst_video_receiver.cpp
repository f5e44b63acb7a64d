// VideoReceiver against real servers: gst-rtsp-server as it ships and with the project's own
// mounts (tests/tools/rtsp_server.py), and misbehaving servers (tests/tools/bad_rtsp_server.py).
// Pictures arrive at the stream's rate, scaled to the target size, with the sender's clock
// readable; bad servers fail within the deadline with a reason; a receiver deleted at any
// moment takes nothing down with it.
#include "../common/ChildProcess.h"
#include "DecodePool.h"
#include "FrameStamp.h"
#include "VideoReceiver.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrl>
#include <memory>

using namespace wf::wall;

using namespace wf::testing;

namespace {

bool startTool(Child &server, const QStringList &args)
{
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(QStringLiteral("python3"), args);
    QElapsedTimer t;
    t.start();
    QByteArray out;
    while (t.elapsed() < 30000 && server.state() != QProcess::NotRunning) {
        server.waitForReadyRead(500);
        out += server.readAllStandardOutput();
        if (out.contains("READY"))
            return true;
    }
    return false;
}

QString tool(const char *name)
{
    return QStringLiteral(WATCHFLOOR_SOURCE_DIR "/tests/tools/") + QLatin1String(name);
}

} // namespace

class TestVideoReceiver : public QObject
{
    Q_OBJECT

    Child m_rtsp;
    int m_port = 0;

private slots:
    void initTestCase()
    {
        m_port = freePort();
        QVERIFY(startTool(m_rtsp,
            { tool("rtsp_server.py"), QStringLiteral("--port"), QString::number(m_port),
                QStringLiteral("--cameras"), QStringLiteral("1") }));
    }

    void onlyLiveProtocolsAreItsToPlay()
    {
        QVERIFY(VideoReceiver::handles(QUrl(QStringLiteral("rtsp://cam/1"))));
        QVERIFY(VideoReceiver::handles(QUrl(QStringLiteral("RTSP://cam/1"))));
        QVERIFY(VideoReceiver::handles(QUrl(QStringLiteral("srt://cam:9000"))));
        QVERIFY(!VideoReceiver::handles(QUrl(QStringLiteral("http://cam/live.m3u8"))));
        QVERIFY(!VideoReceiver::handles(QUrl(QStringLiteral("file:///clips/a.mp4"))));
        QVERIFY(!VideoReceiver::handles(QUrl(QStringLiteral("sim://camera/CAM0001"))));
    }

    void stockServerPlaysAtTheCamerasRate_data()
    {
        QTest::addColumn<QString>("mount");
        QTest::addColumn<QString>("transport");
        QTest::newRow("stock shared, tcp") << QStringLiteral("stock") << QStringLiteral("tcp");
        QTest::newRow("stock unshared, udp") << QStringLiteral("stock-unshared") << QStringLiteral("udp");
        QTest::newRow("own mount, transport in the url") << QStringLiteral("cam0?udp") << QString();
    }

    void stockServerPlaysAtTheCamerasRate()
    {
        QFETCH(QString, mount);
        QFETCH(QString, transport);
        VideoReceiver receiver;
        QSignalSpy frames(&receiver, &VideoReceiver::frameArrived);
        QSignalSpy failed(&receiver, &VideoReceiver::failed);
        VideoReceiver::Options options;
        options.url = QStringLiteral("rtsp://127.0.0.1:%1/%2").arg(m_port).arg(mount);
        options.transport = transport;
        receiver.start(options);
        QTRY_VERIFY_WITH_TIMEOUT(frames.count() > 0, 8000);
        const int first = int(frames.count());
        QTest::qWait(2000);
        const double fps = (frames.count() - first) / 2.0;
        qInfo("%s: %.1f pictures a second", qPrintable(mount), fps);
        QVERIFY2(fps >= 15 && fps <= 27, qPrintable(QString::number(fps)));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(receiver.sourceSize(), QSize(704, 576));
        const auto frame = frames.last().at(0).value<QVideoFrame>();
        QCOMPARE(frame.size(), QSize(704, 576)); // no target size: the stream's own
        QCOMPARE(frame.pixelFormat(), QVideoFrameFormat::Format_YUV420P);
        QVERIFY(receiver.bitrateKbps() > 100);
        QVERIFY(receiver.framesDecoded() >= frames.count());
    }

    void picturesAreScaledToTheTileAndKeepTheirStamp()
    {
        VideoReceiver receiver;
        QSignalSpy frames(&receiver, &VideoReceiver::frameArrived);
        receiver.setTargetSize({ 320, 200 });
        VideoReceiver::Options options;
        options.url = QStringLiteral("rtsp://127.0.0.1:%1/stamp").arg(m_port);
        options.readStamps = true;
        receiver.start(options);
        QTRY_VERIFY_WITH_TIMEOUT(frames.count() >= 10, 8000);
        const auto frame = frames.last().at(0).value<QVideoFrame>();
        // 704x576 fitted into 320x200 with its aspect ratio: 244x200 (even sizes for 4:2:0).
        QCOMPARE(frame.size(), QSize(244, 200));
        QCOMPARE(receiver.sourceSize(), QSize(704, 576));
        // The stamp is read from the full picture, before scaling: the sender's clock of a frame
        // a fraction of a second old.
        const qint64 stamp = frames.last().at(1).toLongLong();
        QVERIFY(stamp >= 0);
        const qint64 age = FrameStamp::ageMs(quint32(stamp), QDateTime::currentMSecsSinceEpoch());
        QVERIFY2(age >= 0 && age < 3000, qPrintable(QString::number(age)));
        // A larger tile later: the pictures follow (never larger than the stream).
        receiver.setTargetSize({ 1920, 1080 });
        frames.clear();
        QTRY_VERIFY_WITH_TIMEOUT(
            !frames.isEmpty() && frames.last().at(0).value<QVideoFrame>().size() == QSize(704, 576), 3000);
    }

    void badServersFailWithinTheDeadline_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("silent") << QStringLiteral("silent");
        QTest::newRow("slow") << QStringLiteral("slow");
        QTest::newRow("garbage") << QStringLiteral("garbage");
        QTest::newRow("stall after play") << QStringLiteral("stall");
        QTest::newRow("nothing listens") << QString();
    }

    void badServersFailWithinTheDeadline()
    {
        QFETCH(QString, mode);
        Child bad;
        int port = 1; // nothing listens on port 1
        if (!mode.isEmpty()) {
            port = freePort();
            QVERIFY(startTool(bad,
                { tool("bad_rtsp_server.py"), QStringLiteral("--port"), QString::number(port),
                    QStringLiteral("--mode"), mode }));
        }
        VideoReceiver receiver;
        QSignalSpy frames(&receiver, &VideoReceiver::frameArrived);
        QSignalSpy failed(&receiver, &VideoReceiver::failed);
        VideoReceiver::Options options;
        options.url = QStringLiteral("rtsp://127.0.0.1:%1/cam").arg(port);
        options.connectTimeoutMs = 2000;
        options.readTimeoutMs = 2000;
        QElapsedTimer t;
        t.start();
        receiver.start(options);
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, 4000);
        qInfo("%s: failed after %lld ms: %s", qPrintable(mode), t.elapsed(),
            qPrintable(failed.first().first().toString()));
        QVERIFY(t.elapsed() < 3000); // the deadline and a network poll, not more
        QVERIFY(!failed.first().first().toString().isEmpty());
        QCOMPARE(frames.count(), 0);
    }

    void deletingAReceiverAtAnyMomentIsSafe()
    {
        // Delete while connecting, just after the first picture, and while a frame may be on its
        // way to the GUI thread; the demux threads must all wind down on their own.
        for (const int afterMs : { 0, 30, 300, 1500 }) {
            auto receiver = std::make_unique<VideoReceiver>();
            VideoReceiver::Options options;
            options.url = QStringLiteral("rtsp://127.0.0.1:%1/cam0").arg(m_port);
            receiver->start(options);
            QTest::qWait(afterMs);
            receiver.reset();
            QCoreApplication::processEvents(); // a frame posted to the deleted receiver is dropped
        }
        QTRY_COMPARE_WITH_TIMEOUT(DecodePool::instance().activeThreads(), 0, 3000);
    }
};

QTEST_GUILESS_MAIN(TestVideoReceiver)
#include "tst_video_receiver.moc"
