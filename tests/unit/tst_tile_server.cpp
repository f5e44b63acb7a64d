// The loopback tile service, spoken to over plain QTcpSockets the way QtLocation's osm plugin
// does (GET /SECRET/Z/X/Y.png, keep-alive, several connections at once) and the way a hostile
// local client or web page would: no or a wrong secret, HEAD, pipelining, heads that never
// end, floods of connections, clients that drip bytes or never read their answers.
#include "BaseMap.h"
#include "TileRenderer.h"
#include "TileServer.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <optional>

using namespace wf::maps;

namespace {

struct Response
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
};

// Reads one HTTP/1.1 response with a Content-Length from the socket.
std::optional<Response> readResponse(
    QTcpSocket &s, QByteArray &buffer, int timeoutMs = 10000, bool headOnly = false)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        const int headerEnd = int(buffer.indexOf("\r\n\r\n"));
        if (headerEnd >= 0) {
            const QByteArray head = buffer.left(headerEnd);
            Response r;
            qsizetype length = -1;
            const auto lines = head.split('\n');
            const auto statusLine = lines.value(0).trimmed().split(' ');
            r.status = statusLine.value(1).toInt();
            for (const auto &l : lines) {
                const auto line = l.trimmed();
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
                if (line.toLower().startsWith("content-type:"))
                    r.contentType = line.mid(13).trimmed();
            }
            if (headOnly && length >= 0) { // the length of a body that is not sent
                buffer.remove(0, headerEnd + 4);
                r.body = QByteArray::number(length);
                return r;
            }
            if (length >= 0 && buffer.size() >= headerEnd + 4 + length) {
                r.body = buffer.mid(headerEnd + 4, length);
                buffer.remove(0, headerEnd + 4 + length);
                return r;
            }
        }
        // The server lives on this thread: spin the event loop rather than block in waitForReadyRead.
        QTest::qWait(5);
        buffer += s.readAll();
        if (s.state() != QAbstractSocket::ConnectedState && s.bytesAvailable() == 0
            && !buffer.contains("\r\n\r\n"))
            return std::nullopt;
    }
    return std::nullopt;
}

// Waits, with the event loop running (the server is on this thread), until f() holds.
template<typename F> bool waitFor(F f, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!f()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QTest::qWait(10);
    }
    return true;
}

} // namespace

class TestTileServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_map.loadFolder(QStringLiteral(WATCHFLOOR_SOURCE_DIR "/resources/basemap"), &error),
            qPrintable(error));
        m_renderer = std::make_shared<const TileRenderer>(m_map, TileRenderer::Language::Chinese);
        m_server = std::make_unique<TileServer>(m_renderer);
        QVERIFY2(m_server->listen(&error), qPrintable(error));
        QVERIFY(m_server->port() > 0);
        // The map's custom host carries the per-start secret: 128 random bits, hex.
        QCOMPARE(m_server->secret().size(), 32);
        QCOMPARE(m_server->baseUrl(),
            QStringLiteral("http://127.0.0.1:%1/%2/")
                .arg(m_server->port())
                .arg(QString::fromLatin1(m_server->secret())));
        const TileServer other(nullptr);
        QVERIFY(other.secret() != m_server->secret());
    }

    void validTileIsPng()
    {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(s.waitForConnected(5000));
        s.write("GET " + path("10/837/420.png") + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: test\r\n\r\n");
        QByteArray buffer;
        const auto r = readResponse(s, buffer);
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        QCOMPARE(r->contentType, QByteArray("image/png"));
        QVERIFY(r->body.startsWith("\x89PNG"));
        const QImage img = QImage::fromData(r->body, "PNG");
        QCOMPARE(img.size(), QSize(256, 256));
    }

    void junkIs404_data()
    {
        QTest::addColumn<QByteArray>("tile");
        QTest::newRow("not a tile") << QByteArray("favicon.ico");
        QTest::newRow("x out of range") << QByteArray("3/8/0.png");
        QTest::newRow("zoom too deep") << QByteArray("23/0/0.png");
        QTest::newRow("negative") << QByteArray("5/-1/2.png");
        QTest::newRow("path traversal") << QByteArray("../../etc/passwd");
    }

    void junkIs404()
    {
        QFETCH(QByteArray, tile);
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(s.waitForConnected(5000));
        s.write("GET " + path(tile) + " HTTP/1.1\r\n\r\n");
        QByteArray buffer;
        const auto r = readResponse(s, buffer);
        QVERIFY(r);
        QCOMPARE(r->status, 404);
    }

    void otherMethodsRefused()
    {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(s.waitForConnected(5000));
        s.write("DELETE " + path("1/0/0.png") + " HTTP/1.1\r\n\r\n");
        QByteArray buffer;
        const auto r = readResponse(s, buffer);
        QVERIFY(r);
        QCOMPARE(r->status, 405);
    }

    void withoutTheSecretNothingIsServed_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::newRow("no secret") << QByteArray("/10/837/420.png");
        QTest::newRow("another start's secret")
            << QByteArray("/00000000000000000000000000000000/10/837/420.png");
        QTest::newRow("the right secret, no tile") << QByteArray("/SECRET");
    }
    void withoutTheSecretNothingIsServed()
    {
        QFETCH(QByteArray, target);
        target.replace("SECRET", m_server->secret());
        const qint64 served = m_server->tilesServed();
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(s.waitForConnected(5000));
        // What a web page's <img src="http://127.0.0.1:PORT/10/837/420.png"> would send.
        s.write("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: http://evil.example\r\n\r\n");
        QByteArray buffer;
        const auto r = readResponse(s, buffer);
        QVERIFY(r);
        QCOMPARE(r->status, 403);
        QVERIFY(!r->body.contains("PNG"));
        QCOMPARE(m_server->tilesServed(), served);
    }

    void headAnswersWithoutABody()
    {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(s.waitForConnected(5000));
        // HEAD, then GET on the same connection: the GET's answer must follow the HEAD's head
        // directly, or the client reads the body as the next answer.
        s.write("HEAD " + path("11/1674/840.png") + " HTTP/1.1\r\n\r\nGET " + path("11/1674/840.png")
            + " HTTP/1.1\r\n\r\n");
        QByteArray buffer;
        const auto head = readResponse(s, buffer, 10000, true);
        QVERIFY(head);
        QCOMPARE(head->status, 200);
        QCOMPARE(head->contentType, QByteArray("image/png"));
        QVERIFY(head->body.toLongLong() > 100); // Content-Length of the PNG it would send
        QVERIFY(waitFor([&] { return (buffer += s.readAll()).size() >= 8; }, 10000));
        QVERIFY2(buffer.startsWith("HTTP/1.1 200"), buffer.left(40).constData());
        const auto get = readResponse(s, buffer);
        QVERIFY(get);
        QCOMPARE(get->body.size(), head->body.toLongLong());
        QVERIFY(get->body.startsWith("\x89PNG"));
    }

    void pipelinedRequestsAreAnsweredInOrder()
    {
        // A tile that is cached, then one that must be rendered first, junk, and a HEAD: the
        // answers come in the order asked, whatever is ready first.
        const QByteArray cached = "13/6697/3364.png", fresh = "13/6698/3364.png";
        QTcpSocket warm;
        warm.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(warm.waitForConnected(5000));
        warm.write("GET " + path(cached) + " HTTP/1.1\r\n\r\n");
        QByteArray warmBuffer;
        const auto cachedAnswer = readResponse(warm, warmBuffer);
        QVERIFY(cachedAnswer && cachedAnswer->status == 200);

        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(s.waitForConnected(5000));
        s.write("GET " + path(fresh) + " HTTP/1.1\r\n\r\nGET " + path(cached) + " HTTP/1.1\r\n\r\nGET "
            + path("nope") + " HTTP/1.1\r\n\r\nGET " + path(fresh) + " HTTP/1.1\r\n\r\n");
        QByteArray buffer;
        QList<Response> answers;
        for (int i = 0; i < 4; ++i) {
            const auto r = readResponse(s, buffer);
            QVERIFY(r);
            answers.append(*r);
        }
        QCOMPARE(answers[0].status, 200);
        QCOMPARE(answers[1].status, 200);
        QCOMPARE(answers[2].status, 404);
        QCOMPARE(answers[3].status, 200);
        QCOMPARE(answers[1].body, cachedAnswer->body);
        QVERIFY(answers[0].body != cachedAnswer->body); // the fresh tile, not the cached one
        QCOMPARE(answers[3].body, answers[0].body);
    }

    void overlongHeadsAreRefusedAndClosed_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("request line") << QByteArray("GET /" + QByteArray(100000, 'a')) << 414;
        QTest::newRow("headers") << QByteArray(
            "GET /x/1/0/0.png HTTP/1.1\r\n" + QByteArray("X-Pad: 0123456789abcdef\r\n").repeated(5000))
                                 << 431;
    }
    void overlongHeadsAreRefusedAndClosed()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        TileServer server(m_renderer);
        QString error;
        QVERIFY(server.listen(&error));
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(s.waitForConnected(5000));
        s.write(request); // never finished: the server must not wait for the end
        QByteArray buffer;
        const auto r = readResponse(s, buffer);
        QVERIFY(r);
        QCOMPARE(r->status, status);
        QVERIFY(waitFor([&] { return s.state() == QAbstractSocket::UnconnectedState; }, 5000));
        // The server goes on serving others.
        QTcpSocket other;
        other.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(other.waitForConnected(5000));
        other.write("GET " + server.secret().prepend('/') + "/1/0/0.png HTTP/1.1\r\n\r\n");
        QByteArray otherBuffer;
        const auto ok = readResponse(other, otherBuffer);
        QVERIFY(ok);
        QCOMPARE(ok->status, 200);
    }

    void aFloodOfConnectionsIsBoundedAndPasses()
    {
        TileServer server(m_renderer);
        TileServer::Limits limits;
        limits.maxConnections = 8;
        limits.idleMs = 600;
        server.setLimits(limits);
        QString error;
        QVERIFY(server.listen(&error));
        // 120 connections that never send anything, as a script or a web page could open
        // (the kernel's listen queue holds some back; those come in later, as retries).
        std::vector<std::unique_ptr<QTcpSocket>> flood;
        for (int i = 0; i < 120; ++i) {
            flood.push_back(std::make_unique<QTcpSocket>());
            flood.back()->connectToHost(QHostAddress::LocalHost, server.port());
        }
        int most = 0;
        // Connections past the limit are closed at once; never more than the limit are open, and
        // the silent ones that got in are closed after the idle time.
        QVERIFY2(waitFor(
                     [&] {
                         most = std::max(most, server.openConnections());
                         return server.refusedConnections() >= 50 && server.openConnections() == 0;
                     },
                     20000),
            qPrintable(QStringLiteral("%1 refused, %2 open")
                    .arg(server.refusedConnections())
                    .arg(server.openConnections())));
        QVERIFY2(most <= 8, qPrintable(QString::number(most)));
        // The flood ends (what the kernel still held comes in and goes); the map is served again.
        flood.clear();
        QTest::qWait(2 * limits.idleMs);
        QVERIFY(waitFor([&] { return server.openConnections() == 0; }, 5000));
        QTcpSocket map;
        map.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(map.waitForConnected(5000));
        map.write("GET /" + server.secret() + "/2/3/1.png HTTP/1.1\r\n\r\n");
        QByteArray buffer;
        const auto r = readResponse(map, buffer);
        QVERIFY(r);
        QCOMPARE(r->status, 200);
    }

    void aDrippingClientIsCutOff()
    {
        TileServer server(m_renderer);
        TileServer::Limits limits;
        limits.idleMs = 500;
        server.setLimits(limits);
        QString error;
        QVERIFY(server.listen(&error));
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(s.waitForConnected(5000));
        // A head that grows by a byte every 50 ms and never ends: every byte is "activity",
        // but no request ever completes.
        s.write("GET /" + server.secret() + "/1/0/0.png HTTP/1.1\r\nX-Slow: ");
        QElapsedTimer timer;
        timer.start();
        while (s.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 5000) {
            s.write("a");
            QTest::qWait(50);
        }
        QCOMPARE(s.state(), QAbstractSocket::UnconnectedState);
        QVERIFY(timer.elapsed() < 2000);
    }

    void aClientThatDoesNotReadIsNotBuffered()
    {
        TileServer server(m_renderer);
        TileServer::Limits limits;
        limits.maxQueued = 4;
        limits.maxUnsentBytes = 64 * 1024;
        server.setLimits(limits);
        QString error;
        QVERIFY(server.listen(&error));
        // A detailed tile (Wuhan at z10, tens of KB), asked for many times on one connection by
        // a client that takes almost nothing of what it is sent.
        const QByteArray request = "GET /" + server.secret() + "/10/837/420.png HTTP/1.1\r\n\r\n";
        QTcpSocket greedy;
        greedy.setReadBufferSize(1);
        greedy.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(greedy.waitForConnected(5000));
        constexpr int kRequests = 800;
        greedy.write(request.repeated(kRequests));
        QTest::qWait(2000);
        // The server stops making answers nobody takes: it holds no more than its limit (plus
        // the answer that crossed it and one request head) and has not answered everything.
        const qint64 bound = limits.maxUnsentBytes + 512 * 1024 + limits.request.maxHeaderBytes;
        QVERIFY2(server.bufferedBytes() <= bound, qPrintable(QString::number(server.bufferedBytes())));
        QVERIFY2(server.tilesServed() < kRequests, qPrintable(QString::number(server.tilesServed())));
        // Another client is served meanwhile.
        QTcpSocket other;
        other.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(other.waitForConnected(5000));
        other.write(request);
        QByteArray otherBuffer;
        const auto r = readResponse(other, otherBuffer);
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        // Once the client reads, every answer arrives.
        greedy.setReadBufferSize(0);
        QByteArray buffer;
        for (int i = 0; i < kRequests; ++i) {
            const auto a = readResponse(greedy, buffer, 20000);
            QVERIFY2(a, qPrintable(QString::number(i)));
            QCOMPARE(a->status, 200);
        }
    }

    void concurrentRequests()
    {
        // 24 connections at once, asking for 12 distinct tiles twice each: every one gets a PNG.
        constexpr int kClients = 24;
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        std::vector<QByteArray> buffers(kClients);
        for (int i = 0; i < kClients; ++i) {
            auto s = std::make_unique<QTcpSocket>();
            s->connectToHost(QHostAddress::LocalHost, m_server->port());
            sockets.push_back(std::move(s));
        }
        for (int i = 0; i < kClients; ++i) {
            QVERIFY(sockets[i]->waitForConnected(5000));
            const int x = 3344 + (i % 12);
            sockets[i]->write("GET " + path(QByteArray::number(x).prepend("12/").append("/1682.png"))
                + " HTTP/1.1\r\n\r\n");
            sockets[i]->flush();
        }
        const qint64 servedBefore = m_server->tilesServed();
        int ok = 0;
        QElapsedTimer timer;
        timer.start();
        std::vector<bool> done(kClients, false);
        while (ok < kClients && timer.elapsed() < 30000) {
            QTest::qWait(20);
            for (int i = 0; i < kClients; ++i) {
                if (done[i])
                    continue;
                buffers[i] += sockets[i]->readAll();
                const int headerEnd = int(buffers[i].indexOf("\r\n\r\n"));
                if (headerEnd < 0)
                    continue;
                const auto head = buffers[i].left(headerEnd);
                const int lenAt = int(head.toLower().indexOf("content-length:"));
                const qsizetype len
                    = head.mid(lenAt + 15, head.indexOf('\r', lenAt) - lenAt - 15).trimmed().toLongLong();
                if (buffers[i].size() < headerEnd + 4 + len)
                    continue;
                QVERIFY(head.startsWith("HTTP/1.1 200"));
                QVERIFY(!QImage::fromData(buffers[i].mid(headerEnd + 4, len), "PNG").isNull());
                done[i] = true;
                ++ok;
            }
        }
        QCOMPARE(ok, kClients);
        QCOMPARE(m_server->tilesServed() - servedBefore, qint64(kClients));
    }

    void clientHangingUpMidRenderIsHarmless()
    {
        {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, m_server->port());
            QVERIFY(s.waitForConnected(5000));
            s.write("GET " + path("14/13390/6730.png") + " HTTP/1.1\r\n\r\n");
            s.flush();
            s.waitForBytesWritten(1000);
        } // closed before the tile is rendered
        QTest::qWait(500);
        // The server still answers.
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(s.waitForConnected(5000));
        s.write("GET " + path("14/13390/6730.png") + " HTTP/1.1\r\n\r\n");
        QByteArray buffer;
        const auto r = readResponse(s, buffer);
        QVERIFY(r);
        QCOMPARE(r->status, 200);
    }

private:
    // The path of a tile on the shared server, with its secret.
    QByteArray path(const QByteArray &tile) const { return "/" + m_server->secret() + "/" + tile; }

    BaseMap m_map;
    std::shared_ptr<const TileRenderer> m_renderer;
    std::unique_ptr<TileServer> m_server;
};

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestTileServer test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_tile_server.moc"
