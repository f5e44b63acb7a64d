// The camera index: viewport queries and clustering on a small camera set whose answers are
// known (a 10 x 10 grid in Wuhan, a handful of cameras in Xiangyang and near the antimeridian),
// files that are not camera indexes, and on 20,000 synthetic cameras the pre-clustered grids
// against the cameras' own R*Tree, up to kMaxClusterZoom, with files of the older format (grids
// to zoom 16) still answering at every zoom.
#include "CameraIndex.h"
#include "CameraIndexBuilder.h"
#include "MapCamera.h"
#include "SyntheticCameraRegister.h"

#include <QFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace wf::maps;

namespace {

constexpr int kGrid = 10; // Wuhan: kGrid x kGrid cameras, 0.01 degrees apart
constexpr double kLat0 = 30.50, kLon0 = 114.20, kStep = 0.01;
constexpr int kXiangyang = 5;

QList<CameraIndex::Camera> knownCameras()
{
    QList<CameraIndex::Camera> c;
    for (int i = 0; i < kGrid; ++i)
        for (int j = 0; j < kGrid; ++j)
            c.append({ kLat0 + i * kStep, kLon0 + j * kStep, float(j * 30 % 360), 60 }); // ids 1..100
    for (int k = 0; k < kXiangyang; ++k)
        c.append({ 32.00 + k * 0.002, 112.10, 0, 60 }); // ids 101..105, ~220 m apart
    c.append({ 0.5, 179.9, 0, 60 }); // 106: just west of the antimeridian
    c.append({ 0.5, -179.9, 0, 60 }); // 107: just east of it
    return c;
}

qint64 total(const QList<CameraCluster> &clusters)
{
    qint64 n = 0;
    for (const auto &c : clusters)
        n += c.count;
    return n;
}

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

// Box in the index's convention: x = longitude, y = latitude.
QRectF box(double west, double south, double east, double north)
{
    return QRectF(QPointF(west, south), QPointF(east, north));
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
        QVERIFY2(CameraIndexBuilder::build(m_path, knownCameras(), &error), qPrintable(error));
        QVERIFY2(m_index.open(m_path, &error), qPrintable(error));
        QCOMPARE(m_index.cameraCount(), qint64(knownCameras().size()));
    }

    void streetLevelReturnsTheCamerasInTheBox()
    {
        // Rows 2..4 and columns 3..6 of the grid: 3 x 4 cameras, each its own marker at zoom 18.
        const QRectF b
            = box(kLon0 + 2.5 * kStep, kLat0 + 1.5 * kStep, kLon0 + 6.5 * kStep, kLat0 + 4.5 * kStep);
        QList<CameraCluster> out;
        QString error;
        QVERIFY2(m_index.query(b, 18, &out, &error), qPrintable(error));
        QCOMPARE(out.size(), 12);
        QSet<qint64> ids;
        for (const auto &c : out) {
            QCOMPARE(c.count, 1);
            QVERIFY(b.contains(QPointF(c.lon, c.lat)));
            ids.insert(c.cameraId);
        }
        // Ids are 1 + row * 10 + column.
        QSet<qint64> expected;
        for (int i = 2; i <= 4; ++i)
            for (int j = 3; j <= 6; ++j)
                expected.insert(1 + i * kGrid + j);
        QCOMPARE(ids, expected);
        // The camera's own bearing and field of view come along at street level.
        for (const auto &c : out)
            QCOMPARE(c.bearing, float((c.cameraId - 1) % kGrid * 30 % 360));
    }

    void clusterTotalsEqualTheCamerasTheyCover_data()
    {
        QTest::addColumn<double>("zoom");
        for (double z : { 3.0, 5.0, 8.0, 10.0, 12.0, 14.0, 16.0, 16.9, 17.0, 19.0 })
            QTest::addRow("zoom %.1f", z) << z;
    }
    void clusterTotalsEqualTheCamerasTheyCover()
    {
        QFETCH(double, zoom);
        QString error;
        QList<CameraCluster> out;
        // The Wuhan grid with a margin: all 100, whatever the clustering.
        QVERIFY2(m_index.query(box(114.0, 30.3, 114.5, 30.7), zoom, &out, &error), qPrintable(error));
        QCOMPARE(total(out), kGrid * kGrid);
        // Hubei: Wuhan and Xiangyang, nothing from the antimeridian.
        QVERIFY(m_index.query(box(108.3, 29.0, 116.2, 33.3), zoom, &out, &error));
        QCOMPARE(total(out), kGrid * kGrid + kXiangyang);
        // A cluster stands at the mean of its cameras, so it lies within their extent.
        for (const auto &c : out) {
            QVERIFY(c.count >= 1);
            const bool inWuhan = c.lat >= kLat0 - 1e-9 && c.lat <= kLat0 + (kGrid - 1) * kStep + 1e-9
                && c.lon >= kLon0 - 1e-9 && c.lon <= kLon0 + (kGrid - 1) * kStep + 1e-9;
            const bool inXiangyang
                = c.lat >= 32.0 - 1e-9 && c.lat <= 32.008 + 1e-9 && qAbs(c.lon - 112.10) < 1e-9;
            QVERIFY2(inWuhan || inXiangyang, qPrintable(QStringLiteral("%1,%2").arg(c.lat).arg(c.lon)));
        }
    }

    void lowZoomsMergeAndHighZoomsSplit()
    {
        QString error;
        QList<CameraCluster> out;
        // Zoom 3: a 64 px cell is ~11 degrees wide: the Wuhan grid is one cluster of 100, led by
        // camera 1 (the smallest id), and Xiangyang is in the next cell to the west.
        QVERIFY(m_index.query(box(108.3, 29.0, 116.2, 33.3), 3, &out, &error));
        QCOMPARE(out.size(), 2);
        const auto wuhan = out[0].count == 100 ? out[0] : out[1];
        const auto xiangyang = out[0].count == 100 ? out[1] : out[0];
        QCOMPARE(wuhan.count, 100);
        QCOMPARE(wuhan.cameraId, 1);
        QVERIFY(qAbs(wuhan.lat - (kLat0 + 4.5 * kStep)) < 1e-9); // the mean of the grid
        QVERIFY(qAbs(wuhan.lon - (kLon0 + 4.5 * kStep)) < 1e-9);
        QCOMPARE(xiangyang.count, kXiangyang);
        QCOMPARE(xiangyang.cameraId, 101);
        // Zoom 18: one marker per camera.
        QVERIFY(m_index.query(box(108.3, 29.0, 116.2, 33.3), 18, &out, &error));
        QCOMPARE(out.size(), kGrid * kGrid + kXiangyang);
        // In between the number of clusters never falls as the zoom grows.
        qsizetype previous = 0;
        for (int z = 3; z <= 18; ++z) {
            QVERIFY(m_index.query(box(114.0, 30.3, 114.5, 30.7), z, &out, &error));
            QVERIFY2(out.size() >= previous, qPrintable(QStringLiteral("zoom %1").arg(z)));
            previous = out.size();
        }
        QCOMPARE(previous, kGrid * kGrid);
    }

    void emptyViewportsAreEmpty()
    {
        QString error;
        QList<CameraCluster> out { CameraCluster {} };
        for (double z : { 4.0, 10.0, 18.0 }) {
            QVERIFY(m_index.query(box(150.0, 10.0, 151.0, 11.0), z, &out, &error)); // open sea
            QVERIFY(out.isEmpty());
            // Between the grid's columns: nothing, however close.
            QVERIFY(m_index.query(
                box(kLon0 + 3.2 * kStep, kLat0, kLon0 + 3.8 * kStep, kLat0 + 9 * kStep), 18, &out, &error));
            QVERIFY(out.isEmpty());
        }
    }

    void edgesAndTheAntimeridian()
    {
        QString error;
        QList<CameraCluster> out;
        // A camera exactly on the box's edge is inside (closed boxes).
        QVERIFY(m_index.query(box(kLon0, kLat0, kLon0 + 0.001, kLat0 + 0.001), 18, &out, &error));
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first().cameraId, 1);
        // Boxes up to +180 and from -180 see their side only (no box crosses the antimeridian).
        for (double z : { 5.0, 18.0 }) {
            QVERIFY(m_index.query(box(179.5, 0, 180, 1), z, &out, &error));
            QCOMPARE(total(out), 1);
            QCOMPARE(out.first().cameraId, 106);
            QVERIFY(m_index.query(box(-180, 0, -179.5, 1), z, &out, &error));
            QCOMPARE(total(out), 1);
            QCOMPARE(out.first().cameraId, 107);
        }
        // The whole world at the lowest zoom: every camera once.
        QVERIFY(m_index.query(box(-180, -85, 180, 85), 0, &out, &error));
        QCOMPARE(total(out), knownCameras().size());
    }

    void badFilesAreErrors()
    {
        QString error;
        CameraIndex index;
        QVERIFY(!index.open(m_dir.filePath(QStringLiteral("missing.sqlite")), &error));
        QVERIFY(error.contains(QStringLiteral("missing.sqlite")));
        QList<CameraCluster> out;
        QVERIFY(!index.query(box(114, 30, 115, 31), 10, &out, &error));
        QVERIFY(error.contains(QStringLiteral("not open")));

        const QString text = m_dir.filePath(QStringLiteral("text.sqlite"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("not a database at all\n").repeated(100));
        f.close();
        QVERIFY(!index.open(text, &error));
        QVERIFY2(error.contains(QStringLiteral("not a camera index")), qPrintable(error));

        const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(other);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (a)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        QVERIFY(!index.open(other, &error));
        QVERIFY2(error.contains(QStringLiteral("not a camera index")), qPrintable(error));

        // A truncated index: the header survives, the pages do not.
        const QString cut = m_dir.filePath(QStringLiteral("cut.sqlite"));
        QVERIFY(QFile::copy(m_path, cut));
        QVERIFY(QFile::resize(cut, 4096));
        if (index.open(cut, &error)) // the meta page may survive the cut; a query must not
            QVERIFY(!index.query(box(108, 29, 117, 34), 18, &out, &error));
        QVERIFY(!error.isEmpty());
    }

    void aGeneratedRegisterNamesCamerasByNumber()
    {
        // The index above has no register entries: camera n is "CAM-<n>", and nothing else is.
        QCOMPARE(m_index.source(), QStringLiteral("generated"));
        QString error;
        const auto c = m_index.find(QStringLiteral("CAM-12"), &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->n, 12);
        QCOMPARE(c->name, QStringLiteral("CAM-12"));
        QCOMPARE(c->lat, kLat0 + 1 * kStep);
        QCOMPARE(c->lon, kLon0 + 1 * kStep);
        QVERIFY(c->mainUrl.isEmpty());
        QVERIFY(!m_index.find(QStringLiteral("CAM-999"), &error));
        QVERIFY(!m_index.find(QStringLiteral("CAM-x"), &error));
        // Lone cameras are drawn under that id.
        QList<CameraCluster> out;
        QVERIFY(m_index.query(
            box(kLon0 + 0.5 * kStep, kLat0 + 0.5 * kStep, kLon0 + 1.5 * kStep, kLat0 + 1.5 * kStep), 18, &out,
            &error));
        QCOMPARE(out.size(), 1);
        QCOMPARE(out[0].id, QStringLiteral("CAM-12"));
    }

    void aSiteRegisterKeepsIdsNamesAndStreams()
    {
        // Three cameras of a site's register, one of them far from the others.
        const QList<CameraIndex::Camera> cameras { { 30.60, 114.30, 90, 60 }, { 30.601, 114.30, 180, 70 },
            { 31.00, 112.00, 0, 60 } };
        const QList<CameraIndex::Entry> entries {
            { QStringLiteral("HK-7"), QStringLiteral("Hankou Station east"), QStringLiteral("rtsp://u:p@h/7"),
                QStringLiteral("rtsp://u:p@h/7s"), QStringLiteral("udp") },
            { QStringLiteral("HK-8"), QStringLiteral("hankou station west"), QStringLiteral("rtsp://h/8"), {},
                {} },
            { QStringLiteral("JM-1"), QStringLiteral("Jingmen bridge"), QStringLiteral("rtsp://h/j1"), {},
                {} }
        };
        const QString path = m_dir.filePath(QStringLiteral("site.cameras"));
        QString error;
        QVERIFY2(CameraIndexBuilder::build(
                     path, cameras, &error, {}, entries, QStringLiteral("imported from site.csv")),
            qPrintable(error));
        CameraIndex index;
        QVERIFY2(index.open(path, &error), qPrintable(error));
        QCOMPARE(index.source(), QStringLiteral("imported from site.csv"));
        const auto hk7 = index.find(QStringLiteral("HK-7"), &error);
        QVERIFY(hk7);
        QCOMPARE(hk7->name, QStringLiteral("Hankou Station east"));
        QCOMPARE(hk7->mainUrl, QStringLiteral("rtsp://u:p@h/7"));
        QCOMPARE(hk7->subUrl, QStringLiteral("rtsp://u:p@h/7s"));
        QCOMPARE(hk7->transport, QStringLiteral("udp"));
        QCOMPARE(hk7->bearing, 90.0f);
        // A register with its own ids does not answer to "CAM-<n>".
        QVERIFY(!index.find(QStringLiteral("CAM-1"), &error));
        // Search: an exact id, else names (any case) and ids that start with the text.
        QList<CameraIndex::Record> found;
        QVERIFY(index.search(QStringLiteral("JM-1"), 10, &found, &error));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].id, QStringLiteral("JM-1"));
        QVERIFY(index.search(QStringLiteral("HANKOU st"), 10, &found, &error));
        QCOMPARE(found.size(), 2);
        QCOMPARE(found[0].id, QStringLiteral("HK-7"));
        QCOMPARE(found[1].id, QStringLiteral("HK-8"));
        QVERIFY(index.search(QStringLiteral("hk-"), 1, &found, &error));
        QCOMPARE(found.size(), 1);
        QVERIFY(index.search(QStringLiteral("Wuchang"), 10, &found, &error));
        QVERIFY(found.isEmpty());
        // Cameras in a box: the two in Wuhan.
        QVERIFY(index.within(box(114.29, 30.59, 114.31, 30.61), 100, &found, &error));
        QCOMPARE(found.size(), 2);
        // The map's lone cameras carry the register's ids.
        QList<CameraCluster> out;
        QVERIFY(index.query(box(111.9, 30.9, 112.1, 31.1), 12, &out, &error));
        QCOMPARE(out.size(), 1);
        QCOMPARE(out[0].id, QStringLiteral("JM-1"));
    }

    void cancelledBuildLeavesNoFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("cancelled.sqlite"));
        QString error;
        QVERIFY(!CameraIndexBuilder::build(
            path, SyntheticCameraRegister::cameras(50000, 7), &error, [](double) { return false; }));
        QCOMPARE(error, QStringLiteral("cancelled"));
        QVERIFY(!QFile::exists(path));
    }

    void gridsReachMaxClusterZoom()
    {
        CameraIndex index;
        QString error;
        QVERIFY2(index.open(syntheticIndex(), &error), qPrintable(error));
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
        QVERIFY(index.open(syntheticIndex(), &error));
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
        QVERIFY(QFile::copy(syntheticIndex(), old));
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
        QVERIFY(current.open(syntheticIndex(), &error));
        QVERIFY(current.query(box, 17.5, &fresh, &error));
        QVERIFY(total(tree) > 0);
        QVERIFY(std::abs(double(total(fresh) - total(tree))) < 0.05 * double(total(tree)));
    }

private:
    // 20,000 synthetic cameras around Wuhan, built on first use by the tests that need them.
    QString syntheticIndex()
    {
        if (m_synthetic.isEmpty()) {
            const QString path = m_dir.filePath(QStringLiteral("synthetic.sqlite"));
            QString error;
            if (!CameraIndexBuilder::build(path, SyntheticCameraRegister::cameras(20000, 7), &error))
                qFatal("synthetic camera index: %s", qPrintable(error));
            m_synthetic = path;
        }
        return m_synthetic;
    }

    QTemporaryDir m_dir;
    QString m_path;
    QString m_synthetic;
    CameraIndex m_index;
};

QTEST_GUILESS_MAIN(TestCameraIndex)
#include "tst_camera_index.moc"
