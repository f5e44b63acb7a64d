#include "TileServer.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QTcpSocket>

namespace wf::maps {

namespace {
quint64 keyOf(TileId t)
{
    return (quint64(t.z) << 58) | (quint64(t.x) << 29) | quint64(t.y);
}
} // namespace

TileServer::TileServer(std::shared_ptr<const TileRenderer> renderer, QObject *parent)
    : QObject(parent)
    , m_renderer(std::move(renderer))
{
    m_cache.setMaxCost(64 * 1024 * 1024); // bytes of PNG
    // Leave a core for the UI and the simulation on small machines.
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
    connect(&m_server, &QTcpServer::newConnection, this, &TileServer::onConnection);
}

TileServer::~TileServer()
{
    m_pool.waitForDone();
}

bool TileServer::listen(QString *error)
{
    if (!m_server.listen(QHostAddress::LocalHost, 0)) {
        *error = QStringLiteral("cannot start the tile service: %1").arg(m_server.errorString());
        return false;
    }
    return true;
}

QString TileServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/").arg(m_server.serverPort());
}

quint16 TileServer::port() const
{
    return m_server.serverPort();
}

void TileServer::onConnection()
{
    while (auto *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void TileServer::onReadyRead(QTcpSocket *socket)
{
    // Keep-alive clients send several requests on one socket; answer each complete one.
    while (socket->canReadLine()) {
        const QByteArray line = socket->readLine().trimmed();
        if (line.isEmpty())
            continue; // end of headers of a request already answered
        if (!line.startsWith("GET ") && !line.startsWith("HEAD ")) {
            if (line.contains(':'))
                continue; // a header line
            ++m_badRequests;
            reply(socket, 405, "text/plain", "only GET\n");
            continue;
        }
        static const QRegularExpression re(
            QStringLiteral("^(?:GET|HEAD) /(\\d{1,2})/(\\d{1,8})/(\\d{1,8})\\.png"));
        const auto m = re.match(QString::fromLatin1(line));
        const TileId tile = m.hasMatch()
            ? TileId { m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt() }
            : TileId { -1, 0, 0 };
        if (!validTile(tile)) {
            ++m_badRequests;
            reply(socket, 404, "text/plain", "no such tile\n");
            continue;
        }
        const quint64 key = keyOf(tile);
        if (const auto *png = m_cache.object(key)) {
            reply(socket, 200, "image/png", *png);
            continue;
        }
        auto &waiting = m_waiting[key];
        waiting.append(socket);
        if (waiting.size() > 1)
            continue; // already rendering
        m_pool.start([this, tile, renderer = m_renderer] {
            const QImage img = renderer->render(tile);
            QByteArray png;
            QBuffer buf(&png);
            buf.open(QIODevice::WriteOnly);
            img.save(&buf, "PNG");
            QMetaObject::invokeMethod(this, [this, tile, png] { deliver(tile, png); }, Qt::QueuedConnection);
        });
    }
}

void TileServer::deliver(TileId tile, const QByteArray &png)
{
    const quint64 key = keyOf(tile);
    m_cache.insert(key, new QByteArray(png), int(png.size()));
    const auto waiting = m_waiting.take(key);
    for (const auto &socket : waiting) {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            reply(socket, 200, "image/png", png);
    }
}

void TileServer::reply(QTcpSocket *socket, int status, const QByteArray &type, const QByteArray &body)
{
    const QByteArray reason = status == 200 ? "OK" : status == 404 ? "Not Found" : "Method Not Allowed";
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: " + type
        + "\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nCache-Control: max-age=3600\r\nConnection: keep-alive\r\n\r\n";
    socket->write(head + body);
    if (status == 200)
        ++m_served;
}

} // namespace wf::maps
