#include "MapSearch.h"

#include <QLocale>
#include <QRegularExpression>

namespace wf {

MapSearch::MapSearch(QObject *parent)
    : QObject(parent)
{
    QString error;
    if (!m_places.loadFile(QStringLiteral(":/watchfloor/basemap/places.json"), &error))
        qWarning("map search: no places: %s", qPrintable(error));
}

QVariantMap MapSearch::findPlace(const QString &text) const
{
    // Coordinates as a dispatcher reads them off a caller or a message: "30.5928, 114.3055"
    // (latitude first; a comma, a space or both between). Only WGS-84 numbers in range.
    static const QRegularExpression coordinates(
        QStringLiteral(R"(^\s*([-+]?\d{1,2}(?:\.\d+)?)\s*[,\s]\s*([-+]?\d{1,3}(?:\.\d+)?)\s*$)"));
    if (const auto m = coordinates.match(text); m.hasMatch()) {
        const double lat = m.captured(1).toDouble(), lon = m.captured(2).toDouble();
        if (lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)
            return { { QStringLiteral("found"), true },
                { QStringLiteral("name"), QStringLiteral("%1, %2").arg(lat, 0, 'f', 5).arg(lon, 0, 'f', 5) },
                { QStringLiteral("latitude"), lat }, { QStringLiteral("longitude"), lon },
                { QStringLiteral("kind"), QStringLiteral("coordinates") } };
    }
    const auto p = m_places.find(text);
    if (!p)
        return { { QStringLiteral("found"), false } };
    const bool chinese = QLocale().language() == QLocale::Chinese;
    return { { QStringLiteral("found"), true },
        { QStringLiteral("name"), chinese || p->nameEn.isEmpty() ? p->nameZh : p->nameEn },
        { QStringLiteral("latitude"), p->position.lat }, { QStringLiteral("longitude"), p->position.lon },
        { QStringLiteral("kind"), p->kind } };
}

} // namespace wf
