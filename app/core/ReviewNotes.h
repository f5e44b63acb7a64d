#pragma once

#include <QString>
#include <limits>
#include <optional>
#include <vector>

namespace wf {

// A supervisor's bookmarks and notes on a recorded journal, and the audit of every change to
// them, kept in a review file of their own beside the journal ("shift.sqlite.review"), never in
// the journal: the journal is the record and stays byte for byte as it was written (its hash
// is what evidence is checked against, a live journal is held by its writer, and a copy under
// review may sit on read-only media). See docs/architecture.md, "Review and evidence".
//
// The review file belongs to one recording: it remembers the journal's first event (seq and
// receive time) and refuses to open beside another. Nothing is created until the first bookmark
// is added, so looking at a recording leaves its folder as it was. Not thread-safe: one instance
// per thread (a Qt Sql connection of its own).
class ReviewNotes
{
public:
    static constexpr qint32 kApplicationId = 0x57465256; // "WFRV"
    static constexpr int kSchemaVersion = 1;
    static constexpr int kMaxNoteLength = 2000; // characters
    static constexpr int kMaxBookmarks = 10'000;

    struct Bookmark
    {
        qint64 id = 0;
        qint64 timeMs = 0; // the moment of the recording it marks (receive time)
        QString note;
        QString author;
        qint64 createdMs = 0; // wall clock
    };
    struct AuditEntry
    {
        qint64 atMs = 0; // wall clock
        QString operatorId;
        QString role;
        QString action; // "add_bookmark", "remove_bookmark"
        qint64 bookmarkId = 0;
        qint64 timeMs = 0;
        QString note;
    };

    ReviewNotes();
    ~ReviewNotes();
    ReviewNotes(const ReviewNotes &) = delete;
    ReviewNotes &operator=(const ReviewNotes &) = delete;

    static QString pathFor(const QString &journalPath);

    // Opens the review file of the journal whose first event is (firstSeq, firstTimeMs). Without
    // create, a missing file is an empty review (nothing is made). Refuses a file that is not a
    // review file or belongs to another recording, touching nothing.
    bool open(const QString &journalPath, qint64 firstSeq, qint64 firstTimeMs, bool create, QString *error);
    bool isOpen() const { return m_ready; }
    bool exists() const; // the file is there (false before the first bookmark)
    QString path() const { return m_path; }

    // Adds a bookmark and its audit entry in one transaction. Refuses a note over the limit, a
    // time outside [rangeStartMs, rangeEndMs] given at open, and more than kMaxBookmarks.
    std::optional<Bookmark> add(
        qint64 timeMs, const QString &note, const QString &operatorId, const QString &role, QString *error);
    bool remove(qint64 id, const QString &operatorId, const QString &role, QString *error);
    void setRange(qint64 startMs, qint64 endMs)
    {
        m_rangeStartMs = startMs;
        m_rangeEndMs = endMs;
    }

    // In time order.
    std::vector<Bookmark> bookmarks() const;
    std::vector<AuditEntry> audit() const;

private:
    bool connect(bool writable, QString *error);
    bool ensureWritable(QString *error);
    bool writeAudit(const QString &operatorId, const QString &role, const QString &action, const Bookmark &b,
        QString *error);
    void closeConnection();

    QString m_path;
    QString m_connection; // empty until the file exists
    bool m_ready = false;
    bool m_writable = false;
    qint64 m_firstSeq = 0;
    qint64 m_firstTimeMs = 0;
    qint64 m_rangeStartMs = std::numeric_limits<qint64>::min();
    qint64 m_rangeEndMs = std::numeric_limits<qint64>::max();
};

} // namespace wf
