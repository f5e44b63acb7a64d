#pragma once

// A real HTTP tile server on loopback for tests of the upstream path: GET /Z/X/Y.png answers a
// small PNG, or a fault chosen by the test (HTTP 500, 404, a body that is not an image, or no
// answer at all). It runs on its own thread so that a test can block (QProcess::waitForFinished)
// while the code under test talks to it. It counts requests and keeps the User-Agent it saw.
#include <QBuffer>
#include <QImage>
#include <QMutex>
#include <QRegularExpression>
#include <QSemaphore>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <atomic>

class LocalTileUpstream : public QThread
{
public:
    enum class Mode { Ok, Error500, NotFound, Garbage, Silent };

    LocalTileUpstream()
    {
        QImage img(256, 256, QImage::Format_RGB32);
        img.fill(QColor(40, 120, 200));
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
            const Mode m = tile.match(QString::fromLatin1(path)).hasMatch() ? mode.load() : Mode::NotFound;
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
            }
        }
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
    QHash<QTcpSocket *, QByteArray> m_buffers; // server thread only
};
