#include "ReviewNotes.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace wf {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("review-notes-%1").arg(counter.fetchAndAddRelaxed(1));
}

constexpr const char *kSchema[] = {
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE bookmarks(id INTEGER PRIMARY KEY, time_ms INTEGER NOT NULL, note TEXT NOT NULL,"
    " author TEXT NOT NULL, created_ms INTEGER NOT NULL)",
    // Append-only: what was added and removed, by whom and when, with the note as it was.
    "CREATE TABLE audit(id INTEGER PRIMARY KEY, at_ms INTEGER NOT NULL, operator TEXT NOT NULL,"
    " role TEXT NOT NULL, action TEXT NOT NULL, bookmark_id INTEGER NOT NULL, time_ms INTEGER NOT NULL,"
    " note TEXT NOT NULL)",
};

std::optional<qint64> scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

} // namespace

ReviewNotes::ReviewNotes() = default;

ReviewNotes::~ReviewNotes()
{
    closeConnection();
}

void ReviewNotes::closeConnection()
{
    if (m_connection.isEmpty())
        return;
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

QString ReviewNotes::pathFor(const QString &journalPath)
{
    return journalPath + QStringLiteral(".review");
}

bool ReviewNotes::exists() const
{
    return QFileInfo::exists(m_path);
}

bool ReviewNotes::open(
    const QString &journalPath, qint64 firstSeq, qint64 firstTimeMs, bool create, QString *error)
{
    closeConnection();
    m_ready = false;
    m_path = pathFor(journalPath);
    m_firstSeq = firstSeq;
    m_firstTimeMs = firstTimeMs;
    if (!QFileInfo::exists(m_path)) {
        m_ready = !create || ensureWritable(error);
        return m_ready;
    }
    m_ready = connect(create, error);
    return m_ready;
}

// Opens the existing file and checks that it is the review of this recording.
bool ReviewNotes::connect(bool writable, QString *error)
{
    closeConnection();
    {
        QFile f(m_path);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read review file %1: %2").arg(m_path, f.errorString());
            return false;
        }
        if (!f.read(16).startsWith(QByteArray("SQLite format 3\0", 16))) {
            *error = QCoreApplication::translate(
                "ReviewNotes", "%1 is not a Watchfloor review file; it was left untouched")
                         .arg(m_path);
            return false;
        }
    }
    const QString name = nextConnectionName();
    QString problem;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        if (!writable)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        const auto version = [&] { return scalar(db, QStringLiteral("PRAGMA user_version")).value_or(0); };
        if (!db.open()) {
            problem = QStringLiteral("cannot open review file %1: %2").arg(m_path, db.lastError().text());
        } else if (scalar(db, QStringLiteral("PRAGMA application_id")).value_or(0) != kApplicationId
            || version() < 1) {
            problem = QCoreApplication::translate(
                "ReviewNotes", "%1 is not a Watchfloor review file; it was left untouched")
                          .arg(m_path);
        } else if (version() > kSchemaVersion) {
            problem = QStringLiteral("review file %1 was written by a newer Watchfloor").arg(m_path);
        } else {
            QSqlQuery q(db);
            q.exec(QStringLiteral(
                "SELECT (SELECT value FROM meta WHERE key = 'journal_first_seq'), (SELECT value FROM meta "
                "WHERE key = 'journal_first_time_ms')"));
            if (!q.next() || q.value(0).toLongLong() != m_firstSeq
                || q.value(1).toLongLong() != m_firstTimeMs)
                problem = QCoreApplication::translate(
                    "ReviewNotes", "review file %1 belongs to another recording; it was left untouched")
                              .arg(m_path);
        }
        if (!problem.isEmpty())
            db.close();
    }
    if (!problem.isEmpty()) {
        QSqlDatabase::removeDatabase(name);
        *error = problem;
        return false;
    }
    m_connection = name;
    m_writable = writable;
    return true;
}

bool ReviewNotes::ensureWritable(QString *error)
{
    if (!m_connection.isEmpty() && m_writable)
        return true;
    if (QFileInfo::exists(m_path))
        return connect(true, error);
    // Made whole in a temporary file and renamed, so a review file is never half made.
    const QString partial = m_path + QStringLiteral(".partial");
    QFile::remove(partial);
    const QString name = nextConnectionName();
    QString problem;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(partial);
        if (!db.open()) {
            problem = db.lastError().text();
        } else {
            QSqlQuery q(db);
            QStringList statements;
            for (const char *s : kSchema)
                statements.append(QString::fromLatin1(s));
            statements.append(QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId));
            statements.append(QStringLiteral("PRAGMA user_version=%1").arg(kSchemaVersion));
            statements.append(
                QStringLiteral("INSERT INTO meta VALUES('journal_first_seq', '%1')").arg(m_firstSeq));
            statements.append(
                QStringLiteral("INSERT INTO meta VALUES('journal_first_time_ms', '%1')").arg(m_firstTimeMs));
            for (const auto &s : std::as_const(statements)) {
                if (!q.exec(s)) {
                    problem = q.lastError().text();
                    break;
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (problem.isEmpty() && !QFile::rename(partial, m_path))
        problem = QStringLiteral("cannot rename %1").arg(partial);
    if (!problem.isEmpty()) {
        QFile::remove(partial);
        *error = QCoreApplication::translate(
            "ReviewNotes", "cannot create the review file %1 beside the journal: %2")
                     .arg(m_path, problem);
        return false;
    }
    return connect(true, error);
}

bool ReviewNotes::writeAudit(
    const QString &operatorId, const QString &role, const QString &action, const Bookmark &b, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT INTO audit(at_ms, operator, role, action, bookmark_id, time_ms, note) "
                             "VALUES(?, coalesce(?, ''), coalesce(?, ''), ?, ?, ?, coalesce(?, ''))"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(operatorId);
    q.addBindValue(role);
    q.addBindValue(action);
    q.addBindValue(b.id);
    q.addBindValue(b.timeMs);
    q.addBindValue(b.note);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

std::optional<ReviewNotes::Bookmark> ReviewNotes::add(
    qint64 timeMs, const QString &note, const QString &operatorId, const QString &role, QString *error)
{
    if (!m_ready) {
        *error = QCoreApplication::translate("ReviewNotes", "no recording is open");
        return std::nullopt;
    }
    if (note.size() > kMaxNoteLength) {
        *error
            = QCoreApplication::translate("ReviewNotes", "a note has at most %1 characters (this one has %2)")
                  .arg(kMaxNoteLength)
                  .arg(note.size());
        return std::nullopt;
    }
    if (timeMs < m_rangeStartMs || timeMs > m_rangeEndMs) {
        *error = QCoreApplication::translate("ReviewNotes", "a bookmark must lie within the recording");
        return std::nullopt;
    }
    if (!ensureWritable(error))
        return std::nullopt;
    auto db = QSqlDatabase::database(m_connection, false);
    if (scalar(db, QStringLiteral("SELECT count(*) FROM bookmarks")).value_or(0) >= kMaxBookmarks) {
        *error = QCoreApplication::translate("ReviewNotes", "a recording has at most %1 bookmarks")
                     .arg(kMaxBookmarks);
        return std::nullopt;
    }
    Bookmark b { 0, timeMs, note, operatorId, QDateTime::currentMSecsSinceEpoch() };
    auto fail = [&](const QString &what) {
        db.rollback();
        *error = QCoreApplication::translate("ReviewNotes", "cannot save the bookmark in %1: %2")
                     .arg(m_path, what);
        return std::nullopt;
    };
    if (!db.transaction())
        return fail(db.lastError().text());
    QSqlQuery q(db);
    // An empty QString binds as NULL; an empty note is ''.
    q.prepare(QStringLiteral("INSERT INTO bookmarks(time_ms, note, author, created_ms) VALUES(?, coalesce(?, "
                             "''), coalesce(?, ''), ?)"));
    q.addBindValue(b.timeMs);
    q.addBindValue(b.note);
    q.addBindValue(b.author);
    q.addBindValue(b.createdMs);
    if (!q.exec())
        return fail(q.lastError().text());
    b.id = q.lastInsertId().toLongLong();
    QString auditError;
    if (!writeAudit(operatorId, role, QStringLiteral("add_bookmark"), b, &auditError))
        return fail(auditError);
    if (!db.commit())
        return fail(db.lastError().text());
    return b;
}

bool ReviewNotes::remove(qint64 id, const QString &operatorId, const QString &role, QString *error)
{
    if (!m_ready) {
        *error = QCoreApplication::translate("ReviewNotes", "no recording is open");
        return false;
    }
    if (!exists()) {
        *error = QCoreApplication::translate("ReviewNotes", "there is no bookmark %1").arg(id);
        return false;
    }
    if (!ensureWritable(error))
        return false;
    auto db = QSqlDatabase::database(m_connection, false);
    QSqlQuery find(db);
    find.prepare(QStringLiteral("SELECT time_ms, note, author, created_ms FROM bookmarks WHERE id = ?"));
    find.addBindValue(id);
    if (!find.exec() || !find.next()) {
        *error = QCoreApplication::translate("ReviewNotes", "there is no bookmark %1").arg(id);
        return false;
    }
    const Bookmark b { id, find.value(0).toLongLong(), find.value(1).toString(), find.value(2).toString(),
        find.value(3).toLongLong() };
    find.finish();
    auto fail = [&](const QString &what) {
        db.rollback();
        *error = QCoreApplication::translate("ReviewNotes", "cannot remove the bookmark in %1: %2")
                     .arg(m_path, what);
        return false;
    };
    if (!db.transaction())
        return fail(db.lastError().text());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM bookmarks WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return fail(q.lastError().text());
    QString auditError;
    if (!writeAudit(operatorId, role, QStringLiteral("remove_bookmark"), b, &auditError))
        return fail(auditError);
    if (!db.commit())
        return fail(db.lastError().text());
    return true;
}

std::vector<ReviewNotes::Bookmark> ReviewNotes::bookmarks() const
{
    std::vector<Bookmark> out;
    if (m_connection.isEmpty())
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT id, time_ms, note, author, created_ms FROM bookmarks ORDER BY time_ms, id LIMIT %1")
                .arg(kMaxBookmarks)))
        return out;
    while (q.next())
        out.push_back({ q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toLongLong() });
    return out;
}

std::vector<ReviewNotes::AuditEntry> ReviewNotes::audit() const
{
    std::vector<AuditEntry> out;
    if (m_connection.isEmpty())
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT at_ms, operator, role, action, bookmark_id, time_ms, note FROM audit ORDER BY id")))
        return out;
    while (q.next())
        out.push_back({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toString() });
    return out;
}

} // namespace wf
