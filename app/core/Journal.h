#pragma once

#include "Event.h"

#include <QString>
#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace wf {

// The append-only record of every event: the source of truth for playback and audit.
//
// append() only queues (cheap, any thread); a writer thread commits batches in one transaction
// each, at least every flushInterval, with WAL and synchronous=FULL. A crash loses at most the
// batch that was being written and never corrupts the file.
class Journal
{
public:
    static constexpr int kSchemaVersion = 1;
    static constexpr qint32 kApplicationId = 0x57464a4e; // "WFJN"

    Journal();
    ~Journal(); // flushes and stops the writer
    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;

    // Opens or creates the journal. Refuses (with a message, touching nothing) a file that is
    // not a SQLite database, belongs to another program, or was written by a newer Watchfloor.
    bool open(const QString &path, QString *error);
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }

    void append(const Event &event); // camera URLs are recorded without their credentials
    void flush(); // returns once everything appended before the call is committed

    void setFlushIntervalMs(int ms) { m_flushIntervalMs = ms; }
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
        quint16 kind;
        QString source;
        QString entity;
        QByteArray payload;
    };

    struct Statements;
    void writerLoop();
    bool writeBatch(Statements &statements, std::vector<Row> &batch);

    QString m_path;
    QString m_connection;
    bool m_open = false;
    qint64 m_lastSeqAtOpen = 0;
    int m_flushIntervalMs = 50;
    std::function<void(qint64)> m_onCommit;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_flushed;
    std::vector<Row> m_pending;
    bool m_stop = false;
    qint64 m_queuedSeq = 0; // highest seq handed to the writer
    // m_durableSeq changes under m_mutex (so flush() cannot miss the wake-up) and is read freely.
    QString m_lastError;

    std::atomic<qint64> m_durableSeq { 0 };
    std::atomic<qint64> m_appended { 0 };
    std::atomic<int> m_writeErrors { 0 };
    std::thread m_writer;
};

// Reads a journal without changing it (playback, audit, benchmarks).
class JournalReader
{
public:
    JournalReader();
    ~JournalReader();
    JournalReader(const JournalReader &) = delete;
    JournalReader &operator=(const JournalReader &) = delete;

    bool open(const QString &path, QString *error);
    qint64 count() const;
    qint64 firstTimeMs() const;
    qint64 lastTimeMs() const;
    // Events with receive time in [fromMs, toMs), in sequence order. Returns the number read;
    // rows that cannot be decoded are counted in undecodable() and skipped.
    qint64 read(qint64 fromMs, qint64 toMs, const std::function<void(const Event &)> &sink);
    qint64 undecodable() const { return m_undecodable; }

private:
    QString m_connection;
    qint64 m_undecodable = 0;
};

} // namespace wf
