#pragma once

#include "BaseMap.h"
#include "Geodesy.h"

#include <QHash>
#include <QImage>
#include <QMutex>
#include <QRectF>

namespace wf::maps {

// Draws the base map into 256 px raster tiles. Thread-safe: tiles render on worker threads.
class TileRenderer
{
public:
    enum class Language { Chinese, English };

    TileRenderer(const BaseMap &map, Language language);

    QImage render(TileId tile) const;
    Language language() const { return m_language; }

private:
    struct Shape
    {
        MapFeature::Level level;
        QList<QPolygonF> polygons; // Web Mercator, normalised to [0, 1] (world pixels at zoom 0 / 256)
        QList<QPolygonF> lines;
        QRectF bounds;
    };
    struct Label
    {
        QString text;
        QPointF anchor; // normalised Mercator
        MapFeature::Level level;
    };
    struct PlacedLabel
    {
        QString text;
        QRectF worldRect; // world pixels at the zoom it was placed for
        MapFeature::Level level;
    };

    const QList<PlacedLabel> &labelsFor(int zoom) const;

    Language m_language;
    QList<Shape> m_shapes;
    QList<Label> m_labels;
    mutable QMutex m_labelMutex;
    mutable QHash<int, QList<PlacedLabel>> m_placedLabels;
};

} // namespace wf::maps
