// A recording's HLS playlist on any bytes: a timeline or an error in words, never a crash. What
// it accepts has segments in filming order, and the moments inside its segments map into the
// video and back to themselves.
#include "HlsTimeline.h"

#include <QCoreApplication>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto timeline = wf::wall::HlsTimeline::parse(bytes, &error);
    if (!timeline) {
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    const auto &segments = timeline->segments();
    if (segments.empty())
        std::abort();
    for (size_t i = 0; i < segments.size(); ++i) {
        const auto &s = segments[i];
        if (s.durationMs <= 0 || (i > 0 && s.startMs < segments[i - 1].startMs))
            std::abort();
        // A moment inside a segment maps into the video and back to itself; only where a later
        // segment already started (an overlap, as recorders' clocks jitter) may it map to none.
        const qint64 middle = s.startMs + s.durationMs / 2;
        const auto position = timeline->mediaPositionAt(middle);
        const bool overlapped = i + 1 < segments.size() && segments[i + 1].startMs <= middle;
        if ((!position && !overlapped) || (position && timeline->timeAtMediaPosition(*position) != middle))
            std::abort();
    }
    if (!timeline->mediaPositionAt(segments.front().startMs))
        std::abort();
    return 0;
}
