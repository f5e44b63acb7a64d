// The camera index: viewport queries over the pre-clustered grids and the cameras' own R*Tree
// count the same cameras, the grids reach kMaxClusterZoom, and files of the older format (grids
// to zoom 16) still answer at every zoom.
#include "CameraIndex.h"
#include "MapCamera.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace wf::maps;

namespace {

// A view of central Wuhan, where the synthetic cameras are densest.
QRectF wuhanBox(double zoom)
{
    MapCamera cam;
    cam.center = { 30.5931, 114.3054 };
    cam.zoom = zoom;
    cam.viewport = QSizeF(1600, 900);
    const QRectF n = cam.visibleNormalised();
    const auto nw = fromNormalised(n.topLeft()), se = fromNormalised(n.bottomRight());
    return QRectF(QPointF(nw.lon, se.lat), QPointF(se.lon, nw.lat));
}

qint64 total(const QList<CameraCluster> &clusters)
{
    qint64 n = 0;
    for (const auto &c : clusters)
        n += c.count;
    return n;
}

} // namespace

class TestCameraIndex : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("cameras.sqlite"));
        QString error;
        QVERIFY2(CameraIndex::build(m_path, CameraIndex::synthetic(20000, 7), &error), qPrintable(error));
    }

    void gridsReachMaxClusterZoom()
    {
        CameraIndex index;
        QString error;
        QVERIFY2(index.open(m_path, &error), qPrintable(error));
        QCOMPARE(index.cameraCount(), 20000);
        QCOMPARE(index.maxClusterZoom(), CameraIndex::kMaxClusterZoom);
        QCOMPARE(CameraIndex::kMaxClusterZoom, 17);
    }

    // A box holds the same cameras whether read from a grid (zoom <= 17) or from the cameras'
    // tree (zoom 18).
    void gridAndTreeAgree()
    {
        CameraIndex index;
        QString error;
        QVERIFY(index.open(m_path, &error));
        const QRectF box = wuhanBox(14);
        QList<CameraCluster> raw, grid17, grid16;
        QVERIFY(index.query(box, 18.2, &raw, &error));
        QVERIFY(index.query(box, 17.5, &grid17, &error));
        QVERIFY(index.query(box, 16.5, &grid16, &error));
        QVERIFY(total(raw) > 200);
        // A grid cell is stored at its cameras' mean: one that straddles the box's edge counts
        // whole or not at all, so the totals differ by the edges' share, a few per cent.
        const double diff = std::abs(double(total(grid17) - total(raw)));
        QVERIFY2(diff < 0.05 * double(total(raw)),
            qPrintable(QStringLiteral("grid %1 vs tree %2").arg(total(grid17)).arg(total(raw))));
        QVERIFY(std::abs(double(total(grid16) - total(raw))) < 0.05 * double(total(raw)));
        // Coarser grids merge more.
        QVERIFY(grid17.size() <= raw.size());
        QVERIFY(grid16.size() <= grid17.size());
    }

    // A file of format 1 has no zoom-17 grid and no maxClusterZoom row: it reads the cameras'
    // tree from zoom 17 on and gives the same answer as the grid does.
    void formatOneFilesStillWork()
    {
        const QString old = m_dir.filePath(QStringLiteral("format1.sqlite"));
        QVERIFY(QFile::copy(m_path, old));
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
            db.setDatabaseName(old);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TABLE cells_z17")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM meta WHERE key='maxClusterZoom'")));
            QVERIFY(q.exec(QStringLiteral("UPDATE meta SET value=1 WHERE key='version'")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
        CameraIndex index;
        QString error;
        QVERIFY2(index.open(old, &error), qPrintable(error));
        QCOMPARE(index.maxClusterZoom(), 16);
        const QRectF box = wuhanBox(17);
        QList<CameraCluster> tree, fresh;
        QVERIFY2(index.query(box, 17.5, &tree, &error), qPrintable(error));
        CameraIndex current;
        QVERIFY(current.open(m_path, &error));
        QVERIFY(current.query(box, 17.5, &fresh, &error));
        QVERIFY(total(tree) > 0);
        QVERIFY(std::abs(double(total(fresh) - total(tree))) < 0.05 * double(total(tree)));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestCameraIndex)
#include "tst_camera_index_grid.moc"
