// The real application under Xvfb with a site's camera register (--camera-index): the map
// draws the register's cameras where they are, clustered far out and one by one close in. The
// screenshots stay in the build tree (tests/ui/screenshots/) to be looked at.
#include "../common/AppScreenshot.h"
#include "CameraIndex.h"
#include "CameraIndexBuilder.h"

#include <QTemporaryDir>
#include <QTest>

using wf::testing::countNear;

namespace {

// The register: a block of 12 x 12 cameras 150 m apart around 31.600, 110.200 (hills west of
// Shennongjia, where the training world has no cameras of its own).
constexpr double kLat = 31.600, kLon = 110.200;
constexpr int kSide = 12;
constexpr double kStep = 0.00135;

} // namespace

class TestCameraRegisterView : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_index;

    QImage shoot(const QString &name, const QString &zoom, QString *log)
    {
        return wf::testing::shootApp(name,
            { QStringLiteral("--db"), m_dir.filePath(name + QStringLiteral(".sqlite")),
                QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--units"),
                QStringLiteral("0"), QStringLiteral("--camera-index"), m_index, QStringLiteral("--view"),
                QStringLiteral("%1,%2,%3").arg(kLat).arg(kLon).arg(zoom) },
            log);
    }

private slots:
    void initTestCase()
    {
        QList<wf::maps::CameraIndex::Camera> cameras;
        QList<wf::maps::CameraIndex::Entry> entries;
        for (int i = 0; i < kSide; ++i) {
            for (int j = 0; j < kSide; ++j) {
                const double lat = kLat + (i - kSide / 2.0 + 0.5) * kStep;
                const double lon = kLon + (j - kSide / 2.0 + 0.5) * kStep;
                cameras.append({ lat, lon, float(j * 30 % 360), 60 });
                const QString id = QStringLiteral("SN-%1").arg(i * kSide + j);
                entries.append({ id, QStringLiteral("Hill road %1").arg(id),
                    QStringLiteral("sim://camera/") + id, {}, {} });
            }
        }
        m_index = m_dir.filePath(QStringLiteral("site.cameras"));
        QString error;
        QVERIFY2(wf::maps::CameraIndexBuilder::build(
                     m_index, cameras, &error, {}, entries, QStringLiteral("test")),
            qPrintable(error));
    }

    void theRegistersCamerasAreOnTheMap_data()
    {
        QTest::addColumn<QString>("zoom");
        QTest::addColumn<int>("minPixels");
        QTest::addColumn<int>("maxPixels");
        // Zoom 11: a city's view, where the register is not drawn (its clusters would bury the
        // situation); zoom 14 (where it starts): a few clusters (the block is some 1.6 km
        // across); zoom 16: the cameras one by one, 144 small dots.
        QTest::newRow("city view: not drawn") << QStringLiteral("11") << 0 << 20;
        QTest::newRow("clustered") << QStringLiteral("14") << 400 << 360 * 360;
        QTest::newRow("one by one") << QStringLiteral("16") << 144 * 12 << 360 * 360;
    }

    void theRegistersCamerasAreOnTheMap()
    {
        QFETCH(QString, zoom);
        QFETCH(int, minPixels);
        QFETCH(int, maxPixels);
        QString log;
        const QImage img = shoot(QStringLiteral("camera-register-z") + zoom, zoom, &log);
        QVERIFY2(!img.isNull(), qPrintable(log));
        QVERIFY2(!log.contains(u"camera register"), qPrintable(log)); // the site's own: nothing generated
        // Find the map: the middle of the window between the left and right columns. The block
        // is around the map's centre; the map's corners have no cameras.
        const QRect map(img.width() / 4, img.height() / 6, img.width() / 3, img.height() * 2 / 3);
        const QPoint c = map.center();
        const QRect block(c.x() - 180, c.y() - 180, 360, 360);
        const QColor camera(0x7c, 0xc4, 0xff);
        const int inBlock = countNear(img, block, camera, 14);
        QVERIFY2(inBlock >= minPixels && inBlock <= maxPixels,
            qPrintable(QStringLiteral("camera pixels %1 around the centre").arg(inBlock)));
        // Zoomed out the block is a few clusters in the middle: the map's corner has no camera.
        const int corner
            = zoom == u"14" ? countNear(img, QRect(map.left(), map.top(), 120, 120), camera, 14) : 0;
        QVERIFY2(corner < 20, qPrintable(QStringLiteral("camera pixels %1 in the map's corner").arg(corner)));
    }
};

QTEST_GUILESS_MAIN(TestCameraRegisterView)
#include "tst_camera_register_view.moc"
