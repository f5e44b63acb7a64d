#include "TileServer.h"

#include <QRegularExpression>
#include <QTcpSocket>

namespace wf::maps {

namespace {
quint64 keyOf(TileId t)
{
    return (quint64(t.z) << 58) | (quint64(t.x) << 29) | quint64(t.y);
}
} // namespace

TileServer::TileServer(std::shared_ptr<const TileRenderer> renderer, TileSourceConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    qRegisterMetaType<wf::maps::TileId>();
    m_cache.setMaxCost(64 * 1024 * 1024); // bytes of PNG
    m_thread.setObjectName(QStringLiteral("tile source"));
    m_source = new TileSource(m_config, std::move(renderer));
    m_source->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_source, &QObject::deleteLater);
    connect(m_source, &TileSource::ready, this, [this](TileId t, const QByteArray &png) { deliver(t, png); });
    connect(m_source, &TileSource::failed, this, &TileServer::fail);
    m_thread.start();
    // The cache's connection belongs to the worker thread: open it there, and wait, so that
    // the caller knows at once whether the cache is usable.
    QMetaObject::invokeMethod(
        m_source, [this] { m_source->openCache(&m_cacheError); }, Qt::BlockingQueuedConnection);
    connect(&m_server, &QTcpServer::newConnection, this, &TileServer::onConnection);
}

TileServer::~TileServer()
{
    m_thread.quit();
    m_thread.wait();
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
            continue; // already being fetched
        QMetaObject::invokeMethod(m_source, [source = m_source, tile] { source->request(tile); });
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

void TileServer::fail(TileId tile, const QString &reason)
{
    ++m_failed;
    m_lastFailure = QStringLiteral("%1/%2/%3: %4").arg(tile.z).arg(tile.x).arg(tile.y).arg(reason);
    const auto waiting = m_waiting.take(keyOf(tile));
    for (const auto &socket : waiting) {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            reply(socket, 404, "text/plain", "tile unavailable\n");
    }
    emit failedTilesChanged();
}

void TileServer::reply(QTcpSocket *socket, int status, const QByteArray &type, const QByteArray &body)
{
    const QByteArray reason = status == 200 ? "OK" : status == 404 ? "Not Found" : "Method Not Allowed";
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: " + type
        + "\r\nContent-Length: "
        + QByteArray::number(body.size())
        // A missing tile may come back (the upstream recovers): do not let the client keep the 404.
        + (status == 200 ? "\r\nCache-Control: max-age=3600" : "\r\nCache-Control: no-store")
        + "\r\nConnection: keep-alive\r\n\r\n";
    socket->write(head + body);
    if (status == 200)
        ++m_served;
}

} // namespace wf::maps
