#include "OfflineArea.h"

#include "BaseMap.h"
#include "PlaceDirectory.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <cmath>
#include <numbers>

namespace wf::maps {

qint64 OfflineArea::tileCount() const
{
    qint64 n = 0;
    for (int z = minZoom; z <= maxZoom; ++z) {
        const TileId nw = tileAt({ box.north, box.west }, z);
        const TileId se = tileAt({ box.south, box.east }, z);
        n += qint64(se.x - nw.x + 1) * qint64(se.y - nw.y + 1);
    }
    return n;
}

namespace {

// Text made of numbers, signs, points, exponents, commas and spaces is meant as a box, right or
// wrong: it gets a box's error, never a lookup by name.
bool looksLikeBox(const QString &s)
{
    static const QRegularExpression boxChars(QStringLiteral("^[-+0-9.eE,\\s]+$"));
    static const QRegularExpression digit(QStringLiteral("[0-9]"));
    return s.contains(u',') && boxChars.match(s).hasMatch() && s.contains(digit);
}

std::optional<GeoBox> parseBox(const QString &s, QString *error)
{
    const QStringList parts = s.split(u',');
    if (parts.size() != 4) {
        *error
            = QStringLiteral("'%1' is not a box: give four numbers, west,south,east,north in degrees").arg(s);
        return std::nullopt;
    }
    double v[4];
    for (int i = 0; i < 4; ++i) {
        const QString part = parts[i].trimmed();
        bool ok = false;
        // Strict: "1..2", "1-2" or "" are mistakes, not 0 or 1.
        v[i] = part.toDouble(&ok);
        if (!ok || !std::isfinite(v[i])) {
            *error = QStringLiteral("'%1' in '%2' is not a number of degrees").arg(part, s);
            return std::nullopt;
        }
    }
    const GeoBox box { v[0], v[1], v[2], v[3] };
    if (!box.isValid()) {
        *error = QStringLiteral("'%1' is not a box: give west,south,east,north in degrees, west < east "
                                "and south < north, latitudes within ±85.06")
                     .arg(s);
        return std::nullopt;
    }
    return box;
}

} // namespace

std::optional<GeoBox> resolveRegion(
    const QString &text, const BaseMap &baseMap, const PlaceDirectory *places, QString *error)
{
    const QString s = text.trimmed();
    if (s.size() > 200) {
        *error
            = QStringLiteral("a region is a name or west,south,east,north, not %1 characters").arg(s.size());
        return std::nullopt;
    }
    if (looksLikeBox(s))
        return parseBox(s, error);
    if (const MapFeature *f = baseMap.findByName(s); f
        && (f->level == MapFeature::Level::Prefecture || f->level == MapFeature::Level::District
            || f->level == MapFeature::Level::Province)) {
        // Feature bounds: x = longitude, y = latitude (top() is the southern edge).
        return GeoBox { f->bounds.left(), f->bounds.top(), f->bounds.right(), f->bounds.bottom() };
    }
    if (places) {
        if (const auto p = places->find(s)) {
            // Places are points: keep the town around one, 5 km each way.
            const double dLat = 5.0 / 111.2;
            const double dLon = dLat / std::cos(p->position.lat * std::numbers::pi / 180);
            return GeoBox { p->position.lon - dLon, p->position.lat - dLat, p->position.lon + dLon,
                p->position.lat + dLat };
        }
    }
    *error = QStringLiteral("unknown region '%1': give a prefecture, district or place name, or "
                            "west,south,east,north in degrees")
                 .arg(s);
    return std::nullopt;
}

bool checkOfflineArea(const OfflineArea &area, qint64 maxTiles, QString *error)
{
    if (!area.box.isValid()) {
        *error = QStringLiteral("the area is not a valid box");
        return false;
    }
    if (area.minZoom < 0 || area.maxZoom > 19 || area.minZoom > area.maxZoom) {
        *error = QStringLiteral("zoom levels must be 0 to 19, the first no larger than the last (%1-%2)")
                     .arg(area.minZoom)
                     .arg(area.maxZoom);
        return false;
    }
    const qint64 n = area.tileCount();
    if (n > maxTiles) {
        *error = QStringLiteral("%1 tiles is more than the limit of %2: choose a smaller area or fewer zoom "
                                "levels")
                     .arg(n)
                     .arg(maxTiles);
        return false;
    }
    return true;
}

// Runs on the seeder's thread: owns the TileSource (its own cache connection and network).
class OfflineAreaSeeder::Job : public QObject
{
    Q_OBJECT
public:
    Job(TileSourceConfig config, std::atomic<bool> *cancel)
        : m_config(std::move(config))
        , m_cancel(cancel)
    { }

    void run(const OfflineArea &area, int parallel)
    {
        m_tiles.clear();
        m_tiles.reserve(area.tileCount());
        area.forEachTile([this](TileId t) {
            m_tiles.append(t);
            return true;
        });
        m_next = 0;
        m_inFlight = 0;
        m_fetched = m_skipped = m_failed = 0;
        m_parallel = std::max(1, parallel);
        m_error.clear();
        m_unstored.clear();
        if (!m_source) {
            m_source = new TileSource(m_config, nullptr, this);
            // A tile fetched but not stored is a failure, and the cache will not take the next
            // one either (full, or its disk is): the run stops with the reason.
            connect(m_source, &TileSource::storeFailed, this, [this](TileId t, const QString &reason) {
                m_unstored.insert(t);
                if (m_error.isEmpty())
                    m_error = QStringLiteral("cannot store tiles: %1").arg(reason);
            });
            connect(m_source, &TileSource::ready, this, [this](TileId t, const QByteArray &, bool fromCache) {
                if (m_unstored.remove(t))
                    ++m_failed;
                else
                    ++(fromCache ? m_skipped : m_fetched);
                settle();
            });
            connect(m_source, &TileSource::failed, this, [this](TileId, const QString &) {
                ++m_failed;
                settle();
            });
            QString error;
            if (!m_source->openCache(&error) || !m_source->cache()) {
                emit ended(false, error.isEmpty() ? QStringLiteral("no tile cache") : error);
                delete m_source;
                m_source = nullptr;
                return;
            }
        }
        m_clock.start();
        pump();
    }

signals:
    void progressed(qint64 fetched, qint64 skipped, qint64 failed);
    void ended(bool cancelled, const QString &error);

private:
    void pump()
    {
        // Already cached tiles are skipped here, without a round trip through the source.
        while (m_inFlight < m_parallel && m_next < m_tiles.size() && !m_cancel->load() && m_error.isEmpty()) {
            const TileId t = m_tiles[m_next++];
            if (m_source->cache()->contains(t)) {
                ++m_skipped;
                report(false);
                continue;
            }
            ++m_inFlight;
            m_source->request(t);
        }
        if (m_inFlight == 0 && (m_next >= m_tiles.size() || m_cancel->load() || !m_error.isEmpty())) {
            report(true);
            emit ended(m_error.isEmpty() && m_cancel->load() && m_next < m_tiles.size(), m_error);
        }
    }

    void settle()
    {
        --m_inFlight;
        report(false);
        pump();
    }

    void report(bool force)
    {
        if (force || m_clock.elapsed() >= 100) {
            m_clock.restart();
            emit progressed(m_fetched, m_skipped, m_failed);
        }
    }

    TileSourceConfig m_config;
    std::atomic<bool> *m_cancel;
    TileSource *m_source = nullptr;
    QList<TileId> m_tiles;
    qsizetype m_next = 0;
    int m_inFlight = 0;
    int m_parallel = 4;
    qint64 m_fetched = 0, m_skipped = 0, m_failed = 0;
    QString m_error; // why the run stopped early; empty while it goes on
    QSet<TileId> m_unstored; // fetched, but the cache refused them
    QElapsedTimer m_clock;
};

OfflineAreaSeeder::OfflineAreaSeeder(TileSourceConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    // Seeding must not evict what it has just fetched (or another area prepared before): a full
    // cache stops the run with a message instead.
    m_config.whenCacheFull = MBTilesCache::WhenFull::Refuse;
    m_thread.setObjectName(QStringLiteral("offline area"));
    m_job = new Job(m_config, &m_cancel);
    m_job->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_job, &QObject::deleteLater);
    connect(m_job, &Job::progressed, this, [this](qint64 fetched, qint64 skipped, qint64 failed) {
        m_progress.fetched = fetched;
        m_progress.skipped = skipped;
        m_progress.failed = failed;
        emit progressChanged();
    });
    connect(m_job, &Job::ended, this, [this](bool cancelled, const QString &error) {
        m_running = false;
        emit finished(cancelled, error);
    });
    m_thread.start();
}

OfflineAreaSeeder::~OfflineAreaSeeder()
{
    m_cancel = true;
    m_thread.quit();
    m_thread.wait();
}

bool OfflineAreaSeeder::start(const OfflineArea &area, qint64 maxTiles, QString *error)
{
    if (m_running) {
        *error = QStringLiteral("an offline area is already being prepared");
        return false;
    }
    if (!m_config.hasUpstream()) {
        *error
            = QStringLiteral("no upstream tile server is configured: the built-in map needs no preparation");
        return false;
    }
    if (m_config.cachePath.isEmpty()) {
        *error = QStringLiteral("no tile cache is configured");
        return false;
    }
    if (!checkOfflineArea(area, maxTiles, error))
        return false;
    m_cancel = false;
    m_running = true;
    m_progress = Progress { area.tileCount(), 0, 0, 0 };
    emit progressChanged();
    QMetaObject::invokeMethod(m_job, [job = m_job, area, n = parallelRequests] { job->run(area, n); });
    return true;
}

void OfflineAreaSeeder::cancel()
{
    m_cancel = true;
}

} // namespace wf::maps

#include "OfflineArea.moc"
