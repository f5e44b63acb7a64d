#pragma once

#include "CameraIndexFormat.h"
#include "Geodesy.h"

#include <QList>
#include <QRectF>
#include <QString>
#include <QVariant>
#include <optional>

class QSqlDatabase;

namespace wf::maps {

// A point the camera layer draws: one camera, or a cluster of `count` cameras at their mean.
struct CameraCluster
{
    double lat = 0;
    double lon = 0;
    int count = 0;
    qint64 cameraId = 0; // the camera when count == 1, else the smallest id in the cluster
    float bearing = 0; // count == 1 only
    float fov = 0;
    QString id; // count == 1 only: the camera's id in its register (CameraIndex::Record::id)
};

// Province-scale camera positions (millions) in a SQLite file with R*Tree indexes, browsed by
// viewport. Clustering is on a fixed grid of 64 px cells per whole zoom level; the grid counts
// are computed when the index is built (one R*Tree per zoom level up to kMaxClusterZoom), so a
// viewport query reads a few hundred cells whatever the number of cameras. Beyond that zoom
// the cameras' own R*Tree is queried and clustered on the fly: at zoom 18 a 1600 x 900 view of
// central Wuhan (the densest) is ~0.4 km^2, a few hundred cameras. Files of format 1 (grids to
// zoom 16) still open; they read the cameras' tree from zoom 17. The file is written by
// CameraIndexBuilder; a generated register's cameras come from SyntheticCameraRegister.
//
// Not thread-safe: one CameraIndex per thread (each opens its own connection).
class CameraIndex
{
public:
    static constexpr int kMinClusterZoom = cameraindex::kMinClusterZoom;
    static constexpr int kMaxClusterZoom = cameraindex::kMaxClusterZoom;
    static constexpr int kCellPixels = cameraindex::kCellPixels;

    struct Camera
    {
        double lat = 0;
        double lon = 0;
        float bearing = 0;
        float fov = 60;
    };
    // What a site's register says of a camera besides its place: its id, name and streams. A
    // generated register has none (nothing is stored, and the camera is known as "CAM-<n>").
    // Kept apart from Camera so that millions of generated cameras stay small in memory.
    struct Entry
    {
        QString id;
        QString name;
        QString mainUrl;
        QString subUrl;
        QString transport; // "tcp", "udp" or empty
    };

    // One camera as the register has it. n is its number in the index (1-based position in the
    // list it was built from); id is the register's own id, else "CAM-<n>".
    struct Record
    {
        qint64 n = 0;
        QString id;
        QString name; // the id when the register gives none
        double lat = 0;
        double lon = 0;
        float bearing = 0;
        float fov = 60;
        QString mainUrl; // empty for a generated register
        QString subUrl;
        QString transport;
    };

    CameraIndex();
    ~CameraIndex();
    CameraIndex(const CameraIndex &) = delete;
    CameraIndex &operator=(const CameraIndex &) = delete;

    bool open(const QString &path, QString *error);
    void close();
    bool isOpen() const;
    qint64 cameraCount() const { return m_count; }
    // The finest zoom with a pre-clustered grid in the open file (16 in format 1 files).
    int maxClusterZoom() const { return m_maxClusterZoom; }

    // Where the file came from: "generated" or "imported from NAME".
    QString source() const { return m_source; }

    // The camera with this id (exactly, or "CAM-<n>" for a camera the register gives no id).
    std::optional<Record> find(const QString &id, QString *error) const;
    // Cameras inside a geographic box (x = longitude, y = latitude), at most limit of them.
    bool within(const QRectF &lonLatBox, int limit, QList<Record> *out, QString *error) const;
    // For a search box: the camera whose id is text, then those whose name or id starts with it
    // (case-insensitive), at most limit.
    bool search(const QString &text, int limit, QList<Record> *out, QString *error) const;

    // Cameras and clusters in a geographic box (x = longitude, y = latitude) for a zoom level.
    // Returns false with a message on a database error.
    bool query(const QRectF &lonLatBox, double zoom, QList<CameraCluster> *out, QString *error) const;

private:
    bool nameSingles(QSqlDatabase &db, QList<CameraCluster> *clusters, QString *error) const;
    bool records(const QString &where, const QVariantList &values, int limit, QList<Record> *out,
        QString *error) const;

    QString m_connection;
    QString m_source;
    bool m_hasRegister = false; // format 3: the register table exists
    bool m_hasIds = false; // and holds at least one camera's id
    qint64 m_count = 0;
    int m_maxClusterZoom = kMaxClusterZoom;
};

} // namespace wf::maps
