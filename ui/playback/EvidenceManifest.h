#pragma once

#include <QString>
#include <QStringList>

namespace wf {

// The SHA-256 of every file of an evidence folder, in manifest.sha256 in the format sha256sum
// writes ("<64 hex digits>  <name>" a line), so the folder can be checked with Watchfloor
// (--verify-export) or with the ordinary sha256sum -c wherever it is handed over.
namespace evidencemanifest {

inline constexpr auto kFileName = "manifest.sha256";
inline constexpr qint64 kMaxManifestBytes = 1 << 20;

// The hex SHA-256 of a file; empty (with error) when it cannot be read.
QString fileSha256(const QString &path, QString *error);

// Writes the manifest of every regular file in dir (not in sub-folders; an evidence folder
// has none), names sorted. False with error when a file cannot be read or the manifest written.
bool write(const QString &dir, QString *error);

struct Verdict
{
    bool ok = false;
    QStringList problems; // one line per file: "events.csv: changed", "report.pdf: missing", ...
};
// Checks every file the manifest lists, and that the folder holds no file it does not list.
Verdict verify(const QString &dir);

} // namespace evidencemanifest

} // namespace wf
