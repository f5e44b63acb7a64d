#include "LayerCommands.h"

#include "LayerFile.h"

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

} // namespace wf
