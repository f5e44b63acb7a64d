// Clusters by status: nothing drawn covers anything else by more than a quarter, every unit is
// counted once and by its status, the most urgent unit is never hidden in a cluster of others,
// and clusters come apart as the map zooms in.
#include "UnitClusterer.h"

#include <QTest>
#include <random>

using namespace wf::maps;

namespace {

// Styles as the unit layer has them: 0 available, 1 en route, 2 on scene, 3 off duty; ranks
// as its stylePriority [1, 2, 3, 0].
constexpr int kStyles = 4;
constexpr int kRank[kStyles] = { 1, 2, 3, 0 };
constexpr double kPin = 17; // a unit's pin with its outline

UnitClusterer::Point point(double x, double y, int style, int source)
{
    return { QPointF(x, y), style, kRank[style], source };
}

// A city: most units near the centre, some spread out, statuses as on a busy shift.
QList<UnitClusterer::Point> city(int n, double scale, quint64 seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> near(0, 60 * scale), wide(0, 400 * scale);
    std::uniform_real_distribution<double> u(0, 1);
    QList<UnitClusterer::Point> out;
    for (int i = 0; i < n; ++i) {
        const bool core = u(rng) < 0.6;
        const double x = 1000 * scale + (core ? near(rng) : wide(rng));
        const double y = 1000 * scale + (core ? near(rng) : wide(rng));
        const double s = u(rng);
        out.append(point(x, y, s < 0.8 ? 0 : s < 0.9 ? 1 : s < 0.95 ? 2 : 3, i));
    }
    return out;
}

void checkNoOverlap(const QList<UnitClusterer::Group> &groups)
{
    for (int a = 0; a < groups.size(); ++a) {
        for (int b = a + 1; b < groups.size(); ++b) {
            const double share = UnitClusterer::overlapShare(groups[a].rect(), groups[b].rect());
            if (share > UnitClusterer::kMaxOverlap)
                QFAIL(qPrintable(QStringLiteral("groups %1 (%2 units) and %3 (%4 units) overlap by %5")
                        .arg(a)
                        .arg(groups[a].count)
                        .arg(b)
                        .arg(groups[b].count)
                        .arg(share)));
        }
    }
}

} // namespace

class TestUnitClusterer : public QObject
{
    Q_OBJECT
private slots:
    void noTwoSymbolsOverlapByMoreThanAQuarter_data()
    {
        QTest::addColumn<double>("scale");
        // The same city at zoom 11, 12.5, 14 and 16 (world pixels double per zoom level).
        QTest::newRow("zoom 11") << 1.0;
        QTest::newRow("zoom 12.5") << std::exp2(1.5);
        QTest::newRow("zoom 14") << 8.0;
        QTest::newRow("zoom 16") << 32.0;
    }

    void noTwoSymbolsOverlapByMoreThanAQuarter()
    {
        QFETCH(double, scale);
        const auto points = city(10000, scale, 42);
        const auto groups = UnitClusterer::cluster(points, kStyles, kPin);
        checkNoOverlap(groups);
        // Every unit is counted once, by its status.
        int total = 0;
        QList<int> byStyle(kStyles, 0), expected(kStyles, 0);
        for (const auto &g : groups) {
            total += g.count;
            int sum = 0;
            for (int s = 0; s < kStyles; ++s) {
                byStyle[s] += g.styleCounts[s];
                sum += g.styleCounts[s];
            }
            QCOMPARE(sum, g.count);
            QCOMPARE(g.size, g.count == 1 ? kPin : UnitClusterer::clusterSize(g.count));
        }
        for (const auto &p : points)
            ++expected[p.style];
        QCOMPARE(total, 10000);
        QCOMPARE(byStyle, expected);
    }

    void theMostUrgentUnitIsNeverHidden()
    {
        // 300 available units in a blob 40 px across, with one en-route and one on-scene unit
        // among them: one cluster, drawn where the on-scene unit is, in its colour.
        QList<UnitClusterer::Point> points;
        std::mt19937_64 rng(7);
        std::uniform_real_distribution<double> u(-20, 20);
        for (int i = 0; i < 300; ++i)
            points.append(point(500 + u(rng), 500 + u(rng), 0, i));
        points.append(point(505, 498, 1, 300));
        points.append(point(495, 503, 2, 301));
        const auto groups = UnitClusterer::cluster(points, kStyles, kPin);
        QCOMPARE(groups.size(), 1);
        const auto &g = groups.first();
        QCOMPARE(g.count, 302);
        QCOMPARE(g.topStyle, 2);
        QCOMPARE(g.source, 301);
        QCOMPARE(g.pixel, QPointF(495, 503));
        QCOMPARE(g.styleCounts, (QList<int> { 300, 1, 1, 0 }));
        // Groups come most urgent first: an en-route unit alone beside a blob of available ones
        // is its own group, ahead of the blob.
        points.removeLast();
        points.last() = point(700, 500, 1, 300);
        const auto two = UnitClusterer::cluster(points, kStyles, kPin);
        QVERIFY(two.size() >= 2);
        QCOMPARE(two[0].topStyle, 1);
        QCOMPARE(two[0].count, 1);
        int available = 0;
        for (qsizetype i = 1; i < two.size(); ++i) {
            QCOMPARE(two[i].topStyle, 0);
            available += two[i].count;
        }
        QCOMPARE(available, 300);
    }

    void unitsApartAreDrawnAlone()
    {
        // 13 px apart (more than three quarters of a pin): side by side, nothing merged.
        QList<UnitClusterer::Point> points;
        for (int i = 0; i < 20; ++i)
            points.append(point(100 + 13 * i, 100, i % kStyles, i));
        auto groups = UnitClusterer::cluster(points, kStyles, kPin);
        QCOMPARE(groups.size(), 20);
        checkNoOverlap(groups);
        // 12 px apart they would overlap by more than a quarter: they cluster.
        for (int i = 0; i < 20; ++i)
            points[i].pixel.setX(100 + 12 * i);
        groups = UnitClusterer::cluster(points, kStyles, kPin);
        QVERIFY(groups.size() < 20);
        checkNoOverlap(groups);
    }

    void clustersComeApartAsTheMapZoomsIn()
    {
        // The same units from zoom 11 to 15 in quarter steps: ever more groups, and by zoom 15
        // most units stand alone.
        int previous = 0;
        int lone = 0;
        for (double z = 11; z <= 15.01; z += 0.25) {
            const auto groups = UnitClusterer::cluster(city(2000, std::exp2(z - 11), 3), kStyles, kPin);
            QVERIFY2(int(groups.size()) >= previous * 0.97,
                qPrintable(
                    QStringLiteral("zoom %1: %2 groups after %3").arg(z).arg(groups.size()).arg(previous)));
            previous = int(groups.size());
            lone = int(
                std::count_if(groups.cbegin(), groups.cend(), [](const auto &g) { return g.count == 1; }));
        }
        QVERIFY2(lone > 1000, qPrintable(QString::number(lone)));
    }

    void sameInputSameClusters()
    {
        const auto points = city(3000, 2, 11);
        const auto a = UnitClusterer::cluster(points, kStyles, kPin);
        const auto b = UnitClusterer::cluster(points, kStyles, kPin);
        QCOMPARE(a.size(), b.size());
        for (int i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].source, b[i].source);
            QCOMPARE(a[i].count, b[i].count);
        }
    }
};

QTEST_GUILESS_MAIN(TestUnitClusterer)
#include "tst_unit_clusterer.moc"
