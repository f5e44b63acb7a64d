// ReviewNotes over a real journal written by Journal: bookmarks and notes are kept in the review
// file beside it, and the journal (its bytes, its events and their rows) never changes; adding
// and removing are audited; the limits hold; a review file of another recording, or a file
// that is not one, is refused and left alone; nothing is made until the first bookmark.
#include "../common/AppRun.h"
#include "../common/SyntheticShift.h"
#include "Journal.h"
#include "ReviewNotes.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace wf;
using namespace Qt::StringLiterals;

namespace {

// Every event row of the journal as it is stored (seq, kind, times, source, entity, payload).
QByteArray eventRows(const QString &path)
{
    QByteArray all;
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"rows"_s);
        // Immutable: a plain read-only connection would leave a -wal and -shm beside the journal.
        QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        url.setQuery(u"immutable=1"_s);
        db.setDatabaseName(url.toString(QUrl::FullyEncoded));
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(
                u"SELECT seq, kind, source_time, receive_time, source, entity, payload FROM events ORDER BY seq"_s);
            while (q.next()) {
                for (int i = 0; i < 7; ++i)
                    all += q.value(i).toByteArray() + '\x1f';
                all += '\n';
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"rows"_s);
    return all;
}

} // namespace

class TestReviewNotes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir { QStringLiteral(WATCHFLOOR_BINARY_DIR "/tests/tst_review_notes-XXXXXX") };
    QString m_journal;
    qint64 m_firstSeq = 0;
    qint64 m_startMs = 0;
    qint64 m_endMs = 0;

    QString freshJournal(const QString &name, quint64 seed)
    {
        const QString path = m_dir.filePath(name);
        testing::ShiftOptions shift;
        shift.units = 20;
        shift.durationMs = 600'000;
        shift.seed = seed;
        shift.startMs += qint64(seed) * 1000;
        Journal j;
        QString error;
        if (!j.open(path, JournalMode::Live, &error))
            return {};
        testing::generateShift(shift, [&](const Event &e) { j.append(e); });
        j.close();
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_journal = freshJournal(u"shift.sqlite"_s, 1);
        QVERIFY(!m_journal.isEmpty());
        JournalReader reader;
        QString error;
        QVERIFY2(reader.open(m_journal, &error), qPrintable(error));
        m_firstSeq = reader.firstSeq();
        m_startMs = reader.firstTimeMs();
        m_endMs = reader.lastTimeMs();
        QCOMPARE(m_firstSeq, 1);
    }

    void bookmarks_neverChangeTheRecord()
    {
        const auto digestBefore = testing::fileDigest(m_journal);
        const auto rowsBefore = eventRows(m_journal);
        QVERIFY(!rowsBefore.isEmpty());
        const auto filesBefore = QDir(m_dir.path()).entryList(QDir::Files);

        ReviewNotes notes;
        QString error;
        QVERIFY2(notes.open(m_journal, m_firstSeq, m_startMs, false, &error), qPrintable(error));
        notes.setRange(m_startMs, m_endMs);
        QVERIFY(notes.bookmarks().empty());
        // Opening made nothing: the folder is as it was.
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), filesBefore);

        const auto a
            = notes.add(m_startMs + 120'000, u"呼叫人报了第二个地址"_s, u"zhang"_s, u"supervisor"_s, &error);
        QVERIFY2(a, qPrintable(error));
        const auto b = notes.add(m_startMs + 60'000, QString(), u"zhang"_s, u"supervisor"_s, &error);
        QVERIFY2(b, qPrintable(error));
        QVERIFY(notes.remove(b->id, u"li"_s, u"supervisor"_s, &error));
        const auto c = notes.add(m_endMs, u"=cmd|' /C calc'!A0"_s, u"li"_s, u"dispatcher"_s, &error);
        QVERIFY2(c, qPrintable(error));

        QCOMPARE(testing::fileDigest(m_journal), digestBefore);
        QCOMPARE(eventRows(m_journal), rowsBefore);
        QVERIFY(!QFile::exists(m_journal + u"-wal"_s));
        QVERIFY(QFile::exists(ReviewNotes::pathFor(m_journal)));

        // Read back by a second reader, in time order.
        ReviewNotes again;
        QVERIFY2(again.open(m_journal, m_firstSeq, m_startMs, false, &error), qPrintable(error));
        const auto list = again.bookmarks();
        QCOMPARE(list.size(), size_t(2));
        QCOMPARE(list[0].note, u"呼叫人报了第二个地址"_s);
        QCOMPARE(list[0].timeMs, m_startMs + 120'000);
        QCOMPARE(list[0].author, u"zhang"_s);
        QCOMPARE(list[1].timeMs, m_endMs);

        // Every change is audited, the removed bookmark's note included, in order.
        const auto audit = again.audit();
        QCOMPARE(audit.size(), size_t(4));
        QCOMPARE(audit[0].action, u"add_bookmark"_s);
        QCOMPARE(audit[0].operatorId, u"zhang"_s);
        QCOMPARE(audit[0].role, u"supervisor"_s);
        QCOMPARE(audit[2].action, u"remove_bookmark"_s);
        QCOMPARE(audit[2].operatorId, u"li"_s);
        QCOMPARE(audit[2].bookmarkId, b->id);
        QCOMPARE(audit[2].timeMs, m_startMs + 60'000);
        QVERIFY(audit[0].atMs > 0);
    }

    void limits_areRefusedInWords()
    {
        const QString journal = freshJournal(u"limits.sqlite"_s, 2);
        JournalReader reader;
        QString error;
        QVERIFY2(reader.open(journal, &error), qPrintable(error));
        ReviewNotes notes;
        QVERIFY2(
            notes.open(journal, reader.firstSeq(), reader.firstTimeMs(), false, &error), qPrintable(error));
        notes.setRange(reader.firstTimeMs(), reader.lastTimeMs());
        QVERIFY(!notes.add(reader.firstTimeMs(), QString(ReviewNotes::kMaxNoteLength + 1, u'x'), u"a"_s,
            u"supervisor"_s, &error));
        QVERIFY2(error.contains(u"at most 2000 characters"_s), qPrintable(error));
        QVERIFY(!notes.add(reader.lastTimeMs() + 1, u"after"_s, u"a"_s, u"supervisor"_s, &error));
        QVERIFY2(error.contains(u"within the recording"_s), qPrintable(error));
        QVERIFY(!notes.remove(12345, u"a"_s, u"supervisor"_s, &error));
        QVERIFY2(error.contains(u"no bookmark"_s), qPrintable(error));
        // Refusals before the first bookmark made no review file.
        QVERIFY(!QFile::exists(ReviewNotes::pathFor(journal)));
        QVERIFY(notes.add(reader.firstTimeMs(), QString(ReviewNotes::kMaxNoteLength, u'x'), u"a"_s,
            u"supervisor"_s, &error));
    }

    void anotherRecordingsReviewFile_isRefusedAndLeftAlone()
    {
        const QString one = freshJournal(u"one.sqlite"_s, 3);
        const QString two = freshJournal(u"two.sqlite"_s, 4);
        JournalReader r1, r2;
        QString error;
        QVERIFY(r1.open(one, &error) && r2.open(two, &error));
        {
            ReviewNotes notes;
            QVERIFY(notes.open(one, r1.firstSeq(), r1.firstTimeMs(), false, &error));
            QVERIFY2(
                notes.add(r1.firstTimeMs(), u"one"_s, u"a"_s, u"supervisor"_s, &error), qPrintable(error));
        }
        // The review file of one beside two (a copy renamed by hand) is another recording's.
        QVERIFY(QFile::copy(ReviewNotes::pathFor(one), ReviewNotes::pathFor(two)));
        const auto before = testing::fileDigest(ReviewNotes::pathFor(two));
        ReviewNotes notes;
        QVERIFY(!notes.open(two, r2.firstSeq(), r2.firstTimeMs(), true, &error));
        QVERIFY2(error.contains(u"another recording"_s), qPrintable(error));
        QCOMPARE(testing::fileDigest(ReviewNotes::pathFor(two)), before);

        // A file that is not a review file at all.
        QFile junk(ReviewNotes::pathFor(one));
        QVERIFY(junk.open(QIODevice::WriteOnly | QIODevice::Truncate));
        junk.write("notes, not a database\n");
        junk.close();
        QVERIFY(!notes.open(one, r1.firstSeq(), r1.firstTimeMs(), false, &error));
        QVERIFY2(error.contains(u"not a Watchfloor review file"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestReviewNotes)
#include "tst_review_notes.moc"
