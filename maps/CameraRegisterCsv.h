#pragma once

#include "CameraIndex.h"

#include <QIODevice>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace wf::maps {

// A site's camera register as CSV, what `--import-cameras` turns into a CameraIndex. The first
// line names the columns, in any order: id, name, lat, lon, bearing_deg, fov_deg and main are
// required; sub (a lower-resolution stream), transport ("tcp" or "udp") and crs ("WGS-84" or
// "GCJ-02", per row) are optional, other columns are ignored (sites keep notes in them). Fields
// may be quoted ("a, b" and "" for a quote) but not span lines. Coordinates in GCJ-02 (a row's
// crs, else the datum given for the file) are converted to WGS-84 here, once.
//
// Any error names the line and the field and nothing is returned. Stream URLs may hold a user
// name and password: no message quotes a URL.
class CameraRegisterCsv
{
public:
    enum class Datum { Wgs84, Gcj02 };
    static constexpr qint64 kMaxFileBytes = qint64(2) << 30; // 2 GB; 2.19 M cameras are ~400 MB
    static constexpr qint64 kMaxCameras = 10'000'000;
    static constexpr qint64 kMaxLineBytes = 8192;

    // The cameras and, in the same order, what the register says of each.
    struct Register
    {
        QList<CameraIndex::Camera> cameras;
        QList<CameraIndex::Entry> entries;
    };

    struct Stats
    {
        qint64 lines = 0;
        qint64 cameras = 0;
        qint64 converted = 0; // rows whose GCJ-02 coordinates were converted to WGS-84
    };

    // "wgs84", "WGS-84", "gcj02", "GCJ-02" (any case); nullopt for anything else.
    static std::optional<Datum> datumFromName(const QString &name);

    // progress gets the lines read so far and the share of the input read (0..1); it is called
    // every few thousand lines.
    using Progress = std::function<void(qint64 lines, double share)>;
    static std::optional<Register> read(const QString &path, Datum datum, QString *error,
        Stats *stats = nullptr, const Progress &progress = {}, qint64 maxBytes = kMaxFileBytes);
    static std::optional<Register> parse(QIODevice &in, qint64 totalBytes, Datum datum, QString *error,
        Stats *stats = nullptr, const Progress &progress = {}, qint64 maxBytes = kMaxFileBytes);
};

} // namespace wf::maps
