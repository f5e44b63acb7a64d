// The real executable's command line: help, version, usage errors, and files it must refuse
// without touching them.
#include "../common/AppRun.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
