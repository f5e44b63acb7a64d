#pragma once

#include "CameraIndex.h"

#include <QAbstractListModel>
#include <QElapsedTimer>
#include <QThread>

namespace wf::maps {

// The cameras (or clusters) in view, read from a CameraIndex on a worker thread so that a
// viewport query never blocks the UI. Requests coalesce: while one query runs, only the newest
// request waits. Feed it to a MarkerLayer (roles latitude, longitude, bearing, fov, label, count).
class CameraClusterModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QString database READ database WRITE setDatabase NOTIFY databaseChanged)
    Q_PROPERTY(qint64 cameraCount READ cameraCount NOTIFY databaseChanged)
    Q_PROPERTY(double lastQueryMs READ lastQueryMs NOTIFY resultsReady)
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        LatitudeRole,
        LongitudeRole,
        CountRole,
        LabelRole,
        BearingRole,
        FovRole,
        ClusterRole,
        ScaleRole
    };

    explicit CameraClusterModel(QObject *parent = nullptr);
    ~CameraClusterModel() override;

    QString database() const { return m_database; }
    void setDatabase(const QString &path);
    qint64 cameraCount() const { return m_cameraCount; }
    double lastQueryMs() const { return m_lastQueryMs; }

    // Asks for what is inside a geographic box at a zoom; resultsReady follows.
    Q_INVOKABLE void request(double north, double west, double south, double east, double zoom);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // A cluster's count as its label: exact below 1,000, then "2.4k", "23k", "1.2M".
    Q_INVOKABLE static QString compactCount(qint64 count);

signals:
    void databaseChanged();
    void resultsReady(); // the model now holds the newest answer
    void failed(const QString &message);

private:
    class Worker;
    void deliver(quint64 serial, const QList<CameraCluster> &clusters, double ms);

    QString m_database;
    qint64 m_cameraCount = 0;
    double m_lastQueryMs = 0;
    QList<CameraCluster> m_rows;
    QThread m_thread;
    Worker *m_worker = nullptr;
    quint64 m_serial = 0;
};

} // namespace wf::maps
