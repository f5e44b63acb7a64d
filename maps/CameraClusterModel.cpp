#include "CameraClusterModel.h"

#include <QMutex>
#include <cmath>

namespace wf::maps {

// Lives on the worker thread with its own database connection. Holds only the newest pending
// request: a pan produces many requests, only the last view matters.
class CameraClusterModel::Worker : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        quint64 serial = 0;
        QRectF box;
        double zoom = 0;
    };

    void openDatabase(const QString &path)
    {
        QString error;
        qint64 count = 0;
        if (!m_index.open(path, &error))
            emit failed(error);
        else
            count = m_index.cameraCount();
        emit opened(count);
    }
    void post(const Request &r)
    {
        {
            QMutexLocker lock(&m_mutex);
            const bool idle = !m_pending;
            m_pending = true;
            m_next = r;
            if (!idle)
                return; // the queued run will pick the newest request
        }
        QMetaObject::invokeMethod(this, &Worker::run, Qt::QueuedConnection);
    }

signals:
    void answered(quint64 serial, const QList<wf::maps::CameraCluster> &clusters, double ms);
    void opened(qint64 count);
    void failed(const QString &message);

private:
    void run()
    {
        Request r;
        {
            QMutexLocker lock(&m_mutex);
            r = m_next;
            m_pending = false;
        }
        if (!m_index.isOpen())
            return;
        QElapsedTimer t;
        t.start();
        QList<CameraCluster> out;
        QString error;
        if (!m_index.query(r.box, r.zoom, &out, &error)) {
            emit failed(error);
            return;
        }
        emit answered(r.serial, out, double(t.nsecsElapsed()) / 1e6);
    }

    CameraIndex m_index;
    QMutex m_mutex;
    bool m_pending = false;
    Request m_next;
};

QString CameraClusterModel::compactCount(qint64 count)
{
    if (count < 1000)
        return QString::number(count);
    if (count < 10000)
        return QString::number(double(count) / 1000, 'f', 1) + u'k';
    if (count < 1000000)
        return QString::number(qRound64(double(count) / 1000)) + u'k';
    return QString::number(double(count) / 1e6, 'f', 1) + u'M';
}

CameraClusterModel::CameraClusterModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_worker(new Worker)
{
    qRegisterMetaType<QList<wf::maps::CameraCluster>>();
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &Worker::answered, this, &CameraClusterModel::deliver);
    connect(m_worker, &Worker::failed, this, &CameraClusterModel::failed);
    connect(m_worker, &Worker::opened, this, [this](qint64 count) {
        m_cameraCount = count;
        emit databaseChanged();
    });
    m_thread.setObjectName(QStringLiteral("camera-index"));
    m_thread.start();
}

CameraClusterModel::~CameraClusterModel()
{
    m_thread.quit();
    m_thread.wait();
}

void CameraClusterModel::setDatabase(const QString &path)
{
    if (path == m_database)
        return;
    m_database = path;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, path] { w->openDatabase(path); }, Qt::QueuedConnection);
    emit databaseChanged();
}

void CameraClusterModel::request(double north, double west, double south, double east, double zoom)
{
    m_worker->post({ ++m_serial, QRectF(QPointF(west, south), QPointF(east, north)), zoom });
}

void CameraClusterModel::deliver(quint64 serial, const QList<CameraCluster> &clusters, double ms)
{
    if (serial < m_serial && clusters.isEmpty())
        return; // stale and empty: keep what is shown
    beginResetModel();
    m_rows = clusters;
    endResetModel();
    m_lastQueryMs = ms;
    emit resultsReady();
}

int CameraClusterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CameraClusterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto &c = m_rows[index.row()];
    switch (role) {
    case IdRole:
        // A lone camera by its register id (what the wall and the search use), "CAM-<n>" when
        // the register gives none.
        return c.count == 1 ? (c.id.isEmpty() ? QStringLiteral("CAM-%1").arg(c.cameraId) : c.id)
                            : QStringLiteral("cluster-%1").arg(c.cameraId);
    case LatitudeRole:
        return c.lat;
    case LongitudeRole:
        return c.lon;
    case CountRole:
        return c.count;
    case LabelRole: // a count to glance at: "850", "2.4k", "23k"
        return c.count == 1 ? QString() : compactCount(c.count);
    case BearingRole:
        return c.count == 1 ? QVariant(c.bearing) : QVariant();
    case FovRole:
        return c.count == 1 ? QVariant(c.fov) : QVariant(0);
    case ClusterRole:
        return c.count > 1;
    case ScaleRole:
        // A cluster grows slowly with its count and never past twice a lone marker's size: a
        // city's register is tens of thousands of cameras per cluster, and discs sized for that
        // would cover the units and incidents the map is for.
        return c.count == 1 ? 1.0 : std::min(2.0, 1.0 + 0.3 * std::log10(double(c.count)));
    }
    return {};
}

QHash<int, QByteArray> CameraClusterModel::roleNames() const
{
    return { { IdRole, "cameraId" }, { LatitudeRole, "latitude" }, { LongitudeRole, "longitude" },
        { CountRole, "count" }, { LabelRole, "label" }, { BearingRole, "bearing" }, { FovRole, "fov" },
        { ClusterRole, "cluster" }, { ScaleRole, "scale" } };
}

} // namespace wf::maps

#include "CameraClusterModel.moc"
