#include "CameraIndex.h"

#include "MapCamera.h"

#include <QFile>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <algorithm>
#include <cmath>
#include <numbers>
#include <random>

namespace wf::maps {

namespace {

// 2: grids up to zoom 17, and the meta row maxClusterZoom (absent in 1, whose grids end at 16).
// 3: the register table (ids, names, streams of a site's cameras) and the meta row source.
constexpr int kFormatVersion = 3;
constexpr int kFormat1MaxClusterZoom = 16;

// Grid cells across the world at a zoom: the world is 256 * 2^z pixels, cells are 64 px.
double cellsAcross(int zoom)
{
    return double(kTileSize) * std::exp2(zoom) / CameraIndex::kCellPixels;
}

struct Aggregate
{
    qint64 n = 0;
    double sumLat = 0;
    double sumLon = 0;
    qint64 firstId = 0;
};

quint64 cellKey(qint64 cx, qint64 cy)
{
    return (quint64(cx) << 32) | quint64(quint32(cy));
}

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

// The number of a camera the register gives no id: "CAM-<n>"; 0 for any other text.
qint64 generatedNumber(const QString &id)
{
    if (!id.startsWith(QLatin1String("CAM-")))
        return 0;
    bool ok = false;
    const qint64 n = QStringView(id).mid(4).toLongLong(&ok);
    return ok && n > 0 ? n : 0;
}

QString generatedId(qint64 n)
{
    return QStringLiteral("CAM-%1").arg(n);
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = QStringLiteral("%1: %2").arg(sql.left(60), q.lastError().text());
    return false;
}

// Population-ish weights (millions, rounded) of Hubei's prefecture seats and county-level
// cities, WGS-84 from places.json-style general knowledge; enough to shape a realistic density.
struct City
{
    double lat, lon, weight, radiusKm;
};
constexpr City kCities[] = {
    { 30.5931, 114.3054, 13.7, 14 }, // Wuhan
    { 32.0090, 112.1224, 5.3, 8 }, // Xiangyang
    { 30.6920, 111.2865, 4.0, 7 }, // Yichang
    { 30.3348, 112.2410, 5.2, 7 }, // Jingzhou
    { 30.4537, 114.8724, 5.9, 5 }, // Huanggang
    { 30.9246, 113.9169, 4.3, 5 }, // Xiaogan
    { 31.0354, 112.1994, 2.6, 5 }, // Jingmen
    { 32.6295, 110.7980, 3.2, 6 }, // Shiyan
    { 30.2000, 115.0390, 2.5, 5 }, // Huangshi
    { 29.8413, 114.3224, 2.7, 5 }, // Xianning
    { 30.2722, 109.4882, 3.5, 4 }, // Enshi
    { 31.6900, 113.3800, 2.0, 5 }, // Suizhou
    { 30.3910, 114.8950, 1.1, 4 }, // Ezhou
    { 30.3620, 113.4540, 1.1, 4 }, // Xiantao
    { 30.4020, 112.9000, 0.9, 4 }, // Qianjiang
    { 30.6530, 113.1660, 1.2, 4 }, // Tianmen
    { 31.7440, 110.6760, 0.07, 3 }, // Shennongjia
};

} // namespace

CameraIndex::CameraIndex()
    : m_connection(QStringLiteral("wf-cameras-%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
{ }

CameraIndex::~CameraIndex()
{
    close();
}

bool CameraIndex::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

void CameraIndex::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

bool CameraIndex::open(const QString &path, QString *error)
{
    close();
    if (!QFile::exists(path)) {
        *error = QStringLiteral("no camera index at %1").arg(path);
        return false;
    }
    auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA cache_size=-65536")); // 64 MB of pages: the upper cluster levels stay hot
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key='count'")) || !q.next()) {
        *error = QStringLiteral("%1 is not a camera index: %2").arg(path, q.lastError().text());
        return false;
    }
    m_count = q.value(0).toLongLong();
    m_maxClusterZoom = q.exec(QStringLiteral("SELECT value FROM meta WHERE key='maxClusterZoom'")) && q.next()
        ? q.value(0).toInt()
        : kFormat1MaxClusterZoom;
    m_source = q.exec(QStringLiteral("SELECT value FROM meta WHERE key='source'")) && q.next()
        ? q.value(0).toString()
        : QStringLiteral("generated");
    // Files before format 3 have no register: every camera is "CAM-<n>".
    m_hasRegister = q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name='register'")) && q.next();
    m_hasIds = m_hasRegister && q.exec(QStringLiteral("SELECT 1 FROM register LIMIT 1")) && q.next();
    return true;
}

bool CameraIndex::build(const QString &path, const QList<Camera> &cameras, QString *error,
    const std::function<bool(double)> &progress, const QList<Entry> &entries, const QString &source)
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
                meta.addBindValue(QVariantList { total, kFormatVersion, kMaxClusterZoom, source });
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

QList<CameraIndex::Camera> CameraIndex::synthetic(qint64 count, quint64 seed)
{
    // std::mt19937_64 is specified exactly; the distributions below are computed by hand so the
    // same seed gives the same cameras with any standard library.
    std::mt19937_64 rng(seed);
    auto uniform = [&] { return double(rng() >> 11) * 0x1.0p-53; };
    auto normal = [&] { // Box-Muller
        const double u1 = std::max(uniform(), 1e-300), u2 = uniform();
        return std::sqrt(-2 * std::log(u1)) * std::cos(2 * std::numbers::pi * u2);
    };
    double totalWeight = 0;
    for (const auto &c : kCities)
        totalWeight += c.weight;
    QList<Camera> out;
    out.reserve(count);
    for (qint64 i = 0; i < count; ++i) {
        Camera cam;
        cam.bearing = float(uniform() * 360);
        cam.fov = float(40 + 60 * uniform());
        if (uniform() < 0.12) { // rural background: roads, villages, over Hubei's box
            cam.lat = 29.1 + uniform() * (33.2 - 29.1);
            cam.lon = 108.4 + uniform() * (116.1 - 108.4);
        } else {
            double pick = uniform() * totalWeight;
            const City *city = &kCities[0];
            for (const auto &c : kCities) {
                city = &c;
                if ((pick -= c.weight) <= 0)
                    break;
            }
            // Mix of a dense core and a wider urban area: density falls off from the centre.
            const double r = city->radiusKm * (uniform() < 0.5 ? 0.35 : 1.0);
            const double dyKm = normal() * r, dxKm = normal() * r;
            cam.lat = city->lat + dyKm / 111.2;
            cam.lon = city->lon + dxKm / (111.2 * std::cos(city->lat * std::numbers::pi / 180));
        }
        out.append(cam);
    }
    return out;
}

bool CameraIndex::query(const QRectF &box, double zoom, QList<CameraCluster> *out, QString *error) const
{
    out->clear();
    if (!QSqlDatabase::contains(m_connection)) {
        *error = QStringLiteral("camera index not open");
        return false;
    }
    auto db = QSqlDatabase::database(m_connection, false);
    // Normalised Mercator box (y grows south, so the north edge is the smaller y).
    const QPointF nw = toNormalised({ box.bottom(), box.left() });
    const QPointF se = toNormalised({ box.top(), box.right() });
    const double x0 = std::min(nw.x(), se.x()), x1 = std::max(nw.x(), se.x());
    const double y0 = std::min(nw.y(), se.y()), y1 = std::max(nw.y(), se.y());
    const int z = std::max(kMinClusterZoom, int(std::floor(zoom)));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (z <= m_maxClusterZoom) {
        q.prepare(QStringLiteral(
            "SELECT n, lat, lon, cam FROM cells_z%1 WHERE x0 <= ? AND x1 >= ? AND y0 <= ? AND y1 >= ?")
                .arg(z));
        q.addBindValue(x1);
        q.addBindValue(x0);
        q.addBindValue(y1);
        q.addBindValue(y0);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        while (q.next())
            out->append({ q.value(1).toDouble(), q.value(2).toDouble(), q.value(0).toInt(),
                q.value(3).toLongLong(), 0, 0, {} });
        return nameSingles(db, out, error);
    }
    // Street level: the cameras themselves, merged only where they share a 64 px cell.
    q.prepare(QStringLiteral(
        "SELECT id, lat, lon, bearing, fov FROM cameras WHERE x0 <= ? AND x1 >= ? AND y0 <= ? AND y1 >= ?"));
    q.addBindValue(x1);
    q.addBindValue(x0);
    q.addBindValue(y1);
    q.addBindValue(y0);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    const double across = cellsAcross(z);
    QHash<quint64, int> cellOf;
    while (q.next()) {
        const double lat = q.value(1).toDouble(), lon = q.value(2).toDouble();
        const QPointF n = toNormalised({ lat, lon });
        const quint64 key = cellKey(qint64(n.x() * across), qint64(n.y() * across));
        const auto it = cellOf.constFind(key);
        if (it == cellOf.cend()) {
            cellOf.insert(key, int(out->size()));
            out->append(
                { lat, lon, 1, q.value(0).toLongLong(), q.value(3).toFloat(), q.value(4).toFloat(), {} });
            continue;
        }
        auto &c = (*out)[*it];
        c.lat = (c.lat * c.count + lat) / (c.count + 1);
        c.lon = (c.lon * c.count + lon) / (c.count + 1);
        ++c.count;
    }
    return nameSingles(db, out, error);
}

bool CameraIndex::nameSingles(QSqlDatabase &db, QList<CameraCluster> *clusters, QString *error) const
{
    // A lone camera is shown, dragged and searched by its register id. Only a register with ids
    // is asked: a generated one's cameras are "CAM-<n>" (the province view's hundreds of cells
    // cost nothing more).
    QSqlQuery q(db);
    if (m_hasIds)
        q.prepare(QStringLiteral("SELECT id FROM register WHERE n = ?"));
    for (auto &c : *clusters) {
        if (c.count != 1)
            continue;
        if (m_hasIds) {
            q.bindValue(0, c.cameraId);
            if (!q.exec()) {
                *error = q.lastError().text();
                return false;
            }
            if (q.next() && !q.value(0).isNull()) {
                c.id = q.value(0).toString();
                continue;
            }
        }
        c.id = generatedId(c.cameraId);
    }
    return true;
}

bool CameraIndex::records(
    const QString &where, const QVariantList &values, int limit, QList<Record> *out, QString *error) const
{
    if (!QSqlDatabase::contains(m_connection)) {
        *error = QStringLiteral("camera index not open");
        return false;
    }
    auto db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString registerColumns = m_hasRegister ? QStringLiteral("r.id, r.name, r.main, r.sub, r.transport")
                                                  : QStringLiteral("NULL, NULL, NULL, NULL, NULL");
    const QString join = m_hasRegister ? QStringLiteral(" LEFT JOIN register r ON r.n = c.id") : QString();
    q.prepare(
        QStringLiteral("SELECT c.id, c.lat, c.lon, c.bearing, c.fov, %1 FROM cameras c%2 WHERE %3 LIMIT %4")
            .arg(registerColumns, join, where)
            .arg(limit));
    for (const auto &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        Record r;
        r.n = q.value(0).toLongLong();
        r.lat = q.value(1).toDouble();
        r.lon = q.value(2).toDouble();
        r.bearing = q.value(3).toFloat();
        r.fov = q.value(4).toFloat();
        r.id = q.value(5).isNull() ? generatedId(r.n) : q.value(5).toString();
        r.name = q.value(6).isNull() ? r.id : q.value(6).toString();
        r.mainUrl = q.value(7).toString();
        r.subUrl = q.value(8).toString();
        r.transport = q.value(9).toString();
        out->append(r);
    }
    return true;
}

std::optional<CameraIndex::Record> CameraIndex::find(const QString &id, QString *error) const
{
    QList<Record> found;
    if (m_hasIds) {
        if (!records(
                QStringLiteral("c.id = (SELECT n FROM register WHERE id = ?)"), { id }, 1, &found, error))
            return std::nullopt;
        if (!found.isEmpty())
            return found.first();
    }
    // "CAM-<n>" names a camera only when its register gives it no id of its own.
    const qint64 n = generatedNumber(id);
    if (n == 0 || !records(QStringLiteral("c.id = ?"), { n }, 1, &found, error) || found.isEmpty()
        || found.first().id != id)
        return std::nullopt;
    return found.first();
}

bool CameraIndex::within(const QRectF &box, int limit, QList<Record> *out, QString *error) const
{
    out->clear();
    const QPointF nw = toNormalised({ box.bottom(), box.left() });
    const QPointF se = toNormalised({ box.top(), box.right() });
    return records(QStringLiteral("c.x0 <= ? AND c.x1 >= ? AND c.y0 <= ? AND c.y1 >= ?"),
        { std::max(nw.x(), se.x()), std::min(nw.x(), se.x()), std::max(nw.y(), se.y()),
            std::min(nw.y(), se.y()) },
        limit, out, error);
}

bool CameraIndex::search(const QString &text, int limit, QList<Record> *out, QString *error) const
{
    out->clear();
    error->clear();
    const QString t = text.trimmed();
    if (t.isEmpty() || limit <= 0)
        return true;
    if (const auto exact = find(t, error))
        out->append(*exact);
    else if (!error->isEmpty())
        return false;
    if (!m_hasIds || out->size() >= limit)
        return true;
    // Prefixes as ranges on the case-folding indexes: [t, t + the last code point).
    const QString end = t + QString::fromUcs4(U"\U0010FFFF");
    for (const char *column : { "name", "id" }) {
        QList<Record> more;
        const QString where = QStringLiteral(
            "c.id IN (SELECT n FROM register WHERE %1 >= ? COLLATE NOCASE AND %1 < ? COLLATE NOCASE "
            "ORDER BY %1 COLLATE NOCASE LIMIT %2)")
                                  .arg(QLatin1String(column))
                                  .arg(limit);
        if (!records(where, { t, end }, limit, &more, error))
            return false;
        std::sort(more.begin(), more.end(), [&](const Record &a, const Record &b) {
            const QString &ka = column[0] == 'n' ? a.name : a.id, &kb = column[0] == 'n' ? b.name : b.id;
            return QString::compare(ka, kb, Qt::CaseInsensitive) < 0;
        });
        for (const auto &r : std::as_const(more)) {
            if (out->size() >= limit)
                return true;
            if (std::none_of(out->cbegin(), out->cend(), [&](const Record &o) { return o.n == r.n; }))
                out->append(r);
        }
    }
    return true;
}

} // namespace wf::maps
