// UiHealth: what the file says is what a person at the window felt. A window that animates has
// its frames counted and timed; a GUI thread blocked for 300 ms shows as a stall of about that
// long in the whole run's figures; a file that cannot be written is said
// (on standard error) and the app goes on.
#include "UiHealth.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace wf;

namespace {

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

// Keeps the window drawing: a rectangle whose colour changes every 20 ms.
struct AnimatedWindow
{
    QQuickWindow window;
    QTimer repaint;
    int step = 0;
    AnimatedWindow()
    {
        window.resize(320, 200);
        window.show();
        QObject::connect(&repaint, &QTimer::timeout, &window,
            [this] { window.setColor(QColor::fromHsv(step++ % 360, 200, 200)); });
        repaint.start(20);
    }
};

} // namespace

class TestUiHealth : public QObject
{
    Q_OBJECT
private slots:
    void framesAndAStallAreMeasuredAndWritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ui.json"));
        AnimatedWindow w;
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        UiHealth health(&w.window, path);

        QTest::qWait(1500); // frames, and a second's file
        auto figures = health.sinceStart();
        QVERIFY2(figures.frames >= 10, qPrintable(QString::number(figures.frames)));
        QVERIFY(figures.frameP95Ms > 0 && figures.frameP95Ms <= figures.frameMaxMs);
        QVERIFY2(figures.stallMaxMs < 250, qPrintable(QString::number(figures.stallMaxMs)));
        QVERIFY(QFile::exists(path));

        // The GUI thread blocked, as a long computation on it would block it.
        QThread::msleep(300);
        QTest::qWait(1200);
        figures = health.sinceStart();
        QVERIFY2(figures.stallMaxMs >= 240 && figures.stallMaxMs < 600,
            qPrintable(QString::number(figures.stallMaxMs)));
        QVERIFY(health.write());
        const auto doc = readJson(path);
        QCOMPARE(doc.value(u"ui_stall_max_ms").toDouble(), std::round(figures.stallMaxMs * 100) / 100);
        QVERIFY(doc.value(u"frames").toInteger() >= figures.frames);
        QVERIFY(doc.value(u"frame_p95_ms").toDouble() > 0);
        QVERIFY(doc.value(u"uptime_s").toDouble() >= 2.5);
        QVERIFY(doc.value(u"minutes").isArray()); // a minute has not passed yet: none closed
        QCOMPARE(doc.value(u"minutes").toArray().size(), 0);
        // The start is still warming up: nothing counted after it yet.
        QCOMPARE(doc.value(u"after_warm_up").toObject().value(u"frames").toInteger(), 0);
    }

    void anUnwritableFileIsRefusedAndNothingElseStops()
    {
        AnimatedWindow w;
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        UiHealth health(&w.window, QStringLiteral("/proc/no-such-dir/ui.json"));
        QVERIFY(!health.write());
        QTest::qWait(300);
        QVERIFY(health.sinceStart().frames > 0);
    }
};

QTEST_MAIN(TestUiHealth)
#include "tst_ui_health.moc"
