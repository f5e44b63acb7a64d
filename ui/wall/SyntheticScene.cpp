#include "SyntheticScene.h"

#include "FigurePainter.h"
#include "RoadScenePainter.h"
#include "SceneHash.h"
#include "ScenePainter.h"

#include <QDateTime>
#include <QFont>
#include <QPainter>
#include <QTimeZone>
#include <algorithm>
#include <cmath>
#include <mutex>

namespace wf::wall {

namespace {

constexpr double kPlateReadableM = 45; // a plate reader's reach

void drawOsdText(QPainter &p, const QRect &box, int flags, const QString &text)
{
    p.setPen(QColor(0, 0, 0, 200));
    p.drawText(box.translated(1, 1), flags, text);
    p.setPen(Qt::white);
    p.drawText(box, flags, text);
}

} // namespace

struct SyntheticScene::Background
{
    std::mutex mutex;
    int bucket = -1;
    QImage image;
};

SyntheticScene::SyntheticScene(QString cameraId, QString cameraName, SceneKind kind, double fovDeg)
    : m_id(std::move(cameraId))
    , m_name(std::move(cameraName))
    , m_kind(kind)
    , m_painter(ScenePainter::make(kind, sceneHash(m_id), fovDeg))
    , m_background(std::make_shared<Background>())
{ }

const maps::CameraLens &SyntheticScene::lens() const
{
    return m_painter->lens();
}

QString SyntheticScene::plateFor(quint64 seed)
{
    return RoadScenePainter::plateFor(seed);
}

std::vector<SceneFigure> SyntheticScene::figuresAt(const Moment &moment) const
{
    std::vector<SceneFigure> figures;
    figures.reserve(64 + moment.actors.size());
    m_painter->addExtras(moment.ms, figures);
    // The world's actors are placed in the world's metres; the picture draws them on its lens's
    // stage (the extras already stand on it).
    const maps::CameraLens &lens = m_painter->lens();
    for (SceneFigure f : moment.actors) {
        const QPointF staged = lens.onStage(f.aheadM, f.rightM);
        f.aheadM = staged.x();
        f.rightM = staged.y();
        figures.push_back(std::move(f));
    }
    // Far first, so that near ones cover them; ties broken by position, so the order (and the
    // picture) does not depend on the order figures were given in.
    std::sort(figures.begin(), figures.end(), [](const SceneFigure &a, const SceneFigure &b) {
        if (a.aheadM != b.aheadM)
            return a.aheadM > b.aheadM;
        if (a.rightM != b.rightM)
            return a.rightM < b.rightM;
        return a.seed < b.seed;
    });
    return figures;
}

QString SyntheticScene::plateIn(const std::vector<SceneFigure> &figures) const
{
    // The nearest approaching vehicle in the reader's zone; a vehicle of the world before the
    // passing extras, since it is the one the checkpoint's plate reads (the world's events)
    // report.
    const double nearest = m_painter->lens().nearestAheadM() * 0.7;
    const SceneFigure *best = nullptr;
    for (const auto &f : figures) {
        const bool towards = std::abs(f.relativeHeadingDeg) > 90;
        if (!f.isVehicle() || !towards || f.plate.isEmpty() || f.aheadM < nearest
            || f.aheadM > kPlateReadableM || std::abs(f.rightM) >= 0.5 * f.aheadM)
            continue;
        if (!best || (f.fromWorld && !best->fromWorld)
            || (f.fromWorld == best->fromWorld && f.aheadM < best->aheadM))
            best = &f;
    }
    return best ? best->plate : QString();
}

void SyntheticScene::render(const Moment &moment, QImage &target) const
{
    render(moment, target, QSize(kWidth, kHeight));
}

QSize SyntheticScene::pictureSizeFor(QSize target)
{
    // As the wall's receiver scales a network camera's pictures: only when it saves a good part.
    const int w = target.width();
    const int h = target.height();
    if (w <= 0 || h <= 0 || (w * 10 >= kWidth * 9 && h * 10 >= kHeight * 9))
        return { kWidth, kHeight };
    const double f = std::clamp(std::min(double(w) / kWidth, double(h) / kHeight), 0.25, 1.0);
    return { std::max(176, int(std::lround(kWidth * f)) & ~1),
        std::max(144, int(std::lround(kHeight * f)) & ~1) };
}

void SyntheticScene::render(const Moment &moment, QImage &target, QSize size) const
{
    const QSize full(kWidth, kHeight);
    if (!size.isValid() || size.width() > kWidth || size.height() > kHeight)
        size = full;
    // The light changes by the quarter hour, so the background drawn for a quarter hour is the
    // one any moment of it would draw: the picture stays a pure function of its moment.
    SceneConditions light = SceneConditions::at(moment.ms, moment.weather, kUtcOffsetSeconds);
    light.hour = std::floor(light.hour * 4) / 4;
    {
        // The static picture, drawn again only when the light or the weather changes.
        std::lock_guard lock(m_background->mutex);
        if (m_background->bucket != light.bucket() || m_background->image.size() != size
            || !m_cacheBackground) {
            QImage img(full, QImage::Format_RGB32);
            QPainter p(&img);
            p.setRenderHint(QPainter::Antialiasing);
            m_painter->paintBackground(p, light);
            p.end();
            // Drawn at full size and filtered down once per quarter hour: thin lines and
            // far windows stay visible instead of dropping out between pixels.
            m_background->image
                = size == full ? img : img.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
            m_background->bucket = light.bucket();
        }
        target = m_background->image; // shares until painted, then one copy
    }
    QPainter p(&target);
    p.setRenderHint(QPainter::Antialiasing, false); // cheaper, and the picture is a camera's anyway
    if (size != full) // the picture's own coordinates (704x576) from here on
        p.scale(double(size.width()) / kWidth, double(size.height()) / kHeight);
    const auto figures = figuresAt(moment);
    for (const auto &f : figures)
        FigurePainter::paint(p, m_painter->lens(), light, f, moment.ms);
    light.paintPrecipitation(p, moment.ms, kWidth, kHeight);

    // The on-screen display, as burnt in by a real camera.
    QFont f = p.font();
    f.setPixelSize(22);
    f.setBold(true);
    p.setFont(f);
    // The centre's clock (UTC+8), as the lists and the map show the world's time.
    const QDateTime when
        = QDateTime::fromMSecsSinceEpoch(moment.ms, QTimeZone::fromSecondsAheadOfUtc(kUtcOffsetSeconds));
    drawOsdText(p, QRect(14, 10, kWidth - 28, 30), Qt::AlignLeft | Qt::AlignVCenter, m_name);
    drawOsdText(p, QRect(14, 40, kWidth - 28, 30), Qt::AlignLeft | Qt::AlignVCenter,
        when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    f.setPixelSize(16);
    p.setFont(f);
    drawOsdText(p, QRect(14, kHeight - 34, 300, 24), Qt::AlignLeft | Qt::AlignVCenter,
        QStringLiteral("%1  SIM").arg(m_id));
    const QString plate = plateIn(figures);
    if (!plate.isEmpty()) {
        const QRect box(kWidth - 214, kHeight - 44, 200, 34);
        p.fillRect(box, QColor(0, 0, 0, 150));
        f.setPixelSize(20);
        p.setFont(f);
        drawOsdText(p, box, Qt::AlignCenter, plate);
    }
}

QImage SyntheticScene::render(const Moment &moment) const
{
    QImage img;
    render(moment, img);
    return img;
}

void SyntheticScene::render(qint64 ms, QImage &target) const
{
    render(Moment { ms, GroundTruth::Weather::Clear, {} }, target);
}

QImage SyntheticScene::render(qint64 ms) const
{
    QImage img;
    render(ms, img);
    return img;
}

std::optional<SceneFigure> SyntheticScene::figureAt(const Moment &moment, QPointF point) const
{
    // Figures are drawn far first: the nearest one under the point is the one seen there, and a
    // passer-by in front of a suspect hides it. A figure of the world far away may be small; its
    // box grows to a finger's width so it can be clicked.
    const auto figures = figuresAt(moment);
    for (auto f = figures.rbegin(); f != figures.rend(); ++f) {
        QRectF box = FigurePainter::bounds(m_painter->lens(), *f);
        if (box.isNull())
            continue;
        if (f->fromWorld && !f->actorId.isEmpty()) {
            const double growX = std::max(0.0, (16 - box.width()) / 2);
            const double growY = std::max(0.0, (16 - box.height()) / 2);
            box.adjust(-growX, -growY, growX, growY);
        }
        if (box.contains(point))
            return *f;
    }
    return std::nullopt;
}

QString SyntheticScene::actorAt(const Moment &moment, QPointF point) const
{
    const auto f = figureAt(moment, point);
    if (!f)
        return {};
    return f->fromWorld ? f->actorId : SightingMarked::passerBy();
}

QPointF SyntheticScene::standingPointAt(const Moment &moment, QPointF point) const
{
    // Someone clicked on is where their feet are, not where the ground behind their head is.
    const auto f = figureAt(moment, point);
    return f ? m_painter->lens().ground(f->aheadM, f->rightM) : point;
}

QString SyntheticScene::plateInView(const Moment &moment) const
{
    return plateIn(figuresAt(moment));
}

QString SyntheticScene::plateInView(qint64 ms) const
{
    return plateInView(Moment { ms, GroundTruth::Weather::Clear, {} });
}

} // namespace wf::wall
