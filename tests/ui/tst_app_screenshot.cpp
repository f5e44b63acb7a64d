// The real application under Xvfb: it starts on the built-in training world, draws the base
// map of Wuhan with the simulated units on it, and shows the TRAINING banner. The screenshots
// stay in the build tree (tests/ui/screenshots/) to be looked at.
#include "../common/AppScreenshot.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using wf::testing::countNear;

namespace {

// Starts the app on a journal of its own and returns its screenshot.
QImage shoot(const QString &name, const QStringList &extraArgs, QString *log, int quitAfterS = 14)
{
    QTemporaryDir tmp;
    return wf::testing::shootApp(name,
        QStringList { QStringLiteral("--db"), tmp.filePath(QStringLiteral("j.sqlite")) } + extraArgs, log,
        quitAfterS);
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

    void pickpocketOnTheHubuAlleyWall()
    {
        // The pickpocketing scenario as a trainer shortens it for a demonstration: its reports
        // come in the first seconds instead of over 100 minutes, so pickpockets work the crowd
        // while the app runs at real time. Its wall puts the Hubu Alley cameras first.
        QFile in(QStringLiteral(WATCHFLOOR_SOURCE_DIR "/resources/scenarios/pickpocketing.json"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonObject scenario = QJsonDocument::fromJson(in.readAll()).object();
        QVERIFY(scenario.contains(u"wall"));
        QJsonArray timeline = scenario.value(u"timeline").toArray();
        for (qsizetype i = 0; i < timeline.size(); ++i) {
            QJsonObject step = timeline[i].toObject();
            if (step.value(u"type").toString() == u"incident_burst") {
                step.insert(u"at_min", 0.05);
                step.insert(u"over_min", 0.2);
            }
            timeline[i] = step;
        }
        scenario.insert(u"timeline", timeline);
        QTemporaryDir tmp;
        const QString file = tmp.filePath(QStringLiteral("pickpocketing-now.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(scenario).toJson());
        out.close();

        QString log;
        const QImage img = shoot(QStringLiteral("training-wall-hubu-alley-pickpocket"),
            { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--scenario"), file,
                QStringLiteral("--seed"), QStringLiteral("3") },
            &log, 30);
        QVERIFY2(!img.isNull(), qPrintable(log));
        // The wall (top right) shows the scenario's cameras: Hubu Alley's food street in the
        // evening light, its stalls' walls and red banners filling the tiles (the built-in
        // world's first cameras watch checkpoint lanes). Whether a pickpocket is in a picture is
        // for the eye here; tst_qml's Spotting test finds and marks one.
        const QRect wall(img.width() * 5 / 7, 70, img.width() * 2 / 7, img.height() / 2 - 80);
        const int stalls = countNear(img, wall, QColor(0xce, 0xb2, 0x97), 20);
        const int banners = countNear(img, wall, QColor(0xa4, 0x2c, 0x25), 30);
        QVERIFY2(stalls > 5000 && banners > 3000,
            qPrintable(QStringLiteral("stall pixels %1, banner pixels %2").arg(stalls).arg(banners)));
    }

    void chineseInterfaceRendersToo()
    {
        QString log;
        const QImage zh = shoot(
            QStringLiteral("main-zh_CN"), { QStringLiteral("--lang"), QStringLiteral("zh_CN") }, &log);
        QVERIFY2(!zh.isNull(), qPrintable(log));
        // Its own English run to compare with, not a picture another test left behind.
        const QImage en = shoot(
            QStringLiteral("main-en-for-zh"), { QStringLiteral("--lang"), QStringLiteral("en") }, &log);
        QVERIFY2(!en.isNull(), qPrintable(log));
        // The banner text differs between the languages (the banner colour does not).
        const QRect bannerText(0, 0, 400, 26);
        QVERIFY(zh.copy(bannerText) != en.copy(bannerText));
        const int banner = countNear(zh, QRect(0, 0, zh.width(), 20), QColor(0xf2, 0xa9, 0x00), 10);
        QVERIFY(banner > zh.width() * 10);
    }
};

QTEST_GUILESS_MAIN(TestAppScreenshot)
#include "tst_app_screenshot.moc"
