// The real application under Xvfb with a site's camera register (--camera-index): the map
// draws the register's cameras where they are, clustered far out and one by one close in. The
// screenshots stay in the build tree (tests/ui/screenshots/) to be looked at.
#include "CameraIndex.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The register: a block of 12 x 12 cameras 150 m apart around 31.600, 110.200 (hills west of
// Shennongjia, where the training world has no cameras of its own).
constexpr double kLat = 31.600, kLon = 110.200;
constexpr int kSide = 12;
constexpr double kStep = 0.00135;

QString screenshotDir()
{
    const QString dir = QStringLiteral(WATCHFLOOR_BINARY_DIR "/tests/ui/screenshots");
    QDir().mkpath(dir);
    return dir;
}

int countNear(const QImage &img, const QRect &area, QColor target, int tolerance)
{
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor c = img.pixelColor(x, y);
            if (std::abs(c.red() - target.red()) <= tolerance
                && std::abs(c.green() - target.green()) <= tolerance
                && std::abs(c.blue() - target.blue()) <= tolerance)
                ++n;
        }
    }
    return n;
}

} // namespace

class TestCameraRegisterView : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_index;

    QImage shoot(const QString &name, const QString &zoom, QString *log)
    {
        const QString png = screenshotDir() + u'/' + name + QStringLiteral(".png");
        QFile::remove(png);
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        auto env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("xvfb-run"),
            { QStringLiteral("-a"), QStringLiteral("-s"), QStringLiteral("-screen 0 1600x900x24"),
                QStringLiteral(WATCHFLOOR_APP), QStringLiteral("--db"),
                m_dir.filePath(name + QStringLiteral(".sqlite")), QStringLiteral("--lang"),
                QStringLiteral("en"), QStringLiteral("--units"), QStringLiteral("0"),
                QStringLiteral("--camera-index"), m_index, QStringLiteral("--view"),
                QStringLiteral("%1,%2,%3").arg(kLat).arg(kLon).arg(zoom), QStringLiteral("--screenshot"), png,
                QStringLiteral("--quit-after"), QStringLiteral("12") });
        if (!p.waitForFinished(120000))
            p.kill();
        *log = QString::fromLocal8Bit(p.readAll());
        return p.exitCode() == 0 ? QImage(png) : QImage();
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
        QVERIFY2(wf::maps::CameraIndex::build(m_index, cameras, &error, {}, entries, QStringLiteral("test")),
            qPrintable(error));
    }

    void theRegistersCamerasAreOnTheMap_data()
    {
        QTest::addColumn<QString>("zoom");
        QTest::addColumn<int>("minPixels");
        // Zoom 13: a few clusters (the block is some 1.6 km across); zoom 16: the cameras one
        // by one, 144 small dots.
        QTest::newRow("clustered") << QStringLiteral("13") << 400;
        QTest::newRow("one by one") << QStringLiteral("16") << 144 * 12;
    }

    void theRegistersCamerasAreOnTheMap()
    {
        QFETCH(QString, zoom);
        QFETCH(int, minPixels);
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
        QVERIFY2(inBlock >= minPixels,
            qPrintable(QStringLiteral("camera pixels %1 around the centre").arg(inBlock)));
        // Zoomed out the block is a few clusters in the middle: the map's corner has no camera.
        const int corner
            = zoom == u"13" ? countNear(img, QRect(map.left(), map.top(), 120, 120), camera, 14) : 0;
        QVERIFY2(corner < 20, qPrintable(QStringLiteral("camera pixels %1 in the map's corner").arg(corner)));
    }
};

QTEST_GUILESS_MAIN(TestCameraRegisterView)
#include "tst_camera_register_view.moc"
