// How the loopback tile server reads a request: the secret before anything else, strict tile
// paths, HEAD and keep-alive, and limits that hold however the bytes arrive. Pure: no sockets
// (tst_tile_server speaks to the real server over them).
#include "TileRequestParser.h"

#include <QTest>

using namespace wf::maps;
using Outcome = TileRequestParse::Outcome;

namespace {
const QByteArray kSecret = "0123456789abcdef0123456789abcdef";

TileRequestParse parse(const QByteArray &bytes, const TileRequestLimits &limits = {})
{
    return parseTileRequest(bytes, kSecret, limits);
}
} // namespace

class TestTileRequestParser : public QObject
{
    Q_OBJECT
private slots:
    void tileRequests()
    {
        const QByteArray get = "GET /" + kSecret + "/10/837/420.png HTTP/1.1\r\nHost: 127.0.0.1:1\r\n\r\n";
        auto p = parse(get);
        QCOMPARE(p.outcome, Outcome::Request);
        QCOMPARE(p.consumed, get.size());
        QCOMPARE(p.request.method, TileRequest::Method::Get);
        QCOMPARE(p.request.tile, (TileId { 10, 837, 420 }));
        QVERIFY(p.request.keepAlive);

        p = parse("HEAD /" + kSecret + "/0/0/0.png HTTP/1.1\r\nConnection: close\r\n\r\n");
        QCOMPARE(p.outcome, Outcome::Request);
        QCOMPARE(p.request.method, TileRequest::Method::Head);
        QVERIFY(!p.request.keepAlive);

        // HTTP/1.0 closes unless asked to keep alive; bare newlines are read like CRLF.
        p = parse("GET /" + kSecret + "/1/1/1.png HTTP/1.0\n\n");
        QCOMPARE(p.outcome, Outcome::Request);
        QVERIFY(!p.request.keepAlive);
        p = parse("GET /" + kSecret + "/1/1/1.png HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n");
        QVERIFY(p.request.keepAlive);
    }

    void theSecretComesFirst_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::newRow("no secret") << QByteArray("/10/837/420.png");
        QTest::newRow("wrong secret") << QByteArray("/0123456789abcdef0123456789abcdee/10/837/420.png");
        QTest::newRow("short secret") << QByteArray("/0123/10/837/420.png");
        QTest::newRow("secret without a path") << QByteArray("/" + kSecret);
        QTest::newRow("root") << QByteArray("/");
        QTest::newRow("absolute form") << QByteArray("http://127.0.0.1/" + kSecret + "/1/0/0.png");
    }
    void theSecretComesFirst()
    {
        QFETCH(QByteArray, target);
        const auto p = parse("GET " + target + " HTTP/1.1\r\n\r\n");
        QCOMPARE(p.outcome, Outcome::Refused);
        QCOMPARE(p.status, 403);
        QVERIFY(!p.closeAfter); // a keep-alive client may go on with a right one
    }

    void onlyRealTiles_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("favicon") << QByteArray("favicon.ico");
        QTest::newRow("x out of range") << QByteArray("3/8/0.png");
        QTest::newRow("zoom too deep") << QByteArray("23/0/0.png");
        QTest::newRow("negative") << QByteArray("5/-1/2.png");
        QTest::newRow("traversal") << QByteArray("../../etc/passwd");
        QTest::newRow("query") << QByteArray("1/0/0.png?x=1");
        QTest::newRow("extra segment") << QByteArray("1/0/0/0.png");
        QTest::newRow("huge number") << QByteArray("1/999999999/0.png");
        QTest::newRow("sign") << QByteArray("1/+0/0.png");
        QTest::newRow("jpg") << QByteArray("1/0/0.jpg");
    }
    void onlyRealTiles()
    {
        QFETCH(QByteArray, path);
        const auto p = parse("GET /" + kSecret + "/" + path + " HTTP/1.1\r\n\r\n");
        QCOMPARE(p.outcome, Outcome::Refused);
        QCOMPARE(p.status, 404);
    }

    void malformedOrUnwantedRequests_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("close");
        const QByteArray t = "/" + kSecret + "/1/0/0.png";
        QTest::newRow("DELETE") << QByteArray("DELETE " + t + " HTTP/1.1\r\n\r\n") << 405 << false;
        QTest::newRow("POST with a body")
            << QByteArray("POST " + t + " HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello") << 400 << true;
        QTest::newRow("chunked") << QByteArray("GET " + t + " HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n")
                                 << 400 << true;
        QTest::newRow("no version") << QByteArray("GET " + t + "\r\n\r\n") << 400 << true;
        QTest::newRow("HTTP/2") << QByteArray("GET " + t + " HTTP/2.0\r\n\r\n") << 505 << true;
        QTest::newRow("two spaces") << QByteArray("GET  " + t + " HTTP/1.1\r\n\r\n") << 400 << true;
        QTest::newRow("header without colon")
            << QByteArray("GET " + t + " HTTP/1.1\r\nHost\r\n\r\n") << 400 << true;
        QTest::newRow("folded header")
            << QByteArray("GET " + t + " HTTP/1.1\r\nX-A: 1\r\n  continued\r\n\r\n") << 400 << true;
        QTest::newRow("binary") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\n\n", 13) << 400
                                << true;
    }
    void malformedOrUnwantedRequests()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QFETCH(bool, close);
        const auto p = parse(request);
        QCOMPARE(p.outcome, Outcome::Refused);
        QCOMPARE(p.status, status);
        QCOMPARE(p.closeAfter, close);
    }

    void limitsHoldWhateverArrives()
    {
        TileRequestLimits limits;
        limits.maxRequestLine = 100;
        limits.maxHeaderBytes = 400;
        limits.maxHeaders = 5;
        // A request line that never ends is refused once it passes the limit, before its end.
        auto p = parse("GET /" + QByteArray(200, 'a'), limits);
        QCOMPARE(p.outcome, Outcome::Refused);
        QCOMPARE(p.status, 414);
        QVERIFY(p.closeAfter);
        p = parse("GET /" + QByteArray(90, 'a'), limits);
        QCOMPARE(p.outcome, Outcome::Incomplete);
        // Headers that never end, or too many of them.
        const QByteArray line = "GET /" + kSecret + "/1/0/0.png HTTP/1.1\r\n";
        p = parse(line + QByteArray("X-Pad: ").append(QByteArray(500, 'p')), limits);
        QCOMPARE(p.status, 431);
        QVERIFY(p.closeAfter);
        p = parse(line + QByteArray("X-A: 1\r\n").repeated(6) + "\r\n", limits);
        QCOMPARE(p.status, 431);
        p = parse(line + QByteArray("X-A: 1\r\n").repeated(5) + "\r\n", limits);
        QCOMPARE(p.outcome, Outcome::Request);
        // An incomplete head within the limits waits for more.
        p = parse(line + "Host: x\r\n", limits);
        QCOMPARE(p.outcome, Outcome::Incomplete);
        QCOMPARE(p.consumed, 0);
    }

    void pipelinedRequestsOneAtATime()
    {
        const QByteArray a = "GET /" + kSecret + "/1/0/0.png HTTP/1.1\r\n\r\n";
        const QByteArray b = "HEAD /" + kSecret + "/1/1/0.png HTTP/1.1\r\n\r\n";
        // Stray blank lines between requests are dropped, not taken for a request.
        QByteArray buffer = "\r\n" + a + "\r\n" + b + "GET /" + kSecret;
        auto p = parse(buffer);
        QCOMPARE(p.outcome, Outcome::Request);
        QCOMPARE(p.request.tile, (TileId { 1, 0, 0 }));
        buffer.remove(0, p.consumed);
        p = parse(buffer);
        QCOMPARE(p.outcome, Outcome::Request);
        QCOMPARE(p.request.method, TileRequest::Method::Head);
        QCOMPARE(p.request.tile, (TileId { 1, 1, 0 }));
        buffer.remove(0, p.consumed);
        QCOMPARE(buffer, "GET /" + kSecret);
        QCOMPARE(parse(buffer).outcome, Outcome::Incomplete);
        // Only blank lines: dropped.
        p = parse("\r\n\r\n\n");
        QCOMPARE(p.outcome, Outcome::Incomplete);
        QCOMPARE(p.consumed, 5);
    }
};

QTEST_APPLESS_MAIN(TestTileRequestParser)
#include "tst_tile_request_parser.moc"
