#include "EvidenceExport.h"

#include "DispatchText.h"
#include "EventLogModel.h"
#include "EvidenceArea.h"
#include "EvidenceManifest.h"
#include "EvidenceMap.h"
#include "EvidenceReport.h"
#include "Journal.h"
#include "JournalPlayback.h"
#include "ReviewNotes.h"
#include "SpreadsheetCell.h"
#include "WorldSnapshot.h"
#include "WorldState.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>

namespace wf::evidence {

namespace {

// The report's maps: the district around the incident, the units that could answer in view
// (about 16 by 10 km at 1,000x640 pixels).
constexpr int kMapZoom = 13;

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC).toString(Qt::ISODateWithMs);
}

// Events worth a line in the report's timeline: what people did and what they were told.
bool isKeyEvent(EventKind kind)
{
    switch (kind) {
    case EventKind::AlertRaised:
    case EventKind::AlertAcknowledged:
    case EventKind::AlertDismissed:
    case EventKind::IncidentReported:
    case EventKind::IncidentClosed:
    case EventKind::IncidentStageChanged:
    case EventKind::OrderIssued:
    case EventKind::OrderStateChanged:
    case EventKind::CordonSet:
    case EventKind::CordonCleared:
    case EventKind::CordonActivated:
    case EventKind::CordonClosed:
    case EventKind::OperatorAction:
        return true;
    default:
        return false;
    }
}

// Buffered writes that remember the first failure (a full disk) instead of carrying on.
class Output
{
public:
    explicit Output(const QString &path)
        : m_file(path)
    {
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            m_error = m_file.errorString();
    }
    void write(const QByteArray &bytes)
    {
        m_buffer += bytes;
        if (m_buffer.size() >= (1 << 20))
            drain();
    }
    bool finish(QString *error)
    {
        drain();
        if (m_error.isEmpty() && !m_file.flush())
            m_error = m_file.errorString();
        m_file.close();
        if (!m_error.isEmpty())
            *error = QStringLiteral("%1: %2").arg(QFileInfo(m_file.fileName()).fileName(), m_error);
        return m_error.isEmpty();
    }
    bool failed() const { return !m_error.isEmpty(); }

private:
    void drain()
    {
        if (m_error.isEmpty() && !m_buffer.isEmpty() && m_file.write(m_buffer) != m_buffer.size())
            m_error = m_file.errorString();
        m_buffer.clear();
    }
    QFile m_file;
    QByteArray m_buffer;
    QString m_error;
};

} // namespace

QString cancelledText()
{
    return QCoreApplication::translate("EvidenceExport", "the export was cancelled; nothing was written");
}

std::optional<EvidenceSummary> exportRange(
    const EvidenceRequest &request, const Progress &progress, QString *error)
{
    auto cancelled = [&](int percent) { return progress && !progress(percent); };
    auto refuse = [&](const QString &why) {
        *error = why;
        return std::nullopt;
    };

    // Where it goes: a new or empty folder in a folder that exists.
    if (request.outDir.isEmpty())
        return refuse(QCoreApplication::translate("EvidenceExport", "no output folder was given"));
    const QFileInfo out(request.outDir);
    if (out.exists() && !out.isDir())
        return refuse(QCoreApplication::translate("EvidenceExport", "%1 exists and is not a folder")
                .arg(request.outDir));
    if (out.exists()
        && !QDir(out.absoluteFilePath()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return refuse(QCoreApplication::translate("EvidenceExport",
            "the output folder %1 is not empty; evidence goes into a new or empty folder (nothing "
            "was written)")
                .arg(request.outDir));
    const QDir parent = out.absoluteDir();
    if (!parent.exists())
        return refuse(
            QCoreApplication::translate("EvidenceExport", "the folder %1 does not exist").arg(parent.path()));

    // What is exported: a journal that is whole, and a range within it.
    if (request.fromMs > request.toMs)
        return refuse(QCoreApplication::translate("EvidenceExport", "the range ends before it starts"));
    JournalReader reader;
    QString why;
    if (!reader.open(request.journalPath, &why) || !reader.verify(&why))
        return refuse(why);
    if (reader.count() <= 0)
        return refuse(QCoreApplication::translate("EvidenceExport", "journal %1 holds no events")
                .arg(request.journalPath));
    const qint64 firstMs = reader.firstTimeMs();
    const qint64 lastMs = reader.lastTimeMs();
    if (request.fromMs < firstMs || request.toMs > lastMs)
        return refuse(QCoreApplication::translate(
            "EvidenceExport", "the range %1 to %2 is outside the journal, which runs from %3 to %4")
                .arg(isoUtc(request.fromMs), isoUtc(request.toMs), isoUtc(firstMs), isoUtc(lastMs)));
    const qint64 afterSeq = reader.lastSeqAt(request.fromMs - 1);
    const qint64 lastSeq = reader.lastSeqAt(request.toMs);
    if (lastSeq - afterSeq > kMaxEvents)
        return refuse(QCoreApplication::translate("EvidenceExport",
            "the range holds about %1 events, more than %2 in one export; export a shorter range")
                .arg(lastSeq - afterSeq)
                .arg(kMaxEvents));
    if (cancelled(1))
        return refuse(cancelledText());

    QTemporaryDir work(parent.filePath(QStringLiteral(".%1-partial-XXXXXX").arg(out.fileName())));
    if (!work.isValid())
        return refuse(QCoreApplication::translate("EvidenceExport", "cannot write in %1: %2")
                .arg(parent.path(), work.errorString()));
    const QDir dir(work.path());
    auto failed = [&](const QString &what) {
        return refuse(
            QCoreApplication::translate("EvidenceExport", "the export failed and nothing was written: %1")
                .arg(what));
    };

    // The source's SHA-256, so the slice can be traced to the very file it came from.
    QString sourceSha;
    {
        QFile source(request.journalPath);
        if (!source.open(QIODevice::ReadOnly))
            return failed(source.errorString());
        QCryptographicHash hash(QCryptographicHash::Sha256);
        const qint64 size = std::max<qint64>(1, source.size());
        QByteArray chunk;
        while (!(chunk = source.read(4 << 20)).isEmpty()) {
            hash.addData(chunk);
            if (cancelled(1 + int(14 * source.pos() / size)))
                return refuse(cancelledText());
        }
        sourceSha = QString::fromLatin1(hash.result().toHex());
    }

    // The slice: a journal of its own, starting with the world as it stood before the range.
    const QString modeName = reader.mode();
    Journal slice;
    if (!slice.open(dir.filePath(QStringLiteral("journal.sqlite")),
            modeName == u"live" ? JournalMode::Live : JournalMode::Training, &why))
        return failed(why);
    std::optional<EvidenceArea> area;
    if (request.area)
        area.emplace(*request.area);
    if (afterSeq > 0) {
        WorldState world;
        JournalPlayback before(&world);
        if (!before.open(request.journalPath, &why))
            return failed(why);
        before.seek(request.fromMs - 1);
        slice.appendKeyframe(
            before.currentSeq(), reader.receiveTimeOf(before.currentSeq()), encodeWorld(world));
        if (area)
            area->noteWorld(world);
    }
    constexpr qint64 kChunk = 50'000;
    const qint64 span = std::max<qint64>(1, lastSeq - afterSeq);
    if (area) {
        // What was in the area at any moment of the range, before anything is written.
        for (qint64 from = afterSeq; from < lastSeq; from += kChunk) {
            const qint64 to = std::min(lastSeq, from + kChunk);
            reader.readSeqs(from, to, [&](const Event &e) {
                if (e.receiveTimeMs >= request.fromMs && e.receiveTimeMs <= request.toMs)
                    area->note(e);
            });
            if (cancelled(15 + int(10 * (to - afterSeq) / span)))
                return refuse(cancelledText());
        }
    }
    const int passStart = area ? 25 : 15; // percent of the progress the writing pass starts at

    const QTimeZone zone = QTimeZone::fromSecondsAheadOfUtc(request.utcOffsetSeconds);
    const QString zoneName = zone.displayName(QTimeZone::StandardTime, QTimeZone::OffsetName);
    auto local = [&](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    };
    Output csv(dir.filePath(QStringLiteral("events.csv")));
    // UTF-8 with a byte order mark and CRLF, as the statistics CSV: a spreadsheet opens it as is.
    csv.write(QByteArray("\xEF\xBB\xBF")
        + QStringList { QCoreApplication::translate("EvidenceExport", "seq"),
            QCoreApplication::translate("EvidenceExport", "received (%1)").arg(zoneName),
            QCoreApplication::translate("EvidenceExport", "received (ms since 1970 UTC)"),
            QCoreApplication::translate("EvidenceExport", "source time (%1)").arg(zoneName),
            QCoreApplication::translate("EvidenceExport", "source"),
            QCoreApplication::translate("EvidenceExport", "kind"),
            QCoreApplication::translate("EvidenceExport", "about"),
            QCoreApplication::translate("EvidenceExport", "description") }
            .join(u',')
            .toUtf8()
        + "\r\n");

    EvidenceReport report;
    struct MapMoment
    {
        qint64 timeMs = 0;
        IncidentReported incident;
    };
    std::vector<MapMoment> mapMoments; // each incident reported in the range, for the report's maps
    QHash<QString, size_t> orderRow;
    qint64 events = 0;
    for (qint64 from = afterSeq; from < lastSeq; from += kChunk) {
        const qint64 to = std::min(lastSeq, from + kChunk);
        reader.readSeqs(from, to, [&](const Event &e) {
            if (e.receiveTimeMs < request.fromMs || e.receiveTimeMs > request.toMs
                || (area && !area->keeps(e)))
                return;
            ++events;
            slice.append(e);
            const QString text = EventLogModel::describe(e);
            const QStringList row { QString::number(e.seq), local(e.receiveTimeMs),
                QString::number(e.receiveTimeMs), local(e.sourceTimeMs), e.source,
                eventKindName(e.kind()).toString(), e.entityId(), text };
            QString line;
            for (const auto &c : row)
                line += (line.isEmpty() ? QString() : QStringLiteral(",")) + spreadsheetCell(c);
            csv.write(line.toUtf8() + "\r\n");
            if (isKeyEvent(e.kind())) {
                if (report.keyEvents.size() < size_t(EvidenceReport::kMaxKeyEvents))
                    report.keyEvents.push_back({ e.receiveTimeMs, text });
                else
                    ++report.keyEventsLeftOut;
            }
            if (const auto *i = std::get_if<IncidentReported>(&e.payload)) {
                if (mapMoments.size() < size_t(EvidenceReport::kMaxMaps))
                    mapMoments.push_back({ e.receiveTimeMs, *i });
                else
                    ++report.mapsLeftOut;
            }
            if (const auto *o = std::get_if<OrderIssued>(&e.payload)) {
                orderRow.insert(o->orderId, report.orders.size());
                report.orders.push_back(
                    { o->orderId, o->unitId, o->incidentId, dispatchtext::orderTask(o->task), e.receiveTimeMs,
                        {}, {}, dispatchtext::orderState(OrderState::Issued) });
            } else if (const auto *s = std::get_if<OrderStateChanged>(&e.payload)) {
                const auto it = orderRow.constFind(s->orderId);
                if (it != orderRow.constEnd()) {
                    auto &order = report.orders[*it];
                    if (s->state == OrderState::Acknowledged && !order.acknowledgedMs)
                        order.acknowledgedMs = e.receiveTimeMs;
                    if (s->state == OrderState::OnScene && !order.onSceneMs)
                        order.onSceneMs = e.receiveTimeMs;
                    order.lastState = dispatchtext::orderState(s->state);
                }
            }
        });
        // The slice's queue is bounded: let the writer catch up before it could drop anything. A
        // write that fails (a full disk) ends the export at once instead of being retried.
        while (!slice.flush(std::chrono::milliseconds(200))) {
            const bool writeFailed = slice.health().failing;
            if (writeFailed || cancelled(passStart + int((80 - passStart) * (from - afterSeq) / span))) {
                const QString what = slice.lastError();
                slice.close(std::chrono::milliseconds(200));
                return writeFailed ? failed(QStringLiteral("journal.sqlite: %1").arg(what))
                                   : refuse(cancelledText());
            }
        }
        if (csv.failed())
            break;
        if (cancelled(passStart + int((80 - passStart) * (to - afterSeq) / span)))
            return refuse(cancelledText());
    }
    const auto closed = slice.close();
    if (closed.lost > 0 || !closed.finishedInTime)
        return failed(QStringLiteral("journal.sqlite: %1")
                .arg(closed.error.isEmpty() ? QStringLiteral("%1 events not written").arg(closed.lost)
                                            : closed.error));
    if (!csv.finish(&why))
        return failed(why);

    // Bookmarks in the range, from the review file if the recording has one (read only).
    ReviewNotes notes;
    if (!notes.open(request.journalPath, reader.firstSeq(), firstMs, false, &why))
        return failed(why);
    QJsonArray bookmarkJson;
    for (const auto &b : notes.bookmarks()) {
        if (b.timeMs < request.fromMs || b.timeMs > request.toMs)
            continue;
        report.bookmarks.push_back({ b.timeMs,
            b.note.isEmpty()
                ? QCoreApplication::translate("EvidenceExport", "(no note) — %1").arg(b.author)
                : QCoreApplication::translate("EvidenceExport", "%1 — %2").arg(b.note, b.author) });
        bookmarkJson.append(QJsonObject { { QStringLiteral("time"), isoUtc(b.timeMs) },
            { QStringLiteral("time_ms"), b.timeMs }, { QStringLiteral("note"), b.note },
            { QStringLiteral("author"), b.author }, { QStringLiteral("created"), isoUtc(b.createdMs) } });
    }
    if (cancelled(82))
        return refuse(cancelledText());

    // The map as it stood when each incident came in, the world rebuilt from the recording.
    if (request.renderer && !mapMoments.empty()) {
        WorldState world;
        JournalPlayback playback(&world);
        if (!playback.open(request.journalPath, &why))
            return failed(why);
        for (const auto &m : mapMoments) {
            playback.seek(m.timeMs);
            const QString type = m.incident.type.isEmpty() ? m.incident.summary : m.incident.type;
            report.maps.push_back({ m.timeMs,
                QCoreApplication::translate("EvidenceExport", "incident %1 (%2) reported")
                    .arg(m.incident.incidentId, type),
                evidence::drawMap(*request.renderer, world,
                    { m.incident.position.lat, m.incident.position.lon }, kMapZoom, QSize(1000, 640)) });
            if (cancelled(82 + int(6 * report.maps.size() / mapMoments.size())))
                return refuse(cancelledText());
        }
    }

    report.journalName = QFileInfo(request.journalPath).fileName();
    report.journalSha256 = sourceSha;
    report.journalMode = modeName;
    report.fromMs = request.fromMs;
    report.toMs = request.toMs;
    report.area = request.areaName;
    report.events = events;
    report.createdMs = QDateTime::currentMSecsSinceEpoch();
    report.createdBy = request.operatorId;
    report.utcOffsetSeconds = request.utcOffsetSeconds;
    const auto pages = report.write(dir.filePath(QStringLiteral("report.pdf")), &why);
    if (!pages)
        return failed(why);
    if (cancelled(92))
        return refuse(cancelledText());

    const QJsonObject meta { { QStringLiteral("format"), QStringLiteral("watchfloor-evidence/1") },
        { QStringLiteral("journal"),
            QJsonObject { { QStringLiteral("name"), report.journalName },
                { QStringLiteral("path"), QFileInfo(request.journalPath).absoluteFilePath() },
                { QStringLiteral("sha256"), sourceSha }, { QStringLiteral("mode"), modeName },
                { QStringLiteral("first"), isoUtc(firstMs) }, { QStringLiteral("last"), isoUtc(lastMs) } } },
        { QStringLiteral("from"), isoUtc(request.fromMs) }, { QStringLiteral("to"), isoUtc(request.toMs) },
        { QStringLiteral("from_ms"), request.fromMs }, { QStringLiteral("to_ms"), request.toMs },
        { QStringLiteral("area"),
            request.area ? QJsonValue(QJsonObject { { QStringLiteral("name"), request.areaName },
                               { QStringLiteral("west"), request.area->west },
                               { QStringLiteral("south"), request.area->south },
                               { QStringLiteral("east"), request.area->east },
                               { QStringLiteral("north"), request.area->north } })
                         : QJsonValue() },
        { QStringLiteral("events"), events }, { QStringLiteral("orders"), qint64(report.orders.size()) },
        { QStringLiteral("bookmarks"), bookmarkJson }, { QStringLiteral("report_pages"), *pages },
        { QStringLiteral("exported"), isoUtc(report.createdMs) },
        { QStringLiteral("exported_by"), request.operatorId },
        { QStringLiteral("watchfloor"), QCoreApplication::applicationVersion() } };
    Output json(dir.filePath(QStringLiteral("export.json")));
    json.write(QJsonDocument(meta).toJson());
    if (!json.finish(&why))
        return failed(why);
    if (!evidencemanifest::write(dir.path(), &why))
        return failed(why);
    if (cancelled(99))
        return refuse(cancelledText());

    // Into place in one step; an empty destination folder is replaced.
    if (out.exists() && !QDir().rmdir(out.absoluteFilePath()))
        return failed(QCoreApplication::translate("EvidenceExport", "cannot replace the empty folder %1")
                .arg(request.outDir));
    if (!QDir().rename(dir.path(), out.absoluteFilePath()))
        return failed(QCoreApplication::translate("EvidenceExport", "cannot rename %1 to %2")
                .arg(dir.path(), request.outDir));
    work.setAutoRemove(false);

    EvidenceSummary summary;
    summary.events = events;
    summary.orders = int(report.orders.size());
    summary.bookmarks = int(report.bookmarks.size());
    summary.maps = int(report.maps.size());
    summary.pages = *pages;
    summary.files = QDir(out.absoluteFilePath()).entryList(QDir::Files, QDir::Name);
    if (progress)
        progress(100);
    return summary;
}

} // namespace wf::evidence
