#include "Journal.h"

#include "UrlCredentials.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>
#include <future>

namespace wf {

namespace {

// The payload as the journal keeps it. A camera's stream URLs lose their user name and
// password: the journal is the audit trail and is copied for playback; the live player has
// them from the camera file.
QByteArray recordedPayload(const EventPayload &payload)
{
    const auto *camera = std::get_if<CameraReported>(&payload);
    if (!camera)
        return encodePayload(payload);
    CameraReported c = *camera;
    c.mainUrl = withoutUrlCredentials(c.mainUrl);
    c.subUrl = withoutUrlCredentials(c.subUrl);
    return encodePayload(c);
}

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

// A batch this large wakes the writer before the flush interval is up.
constexpr std::size_t kWakeRows = 16384;

// Rows per execution of the multi-row INSERT. Every bound value still goes through QVariant and
// QSqlResult::bindValue; executing one statement per 32 rows instead of one per row is what saves
// time (about a quarter of the writer's cost per row, see docs/benchmarks.md). Much larger groups
// were slower again.
constexpr int kRowsPerStatement = 32;
constexpr int kColumns = 7;

QString insertSql(int rows)
{
    QString sql = QStringLiteral(
        "INSERT OR IGNORE INTO events(seq, kind, source_time, receive_time, source, entity, payload) VALUES");
    for (int i = 0; i < rows; ++i)
        sql += i == 0 ? QLatin1StringView("(?,?,?,?,?,?,?)") : QLatin1StringView(",(?,?,?,?,?,?,?)");
    return sql;
}

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

// Verifies identity, version and (with integrity) the structure of an opened database. Read-only.
bool checkIdentity(
    QSqlDatabase &db, const QString &path, qint64 *version, QString *error, bool integrity = true)
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
    if (integrity && *tables > 0) {
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

// Checks identity, version and integrity of a journal that no connection has open (no -wal beside
// it) through a connection that creates nothing: with immutable=1 SQLite takes no locks and opens
// no -wal or -shm. A read-only connection to a WAL database creates both and, being read-only,
// leaves them behind, also next to a file it then refuses.
bool probeClosedFile(const QString &path, qint64 *version, QString *error)
{
    const QString name = nextConnectionName("journal-probe");
    bool ok = false;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        url.setQuery(QStringLiteral("immutable=1"));
        db.setDatabaseName(url.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        if (!db.open())
            *error = QStringLiteral("cannot open journal %1: %2").arg(path, db.lastError().text());
        else
            ok = checkIdentity(db, path, version, error);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
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
                    if (!last) {
                        err = QStringLiteral("journal %1 is unreadable: %2").arg(m_path, sqlError);
                    } else {
                        // Set here, before writerLoop() looks at them, not by the opening thread
                        // once the writer already runs.
                        std::lock_guard lock(m_mutex);
                        m_lastSeqAtOpen = *last;
                        m_durableSeq = *last;
                        m_queuedSeq = *last;
                    }
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
    m_open = true;
    return true;
}

void Journal::append(const Event &event)
{
    // Encoding happens on the caller's thread so the writer does nothing but SQLite.
    Row row { event.seq, event.sourceTimeMs, event.receiveTimeMs, quint16(event.kind()), event.source,
        event.entityId(), recordedPayload(event.payload) };
    bool wake = false;
    {
        std::lock_guard lock(m_mutex);
        m_pending.push_back(std::move(row));
        m_queuedSeq = std::max(m_queuedSeq, event.seq);
        wake = m_pending.size() >= kWakeRows; // a large batch need not wait for the interval
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

// The writer's prepared statements, kept for the life of the writer thread.
struct Journal::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : single(db)
        , multi(db)
    { }
    QSqlQuery single; // one row
    QSqlQuery multi; // kRowsPerStatement rows
    bool prepared = false;
};

void Journal::writerLoop()
{
    Statements statements(QSqlDatabase::database(m_connection, false));
    std::vector<Row> batch;
    bool retrying = false;
    for (;;) {
        bool stopping = false;
        {
            std::unique_lock lock(m_mutex);
            // After a failed write, wait the whole interval before trying again instead of spinning
            // on the error (a full disk would keep a core busy and count errors by the million).
            m_wake.wait_for(lock, std::chrono::milliseconds(m_flushIntervalMs), [&] {
                return m_stop
                    || (!retrying && (m_pending.size() >= kWakeRows || m_durableSeq.load() < m_queuedSeq));
            });
            stopping = m_stop;
            if (batch.empty())
                batch.swap(m_pending);
            else // a failed batch is retried first, then what arrived since
                batch.insert(batch.end(), std::make_move_iterator(m_pending.begin()),
                    std::make_move_iterator(m_pending.end())),
                    m_pending.clear();
        }
        if (!batch.empty()) {
            if (writeBatch(statements, batch)) {
                // The highest seq of the batch, not its last row: appends from several threads can
                // arrive out of seq order, and a durableSeq left below m_queuedSeq made the writer
                // spin and flush() wait until some later append happened to end a batch.
                qint64 highest = m_durableSeq.load();
                for (const auto &r : batch)
                    highest = std::max(highest, r.seq);
                {
                    // Under the mutex, so that flush() cannot miss the wake-up between its check
                    // and its wait (it then slept until the next interval).
                    std::lock_guard lock(m_mutex);
                    m_durableSeq = highest;
                }
                batch.clear();
                retrying = false;
                if (m_onCommit)
                    m_onCommit(highest);
            } else if (stopping) {
                break; // reported through writeErrors; nothing more can be done
            } else {
                retrying = true;
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

bool Journal::writeBatch(Statements &statements, std::vector<Row> &batch)
{
    auto db = QSqlDatabase::database(m_connection, false);
    auto fail = [&](const QString &what) {
        db.rollback();
        ++m_writeErrors;
        std::lock_guard lock(m_mutex);
        m_lastError = what;
        return false;
    };
    auto bind = [](QSqlQuery &q, int first, const Row &r) {
        q.bindValue(first + 0, r.seq);
        q.bindValue(first + 1, r.kind);
        q.bindValue(first + 2, r.sourceTime);
        q.bindValue(first + 3, r.receiveTime);
        q.bindValue(first + 4, r.source);
        q.bindValue(first + 5, r.entity);
        q.bindValue(first + 6, r.payload);
    };
    if (!statements.prepared) {
        if (!statements.single.prepare(insertSql(1)))
            return fail(statements.single.lastError().text());
        if (!statements.multi.prepare(insertSql(kRowsPerStatement)))
            return fail(statements.multi.lastError().text());
        statements.prepared = true;
    }
    if (!db.transaction())
        return fail(db.lastError().text());
    std::size_t i = 0;
    for (; i + kRowsPerStatement <= batch.size(); i += kRowsPerStatement) {
        for (int k = 0; k < kRowsPerStatement; ++k)
            bind(statements.multi, k * kColumns, batch[i + std::size_t(k)]);
        if (!statements.multi.exec())
            return fail(statements.multi.lastError().text());
    }
    for (; i < batch.size(); ++i) {
        bind(statements.single, 0, batch[i]);
        if (!statements.single.exec())
            return fail(statements.single.lastError().text());
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
    // Without a -wal the file is closed and everything is in it: check it on the probe, so that a
    // refused file gets no -wal/-shm beside it. With one, a writer has it open or crashed, and only
    // a connection that reads the WAL sees the journal as it is.
    const bool closed = !QFileInfo::exists(path + QStringLiteral("-wal"));
    qint64 version = 0;
    if (closed && !probeClosedFile(path, &version, error))
        return false;
    m_connection = nextConnectionName("journal-reader");
    auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        *error = QStringLiteral("cannot open journal %1: %2").arg(path, db.lastError().text());
        return false;
    }
    if (!checkIdentity(db, path, &version, error, /*integrity=*/!closed))
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
