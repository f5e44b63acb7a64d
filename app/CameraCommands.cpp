#include "CameraCommands.h"

#include "CameraIndex.h"
#include "CameraIndexBuilder.h"
#include "CameraRegister.h"
#include "CameraRegisterCsv.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <cstdio>

namespace wf {

namespace {

int fail(const QString &message, const char *command = "--import-cameras")
{
    std::fprintf(stderr, "watchfloor: %s: %s\n", command, qPrintable(message));
    return 1;
}

} // namespace

QString cameraIndexPath(const AppOptions &options, const Settings &settings)
{
    return !options.cameraIndexPath.isEmpty() ? options.cameraIndexPath : settings.map.cameraIndexPath;
}

namespace {

int prepareTrainingCameras()
{
    // The same register a training start makes, with the same lock: made once, whoever asks.
    wall::CameraRegister reg;
    QEventLoop loop;
    QObject::connect(&reg, &wall::CameraRegister::stateChanged, &loop, [&] {
        if (!reg.busy())
            loop.quit();
    });
    int shown = -1;
    QObject::connect(&reg, &wall::CameraRegister::progressChanged, &loop, [&] {
        if (reg.progress() >= 0 && int(reg.progress() * 10) != shown) {
            shown = int(reg.progress() * 10);
            std::fprintf(stderr, "watchfloor: training camera register: %d%%\n", int(reg.progress() * 100));
        }
    });
    reg.prepareGenerated(defaultTrainingCameraIndexPath());
    if (reg.busy())
        loop.exec();
    if (!reg.ready())
        return fail(reg.status(), "--prepare-training-cameras");
    std::printf("training camera register: %lld cameras in %s\n", static_cast<long long>(reg.count()),
        qPrintable(reg.path()));
    return 0;
}

} // namespace

int runCameraCommand(const AppOptions &options)
{
    if (options.prepareTrainingCameras)
        return prepareTrainingCameras();
    QElapsedTimer timer;
    timer.start();
    const QString csv = options.importCamerasPath;
    const auto datum
        = maps::CameraRegisterCsv::datumFromName(options.crs).value_or(maps::CameraRegisterCsv::Datum::Wgs84);
    // Progress every tenth of the file: a province's register takes a while.
    int shown = -1;
    const auto readProgress = [&](qint64 lines, double share) {
        if (int(share * 10) == shown)
            return;
        shown = int(share * 10);
        std::fprintf(stderr, "watchfloor: reading %s: %lld lines (%d%%)\n",
            qPrintable(QFileInfo(csv).fileName()), static_cast<long long>(lines), int(share * 100));
    };
    maps::CameraRegisterCsv::Stats stats;
    QString error;
    const auto reg = maps::CameraRegisterCsv::read(csv, datum, &error, &stats, readProgress);
    if (!reg)
        return fail(QStringLiteral("%1: %2").arg(csv, error));
    // Written under a temporary name and renamed at the end: a failure leaves no file, and a
    // running workstation never opens half an index.
    const QString out = options.outPath;
    QDir().mkpath(QFileInfo(out).absolutePath());
    const QString partial = out + QStringLiteral(".part");
    shown = -1;
    const auto buildProgress = [&](double share) {
        if (int(share * 10) != shown) {
            shown = int(share * 10);
            std::fprintf(stderr, "watchfloor: indexing %lld cameras: %d%%\n",
                static_cast<long long>(stats.cameras), int(share * 100));
        }
        return true;
    };
    const QString source
        = QStringLiteral("imported from %1 on %2")
              .arg(QFileInfo(csv).fileName(), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!maps::CameraIndexBuilder::build(partial, reg->cameras, &error, buildProgress, reg->entries, source))
        return fail(QStringLiteral("cannot write %1: %2").arg(out, error));
    QFile::remove(out);
    if (!QFile::rename(partial, out)) {
        QFile::remove(partial);
        return fail(QStringLiteral("cannot write %1").arg(out));
    }
    std::printf("imported %lld cameras (%lld converted from GCJ-02 to WGS-84) from %s into %s in %.1f s\n",
        static_cast<long long>(stats.cameras), static_cast<long long>(stats.converted), qPrintable(csv),
        qPrintable(out), double(timer.elapsed()) / 1000);
    return 0;
}

} // namespace wf
