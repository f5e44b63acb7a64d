#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace wf {

// The centre's wall clock: the Hubei centres keep China Standard Time (UTC+8, no daylight
// saving), and every time a dispatcher reads is in it, whatever zone the machine is set to.
inline constexpr int kCentreUtcOffsetSeconds = 8 * 3600;

// "22:58:04" on the centre's clock, "--:--:--" for no time.
inline QString centreClockText(qint64 msSinceEpoch)
{
    if (msSinceEpoch <= 0)
        return QStringLiteral("--:--:--");
    return QDateTime::fromMSecsSinceEpoch(
        msSinceEpoch, QTimeZone::fromSecondsAheadOfUtc(kCentreUtcOffsetSeconds))
        .toString(QStringLiteral("HH:mm:ss"));
}

} // namespace wf
