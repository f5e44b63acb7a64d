#include "CrowdScenePainter.h"

#include "SceneHash.h"

#include <QPainter>
#include <algorithm>
#include <cmath>

namespace wf::wall {

namespace {

constexpr double kNearM = 4; // where walkers leave the picture at the bottom
constexpr double kFarM = 70;
constexpr double kWalkMps = 1.3;

// A street's or a plaza's camera hangs on a facade or a pole above the crowd, looking down the
// street over the heads of the nearest (so a face in the crowd is hidden only by those just in
// front of it); indoors it hangs lower, under the ceiling.
double cameraHeightM(SceneKind kind)
{
    return kind == SceneKind::FoodStreet || kind == SceneKind::Plaza ? 6 : 4;
}
// Where the horizon is: a street's camera is tilted down to the street, the picture mostly
// crowd and paving.
int horizonRow(SceneKind kind)
{
    switch (kind) {
    case SceneKind::FoodStreet:
        return 170;
    case SceneKind::Plaza:
        return 200;
    default:
        return 230;
    }
}

// How deep the world's people are drawn (CameraLens's stage): a food street's camera looks
// down a narrow street packed with people, where those it shows plainly stand within a score
// of metres, so someone anywhere in its 400 m is drawn within 18 m, in front of the far crowd:
// a person at least 60 of the picture's 576 rows tall, the colour of a jacket and a bag plain
// to see. Halls and plazas are wider and their crowds thinner; they show their people smaller.
double stageDepthM(SceneKind kind)
{
    switch (kind) {
    case SceneKind::FoodStreet:
        return 18;
    case SceneKind::StationHall:
    case SceneKind::AirportHall:
        return 30;
    default:
        return 40;
    }
}

} // namespace

CrowdScenePainter::CrowdScenePainter(SceneKind kind, quint64 cameraSeed, double fovDeg)
    : ScenePainter(kind, cameraSeed,
          maps::CameraLens::forLens(fovDeg, cameraHeightM(kind), horizonRow(kind), stageDepthM(kind)))
{
    switch (kind) {
    case SceneKind::FoodStreet:
        m_halfWidthM = 4.5;
        m_bands = 10;
        m_slotMs = 1100;
        m_percentBusy = 75; // the evening peak
        break;
    case SceneKind::StationHall:
        m_halfWidthM = 12;
        m_bands = 12;
        m_slotMs = 1500;
        m_percentBusy = 60;
        break;
    case SceneKind::AirportHall:
        m_halfWidthM = 16;
        m_bands = 10;
        m_slotMs = 2200;
        m_percentBusy = 55;
        break;
    default: // plaza
        m_halfWidthM = 25;
        m_bands = 10;
        m_slotMs = 2600;
        m_percentBusy = 45;
        break;
    }
}

void CrowdScenePainter::addExtras(qint64 ms, std::vector<SceneFigure> &out) const
{
    const double span = kFarM - kNearM;
    const auto travel = qint64(span / kWalkMps * 1000);
    for (int band = 0; band < m_bands; ++band) {
        const double right = -m_halfWidthM + (band + 0.5) * 2 * m_halfWidthM / m_bands;
        const bool towards = band % 2 == 0;
        for (qint64 slot = (ms - travel) / m_slotMs - 1; slot <= ms / m_slotMs; ++slot) {
            const quint64 h = sceneMix(m_seed ^ sceneMix(quint64(slot) * 32 + quint64(band)));
            if (int(h % 100) >= m_percentBusy)
                continue;
            // Walkers keep their own pace, within a fifth of the usual.
            const double pace = 0.8 + double((h >> 48) % 40) / 100;
            const auto mine = qint64(double(travel) / pace);
            const qint64 start = slot * m_slotMs + qint64((h >> 8) % quint64(m_slotMs));
            if (ms < start || ms >= start + mine)
                continue;
            const double progress = double(ms - start) / double(mine);
            SceneFigure f;
            f.kind = SceneFigure::Kind::Pedestrian;
            f.aheadM = towards ? kFarM - progress * span : kNearM + progress * span;
            f.rightM = right + (double((h >> 16) % 100) / 100 - 0.5) * (2 * m_halfWidthM / m_bands) * 0.8;
            f.relativeHeadingDeg = towards ? 180 : 0;
            f.seed = h;
            f.stepPhase = std::fmod(double(ms - start) / 600.0, 1.0);
            out.push_back(f);
        }
    }
    // Those standing: vendors at their stalls, travellers waiting.
    const int standing = m_kind == SceneKind::FoodStreet ? 10 : (indoor() ? 8 : 4);
    for (int k = 0; k < standing; ++k) {
        const quint64 h = sceneMix(m_seed * 31 + quint64(k));
        SceneFigure f;
        f.kind = SceneFigure::Kind::Pedestrian;
        f.aheadM = 8 + double(h % 50);
        const double side = (h >> 20) % 2 ? 1.0 : -1.0;
        f.rightM = m_kind == SceneKind::FoodStreet ? side * (m_halfWidthM - 0.6)
                                                   : (double((h >> 24) % 1000) / 500 - 1) * m_halfWidthM;
        f.relativeHeadingDeg = 180;
        f.seed = h;
        out.push_back(f);
    }
}

void CrowdScenePainter::paintBackground(QPainter &p, const SceneConditions &light) const
{
    if (m_kind == SceneKind::FoodStreet)
        paintStreet(p, light);
    else if (indoor())
        paintHall(p, light);
    else
        paintPlaza(p, light);
}

void CrowdScenePainter::paintStreet(QPainter &p, const SceneConditions &light) const
{
    paintSky(p, light);
    const int h = m_lens.horizon;
    p.fillRect(0, h, maps::CameraLens::kWidth, maps::CameraLens::kHeight - h,
        light.shade(light.raining() ? QColor(0x6a645c) : QColor(0x9a8f80)));
    // Paving stones in perspective.
    p.setPen(QPen(light.shade(QColor(0x7a7064)), 1));
    for (double d = kNearM; d < 200; d *= 1.18)
        p.drawLine(m_lens.ground(d, -m_halfWidthM - 2), m_lens.ground(d, m_halfWidthM + 2));
    // Shopfronts on both sides, their signs, and the stalls before them.
    static const QStringList signs = { QStringLiteral("热干面"), QStringLiteral("豆皮"),
        QStringLiteral("面窝"), QStringLiteral("鸭脖"), QStringLiteral("汤包"), QStringLiteral("烧烤"),
        QStringLiteral("糊汤粉"), QStringLiteral("蛋酒") };
    quint64 s = m_seed;
    const bool lit = light.daylight() < 0.8;
    for (double a = 5; a < 120;) {
        s = sceneMix(s);
        const double len = 5 + double(s % 5);
        for (double side : { -1.0, 1.0 }) {
            const double x = side * (m_halfWidthM + 1.5);
            const int g = 0x90 + int((s >> 8) % 0x40);
            paintWall(p, x, a, a + len - 0.3, 7, light.shade(QColor(g, g - 20, g - 40), a));
            // The shop's sign board, lit in the evening.
            const QPointF top0 = m_lens.at(a + 0.5, x, 4.2);
            const QPointF top1 = m_lens.at(a + len - 0.8, x, 3.4);
            const QRectF board(std::min(top0.x(), top1.x()), top0.y(), std::abs(top1.x() - top0.x()),
                std::max(3.0, (top1.y() - top0.y()) + m_lens.pixelsPerMetre(a) * 0.8));
            p.setPen(Qt::NoPen);
            p.setBrush(lit ? QColor(0xd83a2a) : light.shade(QColor(0xb02a20), a));
            p.drawRect(board);
            if (board.height() > 9 && board.width() > 24) {
                const QString &sign = signs[int((s >> 16) % quint64(signs.size()))];
                // The characters fit the board (a cut-off character reads as another one).
                QFont f = p.font();
                f.setPixelSize(
                    std::min({ 20, int(board.height() * 0.7), int(board.width() * 0.9 / sign.size()) }));
                p.setFont(f);
                p.setPen(QColor(0xffe8a0));
                p.drawText(board, Qt::AlignCenter, sign);
            }
            // A red lantern.
            const QPointF lantern = m_lens.at(a + 1, side * (m_halfWidthM + 0.8), 3.2);
            const double r = std::max(1.5, m_lens.pixelsPerMetre(a + 1) * 0.25);
            p.setPen(Qt::NoPen);
            p.setBrush(lit ? QColor(0xff5030) : light.shade(QColor(0xc02818), a));
            p.drawEllipse(lantern, r, r * 1.2);
            // A stall's awning in front of every other shop.
            if ((s >> 30) % 2) {
                const double ax = side * (m_halfWidthM - 0.3);
                const QPolygonF awning { m_lens.at(a + 0.5, x, 2.6), m_lens.at(a + len - 1, x, 2.6),
                    m_lens.at(a + len - 1, ax, 2.2), m_lens.at(a + 0.5, ax, 2.2) };
                p.setBrush(light.shade((s >> 31) % 2 ? QColor(0x2a6ab0) : QColor(0xe0e0d8), a));
                p.drawPolygon(awning);
            }
        }
        a += len;
    }
}

void CrowdScenePainter::paintHall(QPainter &p, const SceneConditions &light) const
{
    const bool airport = m_kind == SceneKind::AirportHall;
    const int h = m_lens.horizon;
    // Indoors the light is the hall's, whatever the hour; only the windows show the sky.
    const QColor ceiling = airport ? QColor(0xdcdcd8) : QColor(0x8a8c90);
    const QColor floor = airport ? QColor(0xc8c4bc) : QColor(0xa8a49c);
    p.fillRect(0, 0, maps::CameraLens::kWidth, h, ceiling);
    p.fillRect(0, h, maps::CameraLens::kWidth, maps::CameraLens::kHeight - h, floor);
    // The far wall with its glass, showing the sky outside.
    const double farWall = 90;
    const QPointF wl = m_lens.at(farWall, -m_halfWidthM - 4, 0);
    const QPointF wr = m_lens.at(farWall, m_halfWidthM + 4, airport ? 14 : 9);
    p.fillRect(QRectF(wl, wr).normalized(), light.sky(0.6));
    // Floor tiles and ceiling beams.
    p.setPen(QPen(floor.darker(115), 1));
    for (double d = 3; d < farWall; d *= 1.25)
        p.drawLine(m_lens.ground(d, -60), m_lens.ground(d, 60));
    p.setPen(QPen(ceiling.darker(125), 2));
    const double roof = airport ? 14 : 9;
    for (double d = 6; d < farWall; d += 10)
        p.drawLine(m_lens.at(d, -60, roof), m_lens.at(d, 60, roof));
    // Pillars on both sides.
    for (double d = 10; d < farWall; d += 15) {
        for (double side : { -1.0, 1.0 }) {
            const QPointF b = m_lens.ground(d, side * (m_halfWidthM + 1));
            const QPointF t = m_lens.at(d, side * (m_halfWidthM + 1), roof);
            const double w = m_lens.pixelsPerMetre(d) * 1.0;
            p.fillRect(QRectF(b.x() - w / 2, t.y(), w, b.y() - t.y()), QColor(0xb8b4ac).darker(100 + int(d)));
        }
    }
    // The departures board (a station's or an airport's) above the far end.
    const QPointF bl = m_lens.at(farWall - 5, -6, roof * 0.8);
    const QPointF br = m_lens.at(farWall - 5, 6, roof * 0.55);
    const QRectF board = QRectF(bl, br).normalized();
    p.fillRect(board, QColor(0x101418));
    QFont f = p.font();
    f.setPixelSize(std::max(6, int(board.height() / 6)));
    p.setFont(f);
    p.setPen(QColor(0xffb030));
    const QStringList rows = airport
        ? QStringList { QStringLiteral("CZ3372 广州  08:40"), QStringLiteral("MU2451 上海  09:05"),
              QStringLiteral("CA8218 北京  09:30"), QStringLiteral("HU7182 海口  10:15") }
        : QStringList { QStringLiteral("G1021 广州南 08:12"), QStringLiteral("D2248 宜昌东 08:30"),
              QStringLiteral("G502 北京西 08:47"), QStringLiteral("K1156 十堰 09:02") };
    for (int i = 0; i < rows.size(); ++i)
        p.drawText(
            board.adjusted(4, 2 + i * board.height() / 4.5, -4, 0), Qt::AlignLeft | Qt::AlignTop, rows[i]);
    if (airport) {
        // Check-in counters along the left.
        for (double d = 12; d < 70; d += 6)
            paintWall(p, -m_halfWidthM + 0.5, d, d + 4, 1.1, QColor(0x5a6878));
    } else {
        // Ticket gates across the hall, halfway.
        for (double x = -m_halfWidthM + 1; x < m_halfWidthM; x += 1.6) {
            const QPointF g = m_lens.ground(45, x);
            const double s = m_lens.pixelsPerMetre(45);
            p.fillRect(QRectF(g.x() - 0.15 * s, g.y() - 1.0 * s, 0.3 * s, 1.0 * s), QColor(0x60666e));
        }
    }
}

void CrowdScenePainter::paintPlaza(QPainter &p, const SceneConditions &light) const
{
    paintSky(p, light);
    const int h = m_lens.horizon;
    // The landmark at the far side: a pavilion of several roofs.
    const double at = 160;
    const double s = m_lens.pixelsPerMetre(at);
    const QPointF base = m_lens.ground(at, 0);
    p.setPen(Qt::NoPen);
    for (int floor = 0; floor < 4; ++floor) {
        const double w = (28 - floor * 5) * s;
        const double y = base.y() - (floor * 9 + 9) * s;
        p.setBrush(light.shade(QColor(0xb04030), at));
        p.drawRect(QRectF(base.x() - w * 0.4, y, w * 0.8, 9 * s));
        p.setBrush(light.shade(QColor(0xd8a838), at));
        p.drawPolygon(QPolygonF { QPointF(base.x() - w * 0.6, y + 1.5 * s),
            QPointF(base.x() + w * 0.6, y + 1.5 * s), QPointF(base.x(), y - 2 * s) });
    }
    p.fillRect(0, h, maps::CameraLens::kWidth, maps::CameraLens::kHeight - h,
        light.shade(light.raining() ? QColor(0x70706c) : QColor(0xb0aca4)));
    p.setPen(QPen(light.shade(QColor(0x9a968e)), 1));
    for (double d = 6; d < 300; d *= 1.25)
        p.drawLine(m_lens.ground(d, -80), m_lens.ground(d, 80));
    for (double x = -60; x <= 60; x += 6)
        p.drawLine(m_lens.ground(6, x), m_lens.ground(300, x));
    // Trees in rows at both sides.
    quint64 k = m_seed;
    for (double d = 12; d < 120; d += 12) {
        k = sceneMix(k);
        for (double side : { -1.0, 1.0 }) {
            const QPointF g = m_lens.ground(d, side * (m_halfWidthM + 3));
            const double ps = m_lens.pixelsPerMetre(d);
            p.setPen(Qt::NoPen);
            p.setBrush(light.shade(QColor(0x5a4630), d));
            p.drawRect(QRectF(g.x() - 0.2 * ps, g.y() - 3 * ps, 0.4 * ps, 3 * ps));
            p.setBrush(light.shade(QColor::fromRgb(QRgb(0x3a6a30 + k % 0x20)), d));
            p.drawEllipse(QPointF(g.x(), g.y() - 4.5 * ps), 2.2 * ps, 2.2 * ps);
        }
    }
    if (light.night()) {
        for (double d = 15; d < 150; d *= 1.7) {
            for (double side : { -1.0, 1.0 }) {
                const double ps = m_lens.pixelsPerMetre(d);
                p.setBrush(QColor(255, 220, 160, 50));
                p.drawEllipse(m_lens.ground(d, side * m_halfWidthM * 0.6), 5 * ps, 1.5 * ps);
                p.setBrush(QColor(255, 230, 180));
                p.drawEllipse(m_lens.at(d, side * m_halfWidthM * 0.6, 5), std::max(1.5, 0.3 * ps),
                    std::max(1.5, 0.3 * ps));
            }
        }
    }
}

} // namespace wf::wall
