// HeapTrimmer: memory that the program freed goes back to the system, even when it lies between
// blocks still in use (as decoded pictures freed between others do).
#include "HeapTrimmer.h"

#include <QTest>
#include <cstdlib>
#include <cstring>
#include <vector>

using wf::wall::HeapTrimmer;

class TestHeapTrimmer : public QObject
{
    Q_OBJECT

private slots:
    void freedPagesBetweenLiveBlocksAreReturned()
    {
        // 2,000 blocks of 100 KB (below glibc's mmap threshold: they come from the heap), all
        // touched; then every block but each tenth is freed. The survivors pin the heap's top,
        // so without a trim the freed 180 MB stay resident.
        constexpr int kBlocks = 2000;
        constexpr std::size_t kSize = 100 * 1024;
        std::vector<char *> blocks(kBlocks);
        for (auto &b : blocks) {
            b = static_cast<char *>(std::malloc(kSize));
            QVERIFY(b);
            std::memset(b, 1, kSize);
        }
        for (int i = 0; i < kBlocks; ++i) {
            if (i % 10 != 9) {
                std::free(blocks[std::size_t(i)]);
                blocks[std::size_t(i)] = nullptr;
            }
        }
        const qint64 before = HeapTrimmer::residentBytes();
        QVERIFY(before > 0);
        const qint64 returned = HeapTrimmer::trimNow();
        const qint64 after = HeapTrimmer::residentBytes();
        qInfo("resident %lld MB before the trim, %lld MB after", before >> 20, after >> 20);
        QVERIFY2(returned > 100ll << 20, qPrintable(QString::number(returned >> 20)));
        QVERIFY(after < before - (100ll << 20));
        // The blocks still in use are untouched.
        for (char *b : blocks) {
            if (b) {
                QCOMPARE(b[0], char(1));
                QCOMPARE(b[kSize - 1], char(1));
                std::free(b);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestHeapTrimmer)
#include "tst_heap_trimmer.moc"
