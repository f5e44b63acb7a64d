// The evidence commands of the real app: --export-evidence writes a folder that --verify-export
// (and sha256sum -c) accepts; a changed byte, a missing and an added file are named and make the
// check exit 1; bad input (a missing, foreign or cut-short journal, a range outside it, a folder
// in use, bad times) is refused in words with a non-zero exit, and on a full disk nothing is
// left half-written.
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

class TestEvidenceCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir { QStringLiteral(WATCHFLOOR_BINARY_DIR "/tests/tst_evidence_cli-XXXXXX") };
    QString m_journal;

    QString exported(const QString &name)
    {
        const QString out = m_dir.filePath(name);
        const auto r = runApp({ u"--playback"_s, m_journal, u"--export-evidence"_s, out, u"--from"_s,
            u"+10m"_s, u"--to"_s, u"+40m"_s });
        return r.exitCode == 0 ? out : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_journal = m_dir.filePath(u"shift.sqlite"_s);
        ShiftOptions shift;
        shift.units = 30;
        shift.durationMs = 2 * 3600'000;
        Journal j;
        QString error;
        QVERIFY2(j.open(m_journal, JournalMode::Live, &error), qPrintable(error));
        generateShift(shift, [&](const Event &e) { j.append(e); });
        QCOMPARE(j.close().lost, 0);
    }

    void export_thenVerify_andSha256sumAgrees()
    {
        const auto before = fileDigest(m_journal);
        const QString out = m_dir.filePath(u"case"_s);
        const auto r = runApp({ u"--playback"_s, m_journal, u"--export-evidence"_s, out, u"--from"_s,
            u"+10m"_s, u"--to"_s, u"+40m"_s, u"--lang"_s, u"zh_CN"_s });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"events from 2024-06-01T00:10:00.000Z to 2024-06-01T00:40:00.000Z"_s),
            qPrintable(r.out));
        QCOMPARE(fileDigest(m_journal), before);
        const auto v = runApp({ u"--verify-export"_s, out });
        QVERIFY2(v.exitCode == 0, qPrintable(v.err));
        QVERIFY(v.out.contains(u"every file matches"_s));
        QProcess sum;
        sum.setWorkingDirectory(out);
        sum.start(u"sha256sum"_s, { u"-c"_s, u"--strict"_s, u"manifest.sha256"_s });
        QVERIFY(sum.waitForFinished(60000));
        QVERIFY2(sum.exitCode() == 0, sum.readAllStandardError().constData());
    }

    void tampering_isNamed_andExitsNonZero()
    {
        const QString out = exported(u"tampered"_s);
        QVERIFY(!out.isEmpty());
        QFile pdf(QDir(out).filePath(u"report.pdf"_s));
        QVERIFY(pdf.open(QIODevice::ReadWrite));
        pdf.seek(pdf.size() / 2);
        char byte = 0;
        pdf.getChar(&byte);
        pdf.seek(pdf.size() / 2);
        pdf.putChar(char(byte ^ 0x01)); // one bit of one byte
        pdf.close();
        auto v = runApp({ u"--verify-export"_s, out });
        QCOMPARE(v.exitCode, 1);
        QVERIFY2(v.err.contains(u"report.pdf: changed"_s), qPrintable(v.err));
        QVERIFY(!v.err.contains(u"events.csv"_s));

        QVERIFY(QFile::remove(QDir(out).filePath(u"journal.sqlite"_s)));
        v = runApp({ u"--verify-export"_s, out });
        QCOMPARE(v.exitCode, 1);
        QVERIFY2(v.err.contains(u"journal.sqlite: missing"_s), qPrintable(v.err));

        QVERIFY(QFile::remove(QDir(out).filePath(u"manifest.sha256"_s)));
        v = runApp({ u"--verify-export"_s, out });
        QCOMPARE(v.exitCode, 1);
        QVERIFY2(v.err.contains(u"manifest.sha256: missing"_s), qPrintable(v.err));
    }

    void badInput_isRefusedInWords_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        const QString out = u"OUT"_s;
        QTest::newRow("missing journal")
            << QStringList { u"--playback"_s, u"NOFILE"_s, u"--export-evidence"_s, out } << 1
            << u"does not exist"_s;
        QTest::newRow("foreign journal")
            << QStringList { u"--playback"_s, u"FOREIGN"_s, u"--export-evidence"_s, out } << 1
            << u"not a Watchfloor journal"_s;
        QTest::newRow("range outside") << QStringList { u"--playback"_s, u"JOURNAL"_s, u"--export-evidence"_s,
            out, u"--from"_s, u"+1h"_s, u"--to"_s, u"+5h"_s }
                                       << 1 << u"outside the journal"_s;
        QTest::newRow("folder in use") << QStringList { u"--playback"_s, u"JOURNAL"_s, u"--export-evidence"_s,
            u"USED"_s } << 1 << u"is not empty"_s;
        QTest::newRow("no journal") << QStringList { u"--export-evidence"_s, out } << 2
                                    << u"--playback FILE"_s;
        QTest::newRow("bad from") << QStringList { u"--playback"_s, u"JOURNAL"_s, u"--export-evidence"_s, out,
            u"--from"_s, u"noon"_s }
                                  << 2 << u"--from needs an ISO-8601 time"_s;
        QTest::newRow("to without export") << QStringList { u"--playback"_s, u"JOURNAL"_s, u"--to"_s,
            u"+1h"_s } << 2 << u"go with --export-evidence"_s;
        QTest::newRow("area without export") << QStringList { u"--playback"_s, u"JOURNAL"_s, u"--area"_s,
            u"江汉区"_s } << 2 << u"go with --export-evidence"_s;
        QTest::newRow("unknown area") << QStringList { u"--playback"_s, u"JOURNAL"_s, u"--export-evidence"_s,
            out, u"--area"_s, u"Atlantis"_s }
                                      << 1 << u"--area:"_s;
        QTest::newRow("upside-down area") << QStringList { u"--playback"_s, u"JOURNAL"_s,
            u"--export-evidence"_s, out, u"--area"_s, u"114.4,30.7,114.2,30.5"_s }
                                          << 1 << u"--area:"_s;
        QTest::newRow("verify nothing")
            << QStringList { u"--verify-export"_s, u"NOFILE"_s } << 1 << u"no such folder"_s;
    }
    void badInput_isRefusedInWords()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        const QString foreign = m_dir.filePath(u"foreign.sqlite"_s);
        QFile f(foreign);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("PK\x03\x04 a zip file, not a journal");
        f.close();
        const QString used = m_dir.filePath(u"used"_s);
        QVERIFY(QDir().mkpath(used));
        QFile keep(QDir(used).filePath(u"keep.txt"_s));
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.close();
        const QString out = m_dir.filePath(u"refused-out"_s);
        for (auto &a : args) {
            a.replace(u"NOFILE"_s, m_dir.filePath(u"nothing.sqlite"_s));
            a.replace(u"FOREIGN"_s, foreign);
            a.replace(u"JOURNAL"_s, m_journal);
            a.replace(u"USED"_s, used);
            a.replace(u"OUT"_s, out);
        }
        const auto r = runApp(args);
        QVERIFY2(r.exitCode == exitCode, qPrintable(QString::number(r.exitCode) + u' ' + r.err));
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(out));
        QCOMPARE(QDir(used).entryList(QDir::Files), QStringList { u"keep.txt"_s });
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"nothing.sqlite"_s)));
        QCOMPARE(QDir(m_dir.path()).entryList({ u".*partial*"_s }, QDir::Dirs | QDir::Hidden), QStringList());
    }

    // The export onto a 1 MB tmpfs (mounted in a private namespace of the child, which an
    // unprivileged test may do): the folder holds more than that, so a write fails.
    void fullDisk_failsInWords_andLeavesNothing()
    {
        const QString mountPoint = m_dir.filePath(u"small"_s);
        QVERIFY(QDir().mkpath(mountPoint));
        QProcess p;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        p.setProcessEnvironment(env);
        p.start(u"unshare"_s,
            { u"-rm"_s, u"sh"_s, u"-c"_s,
                u"mount -t tmpfs -o size=1m none \"$1\" || exit 99; \"$2\" --playback \"$3\" "
                u"--export-evidence "
                "\"$1/evidence\"; rc=$?; echo \"left: $(ls -A \"$1\")\"; exit $rc"_s,
                u"sh"_s, mountPoint, QStringLiteral(WATCHFLOOR_APP), m_journal });
        QVERIFY(p.waitForFinished(120000));
        const QString err = QString::fromLocal8Bit(p.readAllStandardError());
        const QString out = QString::fromLocal8Bit(p.readAllStandardOutput());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 1, qPrintable(QString::number(p.exitCode()) + u' ' + err));
        QVERIFY2(err.contains(u"nothing was written"_s), qPrintable(err));
        QVERIFY2(err.contains(u"full"_s) || err.contains(u"No space left"_s), qPrintable(err));
        QVERIFY2(out.trimmed() == u"left:"_s, qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestEvidenceCli)
#include "tst_evidence_cli.moc"
