#pragma once

#include "Geodesy.h"

#include <QList>
#include <QString>
#include <optional>

namespace wf::maps {

// Named places for search (places.json: cities, stations, airports, sites), WGS-84.
class PlaceDirectory
{
public:
    struct Place
    {
        QString kind;
        QString nameZh;
        QString nameEn;
        LatLon position;
    };

    bool loadJson(const QByteArray &json, QString *error);
    bool loadFile(const QString &path, QString *error);
    const QList<Place> &places() const { return m_places; }
    // Exact name (zh or en, case-insensitive) first, then a prefix, then a substring.
    std::optional<Place> find(const QString &text) const;

private:
    QList<Place> m_places;
};

} // namespace wf::maps
