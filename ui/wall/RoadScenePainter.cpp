#include "RoadScenePainter.h"

#include "SceneHash.h"

#include <QPainter>
#include <cmath>

namespace wf::wall {

namespace {

constexpr int kHorizon = 190;
constexpr double kCrossingNear = 40; // the junction's crossing road, metres ahead
constexpr double kCrossingFar = 54;
constexpr double kCanopyAhead = 30; // a checkpoint's canopy
// The world's vehicles and officers are drawn within this depth (CameraLens's stage): a car
// 400 m up the road is still a car, and one within a few dozen metres is as near as it is.
constexpr double kStageM = 150;

} // namespace

RoadScenePainter::RoadScenePainter(SceneKind kind, quint64 cameraSeed, double fovDeg)
    : ScenePainter(kind, cameraSeed, maps::CameraLens::forLens(fovDeg, 6, kHorizon, kStageM))
{
    switch (kind) {
    case SceneKind::Expressway:
        m_lanes = 3;
        m_laneWidth = 3.75;
        m_speedMps = 27;
        m_farM = 240;
        m_slotMs = 900;
        m_percentBusy = 45;
        break;
    case SceneKind::CheckpointLane:
        m_lanes = 2;
        m_laneWidth = 3.5;
        m_speedMps = 8; // slowing for the checkpoint
        m_farM = 150;
        m_slotMs = 1600;
        break;
    case SceneKind::VillageRoad:
        m_lanes = 1;
        m_laneWidth = 3.2;
        m_speedMps = 9;
        m_farM = 150;
        m_slotMs = 2200;
        m_percentBusy = 35;
        break;
    default:
        break;
    }
}

QString RoadScenePainter::plateFor(quint64 seed)
{
    // Most plates are Wuhan's (鄂A); some come from elsewhere in Hubei. Letters leave out I
    // and O, as real Chinese plates do.
    static constexpr char alphabet[] = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static constexpr char regions[] = "AAAAAAAABCEFGHJKLMN";
    quint64 h = sceneMix(seed);
    QString plate = QStringLiteral("鄂");
    plate += QChar(regions[h % (sizeof(regions) - 1)]);
    plate += QChar(u'·');
    h = sceneMix(h);
    for (int i = 0; i < 5; ++i) {
        // Mostly digits, as most plates are; one letter somewhere in the first three places.
        const bool letter = i < 3 && (h >> (8 * i)) % 4 == 0;
        const quint64 v = (h >> (8 * i + 2)) & 0xff;
        plate += QChar(letter ? alphabet[10 + v % 24] : alphabet[v % 10]);
    }
    return plate;
}

RoadScenePainter::Lane RoadScenePainter::lane(int i) const
{
    // Lanes 0..m_lanes-1 come towards the camera (left of centre), the rest drive away.
    const bool towards = i < m_lanes;
    const int k = towards ? m_lanes - 1 - i : i - m_lanes;
    const double gap = m_kind == SceneKind::Expressway ? 1.0 : 0.0; // the central barrier
    const double right = (k + 0.5) * m_laneWidth + gap;
    return { towards ? -right : right, towards };
}

SceneFigure::Kind RoadScenePainter::vehicleKind(quint64 h) const
{
    const int k = int((h >> 20) % 20);
    switch (m_kind) {
    case SceneKind::Expressway:
        return k < 12 ? SceneFigure::Kind::Car : (k < 18 ? SceneFigure::Kind::Van : SceneFigure::Kind::Bus);
    case SceneKind::VillageRoad:
        return k < 9 ? SceneFigure::Kind::EBike : (k < 16 ? SceneFigure::Kind::Car : SceneFigure::Kind::Van);
    default:
        return k < 11 ? SceneFigure::Kind::Car
            : k < 15  ? SceneFigure::Kind::Taxi
            : k < 16  ? SceneFigure::Kind::Bus
            : k < 18  ? SceneFigure::Kind::Van
                      : SceneFigure::Kind::EBike;
    }
}

void RoadScenePainter::addExtras(qint64 ms, std::vector<SceneFigure> &out) const
{
    const double nearM = m_lens.nearestAheadM() * 0.6;
    const double span = m_farM - nearM;
    for (int i = 0; i < 2 * m_lanes; ++i) {
        const Lane l = lane(i);
        // The inner lanes are faster, as on a real road.
        const double speed = m_speedMps * (1.0 - 0.12 * std::abs(l.rightM) / (m_lanes * m_laneWidth));
        const auto travel = qint64(span / speed * 1000);
        const qint64 last = ms / m_slotMs;
        for (qint64 slot = (ms - travel) / m_slotMs - 1; slot <= last; ++slot) {
            const quint64 h = sceneMix(m_seed ^ sceneMix(quint64(slot) * 8 + quint64(i)));
            if (int(h % 100) >= m_percentBusy)
                continue;
            const qint64 start = slot * m_slotMs + qint64((h >> 8) % 400);
            if (ms < start || ms >= start + travel)
                continue;
            const double progress = double(ms - start) / double(travel);
            SceneFigure f;
            f.kind = vehicleKind(h);
            f.aheadM = l.towards ? m_farM - progress * span : nearM + progress * span;
            f.rightM = l.rightM + (f.kind == SceneFigure::Kind::EBike ? (l.towards ? -1.0 : 1.0) : 0.0);
            f.relativeHeadingDeg = l.towards ? 180 : 0;
            f.seed = h;
            if (f.kind != SceneFigure::Kind::EBike)
                f.plate = plateFor(h);
            out.push_back(f);
        }
    }
    if (m_kind == SceneKind::UrbanIntersection) {
        // Traffic on the crossing road, left to right on the near side, right to left beyond.
        const qint64 slotMs = 2100;
        const double width = 70; // metres of crossing road in view
        const auto travel = qint64(width / 10 * 1000);
        for (int dir = 0; dir < 2; ++dir) {
            for (qint64 slot = (ms - travel) / slotMs - 1; slot <= ms / slotMs; ++slot) {
                const quint64 h = sceneMix(m_seed ^ sceneMix(quint64(slot) * 8 + 6 + quint64(dir)));
                if (h % 100 >= 40)
                    continue;
                const qint64 start = slot * slotMs + qint64((h >> 8) % 500);
                if (ms < start || ms >= start + travel)
                    continue;
                const double x = -width / 2 + double(ms - start) / double(travel) * width;
                SceneFigure f;
                f.kind = vehicleKind(h);
                f.aheadM = dir == 0 ? kCrossingNear + 3 : kCrossingFar - 3;
                f.rightM = dir == 0 ? x : -x;
                f.relativeHeadingDeg = dir == 0 ? 90 : -90;
                f.seed = h;
                out.push_back(f);
            }
        }
        // People on the pavements.
        for (int side = 0; side < 2; ++side) {
            for (int k = 0; k < 6; ++k) {
                const quint64 h = sceneMix(m_seed + quint64(side * 16 + k));
                const double period = 60'000;
                const double phase = std::fmod(double(ms) + double(h % 60'000), period) / period;
                const double edge = m_lanes * m_laneWidth + 2.2 + double((h >> 12) % 10) / 10;
                SceneFigure f;
                f.kind = SceneFigure::Kind::Pedestrian;
                f.aheadM = 8 + phase * 60;
                if ((h >> 30) % 2)
                    f.aheadM = 68 - phase * 60;
                f.rightM = side == 0 ? -edge : edge;
                f.seed = h;
                f.stepPhase = std::fmod(double(ms) / 700.0 + double(h % 100) / 100, 1.0);
                out.push_back(f);
            }
        }
    }
}

void RoadScenePainter::paintBuildings(QPainter &p, const SceneConditions &light) const
{
    // A skyline that differs per camera so that tiles are told apart at a glance.
    quint64 h = m_seed;
    const bool lit = light.night();
    for (int x = 0; x < maps::CameraLens::kWidth;) {
        h = sceneMix(h);
        const int w = 30 + int(h % 60);
        const int height
            = m_kind == SceneKind::VillageRoad ? 8 + int((h >> 8) % 20) : 30 + int((h >> 8) % 120);
        const int grey = 0x70 + int((h >> 16) % 0x40);
        p.fillRect(x, kHorizon - height, w, height, light.shade(QColor(grey, grey + 4, grey + 10), 400));
        for (int wy = kHorizon - height + 6; wy < kHorizon - 6; wy += 10) {
            for (int wx = x + 4; wx < x + w - 6; wx += 9) {
                const bool on = lit && (sceneMix(h + quint64(wx * 131 + wy)) % 3 == 0);
                p.fillRect(wx, wy, 4, 5,
                    on ? QColor(0xe8c878) : light.shade(QColor(grey - 25, grey - 20, grey - 10), 400));
            }
        }
        x += w + int((h >> 24) % 12);
    }
}

void RoadScenePainter::paintBackground(QPainter &p, const SceneConditions &light) const
{
    paintSky(p, light);
    const bool rural = m_kind == SceneKind::VillageRoad || m_kind == SceneKind::Expressway;
    if (m_kind == SceneKind::VillageRoad) {
        // Low hills and the village's houses.
        p.setPen(Qt::NoPen);
        p.setBrush(light.shade(QColor(0x5f7a58), 800));
        p.drawEllipse(QPointF(180, kHorizon + 10), 260, 40);
        p.drawEllipse(QPointF(560, kHorizon + 14), 220, 34);
    }
    if (m_kind != SceneKind::Expressway)
        paintBuildings(p, light);
    const QColor verge = rural ? QColor(0x5b7a3a) : QColor(0x8a8a84);
    p.fillRect(
        0, kHorizon, maps::CameraLens::kWidth, maps::CameraLens::kHeight - kHorizon, light.shade(verge));

    const double half = m_lanes * m_laneWidth + (m_kind == SceneKind::Expressway ? 1.0 : 0.0);
    const double nearD = m_lens.nearestAheadM() * 0.9;
    const double farD = m_farM * 4;
    const auto strip = [&](double left, double right, double a, double b, const QColor &c) {
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawPolygon(QPolygonF { m_lens.ground(b, left), m_lens.ground(b, right), m_lens.ground(a, right),
            m_lens.ground(a, left) });
    };
    if (!rural) {
        strip(-half - 4, half + 4, nearD, farD, light.shade(QColor(0x9a9a92))); // pavements
        // Facades on both sides of the street.
        quint64 h = m_seed * 3;
        for (double a = 10; a < 140;) {
            h = sceneMix(h);
            const double len = 10 + double(h % 14);
            const double up = 9 + double((h >> 8) % 20);
            const int g = 0x80 + int((h >> 16) % 0x50);
            for (double side : { -1.0, 1.0 })
                paintWall(p, side * (half + 4), a, a + len, up, light.shade(QColor(g, g - 6, g - 14), a));
            a += len + 1;
        }
    }
    const bool wet = light.raining();
    QColor asphalt = m_kind == SceneKind::VillageRoad ? QColor(0x5a5850) : QColor(0x3b3d40);
    if (wet)
        asphalt = asphalt.darker(130);
    strip(-half, half, nearD, farD, light.shade(asphalt));

    // Markings.
    p.setPen(QPen(light.shade(QColor(0xd8c040)), 3));
    if (m_kind == SceneKind::Expressway) {
        strip(-1.0, 1.0, nearD, farD, light.shade(QColor(0xb8b8b0))); // the central barrier
    } else {
        p.drawLine(m_lens.ground(farD, -0.1), m_lens.ground(nearD, -0.1));
        p.drawLine(m_lens.ground(farD, 0.1), m_lens.ground(nearD, 0.1));
    }
    p.setPen(QPen(light.shade(QColor(0xe0e0e0)), 2));
    for (int i = 1; i < m_lanes; ++i) {
        for (double side : { -1.0, 1.0 }) {
            const double x = side * (i * m_laneWidth + (m_kind == SceneKind::Expressway ? 1.0 : 0.0));
            for (double d = nearD; d < farD; d += 15)
                p.drawLine(m_lens.ground(d, x), m_lens.ground(d + 6, x));
        }
    }

    if (m_kind == SceneKind::UrbanIntersection) {
        // The crossing road, and zebra crossings before it.
        strip(-200, 200, kCrossingNear, kCrossingFar, light.shade(asphalt));
        p.setPen(Qt::NoPen);
        for (double x = -half; x < half; x += 1.2)
            strip(x, x + 0.6, kCrossingNear - 4, kCrossingNear - 0.5, light.shade(QColor(0xe8e8e8)));
        // A traffic light on its pole at the far left corner.
        const QPointF foot = m_lens.ground(kCrossingNear, -half - 1.5);
        const QPointF top = m_lens.at(kCrossingNear, -half - 1.5, 5.5);
        p.setPen(QPen(light.shade(QColor(0x505458)), 3));
        p.drawLine(foot, top);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x202020));
        p.drawRect(QRectF(top.x() - 5, top.y(), 10, 26));
        p.setBrush(QColor((m_seed % 2) ? 0x30e060 : 0xe03030));
        p.drawEllipse(QPointF(top.x(), top.y() + ((m_seed % 2) ? 20 : 6)), 3.5, 3.5);
    } else if (m_kind == SceneKind::CheckpointLane) {
        // The canopy over the lanes with its sign, and the booth.
        const QPointF l = m_lens.at(kCanopyAhead, -half - 1, 6.5);
        const QPointF r = m_lens.at(kCanopyAhead, half + 1, 6.5);
        const QPointF lg = m_lens.ground(kCanopyAhead, -half - 1);
        const QPointF rg = m_lens.ground(kCanopyAhead, half + 1);
        const double ppm = m_lens.pixelsPerMetre(kCanopyAhead);
        p.setPen(QPen(light.shade(QColor(0x9098a0)), std::max(2.0, ppm * 0.4)));
        p.drawLine(lg, l);
        p.drawLine(rg, r);
        p.setPen(Qt::NoPen);
        p.setBrush(light.shade(QColor(0xd0d4d8)));
        p.drawRect(QRectF(l.x(), l.y() - ppm * 1.2, r.x() - l.x(), ppm * 1.2));
        p.setBrush(QColor(0xb01818));
        const QRectF sign(
            l.x() + (r.x() - l.x()) * 0.3, l.y() - ppm * 1.05, (r.x() - l.x()) * 0.4, ppm * 0.9);
        p.drawRect(sign);
        QFont f = p.font();
        f.setPixelSize(std::max(8, int(ppm * 0.7)));
        f.setBold(true);
        p.setFont(f);
        p.setPen(light.night() ? QColor(0xfff0f0) : QColor(0xffffff));
        p.drawText(sign, Qt::AlignCenter, QStringLiteral("公安检查站"));
        // Cones funnelling the lanes.
        p.setPen(Qt::NoPen);
        p.setBrush(light.shade(QColor(0xff6a10)));
        for (double d = 14; d < kCanopyAhead; d += 4) {
            const QPointF c = m_lens.ground(d, 0.0);
            const double s = m_lens.pixelsPerMetre(d);
            p.drawPolygon(QPolygonF { QPointF(c.x() - 0.2 * s, c.y()), QPointF(c.x() + 0.2 * s, c.y()),
                QPointF(c.x(), c.y() - 0.7 * s) });
        }
    } else if (m_kind == SceneKind::Expressway) {
        // A gantry sign across the carriageway.
        const double at = 90;
        const QPointF l = m_lens.at(at, -half - 1, 7);
        const QPointF r = m_lens.at(at, half + 1, 7);
        const double ppm = m_lens.pixelsPerMetre(at);
        p.setPen(QPen(light.shade(QColor(0x8a9096)), std::max(1.0, ppm * 0.3)));
        p.drawLine(m_lens.ground(at, -half - 1), l);
        p.drawLine(m_lens.ground(at, half + 1), r);
        p.setPen(Qt::NoPen);
        p.setBrush(light.shade(QColor(0x1f6b3a)));
        p.drawRect(
            QRectF(r.x() - (r.x() - l.x()) * 0.45, r.y() - ppm * 3, (r.x() - l.x()) * 0.45, ppm * 2.6));
    } else if (m_kind == SceneKind::VillageRoad) {
        // Trees along the road.
        quint64 h = m_seed * 5;
        for (double d = 12; d < 150; d += 9) {
            h = sceneMix(h);
            for (double side : { -1.0, 1.0 }) {
                const double x = side * (half + 2.5 + double(h % 20) / 10);
                const QPointF g = m_lens.ground(d, x);
                const double s = m_lens.pixelsPerMetre(d);
                p.setPen(Qt::NoPen);
                p.setBrush(light.shade(QColor(0x5a4630), d));
                p.drawRect(QRectF(g.x() - 0.15 * s, g.y() - 3 * s, 0.3 * s, 3 * s));
                p.setBrush(light.shade(QColor(0x3f6a34), d));
                p.drawEllipse(QPointF(g.x(), g.y() - 4 * s), 1.8 * s, 1.8 * s);
            }
        }
    }
    if (light.night() && m_kind != SceneKind::VillageRoad) {
        // Street lamps and the pools of light under them.
        for (double d = 15; d < 200; d *= 1.6) {
            for (double side : { -1.0, 1.0 }) {
                const QPointF lamp = m_lens.at(d, side * (half + 1), 8);
                const double s = m_lens.pixelsPerMetre(d);
                p.setPen(Qt::NoPen);
                p.setBrush(QColor(255, 214, 150, 50));
                p.drawEllipse(m_lens.ground(d, side * (half - 1)), 4 * s, 1.2 * s);
                p.setBrush(QColor(255, 226, 170));
                p.drawEllipse(lamp, std::max(1.5, 0.3 * s), std::max(1.5, 0.3 * s));
            }
        }
    }
}

} // namespace wf::wall
