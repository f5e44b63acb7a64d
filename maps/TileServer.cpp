#include "TileServer.h"

#include "TileImageFormat.h"

#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>
#include <deque>

namespace wf::maps {

namespace {

quint64 keyOf(TileId t)
{
    return (quint64(t.z) << 58) | (quint64(t.x) << 29) | quint64(t.y);
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 414:
        return "URI Too Long";
    case 431:
        return "Request Header Fields Too Large";
    case 505:
        return "HTTP Version Not Supported";
    }
    return "Error";
}

// A whole answer; a HEAD gets the same head (with the body's length) and no body.
QByteArray response(int status, const QByteArray &type, const QByteArray &body, bool head, bool close)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
        + "\r\nContent-Type: " + type + "\r\nContent-Length: "
        + QByteArray::number(body.size())
        // A missing tile may come back (the upstream recovers): do not let the client keep the 404.
        + (status == 200 ? "\r\nCache-Control: max-age=3600" : "\r\nCache-Control: no-store")
        + (status == 405 ? "\r\nAllow: GET, HEAD" : "")
        + (close ? "\r\nConnection: close" : "\r\nConnection: keep-alive") + "\r\n\r\n";
    if (!head)
        out += body;
    return out;
}

QByteArray tileResponse(const QByteArray &image, bool head, bool close)
{
    const QByteArray type = tileImageMimeType(tileImageFormat(image));
    return response(200, type.isEmpty() ? QByteArrayLiteral("image/png") : type, image, head, close);
}

} // namespace

// One client connection: what it sent that is not a whole request yet, and its answers in the
// order of its requests (a tile still being fetched holds back the answers behind it).
class TileServer::Connection : public QObject
{
public:
    struct Answer
    {
        quint64 key = 0; // the tile awaited, while !ready
        bool head = false;
        bool closeAfter = false;
        bool ready = false;
        QByteArray bytes;
    };

    explicit Connection(QTcpSocket *s)
        : socket(s)
    {
        socket->setParent(this);
        idle.setSingleShot(true);
    }
    bool awaitsTiles() const
    {
        return std::any_of(answers.begin(), answers.end(), [](const Answer &a) { return !a.ready; });
    }

    QTcpSocket *socket;
    QByteArray buffer;
    std::deque<Answer> answers;
    QTimer idle;
    bool closing = false; // nothing more is read; the connection ends after its answers
};

TileServer::TileServer(std::shared_ptr<const TileRenderer> renderer, TileSourceConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    qRegisterMetaType<wf::maps::TileId>();
    // 128 random bits, new at every start: the URL is the key.
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    m_secret = QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex();
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
    m_server.close();
    for (auto *c : std::as_const(m_connections)) {
        c->socket->disconnect();
        delete c;
    }
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
    return QStringLiteral("http://127.0.0.1:%1/%2/")
        .arg(m_server.serverPort())
        .arg(QLatin1StringView(m_secret));
}

quint16 TileServer::port() const
{
    return m_server.serverPort();
}

qint64 TileServer::bufferedBytes() const
{
    qint64 n = 0;
    for (const auto *c : m_connections) {
        n += c->buffer.size() + c->socket->bytesToWrite() + c->socket->bytesAvailable();
        for (const auto &a : c->answers)
            n += a.bytes.size();
    }
    return n;
}

void TileServer::onConnection()
{
    while (auto *socket = m_server.nextPendingConnection()) {
        if (m_connections.size() >= m_limits.maxConnections) {
            // Closing at once costs nothing; a flood must not grow the server or starve the map
            // (QtLocation keeps its few connections open and comes back for more).
            ++m_refusedConnections;
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto *c = new Connection(socket);
        m_connections.append(c);
        // Qt buffers at most one request head; the rest waits in the kernel (TCP pushes back).
        socket->setReadBufferSize(m_limits.request.maxHeaderBytes + 1);
        connect(socket, &QTcpSocket::readyRead, c, [this, c] { read(c); });
        // Answers taken by the client make room: read on where a full queue stopped.
        connect(socket, &QTcpSocket::bytesWritten, c, [this, c] { read(c); });
        connect(socket, &QTcpSocket::disconnected, c, [this, c] { drop(c); });
        connect(&c->idle, &QTimer::timeout, c, [this, c] {
            if (c->awaitsTiles()) {
                c->idle.start(m_limits.idleMs); // the wait is ours, not the client's
                return;
            }
            // Silent, dripping a head byte by byte, or not taking its answers: gone.
            if (c->socket->bytesToWrite() > 0)
                c->socket->abort();
            else
                c->socket->close();
        });
        c->idle.start(m_limits.idleMs);
    }
}

void TileServer::read(Connection *c)
{
    while (!c->closing) {
        // A client that does not take its answers is not read: its requests wait in the kernel.
        if (qsizetype(c->answers.size()) >= m_limits.maxQueued
            || c->socket->bytesToWrite() >= m_limits.maxUnsentBytes)
            return;
        const qsizetype room = m_limits.request.maxHeaderBytes + 1 - c->buffer.size();
        if (room > 0 && c->socket->bytesAvailable() > 0)
            c->buffer += c->socket->read(room);
        if (c->buffer.isEmpty())
            return;
        const auto parsed = parseTileRequest(c->buffer, m_secret, m_limits.request);
        c->buffer.remove(0, parsed.consumed);
        if (parsed.outcome == TileRequestParse::Outcome::Incomplete) {
            if (parsed.consumed == 0 && (room <= 0 || c->socket->bytesAvailable() == 0))
                return;
            continue;
        }
        c->idle.start(m_limits.idleMs); // a whole request: the client is alive
        answer(c, parsed);
        flush(c);
    }
}

void TileServer::answer(Connection *c, const TileRequestParse &parsed)
{
    Connection::Answer a;
    if (parsed.outcome == TileRequestParse::Outcome::Refused) {
        ++m_badRequests;
        a.ready = true;
        a.closeAfter = parsed.closeAfter;
        a.bytes = response(parsed.status, "text/plain", parsed.reason + '\n', false, parsed.closeAfter);
        c->closing = c->closing || a.closeAfter;
        c->answers.push_back(std::move(a));
        return;
    }
    const TileRequest &r = parsed.request;
    a.key = keyOf(r.tile);
    a.head = r.method == TileRequest::Method::Head;
    a.closeAfter = !r.keepAlive;
    c->closing = c->closing || a.closeAfter;
    if (const auto *image = m_cache.object(a.key)) {
        a.ready = true;
        a.bytes = tileResponse(*image, a.head, a.closeAfter);
        ++m_served;
        c->answers.push_back(std::move(a));
        return;
    }
    const quint64 key = a.key;
    c->answers.push_back(std::move(a));
    const bool beingFetched = m_waiting.contains(key);
    auto &waiting = m_waiting[key];
    if (!waiting.contains(c))
        waiting.append(c);
    if (!beingFetched)
        QMetaObject::invokeMethod(m_source, [source = m_source, tile = r.tile] { source->request(tile); });
}

void TileServer::flush(Connection *c)
{
    while (!c->answers.empty() && c->answers.front().ready) {
        const Connection::Answer a = std::move(c->answers.front());
        c->answers.pop_front();
        c->socket->write(a.bytes);
        if (a.closeAfter) {
            c->closing = true;
            c->answers.clear();
            c->buffer.clear();
            c->socket->disconnectFromHost(); // after the answer has gone out
            return;
        }
    }
}

void TileServer::drop(Connection *c)
{
    if (!m_connections.removeOne(c))
        return;
    c->closing = true;
    c->idle.stop();
    c->deleteLater(); // callers up the stack may still hold it
}

void TileServer::settle(quint64 key, int status, const QByteArray &body)
{
    const auto waiting = m_waiting.take(key);
    for (const auto &c : waiting) {
        if (!c)
            continue; // hung up meanwhile
        for (auto &a : c->answers) {
            if (a.ready || a.key != key)
                continue;
            a.ready = true;
            a.bytes = status == 200 ? tileResponse(body, a.head, a.closeAfter)
                                    : response(status, "text/plain", body, a.head, a.closeAfter);
            if (status == 200)
                ++m_served;
        }
        flush(c);
        read(c); // the queue has room again
    }
}

void TileServer::deliver(TileId tile, const QByteArray &png)
{
    const quint64 key = keyOf(tile);
    m_cache.insert(key, new QByteArray(png), int(png.size()));
    settle(key, 200, png);
}

void TileServer::fail(TileId tile, const QString &reason)
{
    ++m_failed;
    m_lastFailure = QStringLiteral("%1/%2/%3: %4").arg(tile.z).arg(tile.x).arg(tile.y).arg(reason);
    settle(keyOf(tile), 404, "tile unavailable\n");
    emit failedTilesChanged();
}

} // namespace wf::maps
