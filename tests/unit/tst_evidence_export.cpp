// evidence::exportRange over real journals written by Journal: the folder holds the slice (a
// journal of its own that plays, starting with the world as it stood), a CSV row per event of
// the range, a PDF report with pages and the manifest of all of them, which verifies and catches
// a changed byte, a missing and an added file. Bad input (a non-empty folder, a range outside
// the journal, a foreign, missing or cut-short journal) and a cancel leave nothing behind, and
// the source journal is never changed.
#include "../common/AppRun.h"
#include "../common/SyntheticShift.h"
#include "EvidenceExport.h"
#include "EvidenceManifest.h"
#include "EvidenceMap.h"
#include "EvidenceReport.h"
#include "Journal.h"
#include "JournalPlayback.h"
#include "ReviewNotes.h"
#include "TileRenderer.h"
#include "WorldState.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace wf;
using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Page objects of a PDF ("/Type /Page", not "/Type /Pages"): Qt writes them uncompressed.
int pdfPages(const QByteArray &pdf)
{
    static const QRegularExpression page(u"/Type\\s*/Page(?![a-zA-Z])"_s);
    int n = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++n;
    return n;
}

} // namespace

class TestEvidenceExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir { QStringLiteral(WATCHFLOOR_BINARY_DIR "/tests/tst_evidence_export-XXXXXX") };
    QString m_journal;
    testing::ShiftOptions m_shift;
    std::vector<Event> m_events;

    EvidenceRequest request(const QString &out, qint64 fromOffset, qint64 toOffset) const
    {
        EvidenceRequest r;
        r.journalPath = m_journal;
        r.fromMs = m_shift.startMs + fromOffset;
        r.toMs = m_shift.startMs + toOffset;
        r.outDir = m_dir.filePath(out);
        r.operatorId = u"supervisor-wang"_s;
        return r;
    }
    QStringList partials() const
    {
        return QDir(m_dir.path()).entryList({ u".*-partial-*"_s }, QDir::Dirs | QDir::Hidden);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_journal = m_dir.filePath(u"shift.sqlite"_s);
        m_shift.units = 40;
        m_shift.durationMs = 3600'000;
        m_shift.incidentsPerHour = 30;
        Journal j;
        QString error;
        QVERIFY2(j.open(m_journal, JournalMode::Live, &error), qPrintable(error));
        testing::generateShift(m_shift, [&](const Event &e) {
            m_events.push_back(e);
            j.append(e);
        });
        QCOMPARE(j.close().lost, 0);
        ReviewNotes notes;
        QVERIFY2(notes.open(m_journal, 1, m_events.front().receiveTimeMs, true, &error), qPrintable(error));
        QVERIFY(notes.add(m_shift.startMs + 600'000, u"第一辆车到场前, 报警人再次来电"_s, u"wang"_s,
            u"supervisor"_s, &error));
        QVERIFY(notes.add(m_shift.startMs + 1200'000, QString(), u"wang"_s, u"supervisor"_s, &error));
        QVERIFY(notes.add(
            m_shift.startMs + 3000'000, u"outside the range"_s, u"wang"_s, u"supervisor"_s, &error));
    }

    void export_isCompleteAndVerifies()
    {
        const auto sourceBefore = testing::fileDigest(m_journal);
        const auto r = request(u"case-1"_s, 300'000, 2100'000);
        QList<int> seen;
        QString error;
        const auto summary = evidence::exportRange(
            r,
            [&](int p) {
                seen.append(p);
                return true;
            },
            &error);
        QVERIFY2(summary, qPrintable(error));
        QCOMPARE(testing::fileDigest(m_journal), sourceBefore);
        QVERIFY(partials().isEmpty());

        const QDir out(r.outDir);
        QCOMPARE(out.entryList(QDir::Files | QDir::Hidden, QDir::Name),
            QStringList({ u"events.csv"_s, u"export.json"_s, u"journal.sqlite"_s, u"manifest.sha256"_s,
                u"report.pdf"_s }));
        QCOMPARE(summary->files, out.entryList(QDir::Files, QDir::Name));
        QVERIFY(!seen.isEmpty() && seen.last() == 100);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));

        // The events of the range, both ends included.
        const qint64 expected = std::count_if(m_events.begin(), m_events.end(),
            [&](const Event &e) { return e.receiveTimeMs >= r.fromMs && e.receiveTimeMs <= r.toMs; });
        QVERIFY(expected > 1000);
        QCOMPARE(summary->events, expected);

        // The CSV: a header and one CRLF line per event.
        const QByteArray csv = readAll(out.filePath(u"events.csv"_s));
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(csv.endsWith("\r\n"));
        QCOMPARE(csv.count("\r\n"), expected + 1);

        // The slice is a journal that plays: the same events, and at its start the units that came
        // on shift before the range are on the map.
        JournalReader slice;
        QVERIFY2(slice.open(out.filePath(u"journal.sqlite"_s), &error), qPrintable(error));
        QVERIFY2(slice.verify(&error), qPrintable(error));
        QCOMPARE(slice.count(), expected);
        QCOMPARE(slice.mode(), u"live"_s);
        QVERIFY(slice.firstTimeMs() >= r.fromMs && slice.lastTimeMs() <= r.toMs);
        WorldState world;
        JournalPlayback playback(&world);
        QVERIFY2(playback.open(out.filePath(u"journal.sqlite"_s), &error), qPrintable(error));
        playback.seek(playback.startMs());
        QCOMPARE(world.units()->size(), m_shift.units);
        QVERIFY(!QFile::exists(out.filePath(u"journal.sqlite-wal"_s)));

        // The report has pages, as many as the export said.
        const QByteArray pdf = readAll(out.filePath(u"report.pdf"_s));
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(summary->pages > 0);
        QCOMPARE(pdfPages(pdf), summary->pages);
        QVERIFY(summary->orders > 0);

        // export.json names the source by its SHA-256 and holds the two bookmarks of the range.
        const auto meta = QJsonDocument::fromJson(readAll(out.filePath(u"export.json"_s))).object();
        QCOMPARE(meta.value(u"journal"_s).toObject().value(u"sha256"_s).toString().toLatin1(),
            sourceBefore.toHex());
        QCOMPARE(meta.value(u"events"_s).toInteger(), expected);
        const auto bookmarks = meta.value(u"bookmarks"_s).toArray();
        QCOMPARE(bookmarks.size(), 2);
        QCOMPARE(bookmarks[0].toObject().value(u"note"_s).toString(), u"第一辆车到场前, 报警人再次来电"_s);
        QCOMPARE(summary->bookmarks, 2);

        // The manifest holds and catches a changed byte, a missing file and an added one.
        auto verdict = evidencemanifest::verify(r.outDir);
        QVERIFY2(verdict.ok, qPrintable(verdict.problems.join(u'\n')));
        QByteArray changed = csv;
        changed[changed.size() / 2] = changed[changed.size() / 2] == '7' ? '8' : '7';
        QFile f(out.filePath(u"events.csv"_s));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(changed);
        f.close();
        QVERIFY(QFile::remove(out.filePath(u"report.pdf"_s)));
        QFile extra(out.filePath(u"note.txt"_s));
        QVERIFY(extra.open(QIODevice::WriteOnly));
        extra.close();
        verdict = evidencemanifest::verify(r.outDir);
        QVERIFY(!verdict.ok);
        QCOMPARE(verdict.problems.size(), 3);
        QVERIFY2(verdict.problems.join(u'\n').contains(u"events.csv: changed"_s),
            qPrintable(verdict.problems.join(u'\n')));
        QVERIFY(verdict.problems.join(u'\n').contains(u"report.pdf: missing"_s));
        QVERIFY(verdict.problems.join(u'\n').contains(u"note.txt: not in the manifest"_s));
    }

    // An area: the units that were in it at some moment of the range come with their whole track
    // (also where they drove outside it), units that never were do not, nor incidents elsewhere;
    // what is about no place (cordons) stays as the context.
    void anArea_keepsWhatWasInIt()
    {
        auto r = request(u"case-area"_s, 0, 1800'000);
        GeoPoint centre;
        for (const auto &e : m_events) {
            if (const auto *i = std::get_if<IncidentReported>(&e.payload)) {
                centre = i->position;
                break;
            }
        }
        r.area = maps::GeoBox { centre.lon - 0.03, centre.lat - 0.03, centre.lon + 0.03, centre.lat + 0.03 };
        r.areaName = u"test box"_s;
        const auto inBox = [&](const GeoPoint &p) {
            return p.lon >= r.area->west && p.lon <= r.area->east && p.lat >= r.area->south
                && p.lat <= r.area->north;
        };
        QSet<QString> unitsIn, unitsAll, incidentsIn, incidentsAll;
        QHash<QString, int> moves;
        int cordonEvents = 0;
        for (const auto &e : m_events) {
            if (e.receiveTimeMs < r.fromMs || e.receiveTimeMs > r.toMs)
                continue;
            if (const auto *m = std::get_if<UnitMoved>(&e.payload)) {
                unitsAll.insert(m->unitId);
                ++moves[m->unitId];
                if (inBox(m->position))
                    unitsIn.insert(m->unitId);
            } else if (const auto *u = std::get_if<UnitReported>(&e.payload); u && inBox(u->position)) {
                unitsIn.insert(u->unitId);
            } else if (const auto *i = std::get_if<IncidentReported>(&e.payload)) {
                incidentsAll.insert(i->incidentId);
                if (inBox(i->position))
                    incidentsIn.insert(i->incidentId);
            } else if (std::holds_alternative<CordonSet>(e.payload)
                || std::holds_alternative<CordonCleared>(e.payload)) {
                ++cordonEvents;
            }
        }
        // The box cuts the shift: some units and incidents in it, some not.
        QVERIFY(!unitsIn.isEmpty() && unitsIn.size() < unitsAll.size());
        QVERIFY(!incidentsIn.isEmpty() && incidentsIn.size() < incidentsAll.size());
        QVERIFY(cordonEvents > 0);

        QString error;
        const auto summary = evidence::exportRange(r, {}, &error);
        QVERIFY2(summary, qPrintable(error));
        JournalReader slice;
        QVERIFY2(slice.open(QDir(r.outDir).filePath(u"journal.sqlite"_s), &error), qPrintable(error));
        QSet<QString> unitsOut, incidentsOut;
        QHash<QString, int> movesOut;
        int cordonsOut = 0;
        slice.read(0, std::numeric_limits<qint64>::max(), [&](const Event &e) {
            if (const auto *m = std::get_if<UnitMoved>(&e.payload)) {
                unitsOut.insert(m->unitId);
                ++movesOut[m->unitId];
            } else if (const auto *i = std::get_if<IncidentReported>(&e.payload)) {
                incidentsOut.insert(i->incidentId);
            } else if (std::holds_alternative<CordonSet>(e.payload)
                || std::holds_alternative<CordonCleared>(e.payload)) {
                ++cordonsOut;
            }
        });
        QCOMPARE(unitsOut, unitsIn);
        for (const QString &unit : std::as_const(unitsIn))
            QCOMPARE(movesOut.value(unit), moves.value(unit)); // the whole track
        QCOMPARE(incidentsOut, incidentsIn);
        QCOMPARE(cordonsOut, cordonEvents);
        QCOMPARE(summary->events, slice.count());
        const auto meta
            = QJsonDocument::fromJson(readAll(QDir(r.outDir).filePath(u"export.json"_s))).object();
        QCOMPARE(meta.value(u"area"_s).toObject().value(u"name"_s).toString(), u"test box"_s);
        QCOMPARE(meta.value(u"area"_s).toObject().value(u"west"_s).toDouble(), r.area->west);
        QVERIFY(evidencemanifest::verify(r.outDir).ok);
    }

    // With the base map, the report holds the map as it stood at each incident's report: one
    // picture per incident of the range (at most the limit, the rest counted), each on the base
    // map with the units around the incident drawn in their status colours.
    void withTheBaseMap_aMapPerIncident()
    {
        maps::BaseMap baseMap;
        QString error;
        QVERIFY2(baseMap.loadFolder(QStringLiteral(WATCHFLOOR_SOURCE_DIR "/resources/basemap"), &error),
            qPrintable(error));
        auto r = request(u"case-maps"_s, 300'000, 2100'000);
        r.renderer
            = std::make_shared<const maps::TileRenderer>(baseMap, maps::TileRenderer::Language::Chinese);
        const auto withMaps = evidence::exportRange(r, {}, &error);
        QVERIFY2(withMaps, qPrintable(error));
        const auto plain = evidence::exportRange(request(u"case-no-maps"_s, 300'000, 2100'000), {}, &error);
        QVERIFY2(plain, qPrintable(error));

        const qint64 incidents = std::count_if(m_events.begin(), m_events.end(), [&](const Event &e) {
            return e.kind() == EventKind::IncidentReported && e.receiveTimeMs >= r.fromMs
                && e.receiveTimeMs <= r.toMs;
        });
        QVERIFY(incidents > 0);
        QCOMPARE(withMaps->maps, int(std::min<qint64>(incidents, EvidenceReport::kMaxMaps)));
        QCOMPARE(plain->maps, 0);
        QVERIFY2(withMaps->pages > plain->pages,
            qPrintable(u"%1 pages with maps, %2 without"_s.arg(withMaps->pages).arg(plain->pages)));
        const QByteArray pdf = readAll(QDir(r.outDir).filePath(u"report.pdf"_s));
        QCOMPARE(pdfPages(pdf), withMaps->pages);
        QVERIFY(pdf.count("/Subtype /Image") >= withMaps->maps); // the pictures are in it

        // One picture as the exporter draws it: the base map's land, and the units near the first
        // incident in their colours.
        const auto first = std::find_if(m_events.begin(), m_events.end(), [&](const Event &e) {
            return e.kind() == EventKind::IncidentReported && e.receiveTimeMs >= r.fromMs;
        });
        WorldState world;
        JournalPlayback playback(&world);
        QVERIFY2(playback.open(m_journal, &error), qPrintable(error));
        playback.seek(first->receiveTimeMs);
        const auto &incident = std::get<IncidentReported>(first->payload);
        const maps::LatLon centre { incident.position.lat, incident.position.lon };
        const int zoom = 12;
        const QImage picture = evidence::drawMap(*r.renderer, world, centre, zoom, QSize(1000, 640));
        QCOMPARE(picture.size(), QSize(1000, 640));
        QSet<QRgb> colours;
        for (int y = 0; y < picture.height(); y += 4)
            for (int x = 0; x < picture.width(); x += 4)
                colours.insert(picture.pixel(x, y) & 0xffffff);
        QVERIFY2(colours.size() > 20, "a flat picture: no base map drawn");
        // Every unit of the world in the picture has its dot, in its status colour.
        const QPointF topLeft = maps::toWorldPixel(centre, zoom) - QPointF(500, 320);
        int inView = 0;
        for (const auto &u : world.units()->rows()) {
            const QPointF q
                = maps::toWorldPixel({ u.info.position.lat, u.info.position.lon }, zoom) - topLeft;
            if (q.x() < 8 || q.y() < 8 || q.x() > 992 || q.y() > 632)
                continue;
            ++inView;
            const QRgb c = picture.pixel(q.toPoint()) & 0xffffff;
            QVERIFY2(c == 0x2fbf71 || c == 0xf5a524 || c == 0xe5484d || c == 0x7b8794 || c == 0xd10f3a
                    || c == 0xffffff,
                qPrintable(u"unit %1: colour %2"_s.arg(u.info.unitId).arg(c, 6, 16, QChar(u'0'))));
        }
        QVERIFY2(inView > 0, "no unit in the picture to check");
    }

    void intoAnEmptyFolder_isFine()
    {
        const auto r = request(u"empty"_s, 0, 60'000);
        QVERIFY(QDir().mkpath(r.outDir));
        QString error;
        QVERIFY2(evidence::exportRange(r, {}, &error), qPrintable(error));
        QVERIFY(evidencemanifest::verify(r.outDir).ok);
    }

    void badInput_isRefused_andLeavesNothing_data()
    {
        QTest::addColumn<QString>("journal");
        QTest::addColumn<qint64>("fromOffset");
        QTest::addColumn<qint64>("toOffset");
        QTest::addColumn<QString>("expected");
        QTest::newRow("range after the end")
            << QString() << qint64(3000'000) << qint64(7200'000) << u"outside the journal"_s;
        QTest::newRow("range before the start")
            << QString() << qint64(-60'000) << qint64(60'000) << u"outside the journal"_s;
        QTest::newRow("ends before it starts")
            << QString() << qint64(600'000) << qint64(300'000) << u"ends before it starts"_s;
        QTest::newRow("missing journal")
            << u"missing.sqlite"_s << qint64(0) << qint64(60'000) << u"does not exist"_s;
        QTest::newRow("foreign file")
            << u"foreign.sqlite"_s << qint64(0) << qint64(60'000) << u"not a Watchfloor journal"_s;
        QTest::newRow("cut short") << u"cut.sqlite"_s << qint64(0) << qint64(60'000) << u"truncated"_s;
    }
    void badInput_isRefused_andLeavesNothing()
    {
        QFETCH(QString, journal);
        QFETCH(qint64, fromOffset);
        QFETCH(qint64, toOffset);
        QFETCH(QString, expected);
        auto r = request(u"refused"_s, fromOffset, toOffset);
        if (journal == u"foreign.sqlite"_s) {
            QFile f(m_dir.filePath(journal));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("id,name\n1,not a journal\n");
        } else if (journal == u"cut.sqlite"_s) {
            const QByteArray whole = readAll(m_journal);
            QFile f(m_dir.filePath(journal));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(whole.left(whole.size() / 2));
        }
        if (!journal.isEmpty())
            r.journalPath = m_dir.filePath(journal);
        const auto before = testing::fileDigest(r.journalPath);
        QString error;
        QVERIFY(!evidence::exportRange(r, {}, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(!QFileInfo::exists(r.outDir));
        QVERIFY(partials().isEmpty());
        QCOMPARE(testing::fileDigest(r.journalPath), before);
    }

    void nonEmptyFolder_isRefused_andKept()
    {
        const auto r = request(u"occupied"_s, 0, 60'000);
        QVERIFY(QDir().mkpath(r.outDir));
        QFile f(QDir(r.outDir).filePath(u"earlier.txt"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("an earlier case\n");
        f.close();
        QString error;
        QVERIFY(!evidence::exportRange(r, {}, &error));
        QVERIFY2(error.contains(u"is not empty"_s), qPrintable(error));
        QCOMPARE(QDir(r.outDir).entryList(QDir::Files), QStringList { u"earlier.txt"_s });
        QVERIFY(partials().isEmpty());
    }

    void cancel_leavesNothing()
    {
        const auto r = request(u"cancelled"_s, 0, 3000'000);
        QString error;
        int calls = 0;
        QVERIFY(!evidence::exportRange(r, [&](int p) { return ++calls < 3 && p < 50; }, &error));
        QCOMPARE(error, evidence::cancelledText());
        QVERIFY(!QFileInfo::exists(r.outDir));
        QVERIFY(partials().isEmpty());
    }
};

int main(int argc, char *argv[])
{
    // The report needs fonts (a GUI application), not a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestEvidenceExport test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_evidence_export.moc"
