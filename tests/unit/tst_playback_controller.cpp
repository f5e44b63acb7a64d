// PlaybackController over a real journal: the range, seeking (clamped), play at a speed, the
// speed's limits, markers by kind, stepping between them, the world it feeds, and a reviewer's
// bookmarks (kept beside the journal, which stays as it was).
#include "../common/AppRun.h"
#include "../common/SyntheticShift.h"
#include "Journal.h"
#include "PlaybackController.h"
#include "WorldState.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wf;
using namespace Qt::StringLiterals;

class TestPlaybackController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir { QStringLiteral(WATCHFLOOR_BINARY_DIR "/tests/tst_playback_controller-XXXXXX") };
    QString m_path;
    testing::ShiftOptions m_shift;
    std::vector<Event> m_events;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"shift.db"_s);
        m_shift.units = 30;
        m_shift.durationMs = 1800'000;
        Journal journal;
        QString error;
        QVERIFY2(journal.open(m_path, JournalMode::Live, &error), qPrintable(error));
        testing::generateShift(m_shift, [&](const Event &e) {
            m_events.push_back(e);
            journal.append(e);
        });
        QCOMPARE(journal.close().lost, 0);
    }

    void open_rangeModeAndMarkers()
    {
        WorldState world;
        PlaybackController c(&world);
        QString error;
        QVERIFY2(c.open(m_path, &error), qPrintable(error));
        QCOMPARE(c.startMs(), m_events.front().receiveTimeMs);
        QCOMPARE(c.endMs(), m_events.back().receiveTimeMs);
        QCOMPARE(c.eventCount(), qint64(m_events.size()));
        QCOMPARE(c.journalMode(), u"live"_s);
        // At the start: the units that came on shift, nothing else yet.
        QCOMPARE(c.positionMs(), c.startMs());
        QCOMPARE(world.units()->size(), m_shift.units);
        int expected[5] = {};
        for (const auto &e : m_events) {
            switch (e.kind()) {
            case EventKind::AlertRaised:
            case EventKind::AlertAcknowledged:
                ++expected[0];
                break;
            case EventKind::IncidentReported:
            case EventKind::IncidentClosed:
                ++expected[1];
                break;
            case EventKind::OrderIssued:
            case EventKind::OrderStateChanged:
                ++expected[2];
                break;
            case EventKind::UnitStatusChanged:
                ++expected[3];
                break;
            case EventKind::CordonSet:
            case EventKind::CordonCleared:
            case EventKind::CordonActivated:
            case EventKind::CordonClosed:
                ++expected[4];
                break;
            default:
                break;
            }
        }
        int counted[5] = {};
        for (int i = 0; i < c.markerCount(); ++i) {
            ++counted[int(c.markerKind(i))];
            if (i > 0)
                QVERIFY(c.markerTime(i) >= c.markerTime(i - 1));
        }
        for (int k = 0; k < 5; ++k) {
            QVERIFY2(expected[k] > 0, qPrintable(u"the shift has no marker of kind %1"_s.arg(k)));
            QCOMPARE(counted[k], expected[k]);
        }
        const auto bins = c.markerBins(100);
        QVERIFY(!bins.isEmpty());
        QVERIFY(bins.size() <= 500);
        for (const auto &b : bins) {
            const auto m = b.toMap();
            QVERIFY(m.value(u"bin"_s).toInt() >= 0 && m.value(u"bin"_s).toInt() < 100);
        }
    }

    void seek_clampsAndShowsTheMoment()
    {
        WorldState world;
        PlaybackController c(&world);
        QString error;
        QVERIFY2(c.open(m_path, &error), qPrintable(error));
        QSignalSpy moved(&c, &PlaybackController::positionChanged);
        c.seek(c.endMs() + 3600'000);
        QCOMPARE(c.positionMs(), c.endMs());
        QCOMPARE(world.eventsApplied(), qint64(m_events.size()));
        c.seek(0);
        QCOMPARE(c.positionMs(), c.startMs());
        QCOMPARE(moved.count(), 2);
        // Mid-shift: exactly the events received so far.
        const qint64 mid = c.startMs() + 900'000;
        c.seek(mid);
        const auto received = std::count_if(
            m_events.begin(), m_events.end(), [&](const Event &e) { return e.receiveTimeMs <= mid; });
        QCOMPARE(world.eventsApplied(), qint64(received));
    }

    void stepping_goesMarkerToMarker()
    {
        WorldState world;
        PlaybackController c(&world);
        QString error;
        QVERIFY2(c.open(m_path, &error), qPrintable(error));
        QVERIFY(c.stepNext());
        QCOMPARE(c.positionMs(), c.markerTime(0));
        const qint64 first = c.positionMs();
        QVERIFY(c.stepNext());
        QVERIFY(c.positionMs() > first);
        QVERIFY(c.stepPrevious());
        QCOMPARE(c.positionMs(), first);
        QVERIFY(!c.stepPrevious() || c.positionMs() < first);
        c.seek(c.endMs());
        QVERIFY(!c.stepNext() || c.positionMs() <= c.endMs());
    }

    void play_advancesBySpeed_withinLimits()
    {
        WorldState world;
        PlaybackController c(&world);
        QString error;
        QVERIFY2(c.open(m_path, &error), qPrintable(error));
        c.setSpeed(1000);
        QCOMPARE(c.speed(), 64.0);
        c.setSpeed(0.01);
        QCOMPARE(c.speed(), 0.25);
        c.faster();
        QCOMPARE(c.speed(), 0.5);
        c.setSpeed(64);
        c.play();
        QVERIFY(c.playing());
        QTest::qWait(1000);
        c.pause();
        QVERIFY(!c.playing());
        // About 64 s of journal time per second of wall time (timer ticks on a busy machine vary).
        const qint64 advanced = c.positionMs() - c.startMs();
        QVERIFY2(advanced >= 20'000 && advanced <= 70'000, qPrintable(QString::number(advanced)));
        QVERIFY(world.eventsApplied() > m_shift.units);
    }

    void bookmarks_markTheTimeline_andLeaveTheJournalAlone()
    {
        // A copy of its own, so that the review file it gets is this test's alone.
        const QString path = m_dir.filePath(u"bookmarked.db"_s);
        QVERIFY(QFile::copy(m_path, path));
        const auto before = testing::fileDigest(path);
        WorldState world;
        PlaybackController c(&world);
        QString error;
        QVERIFY2(c.open(path, &error), qPrintable(error));
        c.setOperator(u"wang"_s, u"supervisor"_s);
        BookmarkModel *bookmarks = c.bookmarks();
        QCOMPARE(bookmarks->rowCount(), 0);
        QVERIFY(bookmarks->lastError().isEmpty());
        QSignalSpy counted(bookmarks, &BookmarkModel::countChanged);
        QVERIFY(bookmarks->add(c.startMs() + 600'000, u"  第二辆车到场  "_s));
        QVERIFY(bookmarks->add(c.startMs() + 300'000, QString()));
        QCOMPARE(counted.count(), 2);
        // In time order, the note trimmed, the author recorded.
        QCOMPARE(bookmarks->rowCount(), 2);
        QCOMPARE(bookmarks->timeAt(0), c.startMs() + 300'000);
        const QModelIndex second = bookmarks->index(1);
        QCOMPARE(bookmarks->data(second, BookmarkModel::NoteRole).toString(), u"第二辆车到场"_s);
        QCOMPARE(bookmarks->data(second, BookmarkModel::AuthorRole).toString(), u"wang"_s);
        // Jumping to one shows the recording at it.
        c.seek(bookmarks->timeAt(1));
        QCOMPARE(c.positionMs(), c.startMs() + 600'000);
        // Outside the recording: refused in words, nothing added.
        QVERIFY(!bookmarks->add(c.endMs() + 1, u"later"_s));
        QVERIFY2(
            bookmarks->lastError().contains(u"within the recording"_s), qPrintable(bookmarks->lastError()));
        QCOMPARE(bookmarks->rowCount(), 2);
        QVERIFY(bookmarks->remove(bookmarks->data(bookmarks->index(0), BookmarkModel::IdRole).toLongLong()));
        QCOMPARE(bookmarks->rowCount(), 1);
        QVERIFY(bookmarks->lastError().isEmpty());
        QCOMPARE(testing::fileDigest(path), before);

        // Another playback of the same recording finds the bookmark.
        WorldState other;
        PlaybackController again(&other);
        QVERIFY2(again.open(path, &error), qPrintable(error));
        QCOMPARE(again.bookmarks()->rowCount(), 1);
        QCOMPARE(again.bookmarks()->timeAt(0), c.startMs() + 600'000);
    }
};

QTEST_GUILESS_MAIN(TestPlaybackController)
#include "tst_playback_controller.moc"
