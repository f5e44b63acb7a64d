#include "Journal.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <future>

namespace wf {

namespace {

QString nextConnectionName(const char *prefix)
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("%1-%2").arg(QLatin1StringView(prefix)).arg(counter.fetchAndAddRelaxed(1));
}

// Each migration takes the schema from version i to i+1. Append, never edit.
const char *const kMigrations[] = {
    "CREATE TABLE events(seq INTEGER PRIMARY KEY, kind INTEGER NOT NULL, source_time INTEGER NOT NULL,"
    " receive_time INTEGER NOT NULL, source TEXT NOT NULL, entity TEXT NOT NULL, payload BLOB NOT NULL);"
    "CREATE INDEX events_receive_time ON events(receive_time);"
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);",
};
static_assert(std::size(kMigrations) == Journal::kSchemaVersion);

bool execAll(QSqlDatabase &db, const QString &script, QString *error)
{
    for (const auto &statement : script.split(u';', Qt::SkipEmptyParts)) {
        if (statement.trimmed().isEmpty())
            continue;
        QSqlQuery q(db);
        if (!q.exec(statement)) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

std::optional<qint64> scalar(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

// Checks that an existing file can be a Watchfloor journal before SQLite is let near it, so
// that a wrong --db never gets modified.
bool checkExistingFile(const QString &path, QString *error)
{
    QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return true;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read journal %1: %2").arg(path, f.errorString());
        return false;
    }
    if (f.read(16) != QByteArray("SQLite format 3\0", 16)) {
        *error
            = QStringLiteral("%1 is not a Watchfloor journal (not a SQLite database); it was left untouched")
                  .arg(path);
        return false;
    }
    return true;
}

// Verifies identity, version and integrity of an opened database. Read-only.
bool checkIdentity(QSqlDatabase &db, const QString &path, qint64 *version, QString *error)
{
    QString sqlError;
    const auto appId = scalar(db, QStringLiteral("PRAGMA application_id"), &sqlError);
    const auto userVersion = scalar(db, QStringLiteral("PRAGMA user_version"), &sqlError);
    const auto tables = scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"), &sqlError);
    if (!appId || !userVersion || !tables) {
        *error = QStringLiteral("journal %1 is unreadable or corrupt: %2; it was left untouched")
                     .arg(path, sqlError);
        return false;
    }
    if (*appId != Journal::kApplicationId && *tables > 0) {
        *error = QStringLiteral(
            "%1 is a SQLite database of another program, not a Watchfloor journal; it was left "
            "untouched")
                     .arg(path);
        return false;
    }
    if (*userVersion > Journal::kSchemaVersion) {
        *error
            = QStringLiteral("journal %1 has schema version %2, newer than this Watchfloor understands (%3)")
                  .arg(path)
                  .arg(*userVersion)
                  .arg(Journal::kSchemaVersion);
        return false;
    }
    if (*tables > 0) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA quick_check(1)")) || !q.next() || q.value(0).toString() != u"ok") {
            *error = QStringLiteral("journal %1 is corrupt (%2); it was left untouched")
                         .arg(path, q.lastError().isValid() ? q.lastError().text() : q.value(0).toString());
            return false;
        }
    }
    *version = *userVersion;
    return true;
}

} // namespace

Journal::Journal() = default;

Journal::~Journal()
{
    if (m_writer.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        m_writer.join();
    }
    if (!m_connection.isEmpty())
        QSqlDatabase::removeDatabase(m_connection);
}

bool Journal::open(const QString &path, QString *error)
{
    if (m_open) {
        *error = QStringLiteral("journal already open");
        return false;
    }
    if (!checkExistingFile(path, error))
        return false;
    m_path = path;
    m_connection = nextConnectionName("journal");

    // The connection belongs to the writer thread, so opening happens there too.
    std::promise<QString> opened;
    auto result = opened.get_future();
    m_writer = std::thread([this, &opened] {
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
            db.setDatabaseName(m_path);
            QString err;
            qint64 version = 0;
            if (!db.open())
                err = QStringLiteral("cannot open journal %1: %2").arg(m_path, db.lastError().text());
            else if (checkIdentity(db, m_path, &version, &err)) {
                // WAL lets readers (playback) run beside the writer; FULL makes each commit durable.
                QString sqlError;
                if (!execAll(db,
                        QStringLiteral(
                            "PRAGMA journal_mode=WAL;PRAGMA synchronous=FULL;PRAGMA application_id=%1")
                            .arg(kApplicationId),
                        &sqlError))
                    err = QStringLiteral("cannot prepare journal %1: %2").arg(m_path, sqlError);
                for (qint64 v = version; err.isEmpty() && v < kSchemaVersion; ++v) {
                    db.transaction();
                    if (!execAll(db, QString::fromLatin1(kMigrations[v]), &sqlError)
                        || !execAll(db, QStringLiteral("PRAGMA user_version=%1").arg(v + 1), &sqlError)) {
                        db.rollback();
                        err = QStringLiteral("cannot migrate journal %1 to version %2: %3")
                                  .arg(m_path)
                                  .arg(v + 1)
                                  .arg(sqlError);
                    } else {
                        db.commit();
                    }
                }
                if (err.isEmpty()) {
                    const auto last
                        = scalar(db, QStringLiteral("SELECT coalesce(max(seq), 0) FROM events"), &sqlError);
                    if (!last)
                        err = QStringLiteral("journal %1 is unreadable: %2").arg(m_path, sqlError);
                    else
                        m_lastSeqAtOpen = *last;
                }
            }
            if (!err.isEmpty())
                db.close();
            opened.set_value(err);
            if (!err.isEmpty())
                return;
        }
        writerLoop();
        QSqlDatabase::database(m_connection, false).close();
    });
    const QString err = result.get();
    if (!err.isEmpty()) {
        m_writer.join();
        *error = err;
        return false;
    }
    m_durableSeq = m_lastSeqAtOpen;
    m_queuedSeq = m_lastSeqAtOpen;
    m_open = true;
    return true;
}

void Journal::append(const Event &event)
{
    // Encoding happens on the caller's thread so the writer does nothing but SQLite.
    Row row { event.seq, event.sourceTimeMs, event.receiveTimeMs, quint16(event.kind()), event.source,
        event.entityId(), encodePayload(event.payload) };
    bool wake = false;
    {
        std::lock_guard lock(m_mutex);
        m_pending.push_back(std::move(row));
        m_queuedSeq = std::max(m_queuedSeq, event.seq);
        wake = m_pending.size() >= 16384; // a large batch need not wait for the interval
    }
    ++m_appended;
    if (wake)
        m_wake.notify_one();
}

void Journal::flush()
{
    if (!m_open)
        return;
    std::unique_lock lock(m_mutex);
    const qint64 target = m_queuedSeq;
    m_wake.notify_one();
    m_flushed.wait(lock, [&] { return m_durableSeq.load() >= target || m_stop; });
}

QString Journal::lastError() const
{
    std::lock_guard lock(m_mutex);
    return m_lastError;
}

void Journal::writerLoop()
{
    std::vector<Row> batch;
    for (;;) {
        bool stopping = false;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, std::chrono::milliseconds(m_flushIntervalMs),
                [&] { return m_stop || m_pending.size() >= 16384 || m_durableSeq.load() < m_queuedSeq; });
            stopping = m_stop;
            if (batch.empty())
                batch.swap(m_pending);
            else // a failed batch is retried first, then what arrived since
                batch.insert(batch.end(), std::make_move_iterator(m_pending.begin()),
                    std::make_move_iterator(m_pending.end())),
                    m_pending.clear();
        }
        if (!batch.empty()) {
            if (writeBatch(batch)) {
                m_durableSeq = batch.back().seq;
                batch.clear();
                if (m_onCommit)
                    m_onCommit(m_durableSeq);
            } else if (stopping) {
                break; // reported through writeErrors; nothing more can be done
            }
        }
        m_flushed.notify_all();
        if (stopping && batch.empty()) {
            std::lock_guard lock(m_mutex);
            if (m_pending.empty())
                break;
        }
    }
    m_flushed.notify_all();
}

bool Journal::writeBatch(std::vector<Row> &batch)
{
    auto db = QSqlDatabase::database(m_connection, false);
    auto fail = [&](const QString &what) {
        db.rollback();
        ++m_writeErrors;
        std::lock_guard lock(m_mutex);
        m_lastError = what;
        return false;
    };
    if (!db.transaction())
        return fail(db.lastError().text());
    QSqlQuery q(db);
    if (!q.prepare(
            QStringLiteral("INSERT OR IGNORE INTO events(seq, kind, source_time, receive_time, source, "
                           "entity, payload) VALUES(?,?,?,?,?,?,?)")))
        return fail(q.lastError().text());
    for (const auto &r : batch) {
        q.bindValue(0, r.seq);
        q.bindValue(1, r.kind);
        q.bindValue(2, r.sourceTime);
        q.bindValue(3, r.receiveTime);
        q.bindValue(4, r.source);
        q.bindValue(5, r.entity);
        q.bindValue(6, r.payload);
        if (!q.exec())
            return fail(q.lastError().text());
    }
    if (!db.commit())
        return fail(db.lastError().text());
    return true;
}

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
    m_connection = nextConnectionName("journal-reader");
    auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        *error = QStringLiteral("cannot open journal %1: %2").arg(path, db.lastError().text());
        return false;
    }
    qint64 version = 0;
    if (!checkIdentity(db, path, &version, error))
        return false;
    if (version < 1) {
        *error = QStringLiteral("%1 holds no journal").arg(path);
        return false;
    }
    return true;
}

qint64 JournalReader::count() const
{
    auto db = QSqlDatabase::database(m_connection, false);
    QString err;
    return scalar(db, QStringLiteral("SELECT count(*) FROM events"), &err).value_or(-1);
}

qint64 JournalReader::firstTimeMs() const
{
    auto db = QSqlDatabase::database(m_connection, false);
    QString err;
    return scalar(db, QStringLiteral("SELECT coalesce(min(receive_time), 0) FROM events"), &err).value_or(0);
}

qint64 JournalReader::lastTimeMs() const
{
    auto db = QSqlDatabase::database(m_connection, false);
    QString err;
    return scalar(db, QStringLiteral("SELECT coalesce(max(receive_time), 0) FROM events"), &err).value_or(0);
}

qint64 JournalReader::read(qint64 fromMs, qint64 toMs, const std::function<void(const Event &)> &sink)
{
    auto db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, kind, source_time, receive_time, source, payload FROM events "
                             "WHERE receive_time >= ? AND receive_time < ? ORDER BY seq"));
    q.bindValue(0, fromMs);
    q.bindValue(1, toMs);
    if (!q.exec())
        return -1;
    qint64 n = 0;
    Event e;
    while (q.next()) {
        const auto kind = EventKind(q.value(1).toInt());
        auto payload = decodePayload(kind, q.value(5).toByteArray());
        if (!payload) {
            ++m_undecodable;
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

} // namespace wf
