#pragma once

#include <QString>
#include <QtGlobal>

namespace wf::wall {

// Where a camera's recorded video is, as a site writes it in its camera file ("playback"): an
// address with placeholders that playback fills in.
//   {id}          the camera's id
//   {start}       the moment to play from, UTC, as NVRs take it: 20261203T093000Z
//   {start_unix}  the same moment in seconds since 1970
// An address with a start time is an NVR's playback stream (RTSP), which plays from that moment
// on; without one it is a recording with its own clock: an HLS playlist whose segments carry
// EXT-X-PROGRAM-DATE-TIME.
namespace RecordingAddress {
// Empty when the template is usable; otherwise why not (an unknown placeholder, not a URL).
QString problem(const QString &urlTemplate);
// The address for a camera at a moment.
QString expand(const QString &urlTemplate, const QString &cameraId, qint64 atMs);
// Whether the address carries the start time (an NVR stream) rather than a clock of its own.
bool startsAtGivenTime(const QString &urlTemplate);
} // namespace RecordingAddress

} // namespace wf::wall
