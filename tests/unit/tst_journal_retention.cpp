// The workstation's day journals and the supervisor's limit on them: day files named and read
// back, only the mode's own day files older than the limit removed (with their -wal and -shm),
// a journal still being written kept and said so, nothing removed without a limit.
#include "Journal.h"
#include "JournalRetention.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace wf;
using namespace Qt::StringLiterals;

namespace {

void touch(const QDir &dir, const QString &name, int bytes)
{
    QFile f(dir.filePath(name));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(bytes, 'x'));
}

} // namespace

class TestJournalRetention : public QObject
{
    Q_OBJECT
private slots:
    void dayFilesNamedAndReadBack()
    {
        const QDate day(2026, 12, 3);
        QCOMPARE(JournalRetention::dayFileName(false, day), u"journal-2026-12-03.sqlite"_s);
        QCOMPARE(JournalRetention::dayFileName(true, day), u"training-journal-2026-12-03.sqlite"_s);
        QCOMPARE(JournalRetention::dayOf(u"journal-2026-12-03.sqlite"_s, false), std::optional(day));
        QCOMPARE(JournalRetention::dayOf(u"training-journal-2026-12-03.sqlite"_s, true), std::optional(day));
        // Another mode's, another name, an impossible day: not a day file of this mode.
        QVERIFY(!JournalRetention::dayOf(u"training-journal-2026-12-03.sqlite"_s, false));
        QVERIFY(!JournalRetention::dayOf(u"journal-2026-12-03.sqlite"_s, true));
        QVERIFY(!JournalRetention::dayOf(u"journal.sqlite"_s, false));
        QVERIFY(!JournalRetention::dayOf(u"journal-2026-13-45.sqlite"_s, false));
        QVERIFY(!JournalRetention::dayOf(u"journal-2026-12-03.sqlite-wal"_s, false));
        QVERIFY(!JournalRetention::dayOf(u"my-journal-2026-12-03.sqlite"_s, false));
    }

    void olderDaysOfTheModeRemoved()
    {
        QTemporaryDir tmp;
        const QDir dir(tmp.path());
        const QDate today(2026, 12, 3);
        for (int ago = 0; ago < 10; ++ago) {
            touch(dir, JournalRetention::dayFileName(false, today.addDays(-ago)), 1000);
            touch(dir, JournalRetention::dayFileName(true, today.addDays(-ago)), 10);
        }
        touch(dir, JournalRetention::dayFileName(false, today.addDays(-8)) + u"-wal"_s, 500);
        touch(dir, JournalRetention::dayFileName(false, today.addDays(-8)) + u"-shm"_s, 50);
        touch(dir, u"journal.sqlite"_s, 10); // an older build's, or the operator's: not a day file
        touch(dir, u"incident-2026-01-01.sqlite"_s, 10);

        QCOMPARE(JournalRetention::prune(dir, false, today, 0).removed.size(), 0); // no limit

        const auto pruned = JournalRetention::prune(dir, false, today, 7); // today and the six before
        QCOMPARE(pruned.removed,
            QStringList({ u"journal-2026-11-24.sqlite"_s, u"journal-2026-11-25.sqlite"_s,
                u"journal-2026-11-26.sqlite"_s }));
        QCOMPARE(pruned.bytes, 3 * 1000 + 500 + 50);
        QVERIFY(pruned.problems.isEmpty());
        QVERIFY(!QFile::exists(dir.filePath(u"journal-2026-11-25.sqlite-wal"_s)));
        QVERIFY(!QFile::exists(dir.filePath(u"journal-2026-11-25.sqlite-shm"_s)));
        QVERIFY(QFile::exists(dir.filePath(u"journal-2026-11-27.sqlite"_s)));
        QVERIFY(QFile::exists(dir.filePath(u"journal-2026-12-03.sqlite"_s)));
        QVERIFY(QFile::exists(dir.filePath(u"training-journal-2026-11-24.sqlite"_s))); // the other mode's
        QVERIFY(QFile::exists(dir.filePath(u"journal.sqlite"_s)));
        QVERIFY(QFile::exists(dir.filePath(u"incident-2026-01-01.sqlite"_s)));

        const auto training = JournalRetention::prune(dir, true, today, 1); // today's alone
        QCOMPARE(training.removed.size(), 9);
        QVERIFY(QFile::exists(dir.filePath(u"training-journal-2026-12-03.sqlite"_s)));
    }

    void aJournalStillWrittenIsKept()
    {
        QTemporaryDir tmp;
        const QDir dir(tmp.path());
        const QDate today(2026, 12, 3);
        const QString old = dir.filePath(JournalRetention::dayFileName(false, today.addDays(-30)));
        Journal writer; // a session left running since then holds its journal's lock
        QString error;
        QVERIFY2(writer.open(old, JournalMode::Live, &error), qPrintable(error));
        const auto pruned = JournalRetention::prune(dir, false, today, 7);
        QVERIFY(pruned.removed.isEmpty());
        QCOMPARE(pruned.problems.size(), 1);
        QVERIFY2(
            pruned.problems.first().contains(u"still being written"_s), qPrintable(pruned.problems.first()));
        QVERIFY(QFile::exists(old));
        writer.close();
        QCOMPARE(JournalRetention::prune(dir, false, today, 7).removed.size(), 1);
        QVERIFY(!QFile::exists(old));
    }
};

QTEST_GUILESS_MAIN(TestJournalRetention)
#include "tst_journal_retention.moc"
