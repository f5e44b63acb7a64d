#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>

namespace wf::maps {

// Groups map symbols that would cover each other into clusters, at any zoom, so that no two
// drawn symbols overlap by more than a quarter of the smaller one (bounding squares). Each point
// has a style (a unit's status) and a priority (how urgent that status is): groups are seeded
// from the most urgent points first, so a cluster sits where its most urgent member is and says
// which style that is, and counts its members by style. An en-route or on-scene unit is never
// hidden inside a cluster of available ones: the cluster takes its colour.
//
// Positions are world pixels at the zoom being drawn; clustering again at each zoom (not only at
// whole levels) lets the clusters come apart gradually as the map zooms in. Plain geometry:
// nothing here knows what a unit is.
class UnitClusterer
{
public:
    struct Point
    {
        QPointF pixel; // world pixels at the zoom being drawn
        int style = 0; // 0 .. styleCount - 1
        int priority = 0; // higher is more urgent
        int source = -1; // the caller's index
    };

    struct Group
    {
        QPointF pixel; // where it is drawn: its most urgent member's position
        int source = -1; // that member's source index
        int topStyle = 0; // that member's style
        int topPriority = 0;
        int count = 0;
        QList<int> styleCounts; // members by style
        double size = 0; // drawn diameter in pixels
        QRectF rect() const { return { pixel.x() - size / 2, pixel.y() - size / 2, size, size }; }
    };

    static constexpr double kMaxOverlap = 0.25;

    // The diameter of a cluster of count members (count >= 2), in pixels: a disc growing slowly
    // with the count, with room for its number.
    static double clusterSize(int count);
    // The intersection of two squares as a share of the smaller one's area (0 .. 1).
    static double overlapShare(const QRectF &a, const QRectF &b);

    // singleSize: the diameter of a lone symbol in pixels. Groups come most urgent first.
    static QList<Group> cluster(const QList<Point> &points, int styleCount, double singleSize);
};

} // namespace wf::maps
