#include "Journal.h"

#include "JournalFile.h"
#include "UrlCredentials.h"

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

// Each migration takes the schema from version i to i+1. Append, never edit.
const char *const kMigrations[] = {
    "CREATE TABLE events(seq INTEGER PRIMARY KEY, kind INTEGER NOT NULL, source_time INTEGER NOT NULL,"
    " receive_time INTEGER NOT NULL, source TEXT NOT NULL, entity TEXT NOT NULL, payload BLOB NOT NULL);"
    "CREATE INDEX events_receive_time ON events(receive_time);"
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);",
    // Snapshots of the world after event seq, so playback reaches any time without replaying
    // from the start. Not events: they add nothing to the record and can be rebuilt from it.
    "CREATE TABLE keyframes(seq INTEGER PRIMARY KEY, time INTEGER NOT NULL, world BLOB NOT NULL);"
    "CREATE INDEX keyframes_time ON keyframes(time);",
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

// Refuses, before anything is written, a journal that records the other mode.
bool checkMode(QSqlDatabase &db, const QString &path, JournalMode mode, qint64 version, QString *error)
{
    if (version < 1)
        return true;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'mode'")) || !q.next())
        return true; // not recorded yet: this session records it
    if (q.value(0).toString() == journalModeName(mode))
        return true;
    *error = mode == JournalMode::Training
        ? QStringLiteral("journal %1 records a live shift; a training session never writes into it (give "
                         "training its own --db)")
              .arg(path)
        : QStringLiteral("journal %1 records training runs; a live session never writes into it (give the "
                         "live shift its own --db)")
              .arg(path);
    return false;
}

constexpr std::chrono::milliseconds kRetryWhileClosing { 200 };

// Only a training run makes these; a live journal must never hold one.
bool trainingOnly(EventKind kind)
{
    return kind == EventKind::ScenarioStarted || kind == EventKind::TrainingCommand
        || kind == EventKind::ScenarioScored;
}

} // namespace

QStringView journalModeName(JournalMode mode)
{
    return mode == JournalMode::Live ? u"live" : u"training";
}

Journal::Journal() = default;

Journal::~Journal()
{
    if (m_open)
        close();
    if (m_writer.joinable()) {
        // close() gave up on a writer stuck in a system call; the process is about to end.
        m_writer.detach();
        return;
    }
    if (!m_connection.isEmpty())
        QSqlDatabase::removeDatabase(m_connection);
}

bool Journal::open(const QString &path, JournalMode mode, QString *error)
{
    if (m_open) {
        *error = QStringLiteral("journal already open");
        return false;
    }
    if (!checkExistingFile(path, error))
        return false;
    // One writer per journal: two processes appending to one file both number their events from
    // the same seq and one of them loses its rows. flock() is released by the kernel when the
    // process dies, so a crashed writer never leaves the journal locked. (SQLite's own locks are
    // fcntl() locks, which flock() does not disturb.)
    const bool existed = QFileInfo::exists(path);
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        *error
            = QStringLiteral("cannot open journal %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int err = errno;
        ::close(fd);
        *error = err == EWOULDBLOCK
            ? QStringLiteral(
                  "journal %1 is being written by another Watchfloor process; a journal has one "
                  "writer (open it with --playback to watch it, or give this session another --db)")
                  .arg(path)
            : QStringLiteral("cannot lock journal %1: %2").arg(path, QString::fromLocal8Bit(strerror(err)));
        return false;
    }
    m_lockFd = fd;
    m_path = path;
    m_mode = mode;
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
            else if (checkIdentity(db, m_path, &version, &err)
                && checkMode(db, m_path, m_mode, version, &err)) {
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
                    // The mode is written once, by the first session, and never changes.
                    QSqlQuery q(db);
                    q.prepare(QStringLiteral("INSERT OR IGNORE INTO meta(key, value) VALUES('mode', ?)"));
                    q.bindValue(0, journalModeName(m_mode).toString());
                    QSqlQuery recorded(db);
                    if (!q.exec()
                        || !recorded.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'mode'"))
                        || !recorded.next()) {
                        err = QStringLiteral("cannot record the mode of journal %1: %2")
                                  .arg(m_path, q.lastError().text());
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
                        const QVariant handle = db.driver()->handle();
                        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
                            m_handle = *static_cast<sqlite3 *const *>(handle.constData());
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
        {
            std::lock_guard lock(m_mutex);
            m_handle = nullptr;
        }
        QSqlDatabase::database(m_connection, false).close();
        {
            std::lock_guard lock(m_mutex);
            m_writerDone = true;
        }
        m_flushed.notify_all();
    });
    const QString err = result.get();
    if (!err.isEmpty()) {
        m_writer.join();
        QSqlDatabase::removeDatabase(m_connection);
        m_connection.clear();
        ::close(m_lockFd);
        m_lockFd = -1;
        if (!existed)
            QFile::remove(path);
        *error = err;
        return false;
    }
    m_open = true;
    return true;
}

void Journal::append(const Event &event)
{
    ++m_appended;
    if (m_mode == JournalMode::Live && trainingOnly(event.kind())) {
        ++m_refused;
        std::lock_guard lock(m_mutex);
        m_lastError = QStringLiteral("refused a training event (%1): training never enters a live journal")
                          .arg(eventKindName(event.kind()));
        return;
    }
    // Encoding happens on the caller's thread so the writer does nothing but SQLite.
    Row row { event.seq, event.sourceTimeMs, event.receiveTimeMs, quint16(event.kind()), event.source,
        event.entityId(), recordedPayload(event.payload) };
    bool wake = false;
    {
        std::lock_guard lock(m_mutex);
        // The queue is bounded: a disk that stopped taking writes must not take the memory too.
        if (m_stop || !m_open || qint64(m_pending.size()) + m_inFlight >= m_maxUnwritten) {
            ++m_lost;
            return;
        }
        m_pending.push_back(std::move(row));
        m_queuedSeq = std::max(m_queuedSeq, event.seq);
        wake = m_pending.size() >= kWakeRows; // a large batch need not wait for the interval
    }
    if (wake)
        m_wake.notify_one();
}

void Journal::appendKeyframe(qint64 seq, qint64 timeMs, const QByteArray &world)
{
    std::lock_guard lock(m_mutex);
    // A keyframe adds nothing the events do not hold: when the queue is full it is simply left out.
    if (m_stop || !m_open || qint64(m_pending.size()) + m_inFlight >= m_maxUnwritten)
        return;
    m_pending.push_back(Row { seq, timeMs, timeMs, 0, QString(), QString(), world });
}

bool Journal::flush(std::chrono::milliseconds limit)
{
    if (!m_open)
        return true;
    std::unique_lock lock(m_mutex);
    const qint64 target = m_queuedSeq;
    m_wake.notify_one();
    return m_flushed.wait_for(lock, limit, [&] {
        return m_durableSeq.load() >= target || m_writerDone || m_stop;
    }) && m_durableSeq.load() >= target;
}

Journal::CloseReport Journal::close(std::chrono::milliseconds limit)
{
    CloseReport report;
    if (!m_open)
        return report;
    const auto giveUpAt = std::chrono::steady_clock::now() + limit;
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_giveUpAt = giveUpAt;
    }
    m_wake.notify_all();
    {
        std::unique_lock lock(m_mutex);
        if (!m_flushed.wait_until(
                lock, giveUpAt + std::chrono::milliseconds(200), [&] { return m_writerDone; })) {
            // Stuck inside SQLite past the limit: make the running statement fail so the writer
            // gives up, then wait a moment more.
            if (m_handle)
                sqlite3_interrupt(m_handle);
            m_flushed.wait_for(lock, std::chrono::seconds(1), [&] { return m_writerDone; });
        }
        report.finishedInTime = m_writerDone;
        report.error = m_lastError;
    }
    if (report.finishedInTime) {
        m_writer.join();
        QSqlDatabase::removeDatabase(m_connection);
        m_connection.clear();
    }
    if (m_lockFd >= 0 && report.finishedInTime) {
        ::close(m_lockFd);
        m_lockFd = -1;
    }
    m_open = false;
    report.durable = m_durableCount.load();
    report.refused = m_refused.load();
    report.lost = m_appended.load() - report.refused - report.durable;
    m_lost = report.lost;
    return report;
}

Journal::Health Journal::health() const
{
    Health h;
    std::lock_guard lock(m_mutex);
    h.unwritten = eventRows(m_pending) + m_inFlight;
    h.lost = m_lost.load();
    h.refused = m_refused.load();
    h.writeErrors = m_writeErrors.load();
    h.failing = m_failing;
    h.lastError = m_lastError;
    return h;
}

QString Journal::lastError() const
{
    std::lock_guard lock(m_mutex);
    return m_lastError;
}

qint64 Journal::eventRows(const std::vector<Row> &rows)
{
    qint64 n = 0;
    for (const auto &r : rows)
        n += r.kind != 0;
    return n;
}

// The writer's prepared statements, kept for the life of the writer thread. Events go through
// SQLite's C API on QtSql's own connection when it has one: QtSql binds every value through a
// QVariant and a named-parameter lookup, which cost about half the writer's time per row (see
// docs/benchmarks.md); the QtSql statements remain for another driver.
struct Journal::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : single(db)
        , multi(db)
        , keyframe(db)
    { }
    ~Statements()
    {
        if (event)
            sqlite3_finalize(event);
    }
    Statements(const Statements &) = delete;
    Statements &operator=(const Statements &) = delete;
    QSqlQuery single; // one row
    QSqlQuery multi; // kRowsPerStatement rows
    QSqlQuery keyframe;
    sqlite3_stmt *event = nullptr; // one row, through the C API
    bool prepared = false;
};

void Journal::writerLoop()
{
    Statements statements(QSqlDatabase::database(m_connection, false));
    std::vector<Row> batch;
    bool retrying = false;
    for (;;) {
        bool stopping = false;
        bool givingUp = false;
        {
            std::unique_lock lock(m_mutex);
            // After a failed write, wait before trying again instead of spinning on the error (a
            // full disk would keep a core busy and count errors by the million). While closing,
            // retry more often until the limit, then give up.
            const auto wait = m_stop ? kRetryWhileClosing : std::chrono::milliseconds(m_flushIntervalMs);
            m_wake.wait_for(lock, wait, [&] {
                return (m_stop && !retrying)
                    || (!retrying && (m_pending.size() >= kWakeRows || m_durableSeq.load() < m_queuedSeq));
            });
            stopping = m_stop;
            givingUp = stopping && std::chrono::steady_clock::now() >= m_giveUpAt;
            if (batch.empty())
                batch.swap(m_pending);
            else // a failed batch is retried first, then what arrived since
                batch.insert(batch.end(), std::make_move_iterator(m_pending.begin()),
                    std::make_move_iterator(m_pending.end())),
                    m_pending.clear();
            m_inFlight = eventRows(batch);
        }
        if (!batch.empty()) {
            // Past the limit a batch that already failed is not tried again; one not yet tried is.
            if (!(givingUp && retrying) && writeBatch(statements, batch)) {
                // The highest seq of the batch, not its last row: appends from several threads can
                // arrive out of seq order, and a durableSeq left below m_queuedSeq made the writer
                // spin and flush() wait until some later append happened to end a batch.
                qint64 highest = m_durableSeq.load();
                for (const auto &r : batch) {
                    if (r.kind != 0)
                        highest = std::max(highest, r.seq);
                }
                m_durableCount += eventRows(batch);
                {
                    // Under the mutex, so that flush() cannot miss the wake-up between its check
                    // and its wait (it then slept until the next interval).
                    std::lock_guard lock(m_mutex);
                    m_durableSeq = highest;
                    m_inFlight = 0;
                    m_failing = false;
                }
                batch.clear();
                retrying = false;
                if (m_onCommit)
                    m_onCommit(highest);
            } else if (stopping && std::chrono::steady_clock::now() >= m_giveUpAt) {
                std::lock_guard lock(m_mutex);
                m_inFlight = 0;
                break; // counted as lost by close(); nothing more can be done
            } else {
                std::lock_guard lock(m_mutex);
                m_failing = true;
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
        if (!statements.keyframe.prepare(
                QStringLiteral("INSERT OR REPLACE INTO keyframes(seq, time, world) VALUES(?,?,?)")))
            return fail(statements.keyframe.lastError().text());
        if (m_handle) {
            const QByteArray sql = insertSql(1).toUtf8();
            if (sqlite3_prepare_v3(m_handle, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                    &statements.event, nullptr)
                != SQLITE_OK)
                return fail(QString::fromUtf8(sqlite3_errmsg(m_handle)));
        }
        statements.prepared = true;
    }
    // One event row through the C API; the values stay alive until the step (SQLITE_STATIC).
    const auto insertEvent = [&](const Row &r) {
        sqlite3_stmt *st = statements.event;
        sqlite3_bind_int64(st, 1, r.seq);
        sqlite3_bind_int64(st, 2, r.kind);
        sqlite3_bind_int64(st, 3, r.sourceTime);
        sqlite3_bind_int64(st, 4, r.receiveTime);
        sqlite3_bind_text16(st, 5, r.source.utf16(), int(r.source.size() * 2), SQLITE_STATIC);
        sqlite3_bind_text16(st, 6, r.entity.utf16(), int(r.entity.size() * 2), SQLITE_STATIC);
        sqlite3_bind_blob(st, 7, r.payload.constData(), int(r.payload.size()), SQLITE_STATIC);
        const int rc = sqlite3_step(st);
        sqlite3_reset(st);
        return rc == SQLITE_DONE;
    };
    if (!db.transaction())
        return fail(db.lastError().text());
    // Runs of events between keyframes, each run in groups of kRowsPerStatement.
    std::size_t i = 0;
    while (i < batch.size()) {
        if (batch[i].kind == 0) {
            statements.keyframe.bindValue(0, batch[i].seq);
            statements.keyframe.bindValue(1, batch[i].receiveTime);
            statements.keyframe.bindValue(2, batch[i].payload);
            if (!statements.keyframe.exec())
                return fail(statements.keyframe.lastError().text());
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < batch.size() && batch[end].kind != 0)
            ++end;
        if (statements.event) {
            for (; i < end; ++i) {
                if (!insertEvent(batch[i]))
                    return fail(QString::fromUtf8(sqlite3_errmsg(m_handle)));
            }
            continue;
        }
        for (; i + kRowsPerStatement <= end; i += kRowsPerStatement) {
            for (int k = 0; k < kRowsPerStatement; ++k)
                bind(statements.multi, k * kColumns, batch[i + std::size_t(k)]);
            if (!statements.multi.exec())
                return fail(statements.multi.lastError().text());
        }
        for (; i < end; ++i) {
            bind(statements.single, 0, batch[i]);
            if (!statements.single.exec())
                return fail(statements.single.lastError().text());
        }
    }
    if (!db.commit())
        return fail(db.lastError().text());
    return true;
}

} // namespace wf
