#pragma once

#include "CameraLens.h"
#include "GroundTruth.h"
#include "SceneFigure.h"
#include "SceneKind.h"

#include <QImage>
#include <QPointF>
#include <QSize>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

namespace wf::wall {

class ScenePainter;

// What a simulated camera sees at a given moment: its kind of scene (a road with traffic and
// readable plates, a junction, a food street's crowd, a station's hall ...) in the light of the
// world's hour and weather, the world's own actors that stand in its view, and the on-screen
// display a real DVR burns in (camera name, id, the world's date and time). The picture is a
// pure function of (camera, kind, moment, the actors given) so that a training run, a
// screenshot and a test see the same vehicles at the same second. Copies share the background
// they cache; render() may be called from several threads at once.
class SyntheticScene
{
public:
    static constexpr int kWidth = 704;
    static constexpr int kHeight = 576;
    // The on-screen time is the dispatch centre's (Hubei: UTC+8), whatever the machine's zone.
    static constexpr int kUtcOffsetSeconds = 8 * 3600;

    // One moment of the world as this camera sees it.
    struct Moment
    {
        qint64 ms = 0; // the world's clock
        GroundTruth::Weather weather = GroundTruth::Weather::Clear;
        std::vector<SceneFigure> actors; // the world's actors in view, placed (SceneActor::figureFor)
    };

    SyntheticScene(QString cameraId, QString cameraName, SceneKind kind = SceneKind::UrbanIntersection,
        double fovDeg = 60);

    SceneKind kind() const { return m_kind; }
    // Off: the static background is painted again for every picture (the same picture, slower):
    // the benchmark's baseline for what the cache saves.
    void setBackgroundCached(bool cached) { m_cacheBackground = cached; }

    // Renders the moment into `target` (resized to 704x576 RGB32 if needed).
    void render(const Moment &moment, QImage &target) const;
    // The same picture drawn at `size` (from pictureSizeFor), as a camera's sub-stream shows it:
    // a small wall tile neither draws nor uploads pixels it cannot show.
    void render(const Moment &moment, QImage &target, QSize size) const;
    // The size to draw for a tile of `target` device pixels: 704x576 scaled down to fit it
    // (aspect kept, even sizes, at least 176x144), never up; the full size when the tile is
    // nearly as large or its size is unknown.
    static QSize pictureSizeFor(QSize target);
    QImage render(const Moment &moment) const;
    // A moment of clear weather with no actors of the world in view.
    void render(qint64 msSinceEpoch, QImage &target) const;
    QImage render(qint64 msSinceEpoch) const;

    // The plate of the approaching vehicle nearest to the camera, or "" when none is close
    // enough to read: what a plate-reading checkpoint would report (also shown in the OSD).
    QString plateInView(const Moment &moment) const;
    QString plateInView(qint64 msSinceEpoch) const;

    // The world's actor drawn at a point of the picture (in its 704x576 pixels) at this
    // moment, the nearest figure when several overlap; SightingMarked::passerBy() when it is
    // one of the picture's own crowd or traffic (a passer-by in front of a suspect hides it);
    // "" when the point is on nobody.
    QString actorAt(const Moment &moment, QPointF point) const;
    // Where on the ground a point of the picture stands: the feet of the figure drawn there, or
    // the point itself when it is on nobody. With lens().groundAt, the place a mark stands for.
    QPointF standingPointAt(const Moment &moment, QPointF point) const;
    // How the picture shows the ground (the world's actors on its stage).
    const maps::CameraLens &lens() const;

    // A plate like "鄂A·3K721", a pure function of its seed.
    static QString plateFor(quint64 seed);

private:
    struct Background; // cached per light and weather, shared by copies
    std::vector<SceneFigure> figuresAt(const Moment &moment) const;
    std::optional<SceneFigure> figureAt(const Moment &moment, QPointF point) const;
    QString plateIn(const std::vector<SceneFigure> &figures) const;

    QString m_id;
    QString m_name;
    SceneKind m_kind;
    std::shared_ptr<const ScenePainter> m_painter;
    std::shared_ptr<Background> m_background;
    bool m_cacheBackground = true;
};

} // namespace wf::wall
