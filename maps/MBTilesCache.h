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
// Not thread-safe: one instance per thread (each opens its own connection). Several instances
// may share a file (WAL, busy timeout), e.g. the tile service and an offline-area job.
class MBTilesCache
{
public:
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

    std::optional<QByteArray> tile(TileId t) const;
    bool contains(TileId t) const;
    bool put(TileId t, const QByteArray &data, QString *error);
    qint64 tileCount() const;

    // Checks, read-only, that a file is a raster MBTiles file; its tile count goes to *tiles.
    static bool inspect(const QString &path, qint64 *tiles, QString *error);

    // Copies the tiles of another MBTiles file into this cache in one transaction, keeping the
    // tiles already here. Returns the number of tiles added, or -1 with an error and nothing
    // changed (a file that fails inspection, or a row with an impossible tile address).
    qint64 importFile(const QString &path, QString *error);

private:
    QString m_connection;
    QString m_path;
};

} // namespace wf::maps
