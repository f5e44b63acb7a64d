#include "CameraRegister.h"

#include "CameraFile.h"
#include "CameraIndexBuilder.h"
#include "Geodesy.h"
#include "SyntheticCameraRegister.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <cstdio>

namespace wf::wall {

CameraRegister::CameraRegister(QObject *parent)
    : QObject(parent)
{
    m_poll.setInterval(2000);
    connect(&m_poll, &QTimer::timeout, this, &CameraRegister::openWhenMade);
}

CameraRegister::~CameraRegister()
{
    if (m_maker) {
        m_cancel = true; // the builder removes its partial file
        m_maker->wait();
    }
}

bool CameraRegister::open(const QString &path, QString *error)
{
    if (!m_index.open(path, error))
        return false;
    m_path = path;
    m_ready = true;
    m_generated = m_index.source() == u"generated";
    setStatus(QString());
    emit stateChanged();
    return true;
}

void CameraRegister::prepareGenerated(const QString &path, qint64 count, quint64 seed)
{
    m_path = path;
    QString error;
    if (QFile::exists(path) && open(path, &error))
        return;
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    m_lock->setStaleLockTime(0); // a crashed maker's lock is stale once its process is gone
    if (!m_lock->tryLock(0)) {
        // Another workstation process is making it (tests start several at once): wait for it.
        setStatus(tr("Another Watchfloor is preparing the camera register…"));
        m_pollCount = count;
        m_pollSeed = seed;
        m_poll.start();
        return;
    }
    make(count, seed);
}

void CameraRegister::make(qint64 count, quint64 seed)
{
    const QString path = m_path;
    QFile::remove(path); // a file that did not open is not ours to keep
    m_progress = 0;
    setStatus(tr("Preparing the province's camera register…"));
    emit progressChanged();
    std::fprintf(stderr, "watchfloor: generating the training camera register (%lld cameras) into %s\n",
        static_cast<long long>(count), qPrintable(path));
    m_maker.reset(QThread::create([this, path, count, seed] {
        QElapsedTimer t;
        t.start();
        const QString partial = path + QStringLiteral(".part");
        QString error;
        int shown = -1;
        const bool ok = maps::CameraIndexBuilder::build(partial,
                            maps::SyntheticCameraRegister::cameras(count, seed), &error,
                            [this, &shown](double share) {
                                if (int(share * 100) != shown) {
                                    shown = int(share * 100);
                                    QMetaObject::invokeMethod(this, [this, share] {
                                        m_progress = share;
                                        emit progressChanged();
                                    });
                                }
                                return !m_cancel.load();
                            })
            && QFile::rename(partial, path);
        if (ok)
            std::fprintf(stderr, "watchfloor: camera register ready in %.1f s\n", double(t.elapsed()) / 1000);
        QMetaObject::invokeMethod(this, [this, ok, error] { generated(ok, error); });
    }));
    m_maker->setObjectName(QStringLiteral("camera-register"));
    m_maker->start(QThread::LowPriority);
}

void CameraRegister::generated(bool ok, const QString &error)
{
    m_maker->wait();
    m_maker.reset();
    m_lock.reset();
    m_progress = -1;
    emit progressChanged();
    QString why = error;
    if (!ok || !open(m_path, &why)) {
        std::fprintf(
            stderr, "watchfloor: the training camera register could not be made: %s\n", qPrintable(why));
        setStatus(tr("The camera register could not be prepared: %1").arg(why));
    }
    emit stateChanged(); // no longer busy
}

void CameraRegister::openWhenMade()
{
    if (!QFile::exists(m_path)) {
        // The other process may have ended without finishing: its lock is then stale.
        if (m_lock->tryLock(0)) {
            m_poll.stop();
            make(m_pollCount, m_pollSeed);
        }
        return;
    }
    m_poll.stop();
    QString error;
    if (!open(m_path, &error)) {
        setStatus(tr("The camera register could not be prepared: %1").arg(error));
        emit stateChanged();
    }
}

void CameraRegister::setStatus(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    emit stateChanged();
}

CameraReported CameraRegister::toCamera(const maps::CameraIndex::Record &r) const
{
    CameraReported c;
    c.cameraId = r.id;
    c.name = r.name;
    c.position = { r.lat, r.lon };
    c.bearingDeg = r.bearing;
    c.fovDeg = r.fov;
    // A generated register's cameras show the training world's synthetic video.
    c.mainUrl = r.mainUrl.isEmpty() && m_generated ? QStringLiteral("sim://camera/%1").arg(r.id)
                                                   : withTransport(r.mainUrl, r.transport);
    c.subUrl = withTransport(r.subUrl, r.transport);
    return c;
}

std::optional<CameraReported> CameraRegister::find(const QString &cameraId) const
{
    if (!m_ready || cameraId.isEmpty())
        return std::nullopt;
    QString error;
    const auto r = m_index.find(cameraId, &error);
    if (!r)
        return std::nullopt;
    return toCamera(*r);
}

QList<CameraReported> CameraRegister::near(double latitude, double longitude, double radiusM, int limit) const
{
    QList<CameraReported> out;
    if (!m_ready)
        return out;
    const maps::LatLon p { latitude, longitude };
    const auto sw = maps::offsetMeters(p, -radiusM, -radiusM);
    const auto ne = maps::offsetMeters(p, radiusM, radiusM);
    QList<maps::CameraIndex::Record> found;
    QString error;
    if (!m_index.within(QRectF(QPointF(sw.lon, sw.lat), QPointF(ne.lon, ne.lat)), limit, &found, &error))
        return out;
    out.reserve(found.size());
    for (const auto &r : std::as_const(found))
        out.append(toCamera(r));
    return out;
}

QVariantMap CameraRegister::lookup(const QString &text) const
{
    QList<maps::CameraIndex::Record> found;
    QString error;
    if (!m_ready || !m_index.search(text, 1, &found, &error) || found.isEmpty())
        return { { QStringLiteral("found"), false } };
    const auto &r = found.first();
    return { { QStringLiteral("found"), true }, { QStringLiteral("cameraId"), r.id },
        { QStringLiteral("name"), r.name }, { QStringLiteral("latitude"), r.lat },
        { QStringLiteral("longitude"), r.lon } };
}

QVariantList CameraRegister::search(const QString &text, int limit) const
{
    QVariantList out;
    QList<maps::CameraIndex::Record> found;
    QString error;
    if (!m_ready || !m_index.search(text, std::clamp(limit, 1, 1000), &found, &error))
        return out;
    for (const auto &r : std::as_const(found))
        out.append(QVariantMap { { QStringLiteral("cameraId"), r.id }, { QStringLiteral("name"), r.name } });
    return out;
}

} // namespace wf::wall
