// The real executable's tile commands against a real loopback upstream: --prepare-offline seeds
// the cache and resumes, absurd areas are refused before any request, a cache that is full or
// cannot be written fails the job, --import-tiles merges a good MBTiles file and refuses a bad
// one (or one whose tiles are not images) without touching anything, and a cache file that is
// not ours is left alone while the workstation starts without it.
#include "../common/AppRun.h"
#include "../common/LocalTileUpstream.h"
#include "MBTilesCache.h"
#include "OfflineArea.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace wf::maps;
using namespace wf::testing;

class TestTilesCli : public QObject
{
    Q_OBJECT
private slots:
    void prepareOfflineSeedsAndResumes()
    {
        LocalTileUpstream upstream;
        QTemporaryDir dir;
        const QString cache = dir.filePath(QStringLiteral("tiles.mbtiles"));
        const QString settings = dir.filePath(QStringLiteral("s.json"));
        QFile f(settings);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"json({"map": {"user_agent": "WatchfloorCli/1 (ops desk)"}})json");
        f.close();
        const qint64 n = OfflineArea { { 114.2, 30.5, 114.4, 30.7 }, 9, 12 }.tileCount();
        const QStringList args { QStringLiteral("--prepare-offline"), QStringLiteral("114.2,30.5,114.4,30.7"),
            QStringLiteral("--zooms"), QStringLiteral("9-12"), QStringLiteral("--tile-url"),
            upstream.urlTemplate(), QStringLiteral("--tile-cache"), cache, QStringLiteral("--settings"),
            settings };
        const auto first = runApp(args);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(
            first.out.contains(QStringLiteral("%1 tiles, %1 fetched, 0 already cached, 0 failed").arg(n)),
            qPrintable(first.out));
        QCOMPARE(qint64(upstream.requests.load()), n);
        QCOMPARE(upstream.lastUserAgent(), QByteArray("WatchfloorCli/1 (ops desk)"));
        {
            MBTilesCache c;
            QString error;
            QVERIFY(c.open(cache, &error));
            QCOMPARE(c.tileCount(), n);
        }
        const auto again = runApp(args);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(
            again.out.contains(QStringLiteral("%1 tiles, 0 fetched, %1 already cached, 0 failed").arg(n)),
            qPrintable(again.out));
        QCOMPARE(qint64(upstream.requests.load()), n);
    }

    void prepareOfflineByNameAndRefusals()
    {
        LocalTileUpstream upstream;
        QTemporaryDir dir;
        const QString cache = dir.filePath(QStringLiteral("tiles.mbtiles"));
        // The province to street level: refused with the count, before any request.
        auto r = runApp({ QStringLiteral("--prepare-offline"), QStringLiteral("湖北省"),
            QStringLiteral("--zooms"), QStringLiteral("5-18"), QStringLiteral("--tile-url"),
            upstream.urlTemplate(), QStringLiteral("--tile-cache"), cache });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("limit")), qPrintable(r.err));
        QCOMPARE(upstream.requests.load(), 0);
        // A district by name, at one zoom level.
        r = runApp({ QStringLiteral("--prepare-offline"), QStringLiteral("Ezhou"), QStringLiteral("--zooms"),
            QStringLiteral("9"), QStringLiteral("--tile-url"), upstream.urlTemplate(),
            QStringLiteral("--tile-cache"), cache });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(upstream.requests.load() > 0);
        // No upstream: nothing to prepare.
        r = runApp({ QStringLiteral("--prepare-offline"), QStringLiteral("Ezhou"), QStringLiteral("--zooms"),
            QStringLiteral("9"), QStringLiteral("--tile-cache"), cache });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no upstream")), qPrintable(r.err));
        // An unknown region and an unusable URL.
        r = runApp({ QStringLiteral("--prepare-offline"), QStringLiteral("Atlantis"),
            QStringLiteral("--zooms"), QStringLiteral("9"), QStringLiteral("--tile-url"),
            upstream.urlTemplate(), QStringLiteral("--tile-cache"), cache });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Atlantis")), qPrintable(r.err));
        r = runApp({ QStringLiteral("--prepare-offline"), QStringLiteral("Ezhou"), QStringLiteral("--zooms"),
            QStringLiteral("9"), QStringLiteral("--tile-url"),
            QStringLiteral("http://127.0.0.1:1/{z}/{x}.png"), QStringLiteral("--tile-cache"), cache });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("{y}")), qPrintable(r.err));
    }

    void importTilesMergesOrChangesNothing()
    {
        QTemporaryDir dir;
        const QString cache = dir.filePath(QStringLiteral("tiles.mbtiles"));
        const QString source = dir.filePath(QStringLiteral("area.mbtiles"));
        {
            MBTilesCache s;
            QString error;
            QVERIFY(s.open(source, &error));
            for (int x = 0; x < 4; ++x)
                QVERIFY(s.put({ 2, x, 1 }, QByteArray("\x89PNG\r\n\x1a\ntile ", 13) + char('0' + x), &error));
        }
        auto r = runApp({ QStringLiteral("--import-tiles"), source, QStringLiteral("--tile-cache"), cache });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("imported 4 new tiles")), qPrintable(r.out));
        const QByteArray cacheBefore = fileDigest(cache);
        const QString bad = dir.filePath(QStringLiteral("bad.mbtiles"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("PK\x03\x04 a zip, not MBTiles").repeated(50));
        f.close();
        r = runApp({ QStringLiteral("--import-tiles"), bad, QStringLiteral("--tile-cache"), cache });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not an SQLite database")), qPrintable(r.err));
        QCOMPARE(fileDigest(cache), cacheBefore);
    }

    void seedingFailsWhenTheCacheTakesNothing()
    {
        LocalTileUpstream upstream;
        QTemporaryDir dir;
        const QString cache = dir.filePath(QStringLiteral("tiles.mbtiles"));
        {
            MBTilesCache c;
            QString error;
            QVERIFY2(c.open(cache, &error), qPrintable(error));
        }
        // Every write fails, with SQLite's own error raised by the file (a full disk cannot be
        // made in a test).
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(cache);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER no_space BEFORE INSERT ON tiles BEGIN SELECT "
                                          "RAISE(ABORT, 'database or disk is full'); END")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        const auto r = runApp({ QStringLiteral("--prepare-offline"), QStringLiteral("114.2,30.5,114.4,30.7"),
            QStringLiteral("--zooms"), QStringLiteral("9-11"), QStringLiteral("--tile-url"),
            upstream.urlTemplate(), QStringLiteral("--tile-cache"), cache });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("stopped: cannot store tiles"))
                && r.err.contains(QStringLiteral("disk is full")),
            qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral(" 0 fetched")), qPrintable(r.out));
    }

    void seedingStopsAtTheCacheLimit()
    {
        LocalTileUpstream upstream(true); // about 200 KB a tile: 1 MB holds five
        QTemporaryDir dir;
        const QString cache = dir.filePath(QStringLiteral("tiles.mbtiles"));
        const QString settings = dir.filePath(QStringLiteral("s.json"));
        QFile f(settings);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"json({"map": {"cache_max_mb": 1}})json");
        f.close();
        const auto r = runApp({ QStringLiteral("--prepare-offline"), QStringLiteral("114.0,30.4,114.6,30.8"),
            QStringLiteral("--zooms"), QStringLiteral("8-11"), QStringLiteral("--tile-url"),
            upstream.urlTemplate(), QStringLiteral("--tile-cache"), cache, QStringLiteral("--settings"),
            settings });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.contains(QStringLiteral("is full")) && r.err.contains(QStringLiteral("map.cache_max_mb")),
            qPrintable(r.err));
        MBTilesCache c;
        QString error;
        QVERIFY(c.open(cache, &error));
        QVERIFY(c.usedBytes() <= 1024 * 1024);
        QVERIFY(c.tileCount() >= 4);
    }

    void importRefusesTilesThatAreNotImages()
    {
        QTemporaryDir dir;
        const QString cache = dir.filePath(QStringLiteral("tiles.mbtiles"));
        const QString source = dir.filePath(QStringLiteral("area.mbtiles"));
        {
            MBTilesCache s;
            QString error;
            QVERIFY(s.open(source, &error));
            QVERIFY(s.put({ 2, 0, 1 }, QByteArray("\x89PNG\r\n\x1a\nfine", 12), &error));
            QVERIFY(s.put({ 2, 1, 1 }, "<script>alert(1)</script>", &error));
        }
        const auto r
            = runApp({ QStringLiteral("--import-tiles"), source, QStringLiteral("--tile-cache"), cache });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not a PNG, JPEG or WebP image; nothing imported")),
            qPrintable(r.err));
        MBTilesCache c;
        QString error;
        QVERIFY(c.open(cache, &error));
        QCOMPARE(c.tileCount(), 0);
    }

    void foreignCacheIsKeptAndTheAppRunsWithoutIt()
    {
        QTemporaryDir dir;
        const QString cache = dir.filePath(QStringLiteral("tiles.mbtiles"));
        QFile f(cache);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("the user's spreadsheet\n").repeated(100));
        f.close();
        const QByteArray before = fileDigest(cache);
        const auto r = runApp({ QStringLiteral("--tile-cache"), cache, QStringLiteral("--db"),
            dir.filePath(QStringLiteral("j.sqlite")), QStringLiteral("--quit-after"), QStringLiteral("3") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("tile cache not used")), qPrintable(r.err));
        QCOMPARE(fileDigest(cache), before);
        // --import-tiles into it is refused too, and it stays as it was.
        const auto imp
            = runApp({ QStringLiteral("--import-tiles"), cache, QStringLiteral("--tile-cache"), cache });
        QCOMPARE(imp.exitCode, 1);
        QCOMPARE(fileDigest(cache), before);
    }
};

QTEST_GUILESS_MAIN(TestTilesCli)
#include "tst_tiles_cli.moc"
