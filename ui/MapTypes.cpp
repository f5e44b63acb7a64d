#include "MapTypes.h"

#include <QLocale>

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
