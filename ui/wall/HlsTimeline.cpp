#include "HlsTimeline.h"

#include "TranslateIn.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace wf::wall {

namespace {

// lupdate files this file's tr() calls under the scopes they stand in (TranslateIn.h).
QString tr(const char *text)
{
    return translateIn({ "wf::wall::HlsTimeline", "wf::wall" }, text);
}

// RFC 3339 as playlists write it. FFmpeg writes the zone as "+0800", which Qt's ISO reading
// does not take, so a zone without its colon gets one.
std::optional<qint64> parseProgramTime(QByteArrayView text)
{
    QString s = QString::fromLatin1(text).trimmed();
    static const QRegularExpression bareZone(QStringLiteral("([+-]\\d{2})(\\d{2})$"));
    if (const auto m = bareZone.match(s); m.hasMatch() && s.size() > 19)
        s.replace(m.capturedStart(), m.capturedLength(), m.captured(1) + u':' + m.captured(2));
    const QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    // A time without a zone would be read as this machine's local time: refused, not guessed.
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return t.toMSecsSinceEpoch();
}

} // namespace

std::optional<HlsTimeline> HlsTimeline::parse(const QByteArray &playlist, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<HlsTimeline> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (playlist.size() > kMaxBytes)
        return fail(tr("the playlist is larger than %1 MB").arg(kMaxBytes / (1024 * 1024)));
    HlsTimeline timeline;
    std::optional<double> pendingDuration; // from #EXTINF, for the next URI line
    std::optional<qint64> pendingTime; // from #EXT-X-PROGRAM-DATE-TIME, for the next segment
    bool header = false;
    bool anyTime = false; // a segment has a program date-time of its own
    size_t untimedFirst = 0; // segments before the first program date-time
    qint64 media = 0;
    int lineNo = 0;
    const QByteArrayView text(playlist);
    for (qsizetype from = 0; from < text.size();) {
        qsizetype end = text.indexOf('\n', from);
        if (end < 0)
            end = text.size();
        QByteArrayView line = text.sliced(from, end - from).trimmed();
        from = end + 1;
        ++lineNo;
        if (lineNo == 1 && line.startsWith("\xEF\xBB\xBF"))
            line = line.sliced(3);
        if (line.isEmpty())
            continue;
        const auto at = [lineNo](const QString &why) { return tr("line %1: %2").arg(lineNo).arg(why); };
        if (!header) {
            if (line != "#EXTM3U")
                return fail(tr("not an HLS playlist (it does not start with #EXTM3U)"));
            header = true;
            continue;
        }
        if (line.startsWith("#EXT-X-STREAM-INF"))
            return fail(tr("a master playlist (a list of variants): give the recording's media playlist"));
        if (line.startsWith("#EXTINF:")) {
            const QByteArrayView value = line.sliced(8);
            const qsizetype comma = value.indexOf(',');
            bool ok = false;
            const double seconds = QByteArray(comma < 0 ? value : value.first(comma)).toDouble(&ok);
            if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > kMaxSegmentSeconds)
                return fail(at(tr("a segment duration must be a number of seconds from 0 to %1")
                        .arg(kMaxSegmentSeconds)));
            pendingDuration = seconds;
        } else if (line.startsWith("#EXT-X-PROGRAM-DATE-TIME:")) {
            pendingTime = parseProgramTime(line.sliced(25));
            if (pendingTime && *pendingTime < 0)
                return fail(at(tr("a time before 1970")));
            if (!pendingTime)
                return fail(at(tr("not a date and time with a zone: %1")
                        .arg(QString::fromLatin1(
                            line.sliced(25).first(std::min<qsizetype>(40, line.size() - 25))))));
        } else if (line == "#EXT-X-ENDLIST") {
            timeline.m_ended = true;
        } else if (!line.startsWith('#')) {
            if (!pendingDuration)
                return fail(at(tr("a segment without #EXTINF")));
            if (int(timeline.m_segments.size()) >= kMaxSegments)
                return fail(tr("more than %1 segments").arg(kMaxSegments));
            Segment s;
            // A duration under half a millisecond (a fraction of a frame) still takes a millisecond:
            // a segment of no length would map no moment at all.
            s.durationMs = std::max<qint64>(1, std::llround(*pendingDuration * 1000));
            s.mediaMs = media;
            // A segment without a time of its own follows the one before it; those before the
            // first time given are filled in below.
            if (pendingTime) {
                s.startMs = *pendingTime;
                anyTime = true;
            } else if (anyTime) {
                s.startMs = timeline.m_segments.back().startMs + timeline.m_segments.back().durationMs;
            } else {
                ++untimedFirst;
            }
            media += s.durationMs;
            timeline.m_segments.push_back(s);
            pendingDuration.reset();
            pendingTime.reset();
        }
        // Every other tag (version, target duration, discontinuity, keys, maps) does not move time.
    }
    if (!header)
        return fail(tr("not an HLS playlist (it is empty)"));
    if (timeline.m_segments.empty())
        return fail(tr("the playlist has no segments"));
    if (!anyTime)
        return fail(tr("the playlist has no EXT-X-PROGRAM-DATE-TIME, so its video cannot be put on the "
                       "clock"));
    // Segments before the first time given run back from it (there is one: anyTime).
    for (size_t i = untimedFirst; i > 0; --i)
        timeline.m_segments[i - 1].startMs
            = timeline.m_segments[i].startMs - timeline.m_segments[i - 1].durationMs;
    for (size_t i = 1; i < timeline.m_segments.size(); ++i) {
        if (timeline.m_segments[i].startMs < timeline.m_segments[i - 1].startMs)
            return fail(tr("segment %1 was filmed before the one before it").arg(i + 1));
    }
    return timeline;
}

std::optional<qint64> HlsTimeline::mediaPositionAt(qint64 atMs) const
{
    // The last segment that starts at or before the moment.
    auto it = std::upper_bound(
        m_segments.begin(), m_segments.end(), atMs, [](qint64 t, const Segment &s) { return t < s.startMs; });
    if (it == m_segments.begin())
        return std::nullopt;
    --it;
    if (atMs >= it->startMs + it->durationMs)
        return std::nullopt;
    return it->mediaMs + (atMs - it->startMs);
}

qint64 HlsTimeline::timeAtMediaPosition(qint64 mediaMs) const
{
    auto it = std::upper_bound(m_segments.begin(), m_segments.end(), mediaMs,
        [](qint64 m, const Segment &s) { return m < s.mediaMs; });
    if (it != m_segments.begin())
        --it;
    return it->startMs + (mediaMs - it->mediaMs);
}

} // namespace wf::wall
