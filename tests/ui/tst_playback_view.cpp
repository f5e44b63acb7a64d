// The real application under Xvfb in playback mode at --at: the PLAYBACK bar with its timeline
// across the top instead of the TRAINING banner, and the recorded units on the map as they were
// at that moment, with a reviewer's bookmarks as yellow flags on the timeline. The screenshots
// stay in tests/ui/screenshots/ to be looked at.
#include "../common/AppScreenshot.h"
#include "../common/SyntheticShift.h"
#include "Journal.h"
#include "ReviewNotes.h"

#include <QTemporaryDir>
#include <QTest>

using namespace wf;
using namespace Qt::StringLiterals;

using wf::testing::countNear;

class TestPlaybackView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir { QStringLiteral(WATCHFLOOR_BINARY_DIR "/tests/tst_playback_view-XXXXXX") };
    QString m_journal;

    QImage shoot(const QString &name, const QStringList &extra, QString *log)
    {
        return testing::shootApp(name,
            QStringList {
                u"--playback"_s, m_journal, u"--at"_s, u"+40m"_s, u"--view"_s, u"30.60,114.35,11"_s }
                + extra,
            log, 10);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_journal = m_dir.filePath(u"shift.sqlite"_s);
        testing::ShiftOptions shift;
        shift.units = 150;
        shift.durationMs = 3600'000;
        shift.incidentsPerHour = 30;
        Journal j;
        QString error;
        QVERIFY2(j.open(m_journal, JournalMode::Live, &error), qPrintable(error));
        testing::generateShift(shift, [&](const Event &e) { j.append(e); });
        QCOMPARE(j.close().lost, 0);
        ReviewNotes notes;
        QVERIFY2(notes.open(m_journal, 1, shift.startMs, true, &error), qPrintable(error));
        QVERIFY(notes.add(shift.startMs + 600'000, u"报警人再次来电"_s, u"wang"_s, u"supervisor"_s, &error));
        QVERIFY(notes.add(shift.startMs + 3000'000, QString(), u"wang"_s, u"supervisor"_s, &error));
    }

    void playbackBar_andRecordedUnits_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("zh_CN") << u"zh_CN"_s;
    }
    void playbackBar_andRecordedUnits()
    {
        QFETCH(QString, lang);
        QString log;
        const QImage img = shoot(u"playback-"_s + lang, { u"--lang"_s, lang }, &log);
        QVERIFY2(!img.isNull(), qPrintable(log));
        // The PLAYBACK bar's purple fills the top of the window; no TRAINING amber anywhere there.
        const QRect top(0, 0, img.width(), 60);
        const int purple = countNear(img, top, QColor(0x3b, 0x1f, 0x5c), 6);
        QVERIFY2(purple > top.width() * top.height() / 3,
            qPrintable(u"purple pixels %1\n%2"_s.arg(purple).arg(log)));
        QCOMPARE(countNear(img, top, QColor(0xf2, 0xa9, 0x00), 8), 0);
        // The two bookmarks: yellow flags on the timeline's track.
        const QRect bar(0, 0, img.width(), 110);
        const int flags = countNear(img, bar, QColor(0xff, 0xd8, 0x4d), 10);
        QVERIFY2(flags > 2 * 60, qPrintable(u"bookmark pixels %1\n%2"_s.arg(flags).arg(log)));
        // The recorded units are on the map (available units are green).
        const QRect map(img.width() / 4, img.height() / 5, img.width() / 3, img.height() * 3 / 5);
        const int units = countNear(img, map, QColor(0x2f, 0xbf, 0x71), 30);
        QVERIFY2(units > 100, qPrintable(u"unit pixels %1\n%2"_s.arg(units).arg(log)));
    }
};

QTEST_GUILESS_MAIN(TestPlaybackView)
#include "tst_playback_view.moc"
