// EventLogModel: what the Events tab lists. Position fixes and plain plate reads are counted, not
// listed; the rest is listed newest first up to the log's capacity. With a province's fleet the
// counts change 10,000 times a second: their line of text hears of it a few times a second, and
// always ends on the true count.
#include "EventLogModel.h"

#include <QSignalSpy>
#include <QTest>

using namespace wf;

namespace {

Event moved(int i)
{
    return Event { qint64(i + 1), 1000, 1000, QStringLiteral("sim"),
        UnitMoved { QStringLiteral("U%1").arg(i % 100), GeoPoint { 30.5, 114.3 }, 90, 30 } };
}

Event alert(int i)
{
    AlertRaised a;
    a.alertId = QStringLiteral("AL-%1").arg(i);
    a.severity = Severity::High;
    a.text = QStringLiteral("alarm %1").arg(i);
    return Event { qint64(i + 1), 1000, 1000, QStringLiteral("sim"), a };
}

} // namespace

class TestEventLogModel : public QObject
{
    Q_OBJECT
private slots:
    void positionFixesAreCountedNotListedAndHeardOfAFewTimesASecond()
    {
        EventLogModel log;
        QSignalSpy fixes(&log, &EventLogModel::positionFixesChanged);
        for (int i = 0; i < 10000; ++i)
            log.append(moved(i), 0);
        QCOMPARE(log.positionFixes(), 10000);
        QCOMPARE(log.rowCount(), 0); // none listed
        QCOMPARE(fixes.count(), 0); // not yet: within the notification interval
        QTRY_COMPARE_WITH_TIMEOUT(fixes.count(), 1, 2000);
        QTest::qWait(400);
        QCOMPARE(fixes.count(), 1); // nothing new, nothing said

        // A steady stream for a second: a handful of notifications, not thousands.
        QElapsedTimer t;
        t.start();
        int i = 10000;
        while (t.elapsed() < 1000) {
            for (int k = 0; k < 500; ++k)
                log.append(moved(i++), 0);
            QTest::qWait(50);
        }
        QTest::qWait(400);
        QVERIFY2(fixes.count() >= 3 && fixes.count() <= 8, qPrintable(QString::number(fixes.count())));
        QCOMPARE(log.positionFixes(), i);
    }

    void otherEventsAreListedNewestFirstUpToTheCapacity()
    {
        EventLogModel log(3);
        for (int i = 0; i < 5; ++i)
            log.append(alert(i), 0);
        QCOMPARE(log.rowCount(), 3);
        QVERIFY(log.data(log.index(0), EventLogModel::TextRole).toString().contains(QStringLiteral("AL-4"))
            || log.data(log.index(0), EventLogModel::TextRole)
                .toString()
                .contains(QStringLiteral("alarm 4")));
        QCOMPARE(log.data(log.index(0), EventLogModel::SeqRole).toLongLong(), 5);
        QCOMPARE(log.data(log.index(2), EventLogModel::SeqRole).toLongLong(), 3);
    }
};

QTEST_GUILESS_MAIN(TestEventLogModel)
#include "tst_event_log_model.moc"
