// The loopback tile service, spoken to over plain QTcpSockets the way QtLocation's osm plugin
// does: GET /Z/X/Y.png, keep-alive, several connections at once.
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
std::optional<Response> readResponse(QTcpSocket &s, QByteArray &buffer, int timeoutMs = 10000)
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
        m_server = std::make_unique<TileServer>(
            std::make_shared<const TileRenderer>(m_map, TileRenderer::Language::Chinese));
        QVERIFY2(m_server->listen(&error), qPrintable(error));
        QVERIFY(m_server->port() > 0);
        QCOMPARE(m_server->baseUrl(), QStringLiteral("http://127.0.0.1:%1/").arg(m_server->port()));
    }

    void validTileIsPng()
    {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(s.waitForConnected(5000));
        s.write("GET /10/837/420.png HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: test\r\n\r\n");
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
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("not a tile") << QByteArray("GET /favicon.ico HTTP/1.1\r\n\r\n");
        QTest::newRow("x out of range") << QByteArray("GET /3/8/0.png HTTP/1.1\r\n\r\n");
        QTest::newRow("zoom too deep") << QByteArray("GET /23/0/0.png HTTP/1.1\r\n\r\n");
        QTest::newRow("negative") << QByteArray("GET /5/-1/2.png HTTP/1.1\r\n\r\n");
        QTest::newRow("path traversal") << QByteArray("GET /../../etc/passwd HTTP/1.1\r\n\r\n");
    }

    void junkIs404()
    {
        QFETCH(QByteArray, request);
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(s.waitForConnected(5000));
        s.write(request);
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
        s.write("DELETE /1/0/0.png HTTP/1.1\r\n\r\n");
        QByteArray buffer;
        const auto r = readResponse(s, buffer);
        QVERIFY(r);
        QCOMPARE(r->status, 405);
    }

    void keepAliveAnswersInOrder()
    {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(s.waitForConnected(5000));
        // Pipelined: a cached tile, junk, and a tile not rendered yet.
        s.write("GET /10/837/420.png HTTP/1.1\r\n\r\nGET /nope HTTP/1.1\r\n\r\nGET /9/418/210.png "
                "HTTP/1.1\r\n\r\n");
        QByteArray buffer;
        QList<int> statuses;
        for (int i = 0; i < 3; ++i) {
            const auto r = readResponse(s, buffer);
            QVERIFY(r);
            statuses.append(r->status);
        }
        // Junk answers at once; the uncached tile follows when rendered.
        QCOMPARE(statuses.count(200), 2);
        QCOMPARE(statuses.count(404), 1);
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
            sockets[i]->write(QStringLiteral("GET /12/%1/1682.png HTTP/1.1\r\n\r\n").arg(x).toLatin1());
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
            s.write("GET /14/13390/6730.png HTTP/1.1\r\n\r\n");
            s.flush();
            s.waitForBytesWritten(1000);
        } // closed before the tile is rendered
        QTest::qWait(500);
        // The server still answers.
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(s.waitForConnected(5000));
        s.write("GET /14/13390/6730.png HTTP/1.1\r\n\r\n");
        QByteArray buffer;
        const auto r = readResponse(s, buffer);
        QVERIFY(r);
        QCOMPARE(r->status, 200);
    }

private:
    BaseMap m_map;
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
