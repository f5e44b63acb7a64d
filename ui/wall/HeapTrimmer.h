#pragma once

#include <QObject>
#include <QTimer>

namespace wf::wall {

// Hands the heap's free pages back to the system now and then. A wall decodes and frees
// hundreds of pictures a second on several threads; glibc keeps what they free in per-thread
// arenas, so the resident size of a 24-hour wall creeps up in steps (measured: the live heap
// flat at 235 MB under heaptrack for 5 minutes while RSS took a 12 MB step) although nothing
// leaks. malloc_trim once a minute costs a few milliseconds on the GUI thread.
class HeapTrimmer : public QObject
{
    Q_OBJECT
public:
    static constexpr int kIntervalMs = 60000;
    explicit HeapTrimmer(QObject *parent = nullptr);
    // Returns by how much the resident size fell, in bytes (0 where there is no malloc_trim).
    static qint64 trimNow();
    static qint64 residentBytes(); // -1 where /proc is not there

private:
    QTimer m_timer;
};

} // namespace wf::wall
