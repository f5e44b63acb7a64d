// What --prepare-offline and the offline-area dialog take as a region, on any text: a box of
// the real base map's and place directory's names, or "W,S,E,N", or an error in words. A box
// that comes back is a valid one.
#include "BaseMap.h"
#include "OfflineArea.h"
#include "PlaceDirectory.h"

#include <QCoreApplication>
#include <cstdlib>

namespace {
wf::maps::BaseMap *baseMap = nullptr;
wf::maps::PlaceDirectory *places = nullptr;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    static wf::maps::BaseMap map;
    static wf::maps::PlaceDirectory directory;
    QString error;
    if (!map.loadFolder(QStringLiteral(":/watchfloor/basemap"), &error)
        || !directory.loadFile(QStringLiteral(":/watchfloor/basemap/places.json"), &error)) {
        qFatal("fuzz_offline_region: %s", qPrintable(error));
    }
    baseMap = &map;
    places = &directory;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto box = wf::maps::resolveRegion(text, *baseMap, places, &error);
    if (!box) {
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    if (!box->isValid())
        std::abort();
    // The area a valid box makes at one zoom level is known before anything is fetched.
    const wf::maps::OfflineArea area { *box, 10, 10 };
    if (area.tileCount() < 1)
        std::abort();
    return 0;
}
