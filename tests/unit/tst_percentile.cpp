// The percentile every report of the workstation uses: nearest rank, always one of the values.
#include "Percentile.h"

#include <QTest>

using namespace wf;

class TestPercentile : public QObject
{
    Q_OBJECT
private slots:
    void noValuesHaveNoPercentile()
    {
        std::vector<double> none;
        QVERIFY(!nearestRank(none, 0.5));
    }

    void oneValueIsEveryPercentile()
    {
        std::vector<double> one { 42 };
        QCOMPARE(*nearestRank(one, 0.0), 42.0);
        QCOMPARE(*nearestRank(one, 0.9), 42.0);
        QCOMPARE(*nearestRank(one, 1.0), 42.0);
    }

    void rankOfTheSortedValuesWhateverTheirOrder()
    {
        // Rank round(p·(n−1)): of four, the median is the third (rank 1.5 rounds up), the
        // 90th percentile the fourth. Never 25, the blend an interpolating percentile gives.
        std::vector<double> four { 40, 10, 30, 20 };
        QCOMPARE(*nearestRank(four, 0.5), 30.0);
        QCOMPARE(*nearestRank(four, 0.9), 40.0);
        QCOMPARE(*nearestRank(four, 0.0), 10.0);

        std::vector<double> hundred;
        for (int i = 100; i >= 1; --i)
            hundred.push_back(i);
        QCOMPARE(*nearestRank(hundred, 0.5), 51.0);
        QCOMPARE(*nearestRank(hundred, 0.9), 90.0);
        QCOMPARE(*nearestRank(hundred, 0.95), 95.0);
        QCOMPARE(*nearestRank(hundred, 0.99), 99.0);
    }

    void repeatedQueriesOnTheSameValuesAgree()
    {
        // Each query reorders the values; the next one must not depend on that order.
        std::vector<float> frames { 16, 50, 17, 33, 16, 18, 120, 16 };
        const float p95 = *nearestRank(frames, 0.95);
        const float p50 = *nearestRank(frames, 0.5);
        QCOMPARE(*nearestRank(frames, 0.95), p95);
        QCOMPARE(p95, 120.0f);
        QCOMPARE(p50, 18.0f);
    }

    void outOfRangeProportionsAreClamped()
    {
        std::vector<int> v { 3, 1, 2 };
        QCOMPARE(*nearestRank(v, -1.0), 1);
        QCOMPARE(*nearestRank(v, 7.0), 3);
        QCOMPARE(nearestRankIndex(3, 2.0), std::size_t(2));
        QCOMPARE(nearestRankIndex(1, 0.5), std::size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestPercentile)
#include "tst_percentile.moc"
