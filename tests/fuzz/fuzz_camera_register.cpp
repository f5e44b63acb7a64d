// A site's camera register CSV on any bytes: cameras or an error in words that names the line,
// never a crash. What it accepts has unique ids, names, streams and valid positions.
#include "CameraRegisterCsv.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QSet>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer in(&bytes);
    in.open(QIODevice::ReadOnly);
    QString error;
    const auto reg = wf::maps::CameraRegisterCsv::parse(
        in, bytes.size(), wf::maps::CameraRegisterCsv::Datum::Gcj02, &error);
    if (!reg) {
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    if (reg->cameras.size() != reg->entries.size() || reg->cameras.isEmpty())
        std::abort();
    QSet<QString> ids;
    for (qsizetype i = 0; i < reg->cameras.size(); ++i) {
        const auto &c = reg->cameras[i];
        const auto &e = reg->entries[i];
        if (e.id.isEmpty() || e.name.isEmpty() || e.mainUrl.isEmpty() || ids.contains(e.id)
            || !(c.lat >= -90 && c.lat <= 90) || !(c.lon >= -180 && c.lon <= 180)
            || !(c.fov >= 1 && c.fov <= 360))
            std::abort();
        ids.insert(e.id);
    }
    return 0;
}
