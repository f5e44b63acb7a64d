#pragma once

// Journal writes; JournalReader (JournalReader.h) reads, included here for the callers of both.
#include "Event.h"
#include "JournalReader.h"

#include <QString>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

struct sqlite3;

namespace wf {

// What kind of shift a journal records. Stored in the journal; a journal never mixes the two.
enum class JournalMode { Live, Training };
QStringView journalModeName(JournalMode mode);

// The append-only record of every event: the source of truth for playback and audit.
//
// append() only queues (cheap, any thread); a writer thread commits batches in one transaction
// each, at least every flushInterval, with WAL and synchronous=FULL. A crash loses at most the
// batch that was being written and never corrupts the file.
//
// Nothing is lost without a word: what cannot be queued (the queue is bounded) or written by the
// time close() gives up is counted in health().lost and close() reports it. One process writes a
// journal at a time (an exclusive lock on the file); a second writer is refused at open.
// Keyframes (snapshots of the world, see WorldSnapshot) go through the same queue, after the
// events they include, into a table of their own.
class Journal
{
public:
    static constexpr int kSchemaVersion = 2;
    static constexpr qint32 kApplicationId = 0x57464a4e; // "WFJN"
    // Events waiting to be written; beyond this append() drops and counts them (about 60 MB).
    static constexpr qint64 kDefaultMaxUnwritten = 400'000;
    static constexpr std::chrono::milliseconds kDefaultCloseLimit { 5000 };

    Journal();
    ~Journal(); // close() with the default limit, unless closed already
    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;

    // Opens or creates the journal. Refuses (with a message, touching nothing) a file that is
    // not a SQLite database, belongs to another program, was written by a newer Watchfloor, is
    // truncated, is being written by another process, or records the other mode (a training
    // session never writes into a live journal, nor the reverse). The two-argument form is for
    // tools and tests that write training data.
    bool open(const QString &path, JournalMode mode, QString *error);
    bool open(const QString &path, QString *error) { return open(path, JournalMode::Training, error); }
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    JournalMode mode() const { return m_mode; }

    // Camera URLs are recorded without their credentials. A live journal refuses the events
    // only a training run makes (scenario, instructor commands, score), counted in refused.
    void append(const Event &event);
    // A snapshot of the world after the event with this seq (receive time timeMs).
    void appendKeyframe(qint64 seq, qint64 timeMs, const QByteArray &world);
    // Waits until everything appended before the call is committed, at most limit. Returns
    // false when the limit passed first (the disk is full, or very slow).
    bool flush(std::chrono::milliseconds limit = std::chrono::seconds(30));

    struct CloseReport
    {
        qint64 durable = 0; // events in the file
        qint64 lost = 0; // events appended but not in the file: dropped or never written
        qint64 refused = 0; // training events a live journal did not take
        bool finishedInTime = true; // false: the writer was still stuck in a system call
        QString error; // the last write error, in SQLite's words
    };
    // Stops the writer: tries to write what is queued until limit passes, then gives up and
    // says how many events were lost. Returns at most about a second after limit.
    CloseReport close(std::chrono::milliseconds limit = kDefaultCloseLimit);

    struct Health
    {
        qint64 unwritten = 0; // queued, not yet durable
        qint64 lost = 0;
        qint64 refused = 0;
        int writeErrors = 0;
        bool failing = false; // the last write failed and is being retried
        QString lastError;
    };
    Health health() const;

    void setFlushIntervalMs(int ms) { m_flushIntervalMs = ms; }
    void setMaxUnwritten(qint64 events) { m_maxUnwritten = events; }
    // Called on the writer thread after each commit with the highest durable seq.
    void setCommitCallback(std::function<void(qint64)> callback) { m_onCommit = std::move(callback); }

    qint64 lastSeqAtOpen() const { return m_lastSeqAtOpen; }
    qint64 durableSeq() const { return m_durableSeq.load(); }
    qint64 appendedCount() const { return m_appended.load(); }
    int writeErrors() const { return m_writeErrors.load(); }
    QString lastError() const;

private:
    struct Row
    {
        qint64 seq;
        qint64 sourceTime;
        qint64 receiveTime;
        quint16 kind; // 0: a keyframe (payload is the world)
        QString source;
        QString entity;
        QByteArray payload;
    };

    struct Statements;
    void writerLoop();
    bool writeBatch(Statements &statements, std::vector<Row> &batch);
    static qint64 eventRows(const std::vector<Row> &rows);

    QString m_path;
    QString m_connection;
    JournalMode m_mode = JournalMode::Training;
    bool m_open = false;
    int m_lockFd = -1;
    sqlite3 *m_handle = nullptr; // the writer's connection, for sqlite3_interrupt at close
    qint64 m_lastSeqAtOpen = 0;
    int m_flushIntervalMs = 50;
    qint64 m_maxUnwritten = kDefaultMaxUnwritten;
    std::function<void(qint64)> m_onCommit;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_flushed;
    std::vector<Row> m_pending;
    qint64 m_inFlight = 0; // events the writer has taken and not yet committed
    bool m_stop = false;
    bool m_writerDone = false;
    bool m_failing = false;
    std::chrono::steady_clock::time_point m_giveUpAt;
    qint64 m_queuedSeq = 0; // highest seq handed to the writer
    // m_durableSeq changes under m_mutex (so flush() cannot miss the wake-up) and is read freely.
    QString m_lastError;

    std::atomic<qint64> m_durableSeq { 0 };
    std::atomic<qint64> m_appended { 0 };
    std::atomic<qint64> m_durableCount { 0 };
    std::atomic<qint64> m_lost { 0 };
    std::atomic<qint64> m_refused { 0 };
    std::atomic<int> m_writeErrors { 0 };
    std::thread m_writer;
};

} // namespace wf
