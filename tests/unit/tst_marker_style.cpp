// How a marker ages on the map: whole while its fix is fresh, fading after, and once stale drawn
// in the stale colour and ranked below every current marker; colours by status, clamped.
#include "MarkerStyle.h"

#include <QTest>
#include <limits>

using namespace wf::maps;

namespace {

MapMarker fixAt(qint64 timeMs, int style = 1)
{
    MapMarker m;
    m.timeMs = timeMs;
    m.style = style;
    return m;
}

} // namespace

class TestMarkerStyle : public QObject
{
    Q_OBJECT

private slots:
    void aMarkerFadesWithTheAgeOfItsFix()
    {
        MarkerStyle s;
        s.fadeAfterMs = 10'000;
        s.staleAfterMs = 60'000;
        const qint64 now = 100'000'000;
        QCOMPARE(s.alphaFor(fixAt(now - 5'000), now), 1.0);
        const double halfway = s.alphaFor(fixAt(now - 35'000), now);
        QVERIFY2(halfway < 1.0 && halfway > 0.5, qPrintable(QString::number(halfway)));
        QVERIFY(s.alphaFor(fixAt(now - 50'000), now) < halfway);
        QVERIFY(!s.isStale(fixAt(now - 59'999), now));
        QVERIFY(s.isStale(fixAt(now - 60'000), now));
        QCOMPARE(s.alphaFor(fixAt(now - 60'000), now), 0.45);
        // A marker that never had a time (a fixed camera) never fades.
        QCOMPARE(s.alphaFor(fixAt(0), now), 1.0);
        QVERIFY(!s.isStale(fixAt(0), now));
    }

    void aStaleMarkerWearsTheStaleColourAndRanksLast()
    {
        MarkerStyle s;
        s.colors = { Qt::green, Qt::red };
        s.stylePriority = { 1, 0 }; // green over red
        s.staleAfterMs = 1'000;
        const qint64 now = 10'000;
        QCOMPARE(s.colorOf(fixAt(now, 1), now), QColor(Qt::red));
        QCOMPARE(s.colorOf(fixAt(now - 5'000, 1), now), s.staleColor);
        QCOMPARE(s.priorityOf(fixAt(now, 0), now), 1);
        QCOMPARE(s.priorityOf(fixAt(now, 1), now), 0);
        QCOMPARE(s.priorityOf(fixAt(now - 5'000, 0), now), std::numeric_limits<int>::min());
    }

    void stylesBeyondTheColoursAreClampedNotLost()
    {
        MarkerStyle s;
        s.colors = { Qt::green, Qt::red };
        QCOMPARE(s.colorOf(7), QColor(Qt::red));
        QCOMPARE(s.colorOf(-3), QColor(Qt::green));
        s.colors.clear();
        QCOMPARE(s.colorOf(0), QColor(Qt::red)); // a layer without colours still shows its markers
        QCOMPARE(s.rankOf(5), 5); // without priorities, the higher style shows
    }
};

QTEST_GUILESS_MAIN(TestMarkerStyle)
#include "tst_marker_style.moc"
