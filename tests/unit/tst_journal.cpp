// Journal and JournalReader on real SQLite files: what goes in comes back, the file carries its
// identity, foreign or damaged files are refused and left byte-for-byte alone, commits are
// timely without flush(), and appends from several threads all land.
#include "Journal.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <thread>
#include <vector>

using namespace wf;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kT0 = 1717200000000; // 2024-06-01, ms since epoch

// A varied but deterministic event for sequence number seq: every kind appears, most are moves.
Event makeEvent(qint64 seq)
{
    Event e;
    e.seq = seq;
    e.receiveTimeMs = kT0 + seq * 10;
    e.sourceTimeMs = e.receiveTimeMs - (seq % 7) * 3;
    e.source = seq % 11 == 0 ? u"operator"_s : u"sim"_s;
    const QString unit = u"unit-%1"_s.arg(seq % 97, 4, 10, QLatin1Char('0'));
    const GeoPoint at { 30.5 + double(seq % 1000) * 1e-4, 114.3 - double(seq % 777) * 1e-4 };
    switch (seq % 20) {
    case 0:
        e.payload = UnitReported { unit, u"鄂A·巡%1"_s.arg(seq % 97), UnitKind::FootPatrol,
            UnitStatus::OnScene, at, 12.5f };
        break;
    case 1:
        e.payload = UnitStatusChanged { unit, UnitStatus(seq % 4) };
        break;
    case 2:
        e.payload = CameraReported { u"cam-%1"_s.arg(seq), u"摄像机 %1"_s.arg(seq), at, 90, 55,
            u"rtsp://a/%1"_s.arg(seq), u""_s };
        break;
    case 3:
        e.payload = SiteReported { u"site-%1"_s.arg(seq), u"checkpoint"_s, SiteKind::KeySite, at };
        break;
    case 4:
        e.payload
            = IncidentReported { u"inc-%1"_s.arg(seq), u"theft"_s, u"e-bike stolen"_s, Severity::High, at };
        break;
    case 5:
        e.payload = IncidentClosed { u"inc-%1"_s.arg(seq - 1), u"found"_s };
        break;
    case 6:
        e.payload
            = CongestionReported { u"cg-%1"_s.arg(seq % 5), u"二环线"_s, Severity::Medium, at, seq % 2 == 0 };
        break;
    case 7:
        e.payload = OrderIssued { u"ord-%1"_s.arg(seq), unit, u"respond"_s, at, u""_s };
        break;
    case 8:
        e.payload = OrderStateChanged { u"ord-%1"_s.arg(seq - 1), OrderState::Acknowledged, u"ok"_s };
        break;
    case 9:
        e.payload
            = CordonSet { u"cordon-%1"_s.arg(seq % 3), u"ring"_s, { at, { 30.0, 114.0 }, { 31.0, 115.0 } } };
        break;
    case 10:
        e.payload = CordonCleared { u"cordon-%1"_s.arg(seq % 3) };
        break;
    case 11:
        e.payload = AlertRaised { u"alert-%1"_s.arg(seq), u"plate seen"_s, Severity::Critical, at };
        break;
    case 12:
        e.payload = AlertAcknowledged { u"alert-%1"_s.arg(seq - 1) };
        break;
    case 13:
        e.payload = OperatorAction { u"op-li"_s, u"order_unit"_s, u"{\"unit\":\"%1\"}"_s.arg(unit) };
        break;
    default:
        e.payload = UnitMoved { unit, at, float(seq % 360), float(seq % 120) };
        break;
    }
    return e;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

QStringList listing(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

// A plain QtSql connection to a file, removed when it goes out of scope.
class Sql
{
public:
    explicit Sql(const QString &path)
        : m_name(u"tst-sql-%1"_s.arg(++s_counter))
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        m_ok = db.open();
    }
    ~Sql()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool ok() const { return m_ok; }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    bool exec(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql)) {
            qWarning() << sql << q.lastError().text();
            return false;
        }
        return true;
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    bool m_ok = false;
};

std::vector<Event> readAll(JournalReader &reader)
{
    std::vector<Event> out;
    reader.read(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(),
        [&](const Event &e) { out.push_back(e); });
    return out;
}

// Writes a journal holding events 1..n and closes it.
bool writeJournal(const QString &path, qint64 n, QString *error)
{
    Journal j;
    if (!j.open(path, error))
        return false;
    for (qint64 seq = 1; seq <= n; ++seq)
        j.append(makeEvent(seq));
    j.flush();
    if (j.durableSeq() != n || j.writeErrors() != 0) {
        *error = u"durableSeq %1 writeErrors %2 %3"_s.arg(j.durableSeq())
                     .arg(j.writeErrors())
                     .arg(j.lastError());
        return false;
    }
    return true;
}

} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

    // On the build tree's disk rather than /tmp, which is a tmpfs in the build environment:
    // commits then pay for a real fsync.
    static QString tempBase() { return QStringLiteral(WATCHFLOOR_BINARY_DIR "/tests/tst_journal-XXXXXX"); }

    // Checks that opening path with Journal and with JournalReader is refused with a message
    // containing expected, and that neither the file nor its folder changed.
    void expectRefused(const QString &path, const QString &expected)
    {
        const QString dir = QFileInfo(path).absolutePath();
        const QByteArray before = fileHash(path);
        const qint64 sizeBefore = QFileInfo(path).size();
        const QStringList filesBefore = listing(dir);
        QVERIFY(!before.isEmpty());
        {
            Journal j;
            QString error;
            QVERIFY2(!j.open(path, &error), qPrintable(path));
            QVERIFY(!j.isOpen());
            QVERIFY2(error.contains(expected, Qt::CaseInsensitive), qPrintable(error));
            QVERIFY2(error.contains(path), qPrintable(error)); // says which file
            j.append(makeEvent(1)); // must not reach the file either
        }
        QCOMPARE(fileHash(path), before);
        QVERIFY2(listing(dir) == filesBefore,
            qPrintable(u"Journal::open left files behind: "_s + listing(dir).join(u", "_s)));
        {
            JournalReader r;
            QString error;
            QVERIFY2(!r.open(path, &error), qPrintable(path));
            QVERIFY2(error.contains(expected, Qt::CaseInsensitive), qPrintable(error));
        }
        QCOMPARE(QFileInfo(path).size(), sizeBefore);
        QCOMPARE(fileHash(path), before);
        QVERIFY2(listing(dir) == filesBefore,
            qPrintable(u"JournalReader::open left files behind: "_s + listing(dir).join(u", "_s)));
    }

private slots:
    void initTestCase() { QVERIFY(QDir().mkpath(QStringLiteral(WATCHFLOOR_BINARY_DIR "/tests"))); }

    void appendFlushRead_sameEventsInSeqOrder()
    {
        QTemporaryDir dir(tempBase());
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"j.db"_s);
        const qint64 n = 5000;
        std::vector<qint64> committed;
        {
            Journal j;
            QString error;
            QVERIFY2(j.open(path, &error), qPrintable(error));
            QCOMPARE(j.lastSeqAtOpen(), 0);
            QCOMPARE(j.durableSeq(), 0);
            std::mutex m;
            j.setCommitCallback([&](qint64 seq) {
                std::lock_guard lock(m);
                committed.push_back(seq);
            });
            for (qint64 seq = 1; seq <= n; ++seq)
                j.append(makeEvent(seq));
            QCOMPARE(j.appendedCount(), n);
            j.flush();
            QCOMPARE(j.durableSeq(), n);
            QCOMPARE(j.writeErrors(), 0);
            QVERIFY(j.lastError().isEmpty());
            std::lock_guard lock(m);
            QVERIFY(!committed.empty());
            QCOMPARE(committed.back(), n);
            QVERIFY(std::is_sorted(committed.begin(), committed.end()));
        }
        JournalReader r;
        QString error;
        QVERIFY2(r.open(path, &error), qPrintable(error));
        QCOMPARE(r.count(), n);
        QCOMPARE(r.firstTimeMs(), makeEvent(1).receiveTimeMs);
        QCOMPARE(r.lastTimeMs(), makeEvent(n).receiveTimeMs);
        const auto events = readAll(r);
        QCOMPARE(qint64(events.size()), n);
        QCOMPARE(r.undecodable(), 0);
        for (qint64 i = 0; i < n; ++i) {
            const Event expected = makeEvent(i + 1);
            QVERIFY2(events[size_t(i)] == expected,
                qPrintable(u"event %1 differs (kind %2 vs %3)"_s.arg(i + 1).arg(
                    eventKindName(events[size_t(i)].kind()).toString(),
                    eventKindName(expected.kind()).toString())));
        }
    }

    void read_windowIsHalfOpenOnReceiveTime()
    {
        QTemporaryDir dir(tempBase());
        const QString path = dir.filePath(u"j.db"_s);
        QString error;
        QVERIFY2(writeJournal(path, 1000, &error), qPrintable(error));
        JournalReader r;
        QVERIFY2(r.open(path, &error), qPrintable(error));
        // Receive times are kT0 + 10 * seq: [seq 100, seq 200) by time.
        std::vector<qint64> seqs;
        const qint64 n = r.read(makeEvent(100).receiveTimeMs, makeEvent(200).receiveTimeMs,
            [&](const Event &e) { seqs.push_back(e.seq); });
        QCOMPARE(n, 100);
        QCOMPARE(qint64(seqs.size()), 100);
        for (qint64 i = 0; i < 100; ++i)
            QCOMPARE(seqs[size_t(i)], 100 + i);
        QCOMPARE(r.read(kT0 - 1000, kT0 + 10, [](const Event &) { }), 0);
    }

    void reopen_keepsLastSeqAndContinues()
    {
        QTemporaryDir dir(tempBase());
        const QString path = dir.filePath(u"j.db"_s);
        QString error;
        QVERIFY2(writeJournal(path, 1234, &error), qPrintable(error));
        {
            Journal j;
            QVERIFY2(j.open(path, &error), qPrintable(error));
            QCOMPARE(j.lastSeqAtOpen(), 1234);
            QCOMPARE(j.durableSeq(), 1234);
            for (qint64 seq = 1235; seq <= 1300; ++seq)
                j.append(makeEvent(seq));
            j.flush();
            QCOMPARE(j.durableSeq(), 1300);
        }
        {
            Journal j;
            QVERIFY2(j.open(path, &error), qPrintable(error));
            QCOMPARE(j.lastSeqAtOpen(), 1300);
        }
        JournalReader r;
        QVERIFY2(r.open(path, &error), qPrintable(error));
        const auto events = readAll(r);
        QCOMPARE(qint64(events.size()), 1300);
        for (qint64 i = 0; i < 1300; ++i)
            QVERIFY(events[size_t(i)] == makeEvent(i + 1));
    }

    void schema_identityAndVersion()
    {
        QTemporaryDir dir(tempBase());
        const QString path = dir.filePath(u"j.db"_s);
        QString error;
        QVERIFY2(writeJournal(path, 10, &error), qPrintable(error));
        Sql sql(path);
        QVERIFY(sql.ok());
        QCOMPARE(sql.scalar(u"PRAGMA user_version"_s).toInt(), Journal::kSchemaVersion);
        QCOMPARE(sql.scalar(u"PRAGMA application_id"_s).toLongLong(), qint64(Journal::kApplicationId));
        QCOMPARE(sql.scalar(u"PRAGMA application_id"_s).toLongLong(), qint64(0x57464a4e));
        QCOMPARE(sql.scalar(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(sql.scalar(u"SELECT count(*) FROM events"_s).toInt(), 10);
        // The columns beside the payload: kind number and entity id as the journal stores them.
        for (qint64 seq = 1; seq <= 10; ++seq) {
            const Event e = makeEvent(seq);
            QCOMPARE(sql.scalar(u"SELECT kind FROM events WHERE seq = %1"_s.arg(seq)).toInt(), int(e.kind()));
            QCOMPARE(
                sql.scalar(u"SELECT entity FROM events WHERE seq = %1"_s.arg(seq)).toString(), e.entityId());
            QCOMPARE(sql.scalar(u"SELECT source_time FROM events WHERE seq = %1"_s.arg(seq)).toLongLong(),
                e.sourceTimeMs);
        }
        QCOMPARE(sql.scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    }

    void emptyFile_becomesJournal()
    {
        // A zero-length file (e.g. made by "touch") is accepted and turned into a journal.
        QTemporaryDir dir(tempBase());
        const QString path = dir.filePath(u"empty.db"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QString error;
        QVERIFY2(writeJournal(path, 3, &error), qPrintable(error));
        JournalReader r;
        QVERIFY2(r.open(path, &error), qPrintable(error));
        QCOMPARE(r.count(), 3);
    }

    void refuses_newerSchemaVersion()
    {
        QTemporaryDir dir(tempBase());
        const QString path = dir.filePath(u"j.db"_s);
        QString error;
        QVERIFY2(writeJournal(path, 200, &error), qPrintable(error));
        {
            Sql sql(path);
            QVERIFY(sql.ok());
            QVERIFY(sql.exec(u"PRAGMA user_version=%1"_s.arg(Journal::kSchemaVersion + 1)));
        }
        expectRefused(path, u"newer"_s);
    }

    void refuses_nonSqliteFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("garbage") << QByteArray("garbage");
        QTest::newRow("text") << QByteArray("seq,kind\n1,unit_moved\n");
        QTest::newRow("8 KiB of 0xA5") << QByteArray(8192, '\xa5');
        QTest::newRow("header prefix only") << QByteArray("SQLite format", 13);
    }

    void refuses_nonSqliteFile()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir(tempBase());
        const QString path = dir.filePath(u"notes.db"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(content), content.size());
        f.close();
        expectRefused(path, u"not a SQLite database"_s);
        QFile back(path);
        QVERIFY(back.open(QIODevice::ReadOnly));
        QCOMPARE(back.readAll(), content);
    }

    void refuses_otherProgramsDatabase()
    {
        QTemporaryDir dir(tempBase());
        const QString path = dir.filePath(u"contacts.db"_s);
        {
            Sql sql(path);
            QVERIFY(sql.ok());
            QVERIFY(sql.exec(u"CREATE TABLE contacts(name TEXT, phone TEXT)"_s));
            QVERIFY(sql.exec(u"INSERT INTO contacts VALUES('Zhang', '027-1234')"_s));
            QCOMPARE(sql.scalar(u"PRAGMA application_id"_s).toInt(), 0);
        }
        expectRefused(path, u"another program"_s);
        Sql sql(path);
        QCOMPARE(sql.scalar(u"SELECT phone FROM contacts"_s).toString(), u"027-1234"_s);
    }

    void refuses_otherApplicationId()
    {
        // Another program that stamps its own application_id, even with an "events" table.
        QTemporaryDir dir(tempBase());
        const QString path = dir.filePath(u"other.db"_s);
        {
            Sql sql(path);
            QVERIFY(sql.exec(u"PRAGMA application_id=1234"_s));
            QVERIFY(sql.exec(u"CREATE TABLE events(seq INTEGER PRIMARY KEY)"_s));
        }
        expectRefused(path, u"another program"_s);
    }

    void refuses_corruptedJournal_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("truncated to half") << u"truncate"_s;
        QTest::newRow("truncated by one page") << u"truncate-one"_s;
    }

    void refuses_corruptedJournal()
    {
        QFETCH(QString, damage);
        QTemporaryDir dir(tempBase());
        const QString path = dir.filePath(u"j.db"_s);
        QString error;
        QVERIFY2(writeJournal(path, 20000, &error), qPrintable(error));
        QVERIFY2(!QFile::exists(path + u"-wal"_s), "the WAL is checkpointed into the file on close");
        int pageSize = 0;
        {
            Sql sql(path);
            pageSize = sql.scalar(u"PRAGMA page_size"_s).toInt();
            QCOMPARE(sql.scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        }
        QVERIFY(pageSize >= 512);
        const qint64 pages = QFileInfo(path).size() / pageSize;
        QVERIFY2(pages > 100, qPrintable(u"only %1 pages"_s.arg(pages)));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.resize(damage == u"truncate" ? pages / 2 * pageSize : (pages - 1) * pageSize));
        }
        expectRefused(path, u"corrupt"_s);
    }

    // Opening reads no more than the header and the schema, so damage in the middle of a large
    // journal is found by verify(), which reads every page, and never changes the file.
    void verify_findsDamagedPages()
    {
        QTemporaryDir dir(tempBase());
        const QString path = dir.filePath(u"j.db"_s);
        QString error;
        QVERIFY2(writeJournal(path, 20000, &error), qPrintable(error));
        {
            JournalReader r;
            QVERIFY2(r.open(path, &error), qPrintable(error));
            QVERIFY2(r.verify(&error), qPrintable(error));
        }
        int pageSize = 0;
        {
            Sql sql(path);
            pageSize = sql.scalar(u"PRAGMA page_size"_s).toInt();
        }
        const qint64 pages = QFileInfo(path).size() / pageSize;
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(pages / 2 * pageSize));
            const QByteArray zeros(8 * pageSize, '\0');
            QCOMPARE(f.write(zeros), zeros.size());
        }
        const QByteArray before = fileHash(path);
        JournalReader r;
        QVERIFY2(r.open(path, &error), qPrintable(error));
        QVERIFY(!r.verify(&error));
        QVERIFY2(error.contains(u"corrupt"_s) && error.contains(path), qPrintable(error));
        QCOMPARE(fileHash(path), before);
    }

    // Open time must not grow with the journal: 20x the events, about the same open time.
    void openTime_independentOfSize()
    {
        QTemporaryDir dir(tempBase());
        QString error;
        const QString small = dir.filePath(u"small.db"_s);
        const QString large = dir.filePath(u"large.db"_s);
        QVERIFY2(writeJournal(small, 5000, &error), qPrintable(error));
        QVERIFY2(writeJournal(large, 100000, &error), qPrintable(error));
        QVERIFY(QFileInfo(large).size() > 10 * QFileInfo(small).size());
        auto openMs = [&](const QString &path) {
            std::vector<double> ms;
            for (int i = 0; i < 7; ++i) {
                QElapsedTimer t;
                t.start();
                JournalReader r;
                QString e;
                if (!r.open(path, &e))
                    return -1.0;
                ms.push_back(double(t.nsecsElapsed()) / 1e6);
            }
            std::sort(ms.begin(), ms.end());
            return ms[ms.size() / 2];
        };
        const double smallMs = openMs(small);
        const double largeMs = openMs(large);
        QVERIFY(smallMs >= 0 && largeMs >= 0);
        qDebug("median open: %.2f ms (5,000 events), %.2f ms (100,000 events)", smallMs, largeMs);
        QVERIFY2(largeMs < smallMs * 3 + 5, qPrintable(u"%1 ms vs %2 ms"_s.arg(largeMs).arg(smallMs)));
    }

    void secondWriter_refusedWithClearMessage()
    {
        QTemporaryDir dir(tempBase());
        const QString path = dir.filePath(u"j.db"_s);
        QString error;
        Journal first;
        QVERIFY2(first.open(path, &error), qPrintable(error));
        for (qint64 seq = 1; seq <= 100; ++seq)
            first.append(makeEvent(seq));
        QVERIFY(first.flush());
        {
            Journal second;
            QVERIFY(!second.open(path, &error));
            QVERIFY2(
                error.contains(u"another Watchfloor process"_s) && error.contains(path), qPrintable(error));
            QVERIFY(!second.isOpen());
            second.append(makeEvent(101)); // goes nowhere
        }
        // The first writer is unharmed and carries on.
        for (qint64 seq = 101; seq <= 200; ++seq)
            first.append(makeEvent(seq));
        QVERIFY(first.flush());
        const auto closed = first.close();
        QCOMPARE(closed.lost, 0);
        QCOMPARE(closed.durable, 200);
        // Once the first has closed, the journal takes a writer again.
        Journal third;
        QVERIFY2(third.open(path, &error), qPrintable(error));
        QCOMPARE(third.lastSeqAtOpen(), 200);
    }

    void secondWriter_inAnotherProcess_refused()
    {
        QTemporaryDir dir(tempBase());
        const QString path = dir.filePath(u"j.db"_s);
        QString error;
        Journal j;
        QVERIFY2(j.open(path, &error), qPrintable(error));
        QProcess other;
        other.start(QCoreApplication::applicationFilePath(), { u"--child-open"_s, path });
        QVERIFY(other.waitForFinished(30000));
        const QString out = QString::fromLocal8Bit(other.readAllStandardOutput());
        QCOMPARE(other.exitCode(), 3);
        QVERIFY2(out.contains(u"another Watchfloor process"_s), qPrintable(out));
    }

    void mode_recordedAndNeverMixed()
    {
        QTemporaryDir dir(tempBase());
        const QString live = dir.filePath(u"live.db"_s);
        const QString training = dir.filePath(u"training.db"_s);
        QString error;
        {
            Journal j;
            QVERIFY2(j.open(live, JournalMode::Live, &error), qPrintable(error));
            j.append(makeEvent(1));
        }
        {
            Journal j;
            QVERIFY2(j.open(training, JournalMode::Training, &error), qPrintable(error));
            j.append(makeEvent(1));
        }
        {
            JournalReader r;
            QVERIFY2(r.open(live, &error), qPrintable(error));
            QCOMPARE(r.mode(), u"live"_s);
        }
        {
            JournalReader r;
            QVERIFY2(r.open(training, &error), qPrintable(error));
            QCOMPARE(r.mode(), u"training"_s);
        }
        const QByteArray liveBefore = fileHash(live);
        {
            Journal j;
            QVERIFY(!j.open(live, JournalMode::Training, &error));
            QVERIFY2(error.contains(u"live shift"_s) && error.contains(u"training session never"_s),
                qPrintable(error));
        }
        QCOMPARE(fileHash(live), liveBefore);
        {
            Journal j;
            QVERIFY(!j.open(training, JournalMode::Live, &error));
            QVERIFY2(error.contains(u"training runs"_s), qPrintable(error));
        }
        // The same mode opens again and continues.
        Journal j;
        QVERIFY2(j.open(live, JournalMode::Live, &error), qPrintable(error));
        QCOMPARE(j.lastSeqAtOpen(), 1);
    }

    void liveJournal_refusesTrainingEvents()
    {
        QTemporaryDir dir(tempBase());
        const QString path = dir.filePath(u"live.db"_s);
        QString error;
        Journal j;
        QVERIFY2(j.open(path, JournalMode::Live, &error), qPrintable(error));
        j.append(makeEvent(1));
        Event scenario = makeEvent(2);
        scenario.payload
            = ScenarioStarted { u"hit-and-run"_s, u"肇事逃逸"_s, u"Hit and run"_s, {}, {}, kT0, kT0 + 1, {} };
        j.append(scenario);
        Event command = makeEvent(3);
        command.payload = TrainingCommand { TrainingCommandKind::InjectIncident, u"theft"_s, { 30.5, 114.3 },
            Severity::High };
        j.append(command);
        Event score = makeEvent(4);
        score.payload = ScenarioScored { u"hit-and-run"_s, u"time"_s, u"{}"_s, {} };
        j.append(score);
        j.append(makeEvent(5));
        QVERIFY(j.flush());
        QCOMPARE(j.health().refused, 3);
        QVERIFY2(
            j.lastError().contains(u"training never enters a live journal"_s), qPrintable(j.lastError()));
        const auto closed = j.close();
        QCOMPARE(closed.refused, 3);
        QCOMPARE(closed.durable, 2);
        QCOMPARE(closed.lost, 0);
        JournalReader r;
        QVERIFY2(r.open(path, &error), qPrintable(error));
        std::vector<qint64> seqs;
        for (const auto &e : readAll(r))
            seqs.push_back(e.seq);
        QCOMPARE(seqs, (std::vector<qint64> { 1, 5 }));
    }

    // The queue is bounded; what does not fit is counted, never silently dropped.
    void boundedQueue_countsWhatItDrops()
    {
        QTemporaryDir dir(tempBase());
        const QString path = dir.filePath(u"j.db"_s);
        QString error;
        Journal j;
        j.setMaxUnwritten(1000);
        QVERIFY2(j.open(path, &error), qPrintable(error));
        // Far faster than any disk commits: the queue fills and the rest is counted.
        qint64 maxUnwritten = 0;
        for (qint64 seq = 1; seq <= 50000; ++seq) {
            j.append(makeEvent(seq));
            if (seq % 100 == 0)
                maxUnwritten = std::max(maxUnwritten, j.health().unwritten);
        }
        QVERIFY2(maxUnwritten <= 1000, qPrintable(QString::number(maxUnwritten)));
        const qint64 lostWhileRunning = j.health().lost;
        QVERIFY(lostWhileRunning > 0);
        const auto closed = j.close();
        QCOMPARE(closed.durable + closed.lost, 50000);
        QCOMPARE(closed.lost, lostWhileRunning); // all that was queued got written
        QVERIFY(closed.finishedInTime);
        JournalReader r;
        QVERIFY2(r.open(path, &error), qPrintable(error));
        QCOMPARE(r.count(), closed.durable);
    }

    // A journal on a full file system (a 3 MB tmpfs mounted in a namespace of a child process):
    // writes fail, the queue stays within its bound, close() gives up after its limit and
    // counts every event that did not reach the file.
    void fullDisk_closeGivesUpAndCountsLost()
    {
        const QString mountPoint
            = QDir(QStringLiteral(WATCHFLOOR_BINARY_DIR "/tests")).filePath(u"full-disk-mnt"_s);
        QVERIFY(QDir().mkpath(mountPoint));
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        // A private mount namespace (unshare -rm) lets an unprivileged test mount a tmpfs of its own.
        child.start(u"unshare"_s,
            { u"-rm"_s, u"sh"_s, u"-c"_s,
                u"mount -t tmpfs -o size=3m none \"$1\" && exec \"$2\" --child-full-disk \"$1/j.db\""_s,
                u"sh"_s, mountPoint, QCoreApplication::applicationFilePath() });
        QVERIFY(child.waitForFinished(60000));
        const QString out = QString::fromLocal8Bit(child.readAllStandardOutput());
        QCOMPARE(child.exitCode(), 0);
        const auto report = QJsonDocument::fromJson(out.toUtf8()).object();
        QVERIFY2(!report.isEmpty(), qPrintable(out));
        qDebug("%s", qPrintable(out.trimmed()));
        const qint64 appended = report.value(u"appended"_s).toInteger();
        const qint64 durable = report.value(u"durable"_s).toInteger();
        const qint64 lost = report.value(u"lost"_s).toInteger();
        QVERIFY(lost > 0);
        QCOMPARE(durable + lost, appended);
        QCOMPARE(report.value(u"durable_in_file"_s).toInteger(), durable);
        QVERIFY2(report.value(u"error"_s).toString().contains(u"full"_s), qPrintable(out));
        QVERIFY(report.value(u"failing"_s).toBool());
        QVERIFY(report.value(u"max_unwritten_seen"_s).toInteger() <= 20000);
        QVERIFY(report.value(u"finished_in_time"_s).toBool());
        // The limit was 1 s: close() returned within about that, not never.
        QVERIFY2(report.value(u"close_ms"_s).toInteger() < 3000, qPrintable(out));
    }

    void commits_withinInterval_withoutFlush()
    {
        QTemporaryDir dir(tempBase());
        const QString path = dir.filePath(u"j.db"_s);
        Journal j;
        QString error;
        QVERIFY2(j.open(path, &error), qPrintable(error));
        std::atomic<qint64> lastCallback { 0 };
        j.setCommitCallback([&](qint64 seq) { lastCallback = seq; });
        QList<qint64> latencies;
        for (qint64 seq = 1; seq <= 10; ++seq) {
            QElapsedTimer t;
            t.start();
            j.append(makeEvent(seq));
            while (j.durableSeq() < seq && t.elapsed() <= 100)
                QThread::usleep(200);
            const qint64 ms = t.elapsed();
            latencies.append(ms);
            QVERIFY2(j.durableSeq() >= seq,
                qPrintable(
                    u"event %1 not committed after %2 ms (latencies so far %3)"_s.arg(seq).arg(ms).arg([&] {
                        QStringList l;
                        for (auto v : latencies)
                            l << QString::number(v);
                        return l.join(u' ');
                    }())));
            QTRY_COMPARE_WITH_TIMEOUT(lastCallback.load(), seq, 1000);
            QThread::msleep(seq * 7 % 40); // land at different points of the writer's cycle
        }
        qDebug() << "commit latencies (ms):" << latencies;
        // And it really is on disk: another connection sees it.
        JournalReader r;
        QVERIFY2(r.open(path, &error), qPrintable(error));
        QCOMPARE(r.count(), 10);
    }

    void appendsFromSeveralThreads_allLand()
    {
        QTemporaryDir dir(tempBase());
        const QString path = dir.filePath(u"j.db"_s);
        constexpr int kThreads = 4;
        constexpr qint64 kPerThread = 20000;
        constexpr qint64 kTotal = kThreads * kPerThread;
        {
            Journal j;
            QString error;
            QVERIFY2(j.open(path, &error), qPrintable(error));
            std::atomic<qint64> nextSeq { 1 };
            std::atomic<int> ready { 0 };
            std::vector<std::thread> threads;
            for (int t = 0; t < kThreads; ++t) {
                threads.emplace_back([&] {
                    ++ready;
                    while (ready.load() < kThreads) { } // start together
                    for (qint64 i = 0; i < kPerThread; ++i)
                        j.append(makeEvent(nextSeq.fetch_add(1)));
                });
            }
            for (auto &t : threads)
                t.join();
            QCOMPARE(j.appendedCount(), kTotal);
            // Without flush: the writer must get to the highest seq on its own.
            QTRY_COMPARE_WITH_TIMEOUT(j.durableSeq(), kTotal, 5000);
            j.flush();
            QCOMPARE(j.durableSeq(), kTotal);
            QCOMPARE(j.writeErrors(), 0);
        }
        JournalReader r;
        QString error;
        QVERIFY2(r.open(path, &error), qPrintable(error));
        QCOMPARE(r.count(), kTotal);
        const auto events = readAll(r);
        QCOMPARE(qint64(events.size()), kTotal);
        for (qint64 i = 0; i < kTotal; ++i)
            QVERIFY2(events[size_t(i)] == makeEvent(i + 1), qPrintable(u"event %1"_s.arg(i + 1)));
    }

    void appendOutOfOrder_durableSeqIsHighest()
    {
        // Two producers can take seq 7 and 8 and append them as 8, 7. The highest seq must
        // still become durable, and flush() must return.
        QTemporaryDir dir(tempBase());
        const QString path = dir.filePath(u"j.db"_s);
        Journal j;
        QString error;
        QVERIFY2(j.open(path, &error), qPrintable(error));
        for (qint64 seq = 1; seq <= 6; ++seq)
            j.append(makeEvent(seq));
        j.append(makeEvent(8));
        j.append(makeEvent(7));
        QTRY_COMPARE_WITH_TIMEOUT(j.durableSeq(), 8, 2000);
        j.flush();
        JournalReader r;
        QVERIFY2(r.open(path, &error), qPrintable(error));
        const auto events = readAll(r);
        QCOMPARE(events.size(), size_t(8));
        for (qint64 i = 0; i < 8; ++i)
            QCOMPARE(events[size_t(i)].seq, i + 1);
    }
};

namespace {

// Run by secondWriter_inAnotherProcess_refused: prints the error and exits 3 when refused.
int childOpen(const QString &path)
{
    Journal j;
    QString error;
    if (j.open(path, &error))
        return 0;
    std::printf("%s\n", qPrintable(error));
    return 3;
}

// Run by fullDisk_closeGivesUpAndCountsLost on a 3 MB tmpfs: writes large events until the
// disk is full and a while beyond, then closes with a limit of one second.
int childFullDisk(const QString &path)
{
    Journal j;
    j.setMaxUnwritten(20000);
    QString error;
    if (!j.open(path, &error)) {
        std::printf("{\"open_error\": \"%s\"}\n", qPrintable(error));
        return 2;
    }
    qint64 maxUnwritten = 0;
    bool failing = false;
    QElapsedTimer t;
    t.start();
    qint64 seq = 0;
    while (t.elapsed() < 4000) {
        for (int i = 0; i < 500; ++i) {
            Event e = makeEvent(++seq);
            QList<GeoPoint> ring;
            for (int k = 0; k < 60; ++k)
                ring.append({ 30 + k * 1e-3 + double(seq % 97) * 1e-5, 114 + k * 1e-3 });
            e.payload = CordonSet { u"c-%1"_s.arg(seq), u"ring"_s, ring };
            j.append(e);
        }
        const auto h = j.health();
        maxUnwritten = std::max(maxUnwritten, h.unwritten);
        failing = failing || h.failing;
        QThread::msleep(20);
    }
    QElapsedTimer closing;
    closing.start();
    const auto closed = j.close(std::chrono::milliseconds(1000));
    const qint64 closeMs = closing.elapsed();
    qint64 inFile = -1;
    {
        JournalReader r;
        if (r.open(path, &error))
            inFile = r.count();
    }
    QJsonObject o { { u"appended"_s, j.appendedCount() }, { u"durable"_s, closed.durable },
        { u"lost"_s, closed.lost }, { u"durable_in_file"_s, inFile }, { u"error"_s, closed.error },
        { u"failing"_s, failing }, { u"max_unwritten_seen"_s, maxUnwritten },
        { u"finished_in_time"_s, closed.finishedInTime }, { u"close_ms"_s, closeMs } };
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // QtSql loads its driver plugin through the application
    if (argc == 3 && std::strcmp(argv[1], "--child-open") == 0)
        return childOpen(QString::fromLocal8Bit(argv[2]));
    if (argc == 3 && std::strcmp(argv[1], "--child-full-disk") == 0)
        return childFullDisk(QString::fromLocal8Bit(argv[2]));
    TestJournal test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_journal.moc"
