#include "CameraIndexBuilder.h"

#include "MapCamera.h"

#include <QFile>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <algorithm>

namespace wf::maps {

using cameraindex::cellKey;
using cameraindex::cellsAcross;
using cameraindex::kMaxClusterZoom;
using cameraindex::kMinClusterZoom;

namespace {

struct Aggregate
{
    qint64 n = 0;
    double sumLat = 0;
    double sumLon = 0;
    qint64 firstId = 0;
};

// Spreads the low 32 bits of v to the even bits of the result.
quint64 spreadBits(quint64 v)
{
    v &= 0xffffffffu;
    v = (v | (v << 16)) & 0x0000ffff0000ffffu;
    v = (v | (v << 8)) & 0x00ff00ff00ff00ffu;
    v = (v | (v << 4)) & 0x0f0f0f0f0f0f0f0fu;
    v = (v | (v << 2)) & 0x3333333333333333u;
    v = (v | (v << 1)) & 0x5555555555555555u;
    return v;
}

// A level's cells in Z (Morton) order. An R*Tree keeps its auxiliary columns (+n, +lat, ...)
// in a table keyed by rowid, so inserting cells in hash order scattered a view's few hundred
// cells over as many pages; in Z order they share a few (bench map, 2.19 M cameras: the
// querying thread's CPU time p95 went from 5.9-7.8 to 0.5-0.9 ms).
QList<quint64> inZOrder(const QHash<quint64, Aggregate> &cells)
{
    QList<std::pair<quint64, quint64>> order; // (Morton code, cell key)
    order.reserve(cells.size());
    for (auto it = cells.cbegin(); it != cells.cend(); ++it)
        order.append({ spreadBits(it.key() >> 32) | (spreadBits(it.key()) << 1), it.key() });
    std::sort(order.begin(), order.end());
    QList<quint64> keys;
    keys.reserve(order.size());
    for (const auto &o : std::as_const(order))
        keys.append(o.second);
    return keys;
}

// The order cameras are inserted in: Z order of their position. An R*Tree insert walks the
// tree to the node nearest the new point; neighbours in a row keep those pages in the cache.
QList<qint64> camerasInZOrder(const QList<CameraIndex::Camera> &cameras)
{
    constexpr double kCells = 2147483648.0; // 2^31 per axis: finer than any camera's position
    QList<std::pair<quint64, qint64>> order;
    order.reserve(cameras.size());
    for (qint64 i = 0; i < cameras.size(); ++i) {
        const QPointF n = toNormalised({ cameras[i].lat, cameras[i].lon });
        const auto x = quint64(std::clamp(n.x(), 0.0, 1.0) * (kCells - 1));
        const auto y = quint64(std::clamp(n.y(), 0.0, 1.0) * (kCells - 1));
        order.append({ spreadBits(x) | (spreadBits(y) << 1), i });
    }
    std::sort(order.begin(), order.end());
    QList<qint64> out;
    out.reserve(order.size());
    for (const auto &o : std::as_const(order))
        out.append(o.second);
    return out;
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = QStringLiteral("%1: %2").arg(sql.left(60), q.lastError().text());
    return false;
}

} // namespace

bool CameraIndexBuilder::build(const QString &path, const QList<CameraIndex::Camera> &cameras, QString *error,
    const std::function<bool(double)> &progress, const QList<CameraIndex::Entry> &entries,
    const QString &source)
{
    if (!entries.isEmpty() && entries.size() != cameras.size()) {
        *error = QStringLiteral("%1 register entries for %2 cameras").arg(entries.size()).arg(cameras.size());
        return false;
    }
    QFile::remove(path);
    const QString name = QStringLiteral("wf-camera-build-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    bool ok = false;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            ok = [&] {
                // A fresh file written once: no journal, no fsync until the end; a large page
                // cache keeps the R*Tree's upper levels in memory while millions are inserted.
                if (!exec(db, QStringLiteral("PRAGMA journal_mode=OFF"), error)
                    || !exec(db, QStringLiteral("PRAGMA synchronous=OFF"), error)
                    || !exec(db, QStringLiteral("PRAGMA cache_size=-131072"), error)
                    || !exec(db, QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value)"), error)
                    || !exec(db,
                        QStringLiteral("CREATE VIRTUAL TABLE cameras USING rtree(id, x0, x1, y0, y1, +lat, "
                                       "+lon, +bearing, +fov)"),
                        error)
                    || !exec(db,
                        QStringLiteral(
                            "CREATE TABLE register(n INTEGER PRIMARY KEY, id TEXT UNIQUE, name TEXT, "
                            "main TEXT, sub TEXT, transport TEXT)"),
                        error))
                    return false;
                for (int z = kMinClusterZoom; z <= kMaxClusterZoom; ++z) {
                    if (!exec(db,
                            QStringLiteral("CREATE VIRTUAL TABLE cells_z%1 USING rtree(id, x0, x1, y0, y1, "
                                           "+n, +lat, +lon, +cam)")
                                .arg(z),
                            error))
                        return false;
                }
                db.transaction();
                QSqlQuery ins(db);
                ins.prepare(QStringLiteral("INSERT INTO cameras VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
                QSqlQuery reg(db);
                reg.prepare(QStringLiteral("INSERT INTO register VALUES (?, ?, ?, ?, ?, ?)"));
                const auto text = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
                QHash<quint64, Aggregate> cells;
                const double across = cellsAcross(kMaxClusterZoom);
                const qint64 total = cameras.size();
                const QList<qint64> order = camerasInZOrder(cameras);
                bool anyId = false;
                for (qint64 k = 0; k < total; ++k) {
                    const qint64 i = order[k];
                    const auto &c = cameras[i];
                    const QPointF n = toNormalised({ c.lat, c.lon });
                    const qint64 id = i + 1;
                    ins.bindValue(0, id);
                    ins.bindValue(1, n.x());
                    ins.bindValue(2, n.x());
                    ins.bindValue(3, n.y());
                    ins.bindValue(4, n.y());
                    ins.bindValue(5, c.lat);
                    ins.bindValue(6, c.lon);
                    ins.bindValue(7, c.bearing);
                    ins.bindValue(8, c.fov);
                    if (!ins.exec()) {
                        *error = ins.lastError().text();
                        return false;
                    }
                    if (!entries.isEmpty()) {
                        const auto &e = entries[i];
                        anyId = anyId || !e.id.isEmpty();
                        reg.bindValue(0, id);
                        reg.bindValue(1, text(e.id));
                        reg.bindValue(2, text(e.name));
                        reg.bindValue(3, text(e.mainUrl));
                        reg.bindValue(4, text(e.subUrl));
                        reg.bindValue(5, text(e.transport));
                        if (!reg.exec()) {
                            *error = reg.lastError().text();
                            return false;
                        }
                    }
                    auto &a = cells[cellKey(qint64(n.x() * across), qint64(n.y() * across))];
                    if (a.n++ == 0 || id < a.firstId)
                        a.firstId = id;
                    a.sumLat += c.lat;
                    a.sumLon += c.lon;
                    if (progress && k % 20000 == 0
                        && !progress(0.7 * double(k) / double(std::max<qint64>(1, total))))
                        return false;
                }
                // Search by name or id without regard to case (the ids' own index is exact).
                if (anyId
                    && (!exec(db,
                            QStringLiteral("CREATE INDEX register_name ON register(name COLLATE NOCASE)"),
                            error)
                        || !exec(db,
                            QStringLiteral("CREATE INDEX register_id ON register(id COLLATE NOCASE)"),
                            error)))
                    return false;
                // Cluster levels, finest first; each coarser level merges 2x2 cells of the one below.
                for (int z = kMaxClusterZoom; z >= kMinClusterZoom; --z) {
                    QSqlQuery cell(db);
                    cell.prepare(
                        QStringLiteral("INSERT INTO cells_z%1 VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?)").arg(z));
                    QHash<quint64, Aggregate> coarser;
                    for (const quint64 key : inZOrder(cells)) {
                        const auto &a = *cells.constFind(key);
                        const QPointF n = toNormalised({ a.sumLat / double(a.n), a.sumLon / double(a.n) });
                        cell.bindValue(0, n.x());
                        cell.bindValue(1, n.x());
                        cell.bindValue(2, n.y());
                        cell.bindValue(3, n.y());
                        cell.bindValue(4, a.n);
                        cell.bindValue(5, a.sumLat / double(a.n));
                        cell.bindValue(6, a.sumLon / double(a.n));
                        cell.bindValue(7, a.firstId);
                        if (!cell.exec()) {
                            *error = cell.lastError().text();
                            return false;
                        }
                        const quint64 cx = key >> 32, cy = key & 0xffffffffu;
                        auto &up = coarser[cellKey(qint64(cx >> 1), qint64(cy >> 1))];
                        up.firstId = up.n == 0 ? a.firstId : std::min(up.firstId, a.firstId);
                        up.n += a.n;
                        up.sumLat += a.sumLat;
                        up.sumLon += a.sumLon;
                    }
                    cells = std::move(coarser);
                    if (progress
                        && !progress(0.7
                            + 0.3 * double(kMaxClusterZoom - z + 1)
                                / double(kMaxClusterZoom - kMinClusterZoom + 1)))
                        return false;
                }
                QSqlQuery meta(db);
                meta.prepare(QStringLiteral("INSERT INTO meta VALUES (?, ?)"));
                meta.addBindValue(QVariantList { QStringLiteral("count"), QStringLiteral("version"),
                    QStringLiteral("maxClusterZoom"), QStringLiteral("source") });
                meta.addBindValue(QVariantList { total, cameraindex::kVersion, kMaxClusterZoom, source });
                if (!meta.execBatch()) {
                    *error = meta.lastError().text();
                    return false;
                }
                return db.commit();
            }();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!ok) {
        if (error->isEmpty())
            *error = QStringLiteral("cancelled");
        QFile::remove(path);
    }
    return ok;
}

} // namespace wf::maps
