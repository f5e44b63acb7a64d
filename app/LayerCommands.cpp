#include "LayerCommands.h"

#include "CordonFile.h"
#include "JournalPlayback.h"
#include "LayerFile.h"
#include "LayerWriter.h"
#include "WorldState.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace wf {

int checkLayer(const QString &path)
{
    QString error;
    const auto layer = maps::LayerFile::read(path, &error);
    QJsonObject out { { QStringLiteral("file"), path } };
    if (!layer)
        out.insert(QStringLiteral("error"), error);
    else {
        out.insert(QStringLiteral("features"), int(layer->features.size()));
        out.insert(QStringLiteral("other_features"), layer->otherFeatures);
        out.insert(QStringLiteral("area_km2"), layer->areaKm2());
        out.insert(QStringLiteral("crs"), layer->crs);
        out.insert(QStringLiteral("gcj02"), layer->gcj02);
    }
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return layer ? 0 : 1;
}

int exportCordons(const QString &journal, const QString &out)
{
    auto fail = [](const QString &message) {
        std::fprintf(stderr, "watchfloor: %s\n", qPrintable(message));
        return 1;
    };
    // What can be refused without reading the journal is refused first.
    if (!maps::LayerWriter::formatOf(out))
        return fail(QStringLiteral("%1: unknown file type \"%2\": name it .geojson or .kml")
                .arg(out, QFileInfo(out).suffix()));
    if (QFileInfo::exists(out) || QFileInfo(out).isSymLink())
        return fail(QStringLiteral("%1: the file exists; it is not overwritten").arg(out));
    WorldState world;
    JournalPlayback playback(&world);
    QString error;
    if (!playback.open(journal, &error))
        return fail(error);
    // The cordons at the end depend on every event before it: a damaged file or an event this
    // version cannot read (a newer one's, or a broken row) could hide a lift.
    if (!playback.reader().verify(&error))
        return fail(error);
    playback.seek(playback.endMs());
    if (const qint64 bad = playback.reader().undecodable(); bad > 0)
        return fail(QStringLiteral("%1: %2 events cannot be read; the cordons at its end are not certain, "
                                   "nothing was written")
                .arg(journal)
                .arg(bad));
    const auto &cordons = world.cordons()->rows();
    if (!CordonFile::write(out, cordons, &error))
        return fail(error);
    const QJsonObject summary { { QStringLiteral("journal"), journal }, { QStringLiteral("file"), out },
        { QStringLiteral("cordons"), int(cordons.size()) } };
    std::printf("%s\n", QJsonDocument(summary).toJson(QJsonDocument::Compact).constData());
    return 0;
}

} // namespace wf
