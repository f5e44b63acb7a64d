// The --settings file on any bytes: settings within their ranges, or an error naming the file.
#include "Settings.h"

#include <QCoreApplication>
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
    const auto s = wf::Settings::fromJson(json, QStringLiteral("fuzz.json"), &error);
    if (!s) {
        if (!error.startsWith(QStringLiteral("fuzz.json")))
            std::abort();
        return 0;
    }
    if (s->simUnits < 0 || s->simUnits > 100000 || !(s->incidentsPerHour >= 0)
        || s->incidentsPerHour > wf::Settings::kMaxIncidentsPerHour || s->map.cacheMaxMegabytes < 1
        || !(s->map.timeoutSeconds >= 1 && s->map.timeoutSeconds <= 120) || s->map.maxOfflineTiles < 1)
        std::abort();
    return 0;
}
