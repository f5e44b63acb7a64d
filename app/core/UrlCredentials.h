#pragma once

#include <QString>

namespace wf {

// Camera stream URLs often carry a user name and password (rtsp://user:pass@host/stream). The
// player needs them; nothing that is written down may keep them: the journal is read by
// auditors and copied for playback, a health file is read by monitoring. This removes the
// "user:pass@" of every URL in a text (a URL alone, or an error message that quotes one),
// leaving the rest as it was.
QString withoutUrlCredentials(const QString &text);

} // namespace wf
