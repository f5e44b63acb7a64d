// EvidenceExportModel, the "Export evidence…" dialog's model, over a real journal: an export runs
// off the GUI thread to Done with its progress at 100 and the folder verified; a refused one
// ends Failed with the reason in words; Cancel ends Cancelled with nothing left; and one export
// runs at a time.
#include "../common/SyntheticShift.h"
#include "EvidenceExportModel.h"
#include "EvidenceManifest.h"
#include "Journal.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace wf;
using namespace Qt::StringLiterals;

class TestEvidenceExportModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir { QStringLiteral(WATCHFLOOR_BINARY_DIR "/tests/tst_evidence_export_model-XXXXXX") };
    QString m_journal;
    testing::ShiftOptions m_shift;
    qint64 m_endMs = 0;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_journal = m_dir.filePath(u"shift.sqlite"_s);
        m_shift.units = 40;
        m_shift.durationMs = 3600'000;
        Journal j;
        QString error;
        QVERIFY2(j.open(m_journal, JournalMode::Live, &error), qPrintable(error));
        testing::generateShift(m_shift, [&](const Event &e) {
            m_endMs = e.receiveTimeMs;
            j.append(e);
        });
        QCOMPARE(j.close().lost, 0);
    }

    void export_runsToDone_withProgress()
    {
        EvidenceExportModel model;
        model.setJournal(m_journal);
        model.setOperator(u"wang"_s);
        const QString folder = model.suggestedFolder(m_shift.startMs);
        QVERIFY(!QFileInfo::exists(folder));
        QCOMPARE(QFileInfo(folder).dir().absolutePath(), QDir(m_dir.path()).absolutePath());
        QSignalSpy progress(&model, &EvidenceExportModel::progressChanged);
        // The file dialog's URL form.
        QVERIFY(model.start(m_shift.startMs, m_endMs, QUrl::fromLocalFile(folder).toString()));
        QCOMPARE(model.state(), EvidenceExportModel::State::Running);
        QVERIFY(!model.start(m_shift.startMs, m_endMs, folder + u"-again"_s)); // one at a time
        QTRY_VERIFY_WITH_TIMEOUT(model.state() != EvidenceExportModel::State::Running, 120'000);
        QCOMPARE(model.state(), EvidenceExportModel::State::Done);
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        QCOMPARE(model.progress(), 100);
        QVERIFY(progress.count() > 2);
        QCOMPARE(model.folder(), folder);
        QVERIFY(model.events() > 1000);
        QVERIFY(model.pages() > 0);
        QVERIFY(evidencemanifest::verify(folder).ok);
        QVERIFY(!QFileInfo::exists(folder + u"-again"_s));
        // The next suggestion is another folder.
        QVERIFY(model.suggestedFolder(m_shift.startMs) != folder);

        // Into the same folder again: refused in words, the first export kept.
        QVERIFY(model.start(m_shift.startMs, m_endMs, folder));
        QTRY_VERIFY_WITH_TIMEOUT(model.state() != EvidenceExportModel::State::Running, 120'000);
        QCOMPARE(model.state(), EvidenceExportModel::State::Failed);
        QVERIFY2(model.lastError().contains(u"is not empty"_s), qPrintable(model.lastError()));
        QVERIFY(evidencemanifest::verify(folder).ok);
    }

    // The dialog's "Only the area shown on the map": fewer events than everywhere, the area named
    // in export.json as --area takes it; a view with no area is refused in words.
    void exportInArea_namesTheAreaAndKeepsLess()
    {
        EvidenceExportModel model;
        model.setJournal(m_journal);
        const QString everywhere = m_dir.filePath(u"everywhere"_s);
        QVERIFY(model.start(m_shift.startMs, m_endMs, everywhere));
        QTRY_VERIFY_WITH_TIMEOUT(model.state() != EvidenceExportModel::State::Running, 120'000);
        QCOMPARE(model.state(), EvidenceExportModel::State::Done);
        const int all = model.events();

        const QString area = m_dir.filePath(u"area"_s);
        QVERIFY(model.startInArea(m_shift.startMs, m_endMs, area, 114.25, 30.55, 114.32, 30.62));
        QTRY_VERIFY_WITH_TIMEOUT(model.state() != EvidenceExportModel::State::Running, 120'000);
        QCOMPARE(model.state(), EvidenceExportModel::State::Done);
        QVERIFY2(model.events() > 0 && model.events() < all,
            qPrintable(u"%1 of %2"_s.arg(model.events()).arg(all)));
        QFile meta(QDir(area).filePath(u"export.json"_s));
        QVERIFY(meta.open(QIODevice::ReadOnly));
        QVERIFY2(meta.readAll().contains("114.25000,30.55000,114.32000,30.62000"), "the area is not named");
        QVERIFY(evidencemanifest::verify(area).ok);

        QVERIFY(!model.startInArea(
            m_shift.startMs, m_endMs, m_dir.filePath(u"none"_s), 114.3, 30.6, 114.3, 30.6));
        QCOMPARE(model.state(), EvidenceExportModel::State::Failed);
        QVERIFY2(model.lastError().contains(u"no area"_s), qPrintable(model.lastError()));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"none"_s)));
    }

    void cancel_leavesNothing()
    {
        EvidenceExportModel model;
        model.setJournal(m_journal);
        const QString folder = m_dir.filePath(u"cancelled"_s);
        QVERIFY(model.start(m_shift.startMs, m_endMs, folder));
        model.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(model.state() != EvidenceExportModel::State::Running, 120'000);
        QCOMPARE(model.state(), EvidenceExportModel::State::Cancelled);
        QVERIFY(!QFileInfo::exists(folder));
        QCOMPARE(
            QDir(m_dir.path()).entryList({ u".*-partial-*"_s }, QDir::Dirs | QDir::Hidden), QStringList());
    }
};

int main(int argc, char *argv[])
{
    // The report needs fonts (a GUI application), not a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestEvidenceExportModel test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_evidence_export_model.moc"
