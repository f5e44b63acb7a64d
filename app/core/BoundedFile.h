#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace wf {

// Reads a whole input file, but never more than maxBytes: the size is checked before anything
// is read, and the read itself stops one byte past the limit, so a file that grows meanwhile, a
// huge sparse file or a device like /dev/zero cannot exhaust memory. Only regular files (and
// Qt resources) are read: a FIFO or a device would block or never end. The error says what is
// wrong without the path ("not a regular file"); the caller names the file its own way.
std::optional<QByteArray> readBoundedFile(const QString &path, qint64 maxBytes, QString *error);

// "4 MB", "512 KB", "37 bytes": a limit as a person reads it.
QString byteSizeText(qint64 bytes);

} // namespace wf
