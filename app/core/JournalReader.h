#pragma once

#include "Event.h"

#include <QList>
#include <QString>
#include <functional>
#include <optional>
#include <vector>

namespace wf {

// Reads a journal without changing it (playback, audit, benchmarks). Opening takes the same time
// for any size: it checks identity, version and that the file is not truncated; verify() reads
// every page.
class JournalReader
{
public:
    JournalReader();
    ~JournalReader();
    JournalReader(const JournalReader &) = delete;
    JournalReader &operator=(const JournalReader &) = delete;

    bool open(const QString &path, QString *error);
    // The full structural check (PRAGMA quick_check): time proportional to the size.
    bool verify(QString *error) const;
    // The mode recorded in the journal; empty for a journal older than the record.
    QString mode() const;
    qint64 count() const;
    qint64 firstSeq() const; // 0 for a journal without events
    qint64 firstTimeMs() const;
    qint64 lastTimeMs() const;
    // Events with receive time in [fromMs, toMs), in sequence order. Returns the number read;
    // rows that cannot be decoded are counted in undecodable() and skipped.
    qint64 read(qint64 fromMs, qint64 toMs, const std::function<void(const Event &)> &sink);
    // Events with afterSeq < seq <= toSeq, in sequence order.
    qint64 readSeqs(qint64 afterSeq, qint64 toSeq, const std::function<void(const Event &)> &sink);
    // The seq of the last event received at or before timeMs; 0 when there is none.
    qint64 lastSeqAt(qint64 timeMs) const;
    qint64 receiveTimeOf(qint64 seq) const; // -1 when there is no such event

    struct Keyframe
    {
        qint64 seq = 0;
        qint64 timeMs = 0;
        QByteArray world;
    };
    // The latest keyframe at or before seq (at most one, read on demand).
    std::optional<Keyframe> keyframeAtOrBefore(qint64 seq) const;
    qint64 keyframeCount() const;
    qint64 keyframeBytes() const;

    // (receive time, seq, kind) of every event of these kinds, in order: timeline markers.
    struct Marker
    {
        qint64 timeMs;
        qint64 seq;
        EventKind kind;
    };
    std::vector<Marker> markers(const QList<EventKind> &kinds) const;

    qint64 undecodable() const { return m_undecodable; }

private:
    QString m_connection;
    qint64 m_undecodable = 0;
    bool m_hasKeyframes = false;
};

} // namespace wf
