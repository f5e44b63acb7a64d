// The tile service of a real deployment: tiles from an upstream XYZ server (a real HTTP server on
// loopback, started here) with the configured User-Agent, kept in the MBTiles cache and served
// from it next time and when the upstream is gone; a tile that fails (HTTP error, garbage,
// timeout, a server that drips bytes, a body too large, a web page instead of an image, a
// redirect to another host) is a 404 to the map and counted, never a crash, a hang or a
// poisoned cache.
#include "../common/LocalTileUpstream.h"
#include "MBTilesCache.h"
#include "TileServer.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wf::maps;

namespace {

struct Response
{
    int status = 0;
    QByteArray body;
};

// One GET of /Z/X/Y.png to the tile service (with its secret), the event loop spinning
// meanwhile (the service is on this thread).
Response get(const TileServer &server, const QByteArray &path, int timeoutMs = 15000)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, server.port());
    if (!s.waitForConnected(5000))
        return {};
    s.write("GET /" + server.secret() + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray buffer;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        QTest::qWait(5);
        buffer += s.readAll();
        const int end = int(buffer.indexOf("\r\n\r\n"));
        if (end < 0)
            continue;
        const QByteArray head = buffer.left(end).toLower();
        const int at = int(head.indexOf("content-length:"));
        const qsizetype length = head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
        if (buffer.size() < end + 4 + length)
            continue;
        return { head.split(' ').value(1).toInt(), buffer.mid(end + 4, length) };
    }
    return {};
}

QByteArray digest(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

} // namespace

class TestTileUpstream : public QObject
{
    Q_OBJECT
private slots:
    void upstreamTemplateIsChecked()
    {
        QString error;
        QVERIFY(validUpstreamTemplate(QStringLiteral("http://127.0.0.1:8080/{z}/{x}/{y}.png"), &error));
        QVERIFY(!validUpstreamTemplate(QStringLiteral("http://127.0.0.1/{z}/{x}.png"), &error));
        QVERIFY(error.contains(QStringLiteral("{y}")));
        QVERIFY(!validUpstreamTemplate(QStringLiteral("ftp://127.0.0.1/{z}/{x}/{y}"), &error));
        QVERIFY(!validUpstreamTemplate(QStringLiteral("tiles/{z}/{x}/{y}.png"), &error));
        QCOMPARE(upstreamTileUrl(QStringLiteral("http://h/t/{z}/{x}/{y}.png?k=1"), { 7, 104, 52 }),
            QUrl(QStringLiteral("http://h/t/7/104/52.png?k=1")));
    }

    void fetchedOnceThenFromTheCache()
    {
        LocalTileUpstream upstream;
        QTemporaryDir dir;
        const QString cachePath = dir.filePath(QStringLiteral("tiles.mbtiles"));
        TileSourceConfig config { upstream.urlTemplate(), "WatchfloorTest/1.0 (dispatch)", 5000, cachePath };
        {
            TileServer server(nullptr, config);
            QString error;
            QVERIFY2(server.listen(&error), qPrintable(error));
            QVERIFY2(server.cacheError().isEmpty(), qPrintable(server.cacheError()));
            const auto r = get(server, "/10/837/420.png");
            QCOMPARE(r.status, 200);
            QCOMPARE(r.body, upstream.png());
            QCOMPARE(upstream.requests.load(), 1);
            QCOMPARE(upstream.paths(), QStringList { QStringLiteral("/10/837/420.png") });
            QCOMPARE(upstream.lastUserAgent(), QByteArray("WatchfloorTest/1.0 (dispatch)"));
            // Memory gone: the disk cache answers, the upstream is not asked again.
            server.clearMemoryCache();
            const auto again = get(server, "/10/837/420.png");
            QCOMPARE(again.status, 200);
            QCOMPARE(again.body, upstream.png());
            QCOMPARE(upstream.requests.load(), 1);
            QCOMPARE(server.failedTiles(), 0);
        }
        // A new session: still from the cache.
        TileServer server(nullptr, config);
        QString error;
        QVERIFY(server.listen(&error));
        QCOMPARE(get(server, "/10/837/420.png").status, 200);
        QCOMPARE(upstream.requests.load(), 1);
    }

    void offlineServesWhatIsCached()
    {
        QTemporaryDir dir;
        const QString cachePath = dir.filePath(QStringLiteral("tiles.mbtiles"));
        QString deadUrl;
        {
            LocalTileUpstream upstream;
            deadUrl = upstream.urlTemplate();
            TileServer server(nullptr, { upstream.urlTemplate(), "Watchfloor", 5000, cachePath });
            QString error;
            QVERIFY(server.listen(&error));
            QCOMPARE(get(server, "/12/3344/1682.png").status, 200);
        } // the upstream is gone: its port refuses connections now
        TileServer server(nullptr, { deadUrl, "Watchfloor", 3000, cachePath });
        QString error;
        QVERIFY(server.listen(&error));
        QCOMPARE(get(server, "/12/3344/1682.png").status, 200);
        QCOMPARE(server.failedTiles(), 0);
        const auto missing = get(server, "/12/3345/1682.png");
        QCOMPARE(missing.status, 404);
        QCOMPARE(server.failedTiles(), 1);
        QVERIFY2(server.lastFailure().startsWith(QStringLiteral("12/3345/1682: upstream")),
            qPrintable(server.lastFailure()));
    }

    void failedTilesAreMissingAndCounted_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("reason");
        QTest::newRow("HTTP 500") << int(LocalTileUpstream::Mode::Error500) << QStringLiteral("500");
        QTest::newRow("HTTP 404") << int(LocalTileUpstream::Mode::NotFound) << QStringLiteral("404");
        QTest::newRow("garbage body")
            << int(LocalTileUpstream::Mode::Garbage) << QStringLiteral("not an image");
        QTest::newRow("no answer") << int(LocalTileUpstream::Mode::Silent) << QStringLiteral("timed out");
    }
    void failedTilesAreMissingAndCounted()
    {
        QFETCH(int, mode);
        QFETCH(QString, reason);
        LocalTileUpstream upstream;
        upstream.mode = LocalTileUpstream::Mode(mode);
        QTemporaryDir dir;
        const QString cachePath = dir.filePath(QStringLiteral("tiles.mbtiles"));
        TileServer server(nullptr, { upstream.urlTemplate(), "Watchfloor", 1000, cachePath });
        QString error;
        QVERIFY(server.listen(&error));
        QSignalSpy failed(&server, &TileServer::failedTilesChanged);
        QElapsedTimer timer;
        timer.start();
        const auto r = get(server, "/9/418/210.png");
        QCOMPARE(r.status, 404);
        QVERIFY(timer.elapsed() < 10000);
        QCOMPARE(server.failedTiles(), 1);
        QCOMPARE(failed.size(), 1);
        QVERIFY2(server.lastFailure().contains(reason), qPrintable(server.lastFailure()));
        // Nothing broken went into the cache, and the service still works once the upstream does.
        upstream.mode = LocalTileUpstream::Mode::Ok;
        QCOMPARE(get(server, "/9/418/210.png").status, 200);
        MBTilesCache cache;
        QVERIFY(cache.open(cachePath, &error));
        QCOMPARE(cache.tileCount(), 1);
        QCOMPARE(cache.tile({ 9, 418, 210 }).value_or(QByteArray()), upstream.png());
    }

    void hostileUpstreamsAreCutOff_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("reason");
        QTest::newRow("drips bytes") << int(LocalTileUpstream::Mode::Drip) << QStringLiteral("timed out");
        QTest::newRow("64 MB announced") << int(LocalTileUpstream::Mode::Huge) << QStringLiteral("too large");
        QTest::newRow("64 MB unannounced")
            << int(LocalTileUpstream::Mode::HugeUnannounced) << QStringLiteral("too large");
        QTest::newRow("a web page") << int(LocalTileUpstream::Mode::WrongType) << QStringLiteral("text/html");
        QTest::newRow("redirect to another host")
            << int(LocalTileUpstream::Mode::Redirect) << QStringLiteral("another host");
    }
    void hostileUpstreamsAreCutOff()
    {
        QFETCH(int, mode);
        QFETCH(QString, reason);
        LocalTileUpstream upstream;
        LocalTileUpstream elsewhere; // "another host": reached by another name
        upstream.mode = LocalTileUpstream::Mode(mode);
        upstream.setRedirectTarget(
            QStringLiteral("http://localhost:%1/9/418/210.png").arg(elsewhere.port()).toLatin1());
        QTemporaryDir dir;
        const QString cachePath = dir.filePath(QStringLiteral("tiles.mbtiles"));
        TileServer server(nullptr, { upstream.urlTemplate(), "Watchfloor", 1500, cachePath });
        QString error;
        QVERIFY(server.listen(&error));
        QElapsedTimer timer;
        timer.start();
        const auto r = get(server, "/9/418/210.png");
        QCOMPARE(r.status, 404);
        // Cut off by the deadline of the whole request, not left to drip for minutes.
        QVERIFY2(timer.elapsed() < 6000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(server.failedTiles(), 1);
        QVERIFY2(server.lastFailure().contains(reason), qPrintable(server.lastFailure()));
        QCOMPARE(elsewhere.requests.load(), 0);
        MBTilesCache cache;
        QVERIFY(cache.open(cachePath, &error));
        QCOMPARE(cache.tileCount(), 0);
    }

    void aRedirectOnTheSameServerIsFollowed()
    {
        LocalTileUpstream upstream;
        upstream.mode = LocalTileUpstream::Mode::RedirectHere;
        QTemporaryDir dir;
        TileServer server(nullptr,
            { upstream.urlTemplate(), "Watchfloor", 5000, dir.filePath(QStringLiteral("t.mbtiles")) });
        QString error;
        QVERIFY(server.listen(&error));
        const auto r = get(server, "/9/418/210.png");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, upstream.png());
        // The tile was taken from where the server moved it (Qt may send the first request
        // twice on a fresh connection; that is its business).
        const QStringList paths = upstream.paths();
        QVERIFY2(paths.contains(QStringLiteral("/moved/9/418/210.png"))
                && paths.count(QStringLiteral("/9/418/210.png")) + 1 == paths.size(),
            qPrintable(paths.join(u' ')));
    }

    void aFullCacheMakesRoomForTheMap()
    {
        // Browsing past the cache's limit evicts the tiles used longest ago; the map goes on.
        LocalTileUpstream upstream(true);
        QTemporaryDir dir;
        const QString cachePath = dir.filePath(QStringLiteral("tiles.mbtiles"));
        TileSourceConfig config { upstream.urlTemplate(), "Watchfloor", 5000, cachePath };
        config.cacheMaxBytes = upstream.png().size() * 5 + upstream.png().size() / 2;
        TileServer server(nullptr, config);
        QString error;
        QVERIFY(server.listen(&error));
        for (int x = 0; x < 12; ++x)
            QCOMPARE(get(server, "/5/" + QByteArray::number(x) + "/12.png").status, 200);
        MBTilesCache cache;
        QVERIFY(cache.open(cachePath, &error));
        QVERIFY2(cache.usedBytes() <= config.cacheMaxBytes, qPrintable(QString::number(cache.usedBytes())));
        QVERIFY(cache.contains({ 5, 11, 12 })); // the newest stays
        QVERIFY(!cache.contains({ 5, 0, 12 })); // the oldest went
        QCOMPARE(server.failedTiles(), 0);
    }

    void foreignCacheIsLeftAloneAndTheMapStillWorks()
    {
        LocalTileUpstream upstream;
        QTemporaryDir dir;
        const QString cachePath = dir.filePath(QStringLiteral("tiles.mbtiles"));
        QFile f(cachePath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("not a cache\n").repeated(300));
        f.close();
        const QByteArray before = digest(cachePath);
        TileServer server(nullptr, { upstream.urlTemplate(), "Watchfloor", 5000, cachePath });
        QString error;
        QVERIFY(server.listen(&error));
        QVERIFY(server.cacheError().contains(QStringLiteral("not an SQLite database")));
        QVERIFY(!server.hasCache());
        QCOMPARE(get(server, "/10/837/420.png").status, 200);
        QCOMPARE(get(server, "/10/837/421.png").status, 200);
        QCOMPARE(upstream.requests.load(), 2);
        QCOMPARE(digest(cachePath), before);
    }
};

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestTileUpstream test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_tile_upstream.moc"
