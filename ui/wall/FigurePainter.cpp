#include "FigurePainter.h"

#include <QPainter>
#include <array>
#include <cmath>

namespace wf::wall::FigurePainter {

namespace {

constexpr std::array<QRgb, 8> kBodyColours
    = { 0xffe8e8e8, 0xff202428, 0xff8a9098, 0xff9a1c1c, 0xff1c3f8a, 0xfff2f2f0, 0xff4a4f55, 0xff6b5a3a };
constexpr std::array<QRgb, 10> kClothes = { 0xff2a2d33, 0xff3b5b8c, 0xff8c2f2f, 0xffd8d4cc, 0xff5a6b3a,
    0xff7a5a8c, 0xffc48a2a, 0xff4a4a4a, 0xff9aa4b0, 0xff1f4f4f };

struct Size
{
    double width; // across
    double length; // along its heading
    double height;
};

Size sizeOf(SceneFigure::Kind k)
{
    switch (k) {
    case SceneFigure::Kind::Bus:
        return { 2.5, 11, 3.1 };
    case SceneFigure::Kind::Van:
        return { 2.0, 5, 2.1 };
    case SceneFigure::Kind::EBike:
        return { 0.6, 1.7, 1.7 };
    case SceneFigure::Kind::Car:
    case SceneFigure::Kind::Taxi:
    case SceneFigure::Kind::PatrolCar:
        return { 1.8, 4.5, 1.45 };
    default:
        return { 0.5, 0.35, 1.7 };
    }
}

void paintPlate(QPainter &p, const QRectF &plate, const QString &text, bool yellow)
{
    p.setBrush(yellow ? QColor(0xf2c318) : QColor(0x1647c0));
    p.setPen(QPen(Qt::white, std::max(1.0, plate.height() * 0.06)));
    p.drawRect(plate);
    if (plate.height() >= 7 && plate.width() >= 30 && !text.isEmpty()) {
        QFont f = p.font();
        // Seven characters across: the width limits the size as much as the height.
        f.setPixelSize(quantisedFontSize(std::min(plate.height() * 0.78, plate.width() / 5.4)));
        f.setBold(true);
        p.setFont(f);
        p.setPen(yellow ? Qt::black : Qt::white);
        p.drawText(plate, Qt::AlignCenter, text);
    }
}

void paintVehicle(
    QPainter &p, const maps::CameraLens &lens, const SceneConditions &light, const SceneFigure &f, qint64 ms)
{
    const Size s = sizeOf(f.kind);
    const double ppm = lens.pixelsPerMetre(f.aheadM);
    const double rel = f.relativeHeadingDeg * maps::CameraLens::kPi / 180;
    // Seen at an angle a vehicle shows some of its side: its outline is as wide as its
    // footprint across the line of sight.
    const double across = s.width * std::abs(std::cos(rel)) + s.length * std::abs(std::sin(rel));
    const QPointF base = lens.ground(f.aheadM, f.rightM);
    const bool towards = std::cos(rel) < 0;
    const bool night = light.night();
    const QRectF body(base.x() - across * ppm / 2, base.y() - s.height * ppm, across * ppm, s.height * ppm);
    if (body.width() < 1.5) {
        p.fillRect(QRectF(base.x() - 1, base.y() - 2, 2, 2),
            night ? QColor(0xfff2c0) : light.shade(Qt::darkGray, f.aheadM));
        return;
    }
    QColor colour = QColor::fromRgb(kBodyColours[(f.seed >> 28) % kBodyColours.size()]);
    if (f.kind == SceneFigure::Kind::Taxi)
        colour = QColor(0x2f9e8f); // Wuhan's taxis
    else if (f.kind == SceneFigure::Kind::Bus)
        colour = QColor(0x2f6fb5);
    else if (f.kind == SceneFigure::Kind::PatrolCar)
        colour = QColor(0xf4f6f8);
    if (f.body.isValid())
        colour = f.body;
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, 70));
    p.drawRect(body.adjusted(-ppm * 0.1, body.height() * 0.85, ppm * 0.1, ppm * 0.12)); // shadow

    if (f.kind == SceneFigure::Kind::EBike) {
        // The bike under the rider, the rider on it.
        p.setBrush(light.shade(QColor(0x303438), f.aheadM));
        p.drawRect(QRectF(base.x() - 0.12 * ppm, base.y() - 0.7 * ppm, 0.24 * ppm, 0.7 * ppm));
        p.setBrush(light.shade(
            f.clothing.isValid() ? f.clothing : QColor::fromRgb(kClothes[(f.seed >> 12) % kClothes.size()]),
            f.aheadM));
        p.drawRect(QRectF(base.x() - 0.25 * ppm, base.y() - 1.45 * ppm, 0.5 * ppm, 0.75 * ppm));
        p.setBrush(light.shade(QColor(0xd94040), f.aheadM)); // helmet
        p.drawEllipse(QPointF(base.x(), base.y() - 1.58 * ppm), 0.14 * ppm, 0.15 * ppm);
        if (towards && night) {
            p.setBrush(QColor(255, 246, 208));
            p.drawEllipse(QPointF(base.x(), base.y() - 0.75 * ppm), 0.1 * ppm + 1, 0.1 * ppm + 1);
        }
        if (!f.plate.isEmpty() && !towards) // e-bikes carry their plate at the back
            paintPlate(p, QRectF(base.x() - 0.2 * ppm, base.y() - 0.55 * ppm, 0.4 * ppm, 0.18 * ppm), f.plate,
                false);
        return;
    }

    p.setBrush(light.shade(colour, f.aheadM));
    p.drawRoundedRect(body, ppm * 0.2, ppm * 0.2);
    if (f.kind == SceneFigure::Kind::PatrolCar) {
        // The police livery's blue band.
        p.setBrush(light.shade(QColor(0x1a3e9a), f.aheadM));
        p.drawRect(
            QRectF(body.left(), body.top() + body.height() * 0.55, body.width(), body.height() * 0.14));
    }
    p.setBrush(light.shade(QColor(0x28323c), f.aheadM));
    p.drawRect(QRectF(
        body.left() + ppm * 0.18, body.top() + ppm * 0.15, body.width() - ppm * 0.36, body.height() * 0.38));
    // Lamps: head lamps towards the camera, tail lamps away; bright at night.
    const double lamp = ppm * 0.28;
    QColor lampColour = towards ? QColor(0xfff6d0) : QColor(0xc8281e);
    if (!night)
        lampColour = light.shade(lampColour, f.aheadM);
    p.setBrush(lampColour);
    p.drawRect(QRectF(body.left() + ppm * 0.08, body.bottom() - ppm * 0.6, lamp, lamp * 0.6));
    p.drawRect(QRectF(body.right() - ppm * 0.08 - lamp, body.bottom() - ppm * 0.6, lamp, lamp * 0.6));
    if (night && towards) {
        // Head lamps light the road in front of the vehicle.
        p.setBrush(QColor(255, 240, 200, 60));
        p.drawEllipse(QPointF(base.x(), base.y() + ppm * 0.6), body.width() * 0.8, ppm * 0.7);
    }
    const double cx = base.x();
    if (f.kind == SceneFigure::Kind::Taxi) { // the taxi sign on the roof
        p.setBrush(QColor(0xf0e060));
        p.drawRect(QRectF(cx - ppm * 0.3, body.top() - ppm * 0.18, ppm * 0.6, ppm * 0.18));
    } else if (f.kind == SceneFigure::Kind::PatrolCar) { // the light bar, flashing red and blue
        const bool phase = (ms / 250) % 2 == 0;
        p.setBrush(phase ? QColor(0xe02020) : QColor(0x2050f0));
        p.drawRect(QRectF(cx - ppm * 0.55, body.top() - ppm * 0.16, ppm * 0.55, ppm * 0.16));
        p.setBrush(phase ? QColor(0x2050f0) : QColor(0xe02020));
        p.drawRect(QRectF(cx, body.top() - ppm * 0.16, ppm * 0.55, ppm * 0.16));
    }
    if (!f.plate.isEmpty()) {
        const QRectF plate(cx - ppm * 0.65, body.bottom() - ppm * 0.5, ppm * 1.3, ppm * 0.36);
        paintPlate(p, plate, f.plate, f.kind == SceneFigure::Kind::Bus || f.kind == SceneFigure::Kind::Van);
    }
}

void paintPerson(
    QPainter &p, const maps::CameraLens &lens, const SceneConditions &light, const SceneFigure &f)
{
    const double ppm = lens.pixelsPerMetre(f.aheadM);
    const QPointF base = lens.ground(f.aheadM, f.rightM);
    const double h = 1.7 * ppm;
    if (h < 3) {
        p.fillRect(QRectF(base.x(), base.y() - std::max(1.0, h), 1, std::max(1.0, h)),
            light.shade(Qt::darkGray, f.aheadM));
        return;
    }
    QColor top = QColor::fromRgb(kClothes[(f.seed >> 8) % kClothes.size()]);
    QColor legs = QColor::fromRgb(kClothes[(f.seed >> 16) % 3]);
    if (f.kind == SceneFigure::Kind::Officer) {
        top = QColor(0x1d2a4a);
        legs = QColor(0x1d2a4a);
    } else if (f.kind == SceneFigure::Kind::ArmedOfficer) {
        top = QColor(0x20242a);
        legs = QColor(0x20242a);
    } else if (f.kind == SceneFigure::Kind::Pickpocket) {
        top = QColor(0x6a2a2a); // a dark red hooded jacket, unless the scenario describes another
        legs = QColor(0x23262b);
    }
    if (f.clothing.isValid())
        top = f.clothing;
    const double w = 0.46 * ppm;
    // Under 14 pixels on the screen (far off, or a small tile's picture drawn scaled down) a
    // round head or a rounded body cannot be told from a square one, and curves are most of
    // what a crowd costs to draw.
    const bool curves = h * p.worldTransform().m22() >= 14;
    p.setPen(Qt::NoPen);
    // Legs in stride.
    const double stride = std::sin(f.stepPhase * 2 * maps::CameraLens::kPi) * 0.12 * ppm;
    p.setBrush(light.shade(legs, f.aheadM));
    p.drawRect(QRectF(base.x() - w * 0.4 + stride, base.y() - 0.85 * ppm, w * 0.35, 0.85 * ppm));
    p.drawRect(QRectF(base.x() + w * 0.05 - stride, base.y() - 0.85 * ppm, w * 0.35, 0.85 * ppm));
    // Body.
    p.setBrush(light.shade(top, f.aheadM));
    const QRectF body(base.x() - w / 2, base.y() - 1.45 * ppm, w, 0.65 * ppm);
    if (curves)
        p.drawRoundedRect(body, w * 0.2, w * 0.2);
    else
        p.drawRect(body);
    if (f.kind == SceneFigure::Kind::Officer) {
        // The hi-vis vest: what makes a foot patrol stand out on camera, day or night.
        p.setBrush(light.night() ? QColor(0xc8e040) : light.shade(QColor(0xc8e040), f.aheadM));
        p.drawRect(QRectF(base.x() - w * 0.42, base.y() - 1.4 * ppm, w * 0.84, 0.4 * ppm));
    }
    // Head (a helmet for an armed patrol, a hood for the pickpocket).
    QColor head = QColor(0xd9b08c);
    if (f.kind == SceneFigure::Kind::ArmedOfficer)
        head = QColor(0x30343a);
    else if (f.kind == SceneFigure::Kind::Pickpocket)
        head = top.darker(130);
    p.setBrush(light.shade(head, f.aheadM));
    const QPointF headCentre(base.x(), base.y() - 1.58 * ppm);
    if (curves)
        p.drawEllipse(headCentre, 0.12 * ppm, 0.14 * ppm);
    else
        p.drawRect(QRectF(headCentre.x() - 0.1 * ppm, headCentre.y() - 0.13 * ppm, 0.2 * ppm, 0.26 * ppm));
    if (f.kind == SceneFigure::Kind::Officer) {
        p.setBrush(light.shade(QColor(0x1d2a4a), f.aheadM)); // cap
        p.drawRect(QRectF(base.x() - 0.13 * ppm, base.y() - 1.74 * ppm, 0.26 * ppm, 0.07 * ppm));
    }
    // A bag: a shoulder bag for many, the pickpocket's (black unless described) always.
    if (f.kind == SceneFigure::Kind::Pickpocket || f.bag.isValid() || (f.seed >> 40) % 3 == 0) {
        const QColor bag = f.bag.isValid()            ? f.bag
            : f.kind == SceneFigure::Kind::Pickpocket ? QColor(0x101010)
                                                      : QColor(0x6b4a2a);
        p.setBrush(light.shade(bag, f.aheadM));
        p.drawRect(QRectF(base.x() + w * 0.45, base.y() - 1.1 * ppm, 0.22 * ppm, 0.28 * ppm));
    }
}

} // namespace

QRectF bounds(const maps::CameraLens &lens, const SceneFigure &f)
{
    if (f.aheadM < 1)
        return {};
    const double ppm = lens.pixelsPerMetre(f.aheadM);
    const QPointF base = lens.ground(f.aheadM, f.rightM);
    if (!f.isVehicle() || f.kind == SceneFigure::Kind::EBike) {
        // A person (with a bag at the side), or a rider on an e-bike.
        const double w = (f.kind == SceneFigure::Kind::EBike ? 0.5 : 0.46) * ppm;
        return QRectF(base.x() - w * 0.6, base.y() - 1.74 * ppm, w * 1.3, 1.74 * ppm);
    }
    const Size s = sizeOf(f.kind);
    const double rel = f.relativeHeadingDeg * maps::CameraLens::kPi / 180;
    const double across = s.width * std::abs(std::cos(rel)) + s.length * std::abs(std::sin(rel));
    return QRectF(
        base.x() - across * ppm / 2, base.y() - (s.height + 0.2) * ppm, across * ppm, (s.height + 0.2) * ppm);
}

int quantisedFontSize(double px)
{
    static constexpr std::array<int, 8> sizes = { 7, 9, 11, 13, 16, 20, 25, 31 };
    for (int s : sizes) {
        if (px < s + 1)
            return s;
    }
    return sizes.back();
}

void paint(
    QPainter &p, const maps::CameraLens &lens, const SceneConditions &light, const SceneFigure &f, qint64 ms)
{
    if (f.aheadM < 1)
        return; // under the camera: nothing of it is in the picture
    if (f.isVehicle())
        paintVehicle(p, lens, light, f, ms);
    else
        paintPerson(p, lens, light, f);
}

} // namespace wf::wall::FigurePainter
