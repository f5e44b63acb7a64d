#pragma once

#include "PlaceDirectory.h"

#include <QObject>
#include <QVariantMap>
#include <QtQmlIntegration>

namespace wf {

// Place-name search for the map's search box (places.json compiled into the app).
class MapSearch : public QObject
{
    Q_OBJECT
    QML_ELEMENT
public:
    explicit MapSearch(QObject *parent = nullptr);
    // {found, name, latitude, longitude, kind}: a place of the base map by name, or coordinates
    // typed as "latitude, longitude" (kind "coordinates"); found is false when nothing matches.
    Q_INVOKABLE QVariantMap findPlace(const QString &text) const;

private:
    maps::PlaceDirectory m_places;
};

} // namespace wf
