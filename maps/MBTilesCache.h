#pragma once

#include "Geodesy.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace wf::maps {

// The on-disk tile cache: an MBTiles 1.3 file, so that other tools can read it and files made
// by other tools can be used or imported. SQLite with metadata(name, value) and
// tiles(zoom_level, tile_column, tile_row, tile_data); rows are TMS (y counted from the south),
// so the XYZ y of a TileId is flipped on the way in and out.
//
// The tiles it keeps are limited in size (maxBytes, the sum of the tiles' bytes): the file
// lives beside the journal and must not fill its disk. When a new tile would pass the limit,
// the least recently used tiles go first (a side table, watchfloor_tile_use, remembers when
// each tile was last stored or read), or, for a job that must not throw away what it just
// fetched (seeding an offline area), the tile is refused and the job stops.
//
// Not thread-safe: one instance per thread (each opens its own connection). Several instances
// may share a file (WAL, busy timeout), e.g. the tile service and an offline-area job.
class MBTilesCache
{
public:
    static constexpr qint64 kDefaultMaxBytes = 2048LL * 1024 * 1024;
    // What put() does when the tile would take the cache past its limit.
    enum class WhenFull { EvictLeastRecentlyUsed, Refuse };

    MBTilesCache();
    ~MBTilesCache();
    MBTilesCache(const MBTilesCache &) = delete;
    MBTilesCache &operator=(const MBTilesCache &) = delete;

    // Opens the cache, creating it when the file is missing or empty. A file that is not SQLite,
    // is another application's database or holds vector tiles is refused and left untouched.
    bool open(const QString &path, QString *error);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }

    // The limit on the tiles' bytes; 0 means none. Takes effect at the next put or import.
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    qint64 maxBytes() const { return m_maxBytes; }
    // The bytes of all tiles in the file now (other connections' writes included).
    qint64 usedBytes() const;

    // A tile read counts as a use: it moves to the back of the eviction queue.
    std::optional<QByteArray> tile(TileId t) const;
    bool contains(TileId t) const;
    // Stores a tile (the caller has checked that it is an image). False with the reason when
    // the file cannot be written, or when the cache is full and whenFull is Refuse.
    bool put(TileId t, const QByteArray &data, QString *error,
        WhenFull whenFull = WhenFull::EvictLeastRecentlyUsed);
    qint64 tileCount() const;

    // Checks, read-only, that a file is a raster MBTiles file; its tile count goes to *tiles.
    static bool inspect(const QString &path, qint64 *tiles, QString *error);

    // Copies the tiles of another MBTiles file into this cache in one transaction, keeping the
    // tiles already here. Returns the number of tiles added, or -1 with an error and nothing
    // changed (a file that fails inspection, a row with an impossible tile address or data that
    // is not a PNG, JPEG or WebP image, or more tiles than the size limit leaves room for).
    qint64 importFile(const QString &path, QString *error);

private:
    qint64 nextUse() const;
    bool evictDownTo(qint64 targetBytes, QString *error);

    QString m_connection;
    QString m_path;
    qint64 m_maxBytes = kDefaultMaxBytes;
    mutable qint64 m_lastUse = 0; // a per-connection clock that never repeats or runs back
    qint64 m_usedEstimate = -1; // the tiles' bytes as this connection last counted and wrote them
    int m_putsSinceCount = 0;
};

} // namespace wf::maps
