#pragma once

// The checks a journal file passes before it is written (Journal) or read (JournalReader):
// identity, schema version, a file not truncated; and the names of their SQL connections.
#include <QString>
#include <optional>

class QSqlDatabase;

namespace wf::journalfile {

QString nextConnectionName(const char *prefix);

std::optional<qint64> scalar(QSqlDatabase &db, const QString &sql, QString *error);

// Checks that an existing file can be a Watchfloor journal before SQLite is let near it, so
// that a wrong --db never gets modified.
bool checkExistingFile(const QString &path, QString *error);

// Verifies identity, version and (with integrity) the structure of an opened database. Read-only.
// The structure check reads every page, so opening does without it: open time must not grow with
// a 24-hour journal. Truncation is found from the header (checkExistingFile).
bool checkIdentity(
    QSqlDatabase &db, const QString &path, qint64 *version, QString *error, bool integrity = false);

// Checks identity, version and integrity of a journal that no connection has open (no -wal beside
// it) through a connection that creates nothing: with immutable=1 SQLite takes no locks and opens
// no -wal or -shm. A read-only connection to a WAL database creates both and, being read-only,
// leaves them behind, also next to a file it then refuses.
bool probeClosedFile(const QString &path, qint64 *version, QString *error);

} // namespace wf::journalfile
