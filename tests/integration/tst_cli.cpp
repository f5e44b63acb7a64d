// The real executable's command line: help, version, usage errors, and files it must refuse
// without touching them.
#include "../common/AppRun.h"
#include "JournalReader.h"
#include "JournalRetention.h"

#include <QDirIterator>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace wf;
using namespace wf::testing;

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void helpAndVersion()
    {
        const auto help = runApp({ QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("--screenshot")));
        QVERIFY(help.out.contains(QStringLiteral("--db")));
        const auto version = runApp({ QStringLiteral("--version") });
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(QStringLiteral("watchfloor ")));
    }

    void unknownOptionIsAUsageError()
    {
        const auto r = runApp({ QStringLiteral("--warp-speed") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("warp-speed")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void corruptJournalIsRefusedAndKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("this is the user's thesis, not a journal\n").repeated(100));
        f.close();
        const auto before = fileDigest(path);
        const auto r = runApp({ QStringLiteral("--db"), path });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not a Watchfloor journal")), qPrintable(r.err));
        QCOMPARE(fileDigest(path), before);
    }

    void foreignDatabaseIsRefusedAndKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"),
            { path,
                QStringLiteral("CREATE TABLE accounts(id, balance); INSERT INTO accounts VALUES(1, 100);") });
        QVERIFY(sqlite.waitForFinished());
        QCOMPARE(sqlite.exitCode(), 0);
        const auto before = fileDigest(path);
        const auto r = runApp({ QStringLiteral("--db"), path });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("another program")), qPrintable(r.err));
        QCOMPARE(fileDigest(path), before);
    }

    void brokenSettingsFileIsRefusedAndKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\n  \"sim\": {\n    \"units\": 12,,\n  }\n}\n");
        f.close();
        const auto before = fileDigest(path);
        const auto r = runApp({ QStringLiteral("--settings"), path, QStringLiteral("--db"),
            dir.filePath(QStringLiteral("j.sqlite")) });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(path + QStringLiteral(":3:")), qPrintable(r.err));
        QCOMPARE(fileDigest(path), before);
    }

    void badScenarioFileNamesTheLineAndIsKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("drill.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\n  \"schema\": 1,\n  \"id\": \"drill\",\n  \"start\": \"2024-03-14T22:40:00+08:00\",\n"
                "  \"duration_min\": 30,\n  \"briefing\": \"x\",\n  \"timeline\": [\n"
                "    { \"at_min\": 1, \"type\": \"incident\", \"id\": \"I1\", \"incident_type\": \"theft\", "
                "\"severity\": \"high\",\n"
                "      \"at\": { \"lat\": 130.5, \"lon\": 114.3 }, \"summary\": \"x\" }\n  ]\n}\n");
        f.close();
        const auto before = fileDigest(path);
        const auto r = runApp({ QStringLiteral("--scenario"), path, QStringLiteral("--db"),
            dir.filePath(QStringLiteral("j.sqlite")) });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(path + QStringLiteral(":9")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("coordinates")), qPrintable(r.err));
        QCOMPARE(fileDigest(path), before);
        // An unknown id lists the built-in ones.
        const auto unknown = runApp({ QStringLiteral("--scenario"), QStringLiteral("no-such-drill"),
            QStringLiteral("--db"), dir.filePath(QStringLiteral("j2.sqlite")) });
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("hit-and-run")), qPrintable(unknown.err));
    }

    void unreadableJournalFolderIsAClearError()
    {
        const auto r = runApp({ QStringLiteral("--db"), QStringLiteral("/proc/watchfloor/journal.sqlite") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("journal")), qPrintable(r.err));
    }

    // The workstation's own journal is the day's file in the user's data folder; with the
    // supervisor's limit set, older day files of the mode go when a session starts (with their
    // write-ahead logs), on the record; the other mode's files and a file of another name stay.
    void dayJournalsBeyondTheLimitRemovedOnTheRecord()
    {
        QTemporaryDir home;
        qputenv("XDG_DATA_HOME", home.path().toLocal8Bit());
        const auto restore = qScopeGuard([] { qunsetenv("XDG_DATA_HOME"); });
        const QString settings = home.filePath(QStringLiteral("settings.json"));
        QFile sf(settings);
        QVERIFY(sf.open(QIODevice::WriteOnly));
        sf.write(R"({"journal": {"keep_days": 3}})");
        sf.close();
        const QStringList args { QStringLiteral("--training"), QStringLiteral("--settings"), settings,
            QStringLiteral("--units"), QStringLiteral("20"), QStringLiteral("--quit-after"),
            QStringLiteral("2") };

        auto first = runApp(args);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QString today;
        QDirIterator it(home.path(), { QStringLiteral("training-journal-*.sqlite") }, QDir::Files,
            QDirIterator::Subdirectories);
        while (it.hasNext())
            today = it.next();
        QVERIFY2(!today.isEmpty(), "no day journal in the user's data folder");
        const QDir folder = QFileInfo(today).dir();
        const QDate day = *JournalRetention::dayOf(QFileInfo(today).fileName(), true);

        const auto make = [&folder](const QString &name) {
            QFile f(folder.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(4096, 'j'));
        };
        const QString old = JournalRetention::dayFileName(true, day.addDays(-3));
        const QString older = JournalRetention::dayFileName(true, day.addDays(-40));
        const QString kept = JournalRetention::dayFileName(true, day.addDays(-2));
        const QString live = JournalRetention::dayFileName(false, day.addDays(-40));
        make(old);
        make(old + QStringLiteral("-wal"));
        make(older);
        make(kept);
        make(live);
        make(QStringLiteral("incident-evidence.sqlite"));

        auto second = runApp(args);
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QVERIFY2(second.err.contains(QStringLiteral("removed 2 day journals older than 3 days")),
            qPrintable(second.err));
        QVERIFY(!QFile::exists(folder.filePath(old)));
        QVERIFY(!QFile::exists(folder.filePath(old + QStringLiteral("-wal"))));
        QVERIFY(!QFile::exists(folder.filePath(older)));
        QVERIFY(QFile::exists(folder.filePath(kept)));
        QVERIFY(QFile::exists(folder.filePath(live))); // the live mode's: not this session's to prune
        QVERIFY(QFile::exists(folder.filePath(QStringLiteral("incident-evidence.sqlite"))));
        QVERIFY(QFile::exists(today)); // the day's own, continued

        // On the record, in the day's journal.
        JournalReader reader;
        QString error;
        QVERIFY2(reader.open(today, &error), qPrintable(error));
        QString detail;
        reader.read(0, std::numeric_limits<qint64>::max(), [&detail](const Event &e) {
            if (const auto *a = std::get_if<OperatorAction>(&e.payload);
                a && a->action == u"journal_retention")
                detail = a->detail;
        });
        QVERIFY2(
            detail.contains(old) && detail.contains(older) && !detail.contains(kept), qPrintable(detail));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
