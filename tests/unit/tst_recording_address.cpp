// A camera's recording address: the moment and the camera go where the NVR wants them, and an
// address playback could not use is refused when the camera file is read.
#include "RecordingAddress.h"

#include <QDateTime>
#include <QTest>

using namespace wf::wall;

class TestRecordingAddress : public QObject
{
    Q_OBJECT

private slots:
    void theMomentAndTheCameraAreFilledIn()
    {
        const qint64 at
            = QDateTime::fromString(QStringLiteral("2026-12-03T17:30:05.250+08:00"), Qt::ISODateWithMs)
                  .toMSecsSinceEpoch();
        QCOMPARE(
            RecordingAddress::expand(QStringLiteral("rtsp://nvr/Streaming/tracks/{id}?starttime={start}"),
                QStringLiteral("101"), at),
            QStringLiteral("rtsp://nvr/Streaming/tracks/101?starttime=20261203T093005Z"));
        QCOMPARE(RecordingAddress::expand(
                     QStringLiteral("rtsp://nvr/{id}?t={start_unix}"), QStringLiteral("A B/1"), at),
            QStringLiteral("rtsp://nvr/A%20B%2F1?t=%1").arg(at / 1000));
        QVERIFY(RecordingAddress::startsAtGivenTime(QStringLiteral("rtsp://nvr/{id}?t={start_unix}")));
        QVERIFY(!RecordingAddress::startsAtGivenTime(QStringLiteral("http://nvr/{id}/index.m3u8")));
    }

    void unusableAddressesAreRefused_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("expected");
        QTest::newRow("hls") << "http://nvr/{id}/index.m3u8" << "";
        QTest::newRow("nvr") << "rtsp://nvr/{id}?starttime={start}" << "";
        QTest::newRow("file") << "/srv/recordings/{id}.m3u8" << "";
        QTest::newRow("unknown placeholder") << "rtsp://nvr/{channel}" << "unknown placeholder {channel}";
        QTest::newRow("relative") << "recordings/{id}.m3u8" << "not a URL";
        QTest::newRow("blank") << "  " << "not a URL";
    }
    void unusableAddressesAreRefused()
    {
        QFETCH(QString, address);
        QFETCH(QString, expected);
        const QString problem = RecordingAddress::problem(address);
        if (expected.isEmpty())
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        else
            QVERIFY2(problem.contains(expected), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestRecordingAddress)
#include "tst_recording_address.moc"
