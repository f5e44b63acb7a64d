#pragma once

#include "BaseMap.h"
#include "Geodesy.h"
#include "RoadClass.h"

#include <QHash>
#include <QImage>
#include <QMutex>
#include <QRectF>
#include <memory>
#include <vector>

class QPainter;

namespace wf::maps {

class RoadGraph;

// Draws the base map into 256 px raster tiles, and the roads of a road graph over it when given
// one: by class, wider and more of them the closer the zoom (expressways from zoom 8, urban
// rings from 9, arterials from 11, county roads from 12, village streets from 14). Thread-safe:
// tiles render on worker threads.
class TileRenderer
{
public:
    enum class Language { Chinese, English };

    TileRenderer(const BaseMap &map, Language language, std::shared_ptr<const RoadGraph> roads = {});
    ~TileRenderer();

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

    // The roads' classes below street level, with their lines in normalised Mercator: a tile at
    // zoom 8 covers too many grid cells of the graph to look them up.
    struct MajorRoad
    {
        RoadClass cls;
        QPolygonF line;
        QRectF bounds;
    };

    const QList<PlacedLabel> &labelsFor(int zoom) const;
    void drawRoads(QPainter &p, TileId tile, const QRectF &tileNorm) const;

    Language m_language;
    QList<Shape> m_shapes;
    QList<Label> m_labels;
    mutable QMutex m_labelMutex;
    mutable QHash<int, QList<PlacedLabel>> m_placedLabels;
    std::shared_ptr<const RoadGraph> m_roads;
    std::vector<MajorRoad> m_majorRoads;
};

} // namespace wf::maps
