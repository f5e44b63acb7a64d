#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>
#include <optional>
#include <vector>

namespace wf::wall {

// When each part of a recorded HLS video was filmed, from its media playlist's
// EXT-X-PROGRAM-DATE-TIME tags (what NVRs and `ffmpeg -hls_flags program_date_time` write): the
// map between the centre's clock and the position in the video that playback needs to show a
// camera's recording at the moment on the timeline. A recording may have gaps (the recorder was
// down); a moment in a gap, or outside the recording, has no position.
//
// FFmpeg reads the same playlist to play it, but keeps the program date-time to itself, so the
// few tags this needs are read here. Bounded like every input: at most kMaxBytes and kMaxSegments.
class HlsTimeline
{
public:
    struct Segment
    {
        qint64 startMs = 0; // when its first picture was filmed (UTC ms since the epoch)
        qint64 durationMs = 0;
        qint64 mediaMs = 0; // where it starts in the video (the sum of the segments before it)
    };
    static constexpr qint64 kMaxBytes = 8 * 1024 * 1024; // some 100,000 segments with their tags
    static constexpr int kMaxSegments = 200'000; // more than a week of 4-second segments
    static constexpr double kMaxSegmentSeconds = 3600;

    // A media playlist; nullopt with the reason (and its line) for anything else: a master
    // playlist, no program date-time, a bad duration or time, too large.
    static std::optional<HlsTimeline> parse(const QByteArray &playlist, QString *error);

    const std::vector<Segment> &segments() const { return m_segments; }
    qint64 startMs() const { return m_segments.front().startMs; }
    qint64 endMs() const { return m_segments.back().startMs + m_segments.back().durationMs; }
    // Whether the recorder has finished it (EXT-X-ENDLIST): a playlist still growing is read again.
    bool ended() const { return m_ended; }
    // The position in the video that shows the moment atMs; nullopt outside the recording or in
    // a gap between its segments.
    std::optional<qint64> mediaPositionAt(qint64 atMs) const;
    // The moment a position in the video shows.
    qint64 timeAtMediaPosition(qint64 mediaMs) const;

private:
    std::vector<Segment> m_segments;
    bool m_ended = false;
};

} // namespace wf::wall
