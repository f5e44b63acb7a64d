#pragma once

#include <QDate>
#include <QDir>
#include <QString>
#include <QStringList>
#include <optional>

namespace wf {

// A workstation's own journal is one file per day of the centre's calendar, in the user's data
// folder: journal-2026-12-03.sqlite for live, training-journal-2026-12-03.sqlite for training.
// A session continues the file of the day it starts on (a night shift stays in one file). The
// supervisor's limit (journal.keep_days) removes the day files of the same mode older than that
// many days, with their -wal and -shm, when a session starts; 0 keeps every day. Only files
// named exactly so are touched, never a journal given with --db, and never one a process still
// writes (its lock is held).
class JournalRetention
{
public:
    static QString dayFileName(bool training, QDate day);
    // The day of a day file of that mode; nothing for any other name.
    static std::optional<QDate> dayOf(const QString &fileName, bool training);

    struct Pruned
    {
        QStringList removed; // file names
        qint64 bytes = 0; // on disk, with the -wal and -shm
        QStringList problems; // in words: a file still written, one that could not be removed
    };
    // Removes the day files of the mode in `dir` whose day is `keepDays` or more days before
    // `today` (keepDays 1 keeps today's alone). keepDays 0 removes nothing.
    static Pruned prune(const QDir &dir, bool training, QDate today, int keepDays);
};

} // namespace wf
