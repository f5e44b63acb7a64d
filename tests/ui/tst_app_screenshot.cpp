// The real application under Xvfb: it starts on the built-in training world, draws the base
// map of Wuhan with the simulated units on it, and shows the TRAINING banner. The screenshots
// stay in the build tree (tests/ui/screenshots/) to be looked at.
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString screenshotDir()
{
    const QString dir = QStringLiteral(WATCHFLOOR_BINARY_DIR "/tests/ui/screenshots");
    QDir().mkpath(dir);
    return dir;
}

// Starts the app in its own virtual display and returns its screenshot.
QImage shoot(const QString &name, const QStringList &extraArgs, QString *log)
{
    QTemporaryDir tmp;
    const QString png = screenshotDir() + u'/' + name + QStringLiteral(".png");
    QFile::remove(png);
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    auto env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // a real X server, not offscreen
    p.setProcessEnvironment(env);
    QStringList args { QStringLiteral("-a"), QStringLiteral("-s"), QStringLiteral("-screen 0 1600x900x24"),
        QStringLiteral(WATCHFLOOR_APP), QStringLiteral("--db"), tmp.filePath(QStringLiteral("j.sqlite")),
        QStringLiteral("--screenshot"), png, QStringLiteral("--quit-after"), QStringLiteral("14") };
    args += extraArgs;
    p.start(QStringLiteral("xvfb-run"), args);
    if (!p.waitForFinished(120000))
        p.kill();
    *log = QString::fromLocal8Bit(p.readAll());
    if (p.exitCode() != 0)
        return {};
    return QImage(png);
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

class TestAppScreenshot : public QObject
{
    Q_OBJECT
private slots:
    void mapOfWuhanWithUnits()
    {
        QString log;
        const QImage img
            = shoot(QStringLiteral("main-en"), { QStringLiteral("--lang"), QStringLiteral("en") }, &log);
        QVERIFY2(!img.isNull(), qPrintable(log));
        QVERIFY(img.width() >= 1200);
        // The map fills the middle of the window.
        const QRect map(img.width() / 4, img.height() / 6, img.width() / 3, img.height() * 2 / 3);
        const int area = map.width() * map.height();
        // Base-map tiles were served and drawn: Hubei's land colour covers much of the map...
        const int land = countNear(img, map, QColor(0xf6, 0xf3, 0xec), 6);
        QVERIFY2(land > area / 4,
            qPrintable(QStringLiteral("land pixels %1 of %2\n%3").arg(land).arg(area).arg(log)));
        // ...with the Yangtze and lakes in water blue...
        const int water = countNear(img, map, QColor(0x9c, 0xc8, 0xe0), 10);
        QVERIFY2(water > 200, qPrintable(QStringLiteral("water pixels %1").arg(water)));
        // ...and units drawn in the 'available' green over it.
        const int units = countNear(img, map, QColor(0x2f, 0xbf, 0x71), 12);
        QVERIFY2(units > 40 * 20, qPrintable(QStringLiteral("unit pixels %1").arg(units)));
        // The TRAINING banner runs across the top.
        const int banner = countNear(img, QRect(0, 0, img.width(), 20), QColor(0xf2, 0xa9, 0x00), 10);
        QVERIFY2(banner > img.width() * 10, qPrintable(QStringLiteral("banner pixels %1").arg(banner)));
    }

    void trainingScenarioWithInstructorPanel()
    {
        QTemporaryDir tmp;
        QString log;
        const QImage img = shoot(QStringLiteral("training-key-site-drills-en"),
            { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--scenario"),
                QStringLiteral("key-site-drills"), QStringLiteral("--instructor"),
                QStringLiteral("--debrief"), tmp.filePath(QStringLiteral("d.json")) },
            &log);
        QVERIFY2(!img.isNull(), qPrintable(log));
        // The left column holds the training panel and, framed in the training colour, the
        // instructor's panel with its header bar.
        const QRect left(0, 40, 290, img.height() - 80);
        const int amber = countNear(img, left, QColor(0xf2, 0xa9, 0x00), 10);
        QVERIFY2(amber > 290 * 20, qPrintable(QStringLiteral("instructor panel pixels %1").arg(amber)));
        // The map still shows the scenario's units.
        const QRect map(img.width() / 4, img.height() / 6, img.width() / 3, img.height() * 2 / 3);
        const int units = countNear(img, map, QColor(0x2f, 0xbf, 0x71), 12);
        QVERIFY2(units > 200, qPrintable(QStringLiteral("unit pixels %1").arg(units)));
    }

    void chineseInterfaceRendersToo()
    {
        QString log;
        const QImage zh = shoot(
            QStringLiteral("main-zh_CN"), { QStringLiteral("--lang"), QStringLiteral("zh_CN") }, &log);
        QVERIFY2(!zh.isNull(), qPrintable(log));
        const QImage en(screenshotDir() + QStringLiteral("/main-en.png"));
        QVERIFY(!en.isNull());
        // The banner text differs between the languages (the banner colour does not).
        const QRect bannerText(0, 0, 400, 26);
        QVERIFY(zh.copy(bannerText) != en.copy(bannerText));
        const int banner = countNear(zh, QRect(0, 0, zh.width(), 20), QColor(0xf2, 0xa9, 0x00), 10);
        QVERIFY(banner > zh.width() * 10);
    }
};

QTEST_GUILESS_MAIN(TestAppScreenshot)
#include "tst_app_screenshot.moc"
