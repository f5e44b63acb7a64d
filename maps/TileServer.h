#pragma once

#include "TileRenderer.h"

#include <QCache>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QThreadPool>
#include <memory>

class QTcpSocket;

namespace wf::maps {

// Serves rendered base-map tiles on loopback as http://127.0.0.1:PORT/Z/X/Y.png, the form
// QtLocation's osm plugin asks a custom host for. Rendering runs on a thread pool, never on the
// thread that owns the server (the UI thread).
class TileServer : public QObject
{
    Q_OBJECT
public:
    explicit TileServer(std::shared_ptr<const TileRenderer> renderer, QObject *parent = nullptr);
    ~TileServer() override;

    bool listen(QString *error); // any free port on 127.0.0.1
    QString baseUrl() const; // with trailing slash
    quint16 port() const;

    qint64 tilesServed() const { return m_served; }
    qint64 badRequests() const { return m_badRequests; }

private:
    void onConnection();
    void onReadyRead(QTcpSocket *socket);
    void reply(QTcpSocket *socket, int status, const QByteArray &type, const QByteArray &body);
    void deliver(TileId tile, const QByteArray &png);

    std::shared_ptr<const TileRenderer> m_renderer;
    QTcpServer m_server;
    QThreadPool m_pool;
    QCache<quint64, QByteArray> m_cache;
    QHash<quint64, QList<QPointer<QTcpSocket>>> m_waiting; // tile being rendered -> who asked
    qint64 m_served = 0;
    qint64 m_badRequests = 0;
};

} // namespace wf::maps
