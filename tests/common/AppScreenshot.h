#pragma once

// The real application in a virtual X display (xvfb-run, 1600x900), its screenshot, and counting
// pixels of a colour to assert on what a user would see. The screenshots stay in the build tree
// (tests/ui/screenshots/) to be looked at. WATCHFLOOR_APP and WATCHFLOOR_BINARY_DIR are defined
// by the test's CMake target.
#include <QColor>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRect>
#include <QString>
#include <QStringList>
#include <cstdlib>

namespace wf::testing {

inline QString screenshotDir()
{
    const QString dir = QStringLiteral(WATCHFLOOR_BINARY_DIR "/tests/ui/screenshots");
    QDir().mkpath(dir);
    return dir;
}

// Starts the app with args, lets it run quitAfterS seconds and returns the screenshot it saved
// as NAME.png (null when it failed; log holds its output either way).
inline QImage shootApp(const QString &name, const QStringList &args, QString *log, int quitAfterS = 12)
{
    const QString png = screenshotDir() + u'/' + name + QStringLiteral(".png");
    QFile::remove(png);
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    auto env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // a real X server, not offscreen
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("xvfb-run"),
        QStringList { QStringLiteral("-a"), QStringLiteral("-s"), QStringLiteral("-screen 0 1600x900x24"),
            QStringLiteral(WATCHFLOOR_APP), QStringLiteral("--screenshot"), png,
            QStringLiteral("--quit-after"), QString::number(quitAfterS) }
            + args);
    if (!p.waitForFinished(120000))
        p.kill();
    *log = QString::fromLocal8Bit(p.readAll());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 ? QImage(png) : QImage();
}

// Pixels within tolerance (per channel) of target inside area.
inline int countNear(const QImage &img, const QRect &area, QColor target, int tolerance)
{
    int n = 0;
    const QRect inside = area.intersected(img.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        for (int x = inside.left(); x <= inside.right(); ++x) {
            const QColor c = img.pixelColor(x, y);
            if (std::abs(c.red() - target.red()) <= tolerance
                && std::abs(c.green() - target.green()) <= tolerance
                && std::abs(c.blue() - target.blue()) <= tolerance)
                ++n;
        }
    }
    return n;
}

} // namespace wf::testing
