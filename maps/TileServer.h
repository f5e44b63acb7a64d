#pragma once

#include "TileRenderer.h"
#include "TileRequestParser.h"
#include "TileSource.h"

#include <QCache>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QThread>
#include <memory>

class QTcpSocket;

namespace wf::maps {

// Serves base-map tiles on loopback as http://127.0.0.1:PORT/SECRET/Z/X/Y.png, the form
// QtLocation's osm plugin asks a custom host for (baseUrl() is that host). SECRET is made anew
// at every start, so that neither another local user nor a web page (any page can make the
// browser ask 127.0.0.1) can make the server fetch and cache tiles. The tiles come from a
// TileSource (disk cache, upstream server or the embedded renderer) on a worker thread, never
// from the thread that owns the server (the UI thread). A tile the source cannot get is
// answered 404, so the map shows it as missing, and counted.
//
// Every connection is bounded: its head must fit the request limits, it holds at most
// maxQueued unanswered requests and maxUnsentBytes of answers the client has not taken (it is
// not read meanwhile), it closes after idleMs without a whole request, and there are at most
// maxConnections at once (more are closed at once). Pipelined requests are answered in order.
class TileServer : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        int maxConnections = 64; // QtLocation opens about six
        int idleMs = 30000;
        TileRequestLimits request;
        int maxQueued = 32;
        qint64 maxUnsentBytes = 4 * 1024 * 1024;
    };

    explicit TileServer(std::shared_ptr<const TileRenderer> renderer, TileSourceConfig config = {},
        QObject *parent = nullptr);
    ~TileServer() override;

    void setLimits(const Limits &limits) { m_limits = limits; } // before listen()
    const Limits &limits() const { return m_limits; }
    bool listen(QString *error); // any free port on 127.0.0.1
    QString baseUrl() const; // with the secret and a trailing slash
    quint16 port() const;
    QByteArray secret() const { return m_secret; }

    const TileSourceConfig &config() const { return m_config; }
    // Why the configured disk cache is not in use; empty when it is (or none is configured).
    QString cacheError() const { return m_cacheError; }
    bool hasCache() const { return !m_config.cachePath.isEmpty() && m_cacheError.isEmpty(); }

    qint64 tilesServed() const { return m_served; }
    qint64 badRequests() const { return m_badRequests; }
    qint64 failedTiles() const { return m_failed; }
    QString lastFailure() const { return m_lastFailure; }
    int openConnections() const { return int(m_connections.size()); }
    // What the server holds for its clients: unread request bytes and answers not yet taken.
    qint64 bufferedBytes() const;
    qint64 refusedConnections() const { return m_refusedConnections; }

    // Forget the tiles held in memory, e.g. after tiles were imported into the disk cache.
    void clearMemoryCache() { m_cache.clear(); }

signals:
    void failedTilesChanged();

private:
    class Connection;
    void onConnection();
    void read(Connection *c);
    void answer(Connection *c, const TileRequestParse &parsed);
    void flush(Connection *c);
    void drop(Connection *c);
    void deliver(TileId tile, const QByteArray &png);
    void fail(TileId tile, const QString &reason);
    void settle(quint64 key, int status, const QByteArray &body);

    TileSourceConfig m_config;
    Limits m_limits;
    QByteArray m_secret;
    QThread m_thread;
    TileSource *m_source = nullptr; // lives on m_thread
    QString m_cacheError;
    QTcpServer m_server;
    QCache<quint64, QByteArray> m_cache;
    QList<Connection *> m_connections; // owned
    QHash<quint64, QList<QPointer<Connection>>> m_waiting; // tile being fetched -> who asked
    qint64 m_served = 0;
    qint64 m_badRequests = 0;
    qint64 m_failed = 0;
    qint64 m_refusedConnections = 0;
    QString m_lastFailure;
};

} // namespace wf::maps
