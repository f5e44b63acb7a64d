#include "JournalRetention.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace wf {

namespace {

QString prefix(bool training)
{
    return training ? QStringLiteral("training-journal-") : QStringLiteral("journal-");
}

// Whether a process writes the file now: a writer holds flock() on it (see Journal::open).
bool heldByAWriter(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool held = ::flock(fd, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    ::close(fd); // releases the lock if it was taken
    return held;
}

} // namespace

QString JournalRetention::dayFileName(bool training, QDate day)
{
    return prefix(training) + day.toString(Qt::ISODate) + QStringLiteral(".sqlite");
}

std::optional<QDate> JournalRetention::dayOf(const QString &fileName, bool training)
{
    static const QRegularExpression live(QStringLiteral("^journal-(\\d{4}-\\d{2}-\\d{2})\\.sqlite$"));
    static const QRegularExpression drill(
        QStringLiteral("^training-journal-(\\d{4}-\\d{2}-\\d{2})\\.sqlite$"));
    const auto m = (training ? drill : live).match(fileName);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate day = QDate::fromString(m.captured(1), Qt::ISODate);
    return day.isValid() ? std::optional<QDate>(day) : std::nullopt;
}

JournalRetention::Pruned JournalRetention::prune(const QDir &dir, bool training, QDate today, int keepDays)
{
    Pruned out;
    if (keepDays <= 0 || !today.isValid())
        return out;
    const QDate oldestKept = today.addDays(-(keepDays - 1));
    const QStringList names
        = dir.entryList({ prefix(training) + QStringLiteral("*.sqlite") }, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const auto day = dayOf(name, training);
        if (!day || *day >= oldestKept)
            continue;
        const QString path = dir.filePath(name);
        if (heldByAWriter(path)) {
            out.problems.append(QStringLiteral("%1 is still being written; kept").arg(name));
            continue;
        }
        qint64 bytes = 0;
        bool removed = true;
        // The main file last: a crash half-way leaves a journal SQLite can still open.
        for (const QString &suffix : { QStringLiteral("-wal"), QStringLiteral("-shm"), QString() }) {
            QFile f(path + suffix);
            if (!f.exists())
                continue;
            const qint64 size = f.size();
            if (f.remove()) {
                bytes += size;
            } else {
                removed = false;
                out.problems.append(
                    QStringLiteral("%1%2 could not be removed: %3").arg(name, suffix, f.errorString()));
                break;
            }
        }
        out.bytes += bytes;
        if (removed)
            out.removed.append(name);
    }
    return out;
}

} // namespace wf
