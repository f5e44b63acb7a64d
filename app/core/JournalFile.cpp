#include "JournalFile.h"

#include "Journal.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

namespace wf::journalfile {

QString nextConnectionName(const char *prefix)
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("%1-%2").arg(QLatin1StringView(prefix)).arg(counter.fetchAndAddRelaxed(1));
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
    const QByteArray header = f.read(100);
    if (!header.startsWith(QByteArray("SQLite format 3\0", 16))) {
        *error
            = QStringLiteral("%1 is not a Watchfloor journal (not a SQLite database); it was left untouched")
                  .arg(path);
        return false;
    }
    // A file cut short (a copy that stopped, a full disk during a copy) is found from its header
    // alone, whatever its size: the page count there is valid when the change counter matches the
    // "version valid for" field. With a -wal beside it the file may be mid-checkpoint; SQLite
    // finishes that itself.
    if (header.size() == 100 && !QFileInfo::exists(path + QStringLiteral("-wal"))) {
        auto be32 = [&](int at) {
            return (quint32(quint8(header[at])) << 24) | (quint32(quint8(header[at + 1])) << 16)
                | (quint32(quint8(header[at + 2])) << 8) | quint32(quint8(header[at + 3]));
        };
        const quint32 rawPageSize = (quint32(quint8(header[16])) << 8) | quint32(quint8(header[17]));
        const qint64 pageSize = rawPageSize == 1 ? 65536 : qint64(rawPageSize);
        const qint64 pages = be32(28);
        if (be32(24) == be32(92) && pageSize >= 512 && info.size() < pages * pageSize) {
            *error
                = QStringLiteral("journal %1 is corrupt (truncated: %2 of %3 pages); it was left untouched")
                      .arg(path)
                      .arg(info.size() / pageSize)
                      .arg(pages);
            return false;
        }
    }
    return true;
}

// Verifies identity, version and (with integrity) the structure of an opened database. Read-only.
// The structure check reads every page, so opening does without it: open time must not grow with
// a 24-hour journal. Truncation is found from the header (checkExistingFile).
bool checkIdentity(QSqlDatabase &db, const QString &path, qint64 *version, QString *error, bool integrity)
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

} // namespace wf::journalfile
