#pragma once

#include "CentreTime.h"
#include "OfflineArea.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace wf {

namespace maps {
class TileRenderer;
}

// An evidence folder of a time range of a recorded journal, for handing over: the slice of the
// journal as a journal of its own (journal.sqlite, which --playback opens: it starts with a
// keyframe of the world at the range's start), the events as CSV (events.csv), a PDF report
// (report.pdf, EvidenceReport), what was exported (export.json) and the SHA-256 of each of
// them (manifest.sha256, EvidenceManifest).
//
// All or nothing: the files are written into a hidden folder beside the destination and renamed
// into place at the end, so a refused input, a full disk or a cancel leaves no folder behind.
// The source journal and its review file are only read. Runs on any thread (each call opens its
// own connections); needs a QGuiApplication for the report's fonts.
struct EvidenceRequest
{
    QString journalPath;
    qint64 fromMs = 0; // receive times, both ends included
    qint64 toMs = 0;
    QString outDir; // must not exist, or be an empty folder
    QString operatorId; // who exported, for the report and export.json
    int utcOffsetSeconds = kCentreUtcOffsetSeconds; // the zone the report's times are shown in
    // Draws the report's maps (the map at each incident's report, EvidenceMap); none without it.
    std::shared_ptr<const maps::TileRenderer> renderer;
    // Only what belongs to this area (EvidenceArea), named in the report as areaName; the whole
    // recording without one. The slice's opening keyframe still holds the whole world as the
    // range began, so that playback of the slice starts from the true state.
    std::optional<maps::GeoBox> area;
    QString areaName;
};

struct EvidenceSummary
{
    qint64 events = 0; // rows of events.csv, events of journal.sqlite
    int orders = 0;
    int bookmarks = 0;
    int pages = 0; // of report.pdf
    int maps = 0; // map pictures in it
    QStringList files; // names in the folder, manifest included
};

namespace evidence {

// A range with more events than this is refused (narrow it): about 200 MB of CSV.
inline constexpr qint64 kMaxEvents = 2'000'000;

// progress(percent) is called now and then; returning false cancels (error: "cancelled").
using Progress = std::function<bool(int percent)>;

std::optional<EvidenceSummary> exportRange(
    const EvidenceRequest &request, const Progress &progress, QString *error);

// The words of a cancelled export's error, to tell a cancel from a failure.
QString cancelledText();

} // namespace evidence

} // namespace wf
