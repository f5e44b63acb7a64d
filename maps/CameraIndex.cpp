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

namespace wf::maps {

using cameraindex::cellKey;
using cameraindex::cellsAcross;

namespace {

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
        : cameraindex::kFormat1MaxClusterZoom;
    m_source = q.exec(QStringLiteral("SELECT value FROM meta WHERE key='source'")) && q.next()
        ? q.value(0).toString()
        : QStringLiteral("generated");
    // Files before format 3 have no register: every camera is "CAM-<n>".
    m_hasRegister = q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name='register'")) && q.next();
    m_hasIds = m_hasRegister && q.exec(QStringLiteral("SELECT 1 FROM register LIMIT 1")) && q.next();
    return true;
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
