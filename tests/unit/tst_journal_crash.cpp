// Kill during write: a child process (this same executable, started with --child-writer PATH)
// appends events to a journal as fast as it can and reports every durable seq; the test
// SIGKILLs it mid-stream and checks that the file is intact, holds exactly seq 1..M with no
// gap, that M covers everything the child was told was durable, and that every row decodes.
// Three rounds on the same file, each killed at a different moment, each continuing the seq.
#include "Journal.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <cstdio>
#include <cstring>

using namespace wf;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kT0 = 1717200000000;

// Deterministic content per seq, so the parent knows what every row must decode to.
Event makeEvent(qint64 seq)
{
    Event e;
    e.seq = seq;
    e.receiveTimeMs = kT0 + seq;
    e.sourceTimeMs = kT0 + seq - 40;
    e.source = u"sim"_s;
    const QString unit = u"unit-%1"_s.arg(seq % 950, 4, 10, QLatin1Char('0'));
    const GeoPoint at { 30.0 + double(seq % 10007) * 1e-4, 114.0 + double(seq % 9973) * 1e-4 };
    switch (seq % 50) {
    case 0:
        e.payload = UnitStatusChanged { unit, UnitStatus(seq % 4) };
        break;
    case 1:
        e.payload = OrderIssued { u"ord-%1"_s.arg(seq), unit, u"respond"_s, at, u"inc-%1"_s.arg(seq / 50) };
        break;
    case 2:
        e.payload = OrderStateChanged { u"ord-%1"_s.arg(seq - 1), OrderState::EnRoute, u""_s };
        break;
    case 3:
        e.payload = CordonSet { u"c-%1"_s.arg(seq), u"县界"_s,
            { at, { 30.0, 114.0 }, { 31.0, 113.0 }, { 31.5, 114.5 } } };
        break;
    case 4:
        e.payload = OperatorAction { u"op-wang"_s, u"acknowledge_alert"_s, u"alert-%1"_s.arg(seq) };
        break;
    default:
        e.payload = UnitMoved { unit, at, float(seq % 360), float(seq % 90) };
        break;
    }
    return e;
}

// The child: append forever, report each durable seq. Never returns normally.
int childWriter(const QString &path)
{
    Journal journal;
    QString error;
    if (!journal.open(path, &error)) {
        std::fprintf(stdout, "error %s\n", qPrintable(error));
        std::fflush(stdout);
        return 2;
    }
    journal.setCommitCallback([](qint64 seq) {
        std::fprintf(stdout, "durable %lld\n", static_cast<long long>(seq));
        std::fflush(stdout);
    });
    std::fprintf(stdout, "open %lld\n", static_cast<long long>(journal.lastSeqAtOpen()));
    std::fflush(stdout);
    qint64 seq = journal.lastSeqAtOpen();
    for (;;) {
        for (int i = 0; i < 1000; ++i)
            journal.append(makeEvent(++seq));
        QThread::msleep(4);
    }
}

} // namespace

class TestJournalCrash : public QObject
{
    Q_OBJECT

private slots:
    void killDuringWrite()
    {
        // On the build tree's disk: /tmp is a tmpfs in the build environment.
        QTemporaryDir dir(QStringLiteral(WATCHFLOOR_BINARY_DIR "/tests/tst_journal_crash-XXXXXX"));
        QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
        const QString path = dir.filePath(u"crash.db"_s);

        // Kill after the child reported at least this many newly durable events, then wait a
        // little more so the kill lands at a different point of the writer's cycle each time.
        const struct
        {
            qint64 minNewDurable;
            int extraMs;
        } rounds[] = { { 3000, 0 }, { 20000, 13 }, { 60000, 37 } };
        qint64 previousM = 0;
        for (const auto &round : rounds) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start(QCoreApplication::applicationFilePath(), { u"--child-writer"_s, path });
            QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));

            qint64 openedAt = -1;
            qint64 lastDurable = -1;
            QByteArray buffer;
            auto consume = [&] {
                buffer += child.readAllStandardOutput();
                qsizetype nl;
                while ((nl = buffer.indexOf('\n')) >= 0) {
                    const QByteArray line = buffer.left(nl);
                    buffer.remove(0, nl + 1);
                    if (line.startsWith("durable "))
                        lastDurable = std::max(lastDurable, line.mid(8).toLongLong());
                    else if (line.startsWith("open "))
                        openedAt = line.mid(5).toLongLong();
                    else
                        qWarning() << "child:" << line;
                }
            };
            QElapsedTimer deadline;
            deadline.start();
            while (deadline.elapsed() < 60000 && child.state() == QProcess::Running
                && !(openedAt >= 0 && lastDurable >= openedAt + round.minNewDurable)) {
                child.waitForReadyRead(50);
                consume();
            }
            QVERIFY2(child.state() == QProcess::Running,
                qPrintable(u"child exited early (code %1)"_s.arg(child.exitCode())));
            QCOMPARE(openedAt, previousM); // the reopened journal continues where the last kill left it
            QVERIFY2(lastDurable >= openedAt + round.minNewDurable,
                qPrintable(u"child reported only up to %1 in 60 s"_s.arg(lastDurable)));
            if (round.extraMs)
                QThread::msleep(round.extraMs);
            consume();
            child.kill(); // SIGKILL
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            consume(); // whatever it reported before dying counts: it was told that was durable
            QVERIFY(QFileInfo::exists(path + u"-wal"_s)); // killed with the journal live

            // The journal as playback would open it after the crash, read-only.
            qint64 m = 0;
            {
                JournalReader reader;
                QString error;
                QVERIFY2(reader.open(path, &error), qPrintable(error));
                m = reader.count();
                QVERIFY2(m >= lastDurable,
                    qPrintable(u"journal holds %1 events but the child was told %2 were durable"_s.arg(m).arg(
                        lastDurable)));
                qint64 expected = 1;
                bool allEqual = true;
                const qint64 n = reader.read(std::numeric_limits<qint64>::min(),
                    std::numeric_limits<qint64>::max(), [&](const Event &e) {
                        if (e.seq != expected || !(e == makeEvent(expected)))
                            allEqual = false;
                        ++expected;
                    });
                QCOMPARE(reader.undecodable(), 0);
                QCOMPARE(n, m);
                QVERIFY2(allEqual, "events are not exactly seq 1..M with the content written");
            }
            {
                const QString name = u"crash-check-%1"_s.arg(m);
                {
                    auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
                    db.setDatabaseName(path);
                    QVERIFY(db.open());
                    QSqlQuery q(db);
                    QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
                    QCOMPARE(q.value(0).toString(), u"ok"_s);
                    QVERIFY(
                        q.exec(u"SELECT count(*), coalesce(min(seq), 0), coalesce(max(seq), 0) FROM events"_s)
                        && q.next());
                    QCOMPARE(q.value(0).toLongLong(), m);
                    QCOMPARE(q.value(1).toLongLong(), 1); // with count == max - min + 1: no gaps
                    QCOMPARE(q.value(2).toLongLong(), m);
                }
                QSqlDatabase::removeDatabase(name);
            }
            qDebug("round: child opened at %lld, last reported durable %lld, journal holds %lld (%lld "
                   "committed beyond the last report)",
                openedAt, lastDurable, m, m - lastDurable);
            QVERIFY(m > previousM);
            previousM = m;
        }
    }
};

int main(int argc, char **argv)
{
    if (argc == 3 && std::strcmp(argv[1], "--child-writer") == 0) {
        QCoreApplication app(argc, argv); // QtSql loads its driver plugin through the application
        return childWriter(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestJournalCrash test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_journal_crash.moc"
