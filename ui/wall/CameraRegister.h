#pragma once

#include "CameraIndex.h"
#include "Event.h"

#include <QLockFile>
#include <QObject>
#include <QThread>
#include <QTimer>
#include <QVariant>
#include <QtQmlIntegration>
#include <atomic>
#include <memory>
#include <optional>

namespace wf::wall {

// The province's camera register (millions of cameras in a CameraIndex file) as the workstation
// uses it: the map browses it (CameraClusterModel over path), and the wall, the camera picker,
// the search box and "cameras that see a place" look cameras up here, on the GUI thread (each
// lookup reads a few index pages: well under a millisecond).
//
// A site's register comes from --camera-index or map.camera_index (made by --import-cameras). In
// training, without one, the generated province register is used: made once into the user's data
// folder on a worker thread (progress in `progress`), then opened; its cameras play the training
// world's synthetic video. Stream URLs may carry passwords: they are handed to the players only.
class CameraRegister : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application opens the camera register")
    Q_PROPERTY(QString path READ path NOTIFY stateChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY stateChanged)
    Q_PROPERTY(qint64 count READ count NOTIFY stateChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString status READ status NOTIFY stateChanged)
public:
    // The generated training register: cameras and seed as the map benchmark uses them.
    static constexpr qint64 kGeneratedCount = 2'190'000;
    static constexpr quint64 kGeneratedSeed = 7;
    // How far "cameras near a place" looks at most.
    static constexpr double kMaxNearMeters = 20000;

    explicit CameraRegister(QObject *parent = nullptr);
    ~CameraRegister() override;

    // A site's register: it must open.
    bool open(const QString &path, QString *error);
    // The generated register at path: opened when it is there, else made first (in the
    // background; another process making it is waited for).
    void prepareGenerated(const QString &path, qint64 count = kGeneratedCount, quint64 seed = kGeneratedSeed);

    QString path() const { return m_ready ? m_path : QString(); }
    bool ready() const { return m_ready; }
    qint64 count() const { return m_ready ? m_index.cameraCount() : 0; }
    double progress() const { return m_progress; } // 0..1 while the register is made, else -1
    QString status() const { return m_status; }
    // Making the generated register, or waiting for another process making it.
    bool busy() const { return m_maker != nullptr || m_poll.isActive(); }

    std::optional<CameraReported> find(const QString &cameraId) const;
    // Cameras within radiusM of a point (a box around it), nearest not guaranteed; at most limit.
    QList<CameraReported> near(double latitude, double longitude, double radiusM, int limit) const;
    // For the map's search box: {found, cameraId, name, latitude, longitude}.
    Q_INVOKABLE QVariantMap lookup(const QString &text) const;
    // For the camera picker: [{cameraId, name}, ...], ids and names that start with text.
    Q_INVOKABLE QVariantList search(const QString &text, int limit = 100) const;

signals:
    void stateChanged();
    void progressChanged();

private:
    CameraReported toCamera(const maps::CameraIndex::Record &r) const;
    void setStatus(const QString &status);
    void make(qint64 count, quint64 seed);
    void openWhenMade();
    void generated(bool ok, const QString &error);

    maps::CameraIndex m_index;
    QString m_path;
    bool m_ready = false;
    bool m_generated = false; // the register is the generated one: its cameras play synthetic video
    double m_progress = -1;
    QString m_status;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<QThread> m_maker;
    std::atomic_bool m_cancel = false;
    QTimer m_poll; // another process is making the register: look for it now and then
    qint64 m_pollCount = 0;
    quint64 m_pollSeed = 0;
};

} // namespace wf::wall
