#pragma once

#include "Event.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace wf::wall {

// A site's own cameras, from `--cameras FILE`: a JSON array of objects with
//   id, name, lat, lon (WGS-84 degrees), bearing_deg, fov_deg, main (stream URL)
// and optionally sub (a lower-resolution stream for small tiles), transport ("tcp" or
// "udp", for rtsp:// URLs) and playback (where its recorded video is, for playback: an
// RecordingAddress template). Unknown fields are allowed so that sites can keep notes in it.
// Any error names the entry and the field; nothing is loaded from a file with an error.
constexpr qint64 kMaxCameraFileBytes = 16 * 1024 * 1024; // some 50,000 cameras
// recordings, when given, receives each camera's playback address by camera id.
std::optional<QList<CameraReported>> loadCameraFile(
    const QString &path, QString *error, QHash<QString, QString> *recordings = nullptr);
std::optional<QList<CameraReported>> parseCameraJson(
    const QByteArray &json, QString *error, QHash<QString, QString> *recordings = nullptr);
// A stream URL with its transport ("tcp", "udp" or empty) as the players read it.
QString withTransport(const QString &url, const QString &transport);

} // namespace wf::wall
