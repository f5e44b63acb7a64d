#include "MBTilesCache.h"

#include "TileImageFormat.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <array>

namespace wf::maps {

namespace {

// MBTiles 1.3: PRAGMA application_id = 0x4d504258 ("MPBX").
constexpr int kMBTilesApplicationId = 0x4d504258;

int tmsRow(TileId t)
{
    return (1 << t.z) - 1 - t.y;
}

QString uniqueName(const char *prefix)
{
    return QStringLiteral("%1-%2").arg(QLatin1String(prefix), QUuid::createUuid().toString(QUuid::Id128));
}

// What a database holds, for deciding whether it is a raster MBTiles file.
struct Layout
{
    bool empty = true; // no tables or views at all
    QString tilesType; // "table", "view" or empty
    bool hasMetadata = false;
    QString format;
};

bool readLayout(QSqlDatabase &db, const QString &path, Layout *out, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view')"))) {
        *error = QStringLiteral("%1 is not an SQLite database (%2)").arg(path, q.lastError().text());
        return false;
    }
    while (q.next()) {
        out->empty = false;
        const QString name = q.value(0).toString();
        if (name == u"tiles")
            out->tilesType = q.value(1).toString();
        else if (name == u"metadata")
            out->hasMetadata = true;
    }
    if (out->empty)
        return true;
    if (out->tilesType.isEmpty() || !out->hasMetadata) {
        *error = QStringLiteral("%1 is not an MBTiles file (no tiles and metadata tables)").arg(path);
        return false;
    }
    if (!q.exec(QStringLiteral("SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles LIMIT 1"))) {
        *error = QStringLiteral("%1: the tiles table lacks MBTiles columns (%2)")
                     .arg(path, q.lastError().text());
        return false;
    }
    if (q.exec(QStringLiteral("SELECT value FROM metadata WHERE name = 'format'")) && q.next())
        out->format = q.value(0).toString().toLower();
    if (out->format == u"pbf" || out->format == u"mvt") {
        *error = QStringLiteral("%1 holds vector tiles (%2); only raster tiles (png, jpg, webp) can be shown")
                     .arg(path, out->format);
        return false;
    }
    return true;
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = QStringLiteral("%1: %2").arg(sql.left(60), q.lastError().text());
    return false;
}

QString megabytes(qint64 bytes)
{
    return QStringLiteral("%1 MB").arg(double(bytes) / (1024 * 1024), 0, 'f', 1);
}

// When each tile was last stored or read, and its size: what eviction needs, beside the
// standard tables so that other MBTiles tools still read and write the file as they know it.
// A file made before this table, or tiles added by another tool, are brought in step on open.
bool prepareUseTable(QSqlDatabase &db, QString *error)
{
    if (!exec(db,
            QStringLiteral("CREATE TABLE IF NOT EXISTS watchfloor_tile_use (zoom_level INTEGER, tile_column "
                           "INTEGER, tile_row INTEGER, last_used INTEGER, bytes INTEGER, PRIMARY KEY "
                           "(zoom_level, tile_column, tile_row)) WITHOUT ROWID"),
            error)
        || !exec(db,
            QStringLiteral(
                "CREATE INDEX IF NOT EXISTS watchfloor_tile_use_age ON watchfloor_tile_use (last_used)"),
            error))
        return false;
    QSqlQuery q(db);
    if (!q.exec(
            QStringLiteral("SELECT (SELECT count(*) FROM tiles), (SELECT count(*) FROM watchfloor_tile_use)"))
        || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    if (q.value(0).toLongLong() == q.value(1).toLongLong())
        return true;
    q.finish();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    // Tiles nobody has used yet are the first to go.
    const bool ok
        = exec(db,
              QStringLiteral("INSERT OR IGNORE INTO watchfloor_tile_use SELECT zoom_level, tile_column, "
                             "tile_row, 0, length(tile_data) FROM tiles"),
              error)
        && exec(db,
            QStringLiteral("DELETE FROM watchfloor_tile_use WHERE NOT EXISTS (SELECT 1 FROM tiles t WHERE "
                           "t.zoom_level = watchfloor_tile_use.zoom_level AND t.tile_column = "
                           "watchfloor_tile_use.tile_column AND t.tile_row = watchfloor_tile_use.tile_row)"),
            error)
        && db.commit();
    if (!ok)
        db.rollback();
    return ok;
}

// A read-only connection that is removed when it goes out of scope.
class ReadOnlyConnection
{
public:
    explicit ReadOnlyConnection(const QString &path)
        : m_name(uniqueName("wf-mbtiles-ro"))
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_ok = db.open();
        if (!m_ok)
            m_error = db.lastError().text();
    }
    ~ReadOnlyConnection()
    {
        {
            auto db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }

private:
    QString m_name;
    bool m_ok = false;
    QString m_error;
};

bool inspectLayout(const QString &path, Layout *layout, qint64 *tiles, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile()) {
        *error = QStringLiteral("no such file: %1").arg(path);
        return false;
    }
    if (!info.isReadable()) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return false;
    }
    ReadOnlyConnection c(path);
    if (!c.ok()) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, c.error());
        return false;
    }
    auto db = c.db();
    if (!readLayout(db, path, layout, error))
        return false;
    if (tiles) {
        *tiles = 0;
        if (!layout->empty) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT count(*) FROM tiles")) || !q.next()) {
                *error = QStringLiteral("%1: cannot count tiles (%2)").arg(path, q.lastError().text());
                return false;
            }
            *tiles = q.value(0).toLongLong();
        }
    }
    return true;
}

} // namespace

MBTilesCache::MBTilesCache()
    : m_connection(uniqueName("wf-mbtiles"))
{ }

MBTilesCache::~MBTilesCache()
{
    close();
}

bool MBTilesCache::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

void MBTilesCache::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        auto db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_path.clear();
}

bool MBTilesCache::inspect(const QString &path, qint64 *tiles, QString *error)
{
    Layout layout;
    if (!inspectLayout(path, &layout, tiles, error))
        return false;
    if (layout.empty) {
        *error = QStringLiteral("%1 is an empty database, not an MBTiles file").arg(path);
        return false;
    }
    return true;
}

bool MBTilesCache::open(const QString &path, QString *error)
{
    close();
    // Look before writing anything: someone else's file must come out of this unchanged.
    Layout layout;
    const QFileInfo info(path);
    if (info.exists() && info.size() > 0 && !inspectLayout(path, &layout, nullptr, error))
        return false;
    if (!layout.tilesType.isEmpty() && layout.tilesType != u"table") {
        *error = QStringLiteral("%1 keeps its tiles in a view and cannot take new ones; import it into a "
                                "cache instead")
                     .arg(path);
        return false;
    }
    auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    bool ok = db.open();
    if (!ok)
        *error = QStringLiteral("cannot open the tile cache %1: %2").arg(path, db.lastError().text());
    // A cache can be rebuilt: a lost last write after a crash costs one tile, not a sync per tile.
    ok = ok && exec(db, QStringLiteral("PRAGMA journal_mode=WAL"), error)
        && exec(db, QStringLiteral("PRAGMA synchronous=NORMAL"), error);
    if (ok && layout.empty) {
        ok = db.transaction()
            && exec(db, QStringLiteral("PRAGMA application_id=%1").arg(kMBTilesApplicationId), error)
            && exec(db, QStringLiteral("CREATE TABLE metadata (name TEXT, value TEXT)"), error)
            && exec(db,
                QStringLiteral("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row "
                               "INTEGER, tile_data BLOB)"),
                error)
            && exec(db,
                QStringLiteral("CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)"),
                error)
            && exec(db,
                QStringLiteral("INSERT INTO metadata VALUES ('name', 'Watchfloor tile cache'), ('format', "
                               "'png'), ('type', 'baselayer'), ('version', '1.3'), ('description', 'Tiles "
                               "fetched from the configured upstream server')"),
                error)
            && db.commit();
    }
    ok = ok && prepareUseTable(db, error);
    if (!ok) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
        return false;
    }
    m_path = path;
    m_usedEstimate = -1;
    return true;
}

std::optional<QByteArray> MBTilesCache::tile(TileId t) const
{
    if (!isOpen() || !validTile(t))
        return std::nullopt;
    const auto db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?"));
    q.addBindValue(t.z);
    q.addBindValue(t.x);
    q.addBindValue(tmsRow(t));
    if (!q.exec() || !q.next())
        return std::nullopt;
    QByteArray data = q.value(0).toByteArray();
    q.finish();
    // A read is a use. Failing to note it costs only the order of eviction, never the tile.
    QSqlQuery use(db);
    use.prepare(QStringLiteral("UPDATE watchfloor_tile_use SET last_used = ? WHERE zoom_level = ? AND "
                               "tile_column = ? AND tile_row = ?"));
    use.addBindValue(nextUse());
    use.addBindValue(t.z);
    use.addBindValue(t.x);
    use.addBindValue(tmsRow(t));
    use.exec();
    return data;
}

qint64 MBTilesCache::nextUse() const
{
    // Milliseconds, so that several connections to one file agree roughly on what is old, but
    // strictly increasing here, so that two uses within one millisecond keep their order.
    m_lastUse = std::max(m_lastUse + 1, QDateTime::currentMSecsSinceEpoch());
    return m_lastUse;
}

qint64 MBTilesCache::usedBytes() const
{
    if (!isOpen())
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return q.exec(QStringLiteral("SELECT total(bytes) FROM watchfloor_tile_use")) && q.next()
        ? qint64(q.value(0).toDouble())
        : 0;
}

bool MBTilesCache::evictDownTo(qint64 targetBytes, QString *error)
{
    auto db = QSqlDatabase::database(m_connection, false);
    qint64 used = usedBytes();
    if (used <= targetBytes)
        return true;
    QList<std::array<qint64, 3>> victims;
    {
        QSqlQuery oldest(db);
        oldest.setForwardOnly(true);
        if (!oldest.exec(QStringLiteral("SELECT zoom_level, tile_column, tile_row, bytes FROM "
                                        "watchfloor_tile_use ORDER BY last_used"))) {
            *error = oldest.lastError().text();
            return false;
        }
        while (used > targetBytes && oldest.next()) {
            victims.append(
                { oldest.value(0).toLongLong(), oldest.value(1).toLongLong(), oldest.value(2).toLongLong() });
            used -= oldest.value(3).toLongLong();
        }
    }
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery delTile(db), delUse(db);
    delTile.prepare(
        QStringLiteral("DELETE FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?"));
    delUse.prepare(QStringLiteral(
        "DELETE FROM watchfloor_tile_use WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?"));
    for (const auto &v : std::as_const(victims)) {
        for (QSqlQuery *q : { &delTile, &delUse }) {
            q->addBindValue(v[0]);
            q->addBindValue(v[1]);
            q->addBindValue(v[2]);
            if (!q->exec()) {
                *error = q->lastError().text();
                db.rollback();
                return false;
            }
        }
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool MBTilesCache::contains(TileId t) const
{
    if (!isOpen() || !validTile(t))
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(
        QStringLiteral("SELECT 1 FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?"));
    q.addBindValue(t.z);
    q.addBindValue(t.x);
    q.addBindValue(tmsRow(t));
    return q.exec() && q.next();
}

bool MBTilesCache::put(TileId t, const QByteArray &data, QString *error, WhenFull whenFull)
{
    if (!isOpen()) {
        *error = QStringLiteral("tile cache not open");
        return false;
    }
    auto db = QSqlDatabase::database(m_connection, false);
    if (m_maxBytes > 0) {
        // Summing the file's tiles costs a scan: keep a running count, and ask the file (which
        // other connections write too) when it is unknown, now and then, and before any
        // decision to refuse or evict.
        if (m_usedEstimate < 0 || ++m_putsSinceCount >= 256 || m_usedEstimate + data.size() > m_maxBytes) {
            m_usedEstimate = usedBytes();
            m_putsSinceCount = 0;
        }
        const qint64 used = m_usedEstimate;
        if (used + data.size() > m_maxBytes) {
            if (whenFull == WhenFull::Refuse || data.size() > m_maxBytes / 2) {
                *error = QStringLiteral("the tile cache %1 is full: %2 of its limit of %3 (setting "
                                        "map.cache_max_mb)")
                             .arg(m_path, megabytes(used), megabytes(m_maxBytes));
                return false;
            }
            // Make room for more than this tile, so that not every later tile evicts again.
            if (!evictDownTo(std::min(m_maxBytes - data.size(), m_maxBytes * 9 / 10), error))
                return false;
            m_usedEstimate = usedBytes();
        }
    }
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO tiles VALUES (?, ?, ?, ?)"));
    q.addBindValue(t.z);
    q.addBindValue(t.x);
    q.addBindValue(tmsRow(t));
    q.addBindValue(data);
    QSqlQuery use(db);
    use.prepare(QStringLiteral("INSERT OR REPLACE INTO watchfloor_tile_use VALUES (?, ?, ?, ?, ?)"));
    use.addBindValue(t.z);
    use.addBindValue(t.x);
    use.addBindValue(tmsRow(t));
    use.addBindValue(nextUse());
    use.addBindValue(qint64(data.size()));
    if (!q.exec() || !use.exec()) {
        *error = q.lastError().isValid() ? q.lastError().text() : use.lastError().text();
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    if (m_usedEstimate >= 0)
        m_usedEstimate += data.size(); // a replaced tile is counted twice until the next count
    return true;
}

qint64 MBTilesCache::tileCount() const
{
    if (!isOpen())
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return q.exec(QStringLiteral("SELECT count(*) FROM tiles")) && q.next() ? q.value(0).toLongLong() : 0;
}

qint64 MBTilesCache::importFile(const QString &path, QString *error)
{
    if (!isOpen()) {
        *error = QStringLiteral("tile cache not open");
        return -1;
    }
    if (QFileInfo(path).canonicalFilePath() == QFileInfo(m_path).canonicalFilePath()) {
        *error = QStringLiteral("%1 is the cache itself").arg(path);
        return -1;
    }
    qint64 available = 0;
    if (!inspect(path, &available, error))
        return -1;
    ReadOnlyConnection source(path);
    QSqlQuery rows(source.db());
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles"))) {
        *error = QStringLiteral("%1: %2").arg(path, rows.lastError().text());
        return -1;
    }
    auto db = QSqlDatabase::database(m_connection, false);
    const qint64 before = tileCount();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return -1;
    }
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral("INSERT OR IGNORE INTO tiles VALUES (?, ?, ?, ?)"));
    QSqlQuery use(db);
    use.prepare(QStringLiteral("INSERT OR REPLACE INTO watchfloor_tile_use VALUES (?, ?, ?, ?, ?)"));
    const qint64 importedAt = nextUse();
    qint64 row = 0;
    while (rows.next()) {
        ++row;
        const int z = rows.value(0).toInt(), x = rows.value(1).toInt(), tms = rows.value(2).toInt();
        const TileId t { z, x, z >= 0 && z <= 30 ? (1 << z) - 1 - tms : -1 };
        const QByteArray data = rows.value(3).toByteArray();
        if (!validTile(t) || data.isEmpty()) {
            db.rollback();
            *error = QStringLiteral(
                "%1: tile %2 has an impossible address %3/%4/%5 or no data; nothing imported")
                         .arg(path)
                         .arg(row)
                         .arg(z)
                         .arg(x)
                         .arg(tms);
            return -1;
        }
        // The cache serves what it holds as images: a blob that is none would be a broken tile.
        if (tileImageFormat(data) == TileImageFormat::Unknown) {
            db.rollback();
            *error
                = QStringLiteral("%1: tile %2 (%3/%4/%5) is not a PNG, JPEG or WebP image; nothing imported")
                      .arg(path)
                      .arg(row)
                      .arg(z)
                      .arg(x)
                      .arg(tms);
            return -1;
        }
        ins.addBindValue(z);
        ins.addBindValue(x);
        ins.addBindValue(tms);
        ins.addBindValue(data);
        if (!ins.exec()) {
            *error = ins.lastError().text();
            db.rollback();
            return -1;
        }
        if (ins.numRowsAffected() > 0) {
            use.addBindValue(z);
            use.addBindValue(x);
            use.addBindValue(tms);
            use.addBindValue(importedAt);
            use.addBindValue(qint64(data.size()));
            if (!use.exec()) {
                *error = use.lastError().text();
                db.rollback();
                return -1;
            }
        }
    }
    if (rows.lastError().isValid()) {
        *error = QStringLiteral("%1: %2; nothing imported").arg(path, rows.lastError().text());
        db.rollback();
        return -1;
    }
    // An import is a deliberate act: it never evicts, and it does not fit or it does not happen.
    if (const qint64 used = usedBytes(); m_maxBytes > 0 && used > m_maxBytes) {
        db.rollback();
        *error = QStringLiteral("%1: importing its tiles would take the cache to %2, past its limit of %3 "
                                "(setting map.cache_max_mb); nothing imported")
                     .arg(path, megabytes(used), megabytes(m_maxBytes));
        return -1;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return -1;
    }
    m_usedEstimate = -1;
    return tileCount() - before;
}

} // namespace wf::maps
