// The workstation's journal and playback from the command line: a recorded journal opens
// read-only at a moment and is left byte for byte alone; bad --at values are refused with the
// journal's range; a journal another process writes is refused; and on a full disk the app
// says how many events were lost and exits non-zero instead of 0 without a word.
#include "../common/AppRun.h"
#include "../common/SyntheticShift.h"
#include "Journal.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace wf;
using namespace wf::testing;
using namespace Qt::StringLiterals;

class TestPlaybackCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir { QStringLiteral(WATCHFLOOR_BINARY_DIR "/tests/tst_playback_cli-XXXXXX") };
    QString m_journal;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_journal = m_dir.filePath(u"shift.sqlite"_s);
        ShiftOptions shift;
        shift.units = 40;
        shift.durationMs = 3 * 3600'000;
        Journal j;
        QString error;
        QVERIFY2(j.open(m_journal, &error), qPrintable(error));
        generateShift(shift, [&](const Event &e) { j.append(e); });
        QCOMPARE(j.close().lost, 0);
    }

    void playback_opensAtAMoment_andLeavesTheJournalAlone()
    {
        const auto before = fileDigest(m_journal);
        const QString shot = m_dir.filePath(u"playback.png"_s);
        const auto r = runApp({ u"--playback"_s, m_journal, u"--at"_s, u"+90m"_s, u"--quit-after"_s, u"3"_s,
            u"--screenshot"_s, shot });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFileInfo(shot).size() > 0);
        QCOMPARE(fileDigest(m_journal), before);
        QVERIFY2(!QFile::exists(m_journal + u"-wal"_s), "playback left a -wal beside the journal");
    }

    void badAt_isRefusedWithTheRange_data()
    {
        QTest::addColumn<QString>("at");
        QTest::addColumn<QString>("expected");
        QTest::newRow("after the end") << u"+5h"_s << u"outside the journal"_s;
        QTest::newRow("before the start") << u"2020-01-01T00:00:00Z"_s << u"outside the journal"_s;
        QTest::newRow("no zone") << u"2024-06-01T08:00:00"_s << u"ISO-8601"_s;
        QTest::newRow("words") << u"yesterday"_s << u"ISO-8601"_s;
        QTest::newRow("negative") << u"-5m"_s << u"ISO-8601"_s;
    }
    void badAt_isRefusedWithTheRange()
    {
        QFETCH(QString, at);
        QFETCH(QString, expected);
        const auto r = runApp({ u"--playback"_s, m_journal, u"--at"_s, at, u"--quit-after"_s, u"2"_s });
        QVERIFY2(r.exitCode == 1 || r.exitCode == 2, qPrintable(QString::number(r.exitCode) + r.err));
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    }

    void playback_ofMissingOrForeignFile_isRefused()
    {
        auto r = runApp({ u"--playback"_s, m_dir.filePath(u"nothing.sqlite"_s), u"--quit-after"_s, u"2"_s });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"does not exist"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_dir.filePath(u"nothing.sqlite"_s)));
    }

    void journalInUse_isRefused()
    {
        const QString path = m_dir.filePath(u"in-use.sqlite"_s);
        Journal held;
        QString error;
        QVERIFY2(held.open(path, &error), qPrintable(error));
        const auto r = runApp({ u"--db"_s, path, u"--quit-after"_s, u"2"_s });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"another Watchfloor process"_s), qPrintable(r.err));
    }

    // The app on a 3 MB tmpfs that is nearly full (mounted in a private namespace of the child,
    // which an unprivileged test may do), with 2,000 simulated units.
    void fullDisk_appSaysWhatWasLost_andExitsNonZero()
    {
        const QString mountPoint = m_dir.filePath(u"full"_s);
        QVERIFY(QDir().mkpath(mountPoint));
        QProcess p;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        p.setProcessEnvironment(env);
        p.start(u"unshare"_s,
            { u"-rm"_s, u"sh"_s, u"-c"_s,
                u"mount -t tmpfs -o size=3m none \"$1\" && dd if=/dev/zero of=\"$1/fill\" bs=1k count=2600 "
                "2>/dev/null; exec \"$2\" --db \"$1/journal.sqlite\" --units 2000 --quit-after 15"_s,
                u"sh"_s, mountPoint, QStringLiteral(WATCHFLOOR_APP) });
        QVERIFY(p.waitForFinished(120000));
        const QString err = QString::fromLocal8Bit(p.readAllStandardError());
        qDebug("%s", qPrintable(err.trimmed().right(600)));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 4);
        QVERIFY2(err.contains(u"the journal cannot write"_s), qPrintable(err));
        QVERIFY2(err.contains(u"the journal lost"_s) && err.contains(u"full"_s), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestPlaybackCli)
#include "tst_playback_cli.moc"
