// The MBTiles disk cache: the standard schema with TMS rows, files it must refuse without
// touching them, imports that either merge every tile or change nothing (non-images and
// imports past the size limit included), and the size limit: least recently used tiles go
// first, or a job that must not evict is refused.
#include "MBTilesCache.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace wf::maps;

namespace {

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Runs SQL on a file through a connection of its own (what another tool would do).
bool sql(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        ok = db.open();
        for (const auto &s : statements) {
            QSqlQuery q(db);
            ok = ok && q.exec(s);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

QVariant scalar(const QString &path, const QString &query)
{
    QVariant v;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        if (q.exec(query) && q.next())
            v = q.value(0);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return v;
}

// An MBTiles file as another tool writes it: tiles (z, x, TMS row, data).
QString makeMBTiles(const QString &path, const QList<std::tuple<int, int, int, QByteArray>> &tiles,
    const QString &format = QStringLiteral("png"))
{
    QStringList s { QStringLiteral("CREATE TABLE metadata (name TEXT, value TEXT)"),
        QStringLiteral("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, "
                       "tile_data BLOB)"),
        QStringLiteral("INSERT INTO metadata VALUES ('format', '%1')").arg(format) };
    for (const auto &[z, x, row, data] : tiles)
        s.append(QStringLiteral("INSERT INTO tiles VALUES (%1, %2, %3, X'%4')")
                .arg(z)
                .arg(x)
                .arg(row)
                .arg(QString::fromLatin1(data.toHex())));
    return sql(path, s) ? path : QString();
}

// Tile data that starts as an image of each kind does (the cache looks no further), tagged so
// that a test can tell the tiles apart.
QByteArray png(const QByteArray &tag)
{
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + tag;
}
QByteArray jpeg(const QByteArray &tag)
{
    return QByteArray("\xff\xd8\xff\xe0", 4) + tag;
}
QByteArray webp(const QByteArray &tag)
{
    return "RIFF" + QByteArray(4, '\0') + "WEBPVP8 " + tag;
}

} // namespace

class TestMBTilesCache : public QObject
{
    Q_OBJECT
private slots:
    void storesTilesWithTmsRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.mbtiles"));
        QString error;
        {
            MBTilesCache cache;
            QVERIFY2(cache.open(path, &error), qPrintable(error));
            QCOMPARE(cache.tileCount(), 0);
            QVERIFY(!cache.contains({ 10, 837, 420 }));
            QVERIFY(cache.put({ 10, 837, 420 }, "tile-a", &error));
            QVERIFY(cache.put({ 0, 0, 0 }, "world", &error));
            QVERIFY(cache.put({ 10, 837, 420 }, "tile-b", &error)); // replaced, not doubled
            QCOMPARE(cache.tileCount(), 2);
            QCOMPARE(cache.tile({ 10, 837, 420 }).value_or(QByteArray()), QByteArray("tile-b"));
            QVERIFY(!cache.tile({ 10, 837, 421 }));
            QVERIFY(!cache.tile({ 3, 9, 0 })); // not a tile at all
        }
        // The file is plain MBTiles: y is stored as a TMS row, 2^z - 1 - y.
        QCOMPARE(scalar(path, QStringLiteral("SELECT tile_row FROM tiles WHERE zoom_level = 10")).toInt(),
            1023 - 420);
        QCOMPARE(scalar(path, QStringLiteral("SELECT value FROM metadata WHERE name = 'format'")).toString(),
            QStringLiteral("png"));
        QCOMPARE(scalar(path, QStringLiteral("PRAGMA application_id")).toInt(), 0x4d504258);
        // And it is there next time.
        MBTilesCache again;
        QVERIFY2(again.open(path, &error), qPrintable(error));
        QCOMPARE(again.tileCount(), 2);
        QCOMPARE(again.tile({ 0, 0, 0 }).value_or(QByteArray()), QByteArray("world"));
    }

    void foreignFilesAreRefusedAndKept_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("text file") << QStringLiteral("text") << QStringLiteral("not an SQLite database");
        QTest::newRow("another application's database")
            << QStringLiteral("foreign") << QStringLiteral("not an MBTiles file");
        QTest::newRow("vector tiles") << QStringLiteral("pbf") << QStringLiteral("vector tiles");
        QTest::newRow("tiles in a view") << QStringLiteral("view") << QStringLiteral("view");
    }
    void foreignFilesAreRefusedAndKept()
    {
        QFETCH(QString, kind);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.mbtiles"));
        if (kind == u"text") {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("someone's notes, not a database\n").repeated(200));
        } else if (kind == u"foreign") {
            QVERIFY(sql(path,
                { QStringLiteral("CREATE TABLE events (seq INTEGER, payload BLOB)"),
                    QStringLiteral("INSERT INTO events VALUES (1, X'00')") }));
        } else if (kind == u"pbf") {
            QVERIFY(!makeMBTiles(path, { { 0, 0, 0, "v" } }, QStringLiteral("pbf")).isEmpty());
        } else {
            QVERIFY(sql(path,
                { QStringLiteral("CREATE TABLE metadata (name TEXT, value TEXT)"),
                    QStringLiteral("CREATE TABLE map (zoom_level, tile_column, tile_row, tile_id)"),
                    QStringLiteral("CREATE TABLE images (tile_id, tile_data)"),
                    QStringLiteral("CREATE VIEW tiles AS SELECT map.zoom_level, map.tile_column, "
                                   "map.tile_row, images.tile_data FROM map JOIN images USING "
                                   "(tile_id)") }));
        }
        const QByteArray before = digest(path);
        MBTilesCache cache;
        QString error;
        QVERIFY(!cache.open(path, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY(error.contains(path));
        QVERIFY(!cache.isOpen());
        QCOMPARE(digest(path), before);
    }

    void importMergesAndKeepsWhatIsThere()
    {
        QTemporaryDir dir;
        const QString cachePath = dir.filePath(QStringLiteral("c.mbtiles"));
        // Three tiles, one of which the cache has already (kept, not overwritten).
        const QString source = makeMBTiles(dir.filePath(QStringLiteral("src.mbtiles")),
            { { 1, 0, 1, png("nw") }, { 1, 1, 0, jpeg("se") }, { 2, 3, 3, webp("z2") } });
        QVERIFY(!source.isEmpty());
        qint64 n = 0;
        QString error;
        QVERIFY2(MBTilesCache::inspect(source, &n, &error), qPrintable(error));
        QCOMPARE(n, 3);
        MBTilesCache cache;
        QVERIFY2(cache.open(cachePath, &error), qPrintable(error));
        QVERIFY(cache.put({ 1, 0, 0 }, "mine", &error)); // TMS row 1 at z1 is XYZ y 0
        QCOMPARE(cache.importFile(source, &error), 2);
        QCOMPARE(cache.tileCount(), 3);
        QCOMPARE(cache.tile({ 1, 0, 0 }).value_or(QByteArray()), QByteArray("mine"));
        QCOMPARE(cache.tile({ 1, 1, 1 }).value_or(QByteArray()), jpeg("se"));
        QCOMPARE(cache.tile({ 2, 3, 0 }).value_or(QByteArray()), webp("z2"));
        QCOMPARE(cache.importFile(source, &error), 0); // again: nothing new
    }

    void badImportsChangeNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("no such file");
        QTest::newRow("not sqlite") << QStringLiteral("text") << QStringLiteral("not an SQLite database");
        QTest::newRow("not mbtiles") << QStringLiteral("foreign") << QStringLiteral("not an MBTiles file");
        QTest::newRow("impossible tile") << QStringLiteral("badrow") << QStringLiteral("impossible address");
        QTest::newRow("empty data") << QStringLiteral("nodata") << QStringLiteral("no data");
        QTest::newRow("itself") << QStringLiteral("self") << QStringLiteral("the cache itself");
        QTest::newRow("a web page") << QStringLiteral("html")
                                    << QStringLiteral("not a PNG, JPEG or WebP image");
        QTest::newRow("a vector tile")
            << QStringLiteral("gzip") << QStringLiteral("not a PNG, JPEG or WebP image");
        QTest::newRow("too much") << QStringLiteral("toomuch") << QStringLiteral("past its limit");
    }
    void badImportsChangeNothing()
    {
        QFETCH(QString, kind);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        const QString cachePath = dir.filePath(QStringLiteral("c.mbtiles"));
        QString path = dir.filePath(QStringLiteral("bad.mbtiles"));
        if (kind == u"text") {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("garbage ").repeated(1000));
        } else if (kind == u"foreign") {
            QVERIFY(sql(path, { QStringLiteral("CREATE TABLE t (a)") }));
        } else if (kind == u"badrow") {
            // A good tile first: the import must roll it back with the bad one.
            QVERIFY(
                !makeMBTiles(path, { { 1, 0, 0, png("ok") }, { 2, 9, 0, png("x out of range") } }).isEmpty());
        } else if (kind == u"nodata") {
            QVERIFY(!makeMBTiles(path, { { 1, 0, 0, png("ok") }, { 1, 1, 1, QByteArray() } }).isEmpty());
        } else if (kind == u"html") {
            // A format of "png" in the metadata, and a good tile first: the import checks each
            // tile's bytes, and takes all or none.
            QVERIFY(!makeMBTiles(
                path, { { 1, 0, 0, png("ok") }, { 1, 1, 1, "<html><body>Not found</body></html>" } })
                    .isEmpty());
        } else if (kind == u"gzip") {
            QVERIFY(!makeMBTiles(path, { { 1, 0, 0, QByteArray("\x1f\x8b\x08\x00vector", 10) } }).isEmpty());
        } else if (kind == u"toomuch") {
            QList<std::tuple<int, int, int, QByteArray>> tiles;
            for (int x = 0; x < 8; ++x)
                tiles.append({ 3, x, 0, png(QByteArray(200, char('a' + x))) });
            QVERIFY(!makeMBTiles(path, tiles).isEmpty());
        } else if (kind == u"self") {
            path = cachePath;
        }
        const QByteArray sourceBefore = digest(path);
        MBTilesCache cache;
        cache.setMaxBytes(1000); // the eight tiles of "too much" are 1,664 bytes
        QString error;
        QVERIFY2(cache.open(cachePath, &error), qPrintable(error));
        QVERIFY(cache.put({ 0, 0, 0 }, "world", &error));
        QCOMPARE(cache.importFile(path, &error), -1);
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QCOMPARE(cache.tileCount(), 1);
        QCOMPARE(cache.tile({ 0, 0, 0 }).value_or(QByteArray()), QByteArray("world"));
        if (kind != u"self")
            QCOMPARE(digest(path), sourceBefore);
    }

    void leastRecentlyUsedTilesGoFirst()
    {
        QTemporaryDir dir;
        MBTilesCache cache;
        cache.setMaxBytes(1000);
        QString error;
        QVERIFY2(cache.open(dir.filePath(QStringLiteral("c.mbtiles")), &error), qPrintable(error));
        const QByteArray a = png(QByteArray(292, 'a')), b = png(QByteArray(292, 'b')),
                         c = png(QByteArray(292, 'c')), d = png(QByteArray(292, 'd'));
        QVERIFY(cache.put({ 5, 1, 1 }, a, &error));
        QVERIFY(cache.put({ 5, 2, 1 }, b, &error));
        QVERIFY(cache.put({ 5, 3, 1 }, c, &error));
        QCOMPARE(cache.usedBytes(), 900);
        QVERIFY(cache.tile({ 5, 1, 1 })); // a is used again: b is now the oldest
        QVERIFY2(cache.put({ 5, 4, 1 }, d, &error), qPrintable(error));
        QVERIFY(cache.usedBytes() <= 1000);
        QVERIFY(!cache.contains({ 5, 2, 1 }));
        QCOMPARE(cache.tile({ 5, 1, 1 }).value_or(QByteArray()), a);
        QCOMPARE(cache.tile({ 5, 3, 1 }).value_or(QByteArray()), c);
        QCOMPARE(cache.tile({ 5, 4, 1 }).value_or(QByteArray()), d);
    }

    void aJobThatMustNotEvictIsRefused()
    {
        QTemporaryDir dir;
        MBTilesCache cache;
        cache.setMaxBytes(1000);
        QString error;
        const QString path = dir.filePath(QStringLiteral("c.mbtiles"));
        QVERIFY(cache.open(path, &error));
        for (int x = 0; x < 3; ++x)
            QVERIFY(
                cache.put({ 5, x, 1 }, png(QByteArray(292, 'x')), &error, MBTilesCache::WhenFull::Refuse));
        QVERIFY(!cache.put({ 5, 9, 1 }, png(QByteArray(292, 'y')), &error, MBTilesCache::WhenFull::Refuse));
        QVERIFY2(error.contains(QStringLiteral("full")) && error.contains(path)
                && error.contains(QStringLiteral("map.cache_max_mb")),
            qPrintable(error));
        QCOMPARE(cache.tileCount(), 3);
        QVERIFY(!cache.contains({ 5, 9, 1 }));
    }

    void aCacheMadeElsewhereIsMeasuredOnOpen()
    {
        // An MBTiles file written by another tool (or by an older Watchfloor): its tiles count
        // towards the limit from the first open, and are the first to go.
        QTemporaryDir dir;
        const QString path = makeMBTiles(dir.filePath(QStringLiteral("old.mbtiles")),
            { { 4, 0, 0, png(QByteArray(392, 'o')) }, { 4, 1, 0, png(QByteArray(392, 'p')) } });
        QVERIFY(!path.isEmpty());
        QVERIFY(sql(path,
            { QStringLiteral(
                "CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)") }));
        MBTilesCache cache;
        cache.setMaxBytes(1000);
        QString error;
        QVERIFY2(cache.open(path, &error), qPrintable(error));
        QCOMPARE(cache.usedBytes(), 800);
        QVERIFY(cache.put({ 4, 2, 0 }, png(QByteArray(392, 'n')), &error));
        QVERIFY(cache.usedBytes() <= 1000);
        QCOMPARE(cache.tileCount(), 2);
        QVERIFY(cache.contains({ 4, 2, 0 })); // the new tile stays, one of the old ones went
        QCOMPARE(int(cache.contains({ 4, 0, 15 })) + int(cache.contains({ 4, 1, 15 })), 1);
    }
};

QTEST_GUILESS_MAIN(TestMBTilesCache)
#include "tst_mbtiles_cache.moc"
