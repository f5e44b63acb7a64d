// "Prepare an offline area": tile counts known in advance, regions by name or box (a malformed
// box is an error, never a box at 0), absurd sizes refused, and seeding against a real
// loopback upstream that fetches each tile once, resumes by skipping what is cached, stops
// when cancelled, and stops with the reason when the cache is full or cannot be written.
#include "../common/LocalTileUpstream.h"
#include "BaseMap.h"
#include "MBTilesCache.h"
#include "OfflineArea.h"
#include "PlaceDirectory.h"

#include <QCoreApplication>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace wf::maps;

namespace {

// Runs SQL on a file through a connection of its own, as another program would.
bool sql(const QString &path, const QString &statement)
{
    bool ok = false;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QSqlQuery q(db);
        ok = db.open() && q.exec(statement);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

} // namespace

class TestOfflineArea : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_map.loadFolder(QStringLiteral(WATCHFLOOR_SOURCE_DIR "/resources/basemap"), &error),
            qPrintable(error));
        QVERIFY2(
            m_places.loadFile(QStringLiteral(WATCHFLOOR_SOURCE_DIR "/resources/basemap/places.json"), &error),
            qPrintable(error));
    }

    void tileCountsAreKnownAnswers()
    {
        // The whole world: 1 + 4 + 16 tiles at zooms 0-2.
        QCOMPARE((OfflineArea { { -180, -85, 180, 85 }, 0, 2 }.tileCount()), 21);
        // A box inside one z10 tile (Wuhan, 837/420) is one tile at z10 and 4 at z11 at most.
        const TileId t { 10, 837, 420 };
        const LatLon nw = tileNorthWest(t), se = tileSouthEast(t);
        const GeoBox inside { nw.lon + 0.01, se.lat + 0.01, se.lon - 0.01, nw.lat - 0.01 };
        QCOMPARE((OfflineArea { inside, 10, 10 }.tileCount()), 1);
        QCOMPARE((OfflineArea { inside, 11, 11 }.tileCount()), 4);
        // forEachTile visits exactly what tileCount counts, every tile once.
        const OfflineArea wuhan { { 114.0, 30.4, 114.6, 30.8 }, 8, 12 };
        QSet<QString> seen;
        wuhan.forEachTile([&](TileId tile) {
            seen.insert(QStringLiteral("%1/%2/%3").arg(tile.z).arg(tile.x).arg(tile.y));
            return true;
        });
        QCOMPARE(qint64(seen.size()), wuhan.tileCount());
    }

    void regionsByNameOrBox()
    {
        QString error;
        const auto box = resolveRegion(QStringLiteral("114.1, 30.4, 114.6, 30.8"), m_map, &m_places, &error);
        QVERIFY2(box, qPrintable(error));
        QCOMPARE(box->west, 114.1);
        QCOMPARE(box->north, 30.8);
        // A prefecture of the base map: its bounds contain its seat.
        const auto wuhan = resolveRegion(QStringLiteral("武汉市"), m_map, &m_places, &error);
        QVERIFY2(wuhan, qPrintable(error));
        QVERIFY(wuhan->west < 114.3 && wuhan->east > 114.3 && wuhan->south < 30.59 && wuhan->north > 30.59);
        QVERIFY(wuhan->east - wuhan->west > 0.5); // the whole city, not a point
        const auto ezhou = resolveRegion(QStringLiteral("Ezhou"), m_map, &m_places, &error);
        QVERIFY2(ezhou, qPrintable(error));
        QVERIFY(!resolveRegion(QStringLiteral("Atlantis"), m_map, &m_places, &error));
        QVERIFY(error.contains(QStringLiteral("Atlantis")));
        QVERIFY(!resolveRegion(QStringLiteral("115,30,114,31"), m_map, &m_places, &error)); // west > east
    }

    void malformedBoxesAreErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("double point") << QStringLiteral("1..2,30.4,114.6,30.8") << QStringLiteral("'1..2'");
        QTest::newRow("empty part") << QStringLiteral("114.1,,114.6,30.8") << QStringLiteral("not a number");
        QTest::newRow("three numbers")
            << QStringLiteral("114.1,30.4,114.6") << QStringLiteral("four numbers");
        QTest::newRow("five numbers")
            << QStringLiteral("114.1,30.4,114.6,30.8,1") << QStringLiteral("four numbers");
        QTest::newRow("sign in the middle")
            << QStringLiteral("114-1,30.4,114.6,30.8") << QStringLiteral("'114-1'");
        QTest::newRow("overflow") << QStringLiteral("1e999,30.4,114.6,30.8") << QStringLiteral("'1e999'");
        QTest::newRow("upside down") << QStringLiteral("114.1,30.8,114.6,30.4")
                                     << QStringLiteral("south < north");
    }
    void malformedBoxesAreErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!resolveRegion(text, m_map, &m_places, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        // A box with exponents and signs is still a box.
        const auto box
            = resolveRegion(QStringLiteral(" 1.141e2 , +30.4,114.6, 30.8 "), m_map, &m_places, &error);
        QVERIFY2(box, qPrintable(error));
        QCOMPARE(box->west, 114.1);
    }

    void absurdSizesAreRefused()
    {
        QString error;
        QVERIFY(checkOfflineArea({ { 114.0, 30.4, 114.6, 30.8 }, 8, 12 }, 100000, &error));
        // Hubei down to street level is millions of tiles.
        const OfflineArea hubei { { 108.3, 29.0, 116.2, 33.3 }, 5, 18 };
        QVERIFY(hubei.tileCount() > 1000000);
        QVERIFY(!checkOfflineArea(hubei, 100000, &error));
        QVERIFY2(
            error.contains(QString::number(hubei.tileCount())) && error.contains(QStringLiteral("limit")),
            qPrintable(error));
        QVERIFY(!checkOfflineArea({ { 114.0, 30.4, 114.6, 30.8 }, 12, 8 }, 100000, &error));
        QVERIFY(!checkOfflineArea({ { 114.0, 30.4, 114.6, 30.8 }, 8, 23 }, 100000, &error));
    }

    void seedsOnceAndResumes()
    {
        LocalTileUpstream upstream;
        QTemporaryDir dir;
        const QString cachePath = dir.filePath(QStringLiteral("tiles.mbtiles"));
        const TileSourceConfig config { upstream.urlTemplate(), "WatchfloorSeed/1", 5000, cachePath };
        const OfflineArea area { { 114.0, 30.4, 114.6, 30.8 }, 8, 11 };
        const qint64 total = area.tileCount();
        QVERIFY(total > 10);
        // Some tiles are there already (a run that stopped part way).
        {
            MBTilesCache cache;
            QString error;
            QVERIFY(cache.open(cachePath, &error));
            QVERIFY(cache.put(tileAt({ 30.6, 114.3 }, 8), upstream.png(), &error));
            QVERIFY(cache.put(tileAt({ 30.6, 114.3 }, 9), upstream.png(), &error));
        }
        OfflineAreaSeeder seeder(config);
        QSignalSpy finished(&seeder, &OfflineAreaSeeder::finished);
        QString error;
        QVERIFY2(seeder.start(area, 1000, &error), qPrintable(error));
        QVERIFY(seeder.isRunning());
        QVERIFY(!seeder.start(area, 1000, &error)); // one run at a time
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(finished.first().at(1).toString(), QString());
        auto p = seeder.progress();
        QCOMPARE(p.total, total);
        QCOMPARE(p.skipped, 2);
        QCOMPARE(p.fetched, total - 2);
        QCOMPARE(p.failed, 0);
        QCOMPARE(qint64(upstream.requests.load()), total - 2);
        QCOMPARE(upstream.lastUserAgent(), QByteArray("WatchfloorSeed/1"));
        {
            MBTilesCache cache;
            QVERIFY(cache.open(cachePath, &error));
            QCOMPARE(cache.tileCount(), total);
        }
        // Again: everything is cached, nothing is fetched.
        QVERIFY(seeder.start(area, 1000, &error));
        QVERIFY(finished.wait(30000));
        p = seeder.progress();
        QCOMPARE(p.skipped, total);
        QCOMPARE(p.fetched, 0);
        QCOMPARE(qint64(upstream.requests.load()), total - 2);
    }

    void cancelStopsAndResumeFinishes()
    {
        LocalTileUpstream upstream;
        QTemporaryDir dir;
        const QString cachePath = dir.filePath(QStringLiteral("tiles.mbtiles"));
        const OfflineArea area { { 113.7, 30.2, 114.9, 31.0 }, 8, 14 };
        const qint64 total = area.tileCount();
        QVERIFY(total > 1000);
        OfflineAreaSeeder seeder({ upstream.urlTemplate(), "Watchfloor", 5000, cachePath });
        seeder.parallelRequests = 1;
        QSignalSpy finished(&seeder, &OfflineAreaSeeder::finished);
        QString error;
        QVERIFY(seeder.start(area, 100000, &error));
        QTRY_VERIFY_WITH_TIMEOUT(seeder.progress().done() > 0, 20000);
        seeder.cancel();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        const auto stopped = seeder.progress();
        QVERIFY2(stopped.done() < total, qPrintable(QString::number(stopped.done())));
        // Nothing more is asked of the upstream after the run ended.
        const int requestsAtStop = upstream.requests.load();
        QCOMPARE(qint64(requestsAtStop), stopped.fetched);
        QTest::qWait(300);
        QCOMPARE(upstream.requests.load(), requestsAtStop);
        // Resume: the fetched tiles are skipped, the rest fetched.
        seeder.parallelRequests = 6;
        QVERIFY(seeder.start(area, 100000, &error));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.last().at(0).toBool(), false);
        const auto resumed = seeder.progress();
        QCOMPARE(resumed.skipped, stopped.fetched);
        QCOMPARE(resumed.fetched, total - stopped.fetched);
        QCOMPARE(qint64(upstream.requests.load()), total);
    }

    void refusedWithoutUpstreamOrCache()
    {
        QString error;
        OfflineAreaSeeder noUpstream({ {}, "Watchfloor", 5000, QStringLiteral("/tmp/x.mbtiles") });
        QVERIFY(!noUpstream.start({ { 114.0, 30.4, 114.6, 30.8 }, 8, 9 }, 1000, &error));
        QVERIFY(error.contains(QStringLiteral("no upstream")));
        OfflineAreaSeeder tooBig({ QStringLiteral("http://127.0.0.1:9/{z}/{x}/{y}.png"), "W", 5000,
            QStringLiteral("/tmp/x.mbtiles") });
        QVERIFY(!tooBig.start({ { 108.3, 29.0, 116.2, 33.3 }, 5, 18 }, 100000, &error));
        QVERIFY(error.contains(QStringLiteral("limit")));
        QVERIFY(!tooBig.isRunning());
    }

    void seedingFailuresAreCountedNotFatal()
    {
        LocalTileUpstream upstream;
        upstream.mode = LocalTileUpstream::Mode::Error500;
        QTemporaryDir dir;
        OfflineAreaSeeder seeder(
            { upstream.urlTemplate(), "Watchfloor", 2000, dir.filePath(QStringLiteral("tiles.mbtiles")) });
        QSignalSpy finished(&seeder, &OfflineAreaSeeder::finished);
        QString error;
        const OfflineArea area { { 114.0, 30.4, 114.6, 30.8 }, 9, 10 };
        QVERIFY(seeder.start(area, 1000, &error));
        QVERIFY(finished.wait(30000));
        QCOMPARE(seeder.progress().failed, area.tileCount());
        QCOMPARE(seeder.progress().fetched, 0);
    }

    void seedingStopsWhenTheCacheIsFull()
    {
        LocalTileUpstream upstream(true); // about 200 KB a tile
        QTemporaryDir dir;
        const QString cachePath = dir.filePath(QStringLiteral("tiles.mbtiles"));
        TileSourceConfig config { upstream.urlTemplate(), "Watchfloor", 5000, cachePath };
        config.cacheMaxBytes = upstream.png().size() * 5 + upstream.png().size() / 2;
        OfflineAreaSeeder seeder(config);
        seeder.parallelRequests = 1;
        QSignalSpy finished(&seeder, &OfflineAreaSeeder::finished);
        const OfflineArea area { { 114.0, 30.4, 114.6, 30.8 }, 8, 11 };
        QVERIFY(area.tileCount() > 10);
        QString error;
        QVERIFY(seeder.start(area, 1000, &error));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        const QString why = finished.first().at(1).toString();
        QVERIFY2(why.contains(QStringLiteral("full")) && why.contains(QStringLiteral("map.cache_max_mb")),
            qPrintable(why));
        const auto p = seeder.progress();
        QCOMPARE(p.fetched, 5);
        QCOMPARE(p.failed, 1);
        // It stopped there: no more requests, and nothing it had fetched was evicted.
        QCOMPARE(upstream.requests.load(), 6);
        MBTilesCache cache;
        QVERIFY(cache.open(cachePath, &error));
        QCOMPARE(cache.tileCount(), 5);
    }

    void seedingFailsWhenNoTileCanBeWritten()
    {
        LocalTileUpstream upstream;
        QTemporaryDir dir;
        const QString cachePath = dir.filePath(QStringLiteral("tiles.mbtiles"));
        {
            MBTilesCache cache;
            QString error;
            QVERIFY2(cache.open(cachePath, &error), qPrintable(error));
        }
        // A disk that refuses every write: SQLite's own error, raised by the file itself for
        // each insert (a real full disk cannot be made in a test).
        QVERIFY(sql(cachePath,
            QStringLiteral("CREATE TRIGGER no_space BEFORE INSERT ON tiles BEGIN SELECT "
                           "RAISE(ABORT, 'database or disk is full'); END")));
        OfflineAreaSeeder seeder({ upstream.urlTemplate(), "Watchfloor", 5000, cachePath });
        QSignalSpy finished(&seeder, &OfflineAreaSeeder::finished);
        QString error;
        const OfflineArea area { { 114.0, 30.4, 114.6, 30.8 }, 8, 11 };
        QVERIFY(seeder.start(area, 1000, &error));
        QVERIFY(finished.wait(30000));
        const QString why = finished.first().at(1).toString();
        QVERIFY2(why.contains(QStringLiteral("cannot store tiles"))
                && why.contains(QStringLiteral("disk is full")),
            qPrintable(why));
        QCOMPARE(seeder.progress().fetched, 0);
        QVERIFY(seeder.progress().failed >= 1);
        QVERIFY(upstream.requests.load() <= seeder.parallelRequests);
    }

private:
    BaseMap m_map;
    PlaceDirectory m_places;
};

QTEST_GUILESS_MAIN(TestOfflineArea)
#include "tst_offline_area.moc"
