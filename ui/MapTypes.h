#pragma once

// The map's QML types. The layers and the camera index live in maps/ (plain geometry, no core
// types); they are registered here, in the UI module, so maps/ stays a plain library.
#include "CameraClusterModel.h"
#include "MarkerLayer.h"
#include "PlaceDirectory.h"

#include <QObject>
#include <QVariantMap>
#include <QtQmlIntegration>

namespace wf {

struct MarkerLayerForeign
{
    Q_GADGET
    QML_FOREIGN(wf::maps::MarkerLayer)
    QML_NAMED_ELEMENT(MarkerLayer)
};

struct CameraClusterModelForeign
{
    Q_GADGET
    QML_FOREIGN(wf::maps::CameraClusterModel)
    QML_NAMED_ELEMENT(CameraClusterModel)
};

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
