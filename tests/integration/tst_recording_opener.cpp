// "Open recording…" with the real app: a journal written by Journal opens in a PLAYBACK window of
// its own (the started workstation's screenshot shows the purple PLAYBACK bar), given as a path
// or as the file dialog's file:// URL; a file that is not a journal, or none, is refused in
// words before anything starts, and is left as it was. "Train from here" starts a training run of
// its own from the recording at the moment given (its journal says so), and the recording is
// left as it was.
#include "../common/AppRun.h"
#include "../common/SyntheticShift.h"
#include "Journal.h"
#include "JournalReader.h"
#include "RecordingOpener.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrl>
#include <csignal>
#include <limits>

using namespace wf;
using namespace Qt::StringLiterals;

class TestRecordingOpener : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir { QStringLiteral(WATCHFLOOR_BINARY_DIR "/tests/tst_recording_opener-XXXXXX") };
    QString m_journal;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_journal = m_dir.filePath(u"shift.sqlite"_s);
        testing::ShiftOptions shift;
        shift.units = 20;
        shift.durationMs = 600'000;
        Journal j;
        QString error;
        QVERIFY2(j.open(m_journal, JournalMode::Live, &error), qPrintable(error));
        testing::generateShift(shift, [&](const Event &e) { j.append(e); });
        QCOMPARE(j.close().lost, 0);
    }

    void journal_opensInPlaybackOfItsOwn()
    {
        const QString shot = m_dir.filePath(u"opened.png"_s);
        RecordingOpener opener(
            QStringLiteral(WATCHFLOOR_APP), { u"--quit-after"_s, u"4"_s, u"--screenshot"_s, shot });
        const auto before = testing::fileDigest(m_journal);
        QVERIFY2(opener.open(QUrl::fromLocalFile(m_journal).toString()), qPrintable(opener.lastError()));
        QVERIFY(opener.lastError().isEmpty());
        QVERIFY(opener.lastProcessId() > 0);
        // The started workstation saves its screenshot when it quits; wait for it, with a deadline.
        QDeadlineTimer deadline(90'000);
        QImage img;
        while (!deadline.hasExpired()) {
            QTest::qWait(250);
            if (QFileInfo(shot).size() > 0 && !(img = QImage(shot)).isNull())
                break;
        }
        QVERIFY2(!img.isNull(), "the playback did not start and save its screenshot in time");
        // The PLAYBACK bar's purple across the top.
        int purple = 0;
        for (int x = 0; x < img.width(); ++x) {
            const QColor c = img.pixelColor(x, 10);
            purple += std::abs(c.red() - 0x3b) <= 6 && std::abs(c.green() - 0x1f) <= 6
                && std::abs(c.blue() - 0x5c) <= 6;
        }
        QVERIFY2(purple > img.width() / 3, qPrintable(QString::number(purple)));
        QCOMPARE(testing::fileDigest(m_journal), before);
    }

    void trainFrom_startsATrainingRunAtTheMoment()
    {
        const QString out = m_dir.filePath(u"trained.sqlite"_s);
        RecordingOpener opener(QStringLiteral(WATCHFLOOR_APP), { u"--db"_s, out, u"--quit-after"_s, u"4"_s });
        JournalReader recording;
        QString error;
        QVERIFY2(recording.open(m_journal, &error), qPrintable(error));
        // A moment with milliseconds, as the timeline's position has them.
        const qint64 at = recording.firstTimeMs() + 300'123;
        const auto before = testing::fileDigest(m_journal);
        QVERIFY2(
            opener.trainFrom(QUrl::fromLocalFile(m_journal).toString(), at), qPrintable(opener.lastError()));
        QVERIFY(opener.lastProcessId() > 0);
        // The training run quits by itself; its journal is read once it has gone.
        QDeadlineTimer deadline(90'000);
        while (!deadline.hasExpired() && ::kill(pid_t(opener.lastProcessId()), 0) == 0)
            QTest::qWait(250);
        QVERIFY2(!deadline.hasExpired(), "the training run did not finish in time");
        JournalReader trained;
        QVERIFY2(trained.open(out, &error), qPrintable(error));
        QCOMPARE(trained.mode(), u"training"_s);
        QString origin;
        trained.readSeqs(0, trained.lastSeqAt(std::numeric_limits<qint64>::max()), [&](const Event &e) {
            if (const auto *a = std::get_if<OperatorAction>(&e.payload);
                a && a->action == u"train_from_recording")
                origin = a->detail;
        });
        QVERIFY2(origin.contains(m_journal), qPrintable(origin));
        QVERIFY2(
            origin.contains(QDateTime::fromMSecsSinceEpoch(at, QTimeZone::UTC).toString(Qt::ISODateWithMs)),
            qPrintable(origin));
        QCOMPARE(testing::fileDigest(m_journal), before);
        // Not a journal: said at once, nothing started.
        RecordingOpener refusing(QStringLiteral(WATCHFLOOR_APP));
        QVERIFY(!refusing.trainFrom(m_dir.filePath(u"missing.sqlite"_s), at));
        QVERIFY2(refusing.lastError().contains(u"does not exist"_s), qPrintable(refusing.lastError()));
        QCOMPARE(refusing.lastProcessId(), 0);
    }

    void notAJournal_isRefusedBeforeAnythingStarts()
    {
        const QString foreign = m_dir.filePath(u"photo.jpg"_s);
        QFile f(foreign);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("\xFF\xD8\xFF\xE0 not a journal");
        f.close();
        const auto before = testing::fileDigest(foreign);
        RecordingOpener opener(QStringLiteral(WATCHFLOOR_APP));
        QVERIFY(!opener.open(foreign));
        QVERIFY2(opener.lastError().contains(u"not a Watchfloor journal"_s), qPrintable(opener.lastError()));
        QCOMPARE(opener.lastProcessId(), 0);
        QCOMPARE(testing::fileDigest(foreign), before);
        QVERIFY(!opener.open(m_dir.filePath(u"missing.sqlite"_s)));
        QVERIFY2(opener.lastError().contains(u"does not exist"_s), qPrintable(opener.lastError()));
        QVERIFY(!opener.open(QString()));
        QVERIFY(!opener.lastError().isEmpty());
    }
};

int main(int argc, char *argv[])
{
    // The started workstation runs without a display, like every app started by the tests.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QCoreApplication app(argc, argv);
    TestRecordingOpener test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_recording_opener.moc"
