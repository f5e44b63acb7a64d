// The --cameras file parser on any bytes: cameras or an error in words, never a crash. What it
// accepts has ids, names and valid positions, and usable recording addresses.
#include "CameraFile.h"
#include "RecordingAddress.h"

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
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    QHash<QString, QString> recordings;
    const auto cameras = wf::wall::parseCameraJson(json, &error, &recordings);
    if (!cameras) {
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    QSet<QString> ids;
    for (const auto &c : *cameras) {
        if (c.cameraId.isEmpty() || c.name.isEmpty() || c.mainUrl.isEmpty() || ids.contains(c.cameraId)
            || !(c.position.lat >= -90 && c.position.lat <= 90)
            || !(c.position.lon >= -180 && c.position.lon <= 180))
            std::abort();
        ids.insert(c.cameraId);
    }
    // Every recording address accepted belongs to a camera and is usable.
    for (auto it = recordings.cbegin(); it != recordings.cend(); ++it) {
        if (!ids.contains(it.key()) || !wf::wall::RecordingAddress::problem(it.value()).isEmpty())
            std::abort();
    }
    return 0;
}
