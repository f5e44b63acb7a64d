#include "EvidenceCommands.h"

#include "BaseMap.h"
#include "EvidenceExport.h"
#include "EvidenceManifest.h"
#include "Journal.h"
#include "OfflineArea.h"
#include "TileRenderer.h"

#include <QDateTime>
#include <QTimeZone>
#include <cstdio>

namespace wf {

namespace {

int verify(const QString &dir)
{
    const auto verdict = evidencemanifest::verify(dir);
    if (!verdict.ok) {
        for (const auto &problem : verdict.problems)
            std::fprintf(stderr, "watchfloor: %s: %s\n", qPrintable(dir), qPrintable(problem));
        std::fprintf(stderr, "watchfloor: %s does NOT match its manifest\n", qPrintable(dir));
        return 1;
    }
    std::printf("%s: every file matches its manifest\n", qPrintable(dir));
    return 0;
}

int exportEvidence(const AppOptions &opt)
{
    // The journal's range first, so that offsets (+90m) are from its start and the defaults are
    // its ends; exportRange checks the journal thoroughly itself.
    JournalReader reader;
    QString error;
    if (!reader.open(opt.playbackPath, &error)) {
        std::fprintf(stderr, "watchfloor: %s\n", qPrintable(error));
        return 1;
    }
    const qint64 start = reader.firstTimeMs();
    const qint64 end = reader.lastTimeMs();
    EvidenceRequest request;
    request.journalPath = opt.playbackPath;
    request.fromMs = !opt.hasFrom ? start : opt.fromIsOffset ? start + opt.fromMs : opt.fromMs;
    request.toMs = !opt.hasTo ? end : opt.toIsOffset ? start + opt.toMs : opt.toMs;
    request.outDir = opt.exportEvidenceDir;
    request.operatorId = qEnvironmentVariable("USER", QStringLiteral("operator"));
    // The report's maps on the embedded base map (the roads are the session's, not known here).
    maps::BaseMap baseMap;
    if (baseMap.loadFolder(QStringLiteral(":/watchfloor/basemap"), &error))
        request.renderer = std::make_shared<const maps::TileRenderer>(baseMap,
            QLocale(opt.language.isEmpty() ? QLocale::system().name() : opt.language).language()
                    == QLocale::Chinese
                ? maps::TileRenderer::Language::Chinese
                : maps::TileRenderer::Language::English);
    else
        std::fprintf(stderr, "watchfloor: the report has no maps: %s\n", qPrintable(error));
    if (!opt.evidenceArea.isEmpty()) {
        const auto box = maps::resolveRegion(opt.evidenceArea, baseMap, nullptr, &error);
        if (!box) {
            std::fprintf(stderr, "watchfloor: --area: %s\n", qPrintable(error));
            return 1;
        }
        request.area = *box;
        request.areaName = opt.evidenceArea;
    }
    int shown = -1;
    const auto summary = evidence::exportRange(
        request,
        [&](int percent) {
            if (percent / 10 != shown / 10) {
                std::fprintf(stderr, "watchfloor: exporting evidence %d%%\n", percent);
                shown = percent;
            }
            return true;
        },
        &error);
    if (!summary) {
        std::fprintf(stderr, "watchfloor: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("%s: %lld events from %s to %s, %d orders, %d bookmarks, report of %d pages; files: %s\n",
        qPrintable(opt.exportEvidenceDir), static_cast<long long>(summary->events),
        qPrintable(
            QDateTime::fromMSecsSinceEpoch(request.fromMs, QTimeZone::UTC).toString(Qt::ISODateWithMs)),
        qPrintable(QDateTime::fromMSecsSinceEpoch(request.toMs, QTimeZone::UTC).toString(Qt::ISODateWithMs)),
        summary->orders, summary->bookmarks, summary->pages, qPrintable(summary->files.join(u", ")));
    return 0;
}

} // namespace

int runEvidenceCommand(const AppOptions &options)
{
    return options.verifyExportDir.isEmpty() ? exportEvidence(options) : verify(options.verifyExportDir);
}

} // namespace wf
