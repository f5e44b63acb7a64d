// A recording's HLS playlist read for its filming times: a moment on the centre's clock maps
// into the video (and back), gaps and moments outside have no position, and what is not a usable
// media playlist is refused with the reason and its line.
#include "HlsTimeline.h"

#include <QDateTime>
#include <QTest>

using namespace wf::wall;

namespace {

qint64 t(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

// As ffmpeg's HLS muxer writes it (zone without a colon), with a gap of ten minutes after the
// second segment (the recorder was down) and a last segment without a time of its own.
const QByteArray kRecording = "#EXTM3U\n"
                              "#EXT-X-VERSION:3\n"
                              "#EXT-X-TARGETDURATION:2\n"
                              "#EXT-X-PLAYLIST-TYPE:VOD\n"
                              "#EXT-X-PROGRAM-DATE-TIME:2026-12-01T08:00:00.000+0800\n"
                              "#EXTINF:2.000000,\n"
                              "seg0.ts\n"
                              "#EXT-X-PROGRAM-DATE-TIME:2026-12-01T08:00:02.000+0800\n"
                              "#EXTINF:2.000000,\n"
                              "seg1.ts\n"
                              "#EXT-X-DISCONTINUITY\n"
                              "#EXT-X-PROGRAM-DATE-TIME:2026-12-01T00:10:00.000Z\n"
                              "#EXTINF:1.500000,\n"
                              "seg2.ts\n"
                              "#EXTINF:2.500000,\n"
                              "seg3.ts\n"
                              "#EXT-X-ENDLIST\n";

} // namespace

class TestHlsTimeline : public QObject
{
    Q_OBJECT

private slots:
    void momentsMapIntoTheVideoAndBack()
    {
        QString error;
        const auto timeline = HlsTimeline::parse(kRecording, &error);
        QVERIFY2(timeline, qPrintable(error));
        QCOMPARE(timeline->segments().size(), size_t(4));
        QVERIFY(timeline->ended());
        QCOMPARE(timeline->startMs(), t("2026-12-01T00:00:00.000Z"));
        QCOMPARE(timeline->endMs(), t("2026-12-01T00:10:04.000Z"));
        // 3.5 s after the start: 1.5 s into the second segment.
        QCOMPARE(timeline->mediaPositionAt(t("2026-12-01T00:00:03.500Z")), 3500);
        // After the gap the video goes on where it stopped: 4 s in, then 1.5 s more.
        QCOMPARE(timeline->mediaPositionAt(t("2026-12-01T00:10:00.000Z")), 4000);
        QCOMPARE(
            timeline->mediaPositionAt(t("2026-12-01T00:10:02.000Z")), 6000); // the untimed segment follows
        QCOMPARE(timeline->timeAtMediaPosition(6000), t("2026-12-01T00:10:02.000Z"));
        QCOMPARE(timeline->timeAtMediaPosition(1000), t("2026-12-01T00:00:01.000Z"));
    }

    void gapsAndMomentsOutsideHaveNoPicture()
    {
        QString error;
        const auto timeline = HlsTimeline::parse(kRecording, &error);
        QVERIFY2(timeline, qPrintable(error));
        QVERIFY(!timeline->mediaPositionAt(t("2026-12-01T00:05:00.000Z"))); // the recorder was down
        QVERIFY(!timeline->mediaPositionAt(t("2026-11-30T23:59:59.999Z"))); // before
        QVERIFY(!timeline->mediaPositionAt(t("2026-12-01T00:10:04.000Z"))); // just after the end
        QVERIFY(timeline->mediaPositionAt(t("2026-12-01T00:10:03.999Z")));
    }

    void segmentsBeforeTheFirstTimeRunBackFromIt()
    {
        QString error;
        const auto timeline
            = HlsTimeline::parse("#EXTM3U\n#EXTINF:4,\na.ts\n"
                                 "#EXT-X-PROGRAM-DATE-TIME:2026-12-01T00:00:04Z\n#EXTINF:4,\nb.ts\n",
                &error);
        QVERIFY2(timeline, qPrintable(error));
        QCOMPARE(timeline->startMs(), t("2026-12-01T00:00:00Z"));
        QVERIFY(!timeline->ended()); // a recording still being written
        // Two untimed segments first: both run back from the first time given.
        const auto two
            = HlsTimeline::parse("#EXTM3U\n#EXTINF:3,\na.ts\n#EXTINF:1,\nb.ts\n"
                                 "#EXT-X-PROGRAM-DATE-TIME:2026-12-01T00:00:04Z\n#EXTINF:4,\nc.ts\n",
                &error);
        QVERIFY2(two, qPrintable(error));
        QCOMPARE(two->segments()[0].startMs, t("2026-12-01T00:00:00Z"));
        QCOMPARE(two->segments()[1].startMs, t("2026-12-01T00:00:03Z"));
    }

    void aSegmentShorterThanAMillisecondStillHasOne()
    {
        QString error;
        const auto timeline = HlsTimeline::parse("#EXTM3U\n#EXT-X-PROGRAM-DATE-TIME:2026-12-01T00:00:00Z\n"
                                                 "#EXTINF:0.0002,\na.ts\n#EXTINF:2,\nb.ts\n",
            &error);
        QVERIFY2(timeline, qPrintable(error));
        QCOMPARE(timeline->segments().front().durationMs, 1);
        QCOMPARE(timeline->mediaPositionAt(t("2026-12-01T00:00:00Z")), 0);
        QCOMPARE(timeline->mediaPositionAt(t("2026-12-01T00:00:00.001Z")), 1);
    }

    void whatCannotBePutOnTheClockIsRefused_data()
    {
        QTest::addColumn<QByteArray>("playlist");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("not HLS") << QByteArray("<html>404</html>") << "#EXTM3U";
        QTest::newRow("master") << QByteArray("#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1\nmain.m3u8\n")
                                << "master playlist";
        QTest::newRow("no time") << QByteArray("#EXTM3U\n#EXTINF:2,\na.ts\n") << "EXT-X-PROGRAM-DATE-TIME";
        QTest::newRow("no zone") << QByteArray(
            "#EXTM3U\n#EXT-X-PROGRAM-DATE-TIME:2026-12-01T08:00:00\n#EXTINF:2,\na.ts\n")
                                 << "line 2: not a date and time with a zone";
        QTest::newRow("bad duration") << QByteArray("#EXTM3U\n#EXT-X-PROGRAM-DATE-TIME:2026-12-01T00:00:00Z\n"
                                                    "#EXTINF:-1,\na.ts\n")
                                      << "line 3: a segment duration";
        QTest::newRow("huge duration") << QByteArray("#EXTM3U\n#EXTINF:1e300,\na.ts\n") << "line 2";
        QTest::newRow("no EXTINF") << QByteArray(
            "#EXTM3U\n#EXT-X-PROGRAM-DATE-TIME:2026-12-01T00:00:00Z\na.ts\n")
                                   << "line 3: a segment without #EXTINF";
        QTest::newRow("before 1970") << QByteArray(
            "#EXTM3U\n#EXT-X-PROGRAM-DATE-TIME:1013-12-01T08:00:02.000+0800\n"
            "#EXTINF:2,\na.ts\n") << "line 2: a time before 1970";
        QTest::newRow("no segments") << QByteArray("#EXTM3U\n#EXT-X-ENDLIST\n") << "no segments";
        QTest::newRow("backwards") << QByteArray(
            "#EXTM3U\n#EXT-X-PROGRAM-DATE-TIME:2026-12-01T00:00:10Z\n#EXTINF:2,\na.ts\n"
            "#EXT-X-PROGRAM-DATE-TIME:2026-12-01T00:00:00Z\n#EXTINF:2,\nb.ts\n")
                                   << "segment 2 was filmed before";
        QTest::newRow("too large") << QByteArray(HlsTimeline::kMaxBytes + 1, '#') << "larger than 8 MB";
    }
    void whatCannotBePutOnTheClockIsRefused()
    {
        QFETCH(QByteArray, playlist);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!HlsTimeline::parse(playlist, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestHlsTimeline)
#include "tst_hls_timeline.moc"
