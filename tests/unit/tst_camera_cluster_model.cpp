// The camera register on the map: the model asks the camera index on its own thread and gives the
// map layer clusters whose labels are short and whose size stays bounded however many cameras a
// cluster holds, and lone cameras by their register id.
#include "CameraClusterModel.h"
#include "CameraIndex.h"
#include "CameraIndexBuilder.h"
#include "SyntheticCameraRegister.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wf::maps;

class TestCameraClusterModel : public QObject
{
    Q_OBJECT
private slots:
    void countsAreShortLabels_data()
    {
        QTest::addColumn<qint64>("count");
        QTest::addColumn<QString>("label");
        QTest::newRow("few") << qint64(7) << QStringLiteral("7");
        QTest::newRow("hundreds") << qint64(999) << QStringLiteral("999");
        QTest::newRow("thousands") << qint64(2437) << QStringLiteral("2.4k");
        QTest::newRow("tens of thousands") << qint64(23058) << QStringLiteral("23k");
        QTest::newRow("a province") << qint64(2190000) << QStringLiteral("2.2M");
    }
    void countsAreShortLabels()
    {
        QFETCH(qint64, count);
        QFETCH(QString, label);
        QCOMPARE(CameraClusterModel::compactCount(count), label);
    }

    // 20,000 cameras around Hubei's cities seen from far out: a few clusters, each labelled with its
    // count and none drawn more than twice a lone camera's size; close in, lone cameras by id.
    void aCityOfCamerasStaysSmallOnTheMap()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cameras.sqlite"));
        QString error;
        QVERIFY2(CameraIndexBuilder::build(path, SyntheticCameraRegister::cameras(20000, 7), &error),
            qPrintable(error));
        CameraClusterModel model;
        QSignalSpy opened(&model, &CameraClusterModel::databaseChanged);
        model.setDatabase(path);
        QTRY_COMPARE(model.cameraCount(), qint64(20000));

        QSignalSpy answered(&model, &CameraClusterModel::resultsReady);
        model.request(33.5, 108.0, 28.5, 116.5, 7);
        QVERIFY(answered.wait(10000));
        QVERIFY(model.rowCount() > 0);
        qint64 total = 0;
        int biggest = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex i = model.index(r);
            const qint64 count = model.data(i, CameraClusterModel::CountRole).toLongLong();
            total += count;
            if (count > model.data(model.index(biggest), CameraClusterModel::CountRole).toLongLong())
                biggest = r;
            QVERIFY(model.data(i, CameraClusterModel::ScaleRole).toDouble() <= 2.0);
            if (count > 1)
                QCOMPARE(model.data(i, CameraClusterModel::LabelRole).toString(),
                    CameraClusterModel::compactCount(count));
        }
        QVERIFY2(total > 19000, qPrintable(QString::number(total)));
        QVERIFY(model.data(model.index(biggest), CameraClusterModel::ClusterRole).toBool());

        // Street level in the middle of the densest part: lone cameras, named by id, no count.
        const QModelIndex densest = model.index(biggest);
        const double lat = model.data(densest, CameraClusterModel::LatitudeRole).toDouble();
        const double lon = model.data(densest, CameraClusterModel::LongitudeRole).toDouble();
        model.request(lat + 0.002, lon - 0.003, lat - 0.002, lon + 0.003, 18);
        QVERIFY(answered.wait(10000));
        QVERIFY(model.rowCount() > 0);
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex i = model.index(r);
            QCOMPARE(model.data(i, CameraClusterModel::CountRole).toLongLong(), qint64(1));
            QVERIFY(model.data(i, CameraClusterModel::LabelRole).toString().isEmpty());
            QVERIFY(!model.data(i, CameraClusterModel::IdRole).toString().startsWith(u"cluster-"));
        }
    }
};

QTEST_GUILESS_MAIN(TestCameraClusterModel)
#include "tst_camera_cluster_model.moc"
