#include "JournalReader.h"

#include "Journal.h"
#include "JournalFile.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>
#include <QtSql/QSqlDriver>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <future>
#include <sqlite3.h>
#include <sys/file.h>
#include <unistd.h>

namespace wf {

using namespace journalfile;

JournalReader::JournalReader() = default;

JournalReader::~JournalReader()
{
    if (!m_connection.isEmpty()) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool JournalReader::open(const QString &path, QString *error)
{
    if (!QFileInfo::exists(path)) {
        *error = QStringLiteral("journal %1 does not exist").arg(path);
        return false;
    }
    if (!checkExistingFile(path, error))
        return false;
    // Without a -wal the file is closed and everything is in it: check it on the probe, so that a
    // refused file gets no -wal/-shm beside it. With one, a writer has it open or crashed, and only
    // a connection that reads the WAL sees the journal as it is.
    const bool closed = !QFileInfo::exists(path + QStringLiteral("-wal"));
    qint64 version = 0;
    if (closed && !probeClosedFile(path, &version, error))
        return false;
    m_connection = nextConnectionName("journal-reader");
    auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (closed) {
        // Nobody writes it: read it as it is, creating no -wal or -shm beside it (a read-only
        // connection would make both and leave them behind, changing the evidence's folder).
        QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        url.setQuery(QStringLiteral("immutable=1"));
        db.setDatabaseName(url.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else {
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    }
    if (!db.open()) {
        *error = QStringLiteral("cannot open journal %1: %2").arg(path, db.lastError().text());
        return false;
    }
    if (!checkIdentity(db, path, &version, error))
        return false;
    if (version < 1) {
        *error = QStringLiteral("%1 holds no journal").arg(path);
        return false;
    }
    m_hasKeyframes = version >= 2;
    return true;
}

bool JournalReader::verify(QString *error) const
{
    auto db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check(1)")) || !q.next() || q.value(0).toString() != u"ok") {
        *error = QStringLiteral("journal %1 is corrupt (%2)")
                     .arg(db.databaseName(),
                         q.lastError().isValid() ? q.lastError().text() : q.value(0).toString());
        return false;
    }
    return true;
}

QString JournalReader::mode() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'mode'")) || !q.next())
        return {};
    return q.value(0).toString();
}

qint64 JournalReader::count() const
{
    auto db = QSqlDatabase::database(m_connection, false);
    QString err;
    return scalar(db, QStringLiteral("SELECT count(*) FROM events"), &err).value_or(-1);
}

qint64 JournalReader::firstSeq() const
{
    auto db = QSqlDatabase::database(m_connection, false);
    QString err;
    return scalar(db, QStringLiteral("SELECT coalesce(min(seq), 0) FROM events"), &err).value_or(0);
}

qint64 JournalReader::firstTimeMs() const
{
    auto db = QSqlDatabase::database(m_connection, false);
    QString err;
    // By seq, through the primary key: min(receive_time) would do the same through its index, but
    // the first event is the first received.
    return scalar(db, QStringLiteral("SELECT coalesce(min(receive_time), 0) FROM events"), &err).value_or(0);
}

qint64 JournalReader::lastTimeMs() const
{
    auto db = QSqlDatabase::database(m_connection, false);
    QString err;
    return scalar(db, QStringLiteral("SELECT coalesce(max(receive_time), 0) FROM events"), &err).value_or(0);
}

namespace {

qint64 readRows(QSqlQuery &q, qint64 *undecodable, const std::function<void(const Event &)> &sink)
{
    if (!q.exec())
        return -1;
    qint64 n = 0;
    Event e;
    while (q.next()) {
        const auto kind = EventKind(q.value(1).toInt());
        auto payload = decodePayload(kind, q.value(5).toByteArray());
        if (!payload) {
            ++*undecodable;
            continue;
        }
        e.seq = q.value(0).toLongLong();
        e.sourceTimeMs = q.value(2).toLongLong();
        e.receiveTimeMs = q.value(3).toLongLong();
        e.source = q.value(4).toString();
        e.payload = std::move(*payload);
        sink(e);
        ++n;
    }
    return n;
}

// The same rows through SQLite's C API on the connection's own handle: playback reads thousands
// of events per seek, and QtSql's six QVariants and a QString per row were most of a seek's time.
// Returns -1 when the handle is not SQLite's (then the caller reads through QtSql).
qint64 readRowsDirect(const QSqlDatabase &db, const char *sql, qint64 a, qint64 b, qint64 *undecodable,
    const std::function<void(const Event &)> &sink)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return -1;
    sqlite3 *h = *static_cast<sqlite3 *const *>(handle.constData());
    sqlite3_stmt *st = nullptr;
    if (!h || sqlite3_prepare_v2(h, sql, -1, &st, nullptr) != SQLITE_OK)
        return -1;
    sqlite3_bind_int64(st, 1, a);
    sqlite3_bind_int64(st, 2, b);
    qint64 n = 0;
    Event e;
    QByteArray sourceBytes; // the sources repeat: one QString per change, not per row
    while (sqlite3_step(st) == SQLITE_ROW) {
        const auto kind = EventKind(sqlite3_column_int(st, 1));
        const auto *blob = static_cast<const char *>(sqlite3_column_blob(st, 5));
        const QByteArray bytes(blob, sqlite3_column_bytes(st, 5));
        auto payload = decodePayload(kind, bytes);
        if (!payload) {
            ++*undecodable;
            continue;
        }
        e.seq = sqlite3_column_int64(st, 0);
        e.sourceTimeMs = sqlite3_column_int64(st, 2);
        e.receiveTimeMs = sqlite3_column_int64(st, 3);
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(st, 4));
        const int length = sqlite3_column_bytes(st, 4);
        if (QByteArrayView(text, length) != sourceBytes) {
            sourceBytes = QByteArray(text, length);
            e.source = QString::fromUtf8(sourceBytes);
        }
        e.payload = std::move(*payload);
        sink(e);
        ++n;
    }
    sqlite3_finalize(st);
    return n;
}

} // namespace

qint64 JournalReader::read(qint64 fromMs, qint64 toMs, const std::function<void(const Event &)> &sink)
{
    auto db = QSqlDatabase::database(m_connection, false);
    const qint64 direct = readRowsDirect(db,
        "SELECT seq, kind, source_time, receive_time, source, payload FROM events WHERE receive_time >= ? "
        "AND "
        "receive_time < ? ORDER BY seq",
        fromMs, toMs, &m_undecodable, sink);
    if (direct >= 0)
        return direct;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, kind, source_time, receive_time, source, payload FROM events "
                             "WHERE receive_time >= ? AND receive_time < ? ORDER BY seq"));
    q.bindValue(0, fromMs);
    q.bindValue(1, toMs);
    return readRows(q, &m_undecodable, sink);
}

qint64 JournalReader::readSeqs(qint64 afterSeq, qint64 toSeq, const std::function<void(const Event &)> &sink)
{
    auto db = QSqlDatabase::database(m_connection, false);
    const qint64 direct = readRowsDirect(db,
        "SELECT seq, kind, source_time, receive_time, source, payload FROM events WHERE seq > ? AND seq <= ? "
        "ORDER BY seq",
        afterSeq, toSeq, &m_undecodable, sink);
    if (direct >= 0)
        return direct;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, kind, source_time, receive_time, source, payload FROM events "
                             "WHERE seq > ? AND seq <= ? ORDER BY seq"));
    q.bindValue(0, afterSeq);
    q.bindValue(1, toSeq);
    return readRows(q, &m_undecodable, sink);
}

qint64 JournalReader::lastSeqAt(qint64 timeMs) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
        "SELECT seq FROM events WHERE receive_time <= ? ORDER BY receive_time DESC, seq DESC LIMIT 1"));
    q.bindValue(0, timeMs);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

qint64 JournalReader::receiveTimeOf(qint64 seq) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT receive_time FROM events WHERE seq = ?"));
    q.bindValue(0, seq);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

std::optional<JournalReader::Keyframe> JournalReader::keyframeAtOrBefore(qint64 seq) const
{
    if (!m_hasKeyframes)
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(
        QStringLiteral("SELECT seq, time, world FROM keyframes WHERE seq <= ? ORDER BY seq DESC LIMIT 1"));
    q.bindValue(0, seq);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Keyframe { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toByteArray() };
}

qint64 JournalReader::keyframeCount() const
{
    if (!m_hasKeyframes)
        return 0;
    auto db = QSqlDatabase::database(m_connection, false);
    QString err;
    return scalar(db, QStringLiteral("SELECT count(*) FROM keyframes"), &err).value_or(0);
}

qint64 JournalReader::keyframeBytes() const
{
    if (!m_hasKeyframes)
        return 0;
    auto db = QSqlDatabase::database(m_connection, false);
    QString err;
    return scalar(db, QStringLiteral("SELECT coalesce(sum(length(world)), 0) FROM keyframes"), &err)
        .value_or(0);
}

std::vector<JournalReader::Marker> JournalReader::markers(const QList<EventKind> &kinds) const
{
    std::vector<Marker> out;
    if (kinds.isEmpty())
        return out;
    QStringList numbers;
    for (auto k : kinds)
        numbers.append(QString::number(int(k)));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT receive_time, seq, kind FROM events WHERE kind IN (%1) ORDER BY seq")
                .arg(numbers.join(u','))))
        return out;
    while (q.next())
        out.push_back({ q.value(0).toLongLong(), q.value(1).toLongLong(), EventKind(q.value(2).toInt()) });
    return out;
}

} // namespace wf
