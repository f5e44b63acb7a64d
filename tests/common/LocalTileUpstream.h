#pragma once

// A real HTTP tile server on loopback for tests of the upstream path: GET /Z/X/Y.png answers a
// small PNG, or a fault chosen by the test: HTTP 500 or 404, a body that is not an image, no
// answer at all, a valid PNG dripped a byte every 50 ms, a body of 64 MB (announced in
// Content-Length or not), a PNG labelled text/html, or a redirect (to redirectTarget, e.g.
// another host, or to /moved/Z/X/Y.png on this server, which is then served). It runs on its
// own thread so that a test can block (QProcess::waitForFinished) while the code under test
// talks to it. It counts requests and keeps the User-Agent it saw.
#include <QBuffer>
#include <QImage>
#include <QMutex>
#include <QRegularExpression>
#include <QSemaphore>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <memory>

class LocalTileUpstream : public QThread
{
public:
    enum class Mode {
        Ok,
        Error500,
        NotFound,
        Garbage,
        Silent,
        Drip,
        Huge,
        HugeUnannounced,
        WrongType,
        Redirect,
        RedirectHere,
    };

    // noisyTiles: every tile is random noise (about 200 KB of PNG) instead of a flat colour
    // (about 1 KB), for filling a cache quickly.
    explicit LocalTileUpstream(bool noisyTiles = false)
    {
        QImage img(256, 256, QImage::Format_RGB32);
        img.fill(QColor(40, 120, 200));
        if (noisyTiles) {
            quint32 state = 12345;
            for (int y = 0; y < img.height(); ++y) {
                auto *line = reinterpret_cast<quint32 *>(img.scanLine(y));
                for (int x = 0; x < img.width(); ++x) {
                    state = state * 1664525u + 1013904223u;
                    line[x] = 0xff000000u | (state >> 8);
                }
            }
        }
        QBuffer buf(&m_png);
        buf.open(QIODevice::WriteOnly);
        img.save(&buf, "PNG");
        start();
        m_ready.acquire();
    }
    ~LocalTileUpstream() override
    {
        quit();
        wait();
    }

    quint16 port() const { return m_port; }
    QString urlTemplate() const { return QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(m_port); }
    QByteArray png() const { return m_png; }

    std::atomic<Mode> mode { Mode::Ok };
    std::atomic<int> requests { 0 };

    // Where Mode::Redirect sends the client.
    void setRedirectTarget(const QByteArray &url)
    {
        QMutexLocker lock(&m_mutex);
        m_redirectTarget = url;
    }

    QByteArray lastUserAgent() const
    {
        QMutexLocker lock(&m_mutex);
        return m_userAgent;
    }
    QStringList paths() const
    {
        QMutexLocker lock(&m_mutex);
        return m_paths;
    }
    void resetCounts()
    {
        QMutexLocker lock(&m_mutex);
        m_paths.clear();
        requests = 0;
    }

protected:
    void run() override
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        m_port = server.serverPort();
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                QObject::connect(s, &QTcpSocket::disconnected, s, [this, s] {
                    m_buffers.remove(s);
                    s->deleteLater();
                });
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s] { serve(s); });
            }
        });
        m_ready.release();
        exec();
    }

private:
    void serve(QTcpSocket *s)
    {
        QByteArray &buffer = m_buffers[s];
        buffer += s->readAll();
        int end;
        while ((end = int(buffer.indexOf("\r\n\r\n"))) >= 0) {
            const QByteArray head = buffer.left(end);
            buffer.remove(0, end + 4);
            const auto lines = head.split('\n');
            const QByteArray path = lines.value(0).split(' ').value(1);
            {
                QMutexLocker lock(&m_mutex);
                m_paths.append(QString::fromLatin1(path));
                for (const auto &l : lines) {
                    if (l.toLower().startsWith("user-agent:"))
                        m_userAgent = l.mid(11).trimmed();
                }
            }
            ++requests;
            static const QRegularExpression tile(QStringLiteral("^/\\d+/\\d+/\\d+\\.png$"));
            static const QRegularExpression moved(QStringLiteral("^/moved/\\d+/\\d+/\\d+\\.png$"));
            const QString p = QString::fromLatin1(path);
            if (moved.match(p).hasMatch()) {
                reply(s, "200 OK", "image/png", m_png);
                continue;
            }
            const Mode m = tile.match(p).hasMatch() ? mode.load() : Mode::NotFound;
            switch (m) {
            case Mode::Ok:
                reply(s, "200 OK", "image/png", m_png);
                break;
            case Mode::Error500:
                reply(s, "500 Internal Server Error", "text/plain", "broken\n");
                break;
            case Mode::NotFound:
                reply(s, "404 Not Found", "text/plain", "no\n");
                break;
            case Mode::Garbage:
                reply(s, "200 OK", "image/png", QByteArray("\x89PNG but not really").repeated(20));
                break;
            case Mode::Silent:
                break; // keep the connection, never answer
            case Mode::Drip:
                drip(s);
                break;
            case Mode::Huge:
            case Mode::HugeUnannounced:
                flood(s, m == Mode::Huge);
                break;
            case Mode::WrongType: // a good PNG, but a server that says it is a web page
                reply(s, "200 OK", "text/html; charset=utf-8", m_png);
                break;
            case Mode::Redirect: {
                QMutexLocker lock(&m_mutex);
                s->write(
                    "HTTP/1.1 302 Found\r\nLocation: " + m_redirectTarget + "\r\nContent-Length: 0\r\n\r\n");
                break;
            }
            case Mode::RedirectHere:
                s->write("HTTP/1.1 301 Moved Permanently\r\nLocation: /moved" + path
                    + "\r\nContent-Length: 0\r\n\r\n");
                break;
            }
        }
    }
    // The PNG, announced in full, one byte every 50 ms: the connection is never idle long
    // enough for a timeout between packets, and the body never ends in a test's lifetime.
    void drip(QTcpSocket *s)
    {
        s->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: "
            + QByteArray::number(m_png.size()) + "\r\n\r\n");
        auto *timer = new QTimer(s);
        auto sent = std::make_shared<qsizetype>(0);
        QObject::connect(timer, &QTimer::timeout, s, [this, s, sent] {
            if (*sent < m_png.size())
                s->write(m_png.mid((*sent)++, 1));
        });
        timer->start(50);
    }
    // 64 MB of PNG-looking bytes, written as the client takes them.
    void flood(QTcpSocket *s, bool announced)
    {
        constexpr qint64 kTotal = 64LL * 1024 * 1024;
        s->write(QByteArray("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n")
            + (announced ? "Content-Length: " + QByteArray::number(kTotal) + "\r\n"
                         : QByteArray("Connection: close\r\n"))
            + "\r\n");
        auto left = std::make_shared<qint64>(kTotal);
        const QByteArray chunk = m_png.left(8) + QByteArray(64 * 1024 - 8, 'x');
        auto more = [s, left, chunk] {
            while (*left > 0 && s->bytesToWrite() < 256 * 1024) {
                s->write(chunk);
                *left -= chunk.size();
            }
            if (*left <= 0)
                s->disconnectFromHost();
        };
        QObject::connect(s, &QTcpSocket::bytesWritten, s, more);
        more();
    }
    static void reply(QTcpSocket *s, const char *status, const char *type, const QByteArray &body)
    {
        s->write(QByteArray("HTTP/1.1 ") + status + "\r\nContent-Type: " + type
            + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

    QByteArray m_png;
    QSemaphore m_ready;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QByteArray m_userAgent;
    QStringList m_paths;
    QByteArray m_redirectTarget;
    QHash<QTcpSocket *, QByteArray> m_buffers; // server thread only
};
