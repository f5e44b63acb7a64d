#include "SyntheticScene.h"

#include <QDateTime>
#include <QFont>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <array>
#include <cmath>

namespace wf::wall {

namespace {

constexpr int kHorizon = 190;
constexpr double kNear = 4.0; // metres: the bottom edge of the picture
constexpr double kFar = 110.0; // metres: where vehicles appear or vanish
constexpr double kRoadHalfWidthM = 7.0; // two lanes each way
constexpr qint64 kSlotMs = 1300; // at most one vehicle per lane enters per slot
// Travel time per lane over kFar-kNear: the inner lanes are faster, as on a real arterial.
constexpr std::array<qint64, 4> kLaneTravelMs = { 7800, 6000, 6200, 8200 };

// splitmix64: a small, well-mixed hash so that vehicles are a pure function of their slot.
quint64 mix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

quint64 hashString(const QString &s)
{
    quint64 h = 1469598103934665603ull; // FNV-1a: stable across runs and platforms
    for (QChar c : s) {
        h ^= c.unicode();
        h *= 1099511628211ull;
    }
    return h;
}

// Perspective of a camera 6 m up looking along the road: screen row and pixels per metre at a distance.
double rowAt(double distanceM)
{
    return kHorizon + (SyntheticScene::kHeight - kHorizon) * kNear / distanceM;
}
double pixelsPerMetre(double distanceM)
{
    return (SyntheticScene::kWidth / 2.0) / kRoadHalfWidthM * kNear / distanceM * 0.9;
}

// Glyphs are cached per pixel size: a few fixed sizes keep the cache warm frame after frame.
int quantisedFontSize(double px)
{
    static constexpr std::array<int, 8> sizes = { 7, 9, 11, 13, 16, 20, 25, 31 };
    for (int s : sizes) {
        if (px < s + 1)
            return s;
    }
    return sizes.back();
}

void drawOsdText(QPainter &p, const QRect &box, int flags, const QString &text)
{
    p.setPen(QColor(0, 0, 0, 200));
    p.drawText(box.translated(1, 1), flags, text);
    p.setPen(Qt::white);
    p.drawText(box, flags, text);
}

constexpr std::array<QRgb, 8> kBodyColours
    = { 0xffe8e8e8, 0xff202428, 0xff8a9098, 0xff9a1c1c, 0xff1c3f8a, 0xfff2f2f0, 0xff4a4f55, 0xff6b5a3a };

} // namespace

SyntheticScene::SyntheticScene(QString cameraId, QString cameraName)
    : m_id(std::move(cameraId))
    , m_name(std::move(cameraName))
    , m_hash(hashString(m_id))
{
    m_background = makeBackground();
}

QString SyntheticScene::plateFor(quint64 seed)
{
    // Most plates are Wuhan's (鄂A); some come from elsewhere in Hubei. Letters leave out I
    // and O, as real Chinese plates do.
    static constexpr char alphabet[] = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static constexpr char regions[] = "AAAAAAAABCEFGHJKLMN";
    quint64 h = mix(seed);
    QString plate = QStringLiteral("鄂");
    plate += QChar(regions[h % (sizeof(regions) - 1)]);
    plate += QChar(u'·');
    h = mix(h);
    for (int i = 0; i < 5; ++i) {
        // Mostly digits, as most plates are; one letter somewhere in the first three places.
        const bool letter = i < 3 && (h >> (8 * i)) % 4 == 0;
        const quint64 v = (h >> (8 * i + 2)) & 0xff;
        plate += QChar(letter ? alphabet[10 + v % 24] : alphabet[v % 10]);
    }
    return plate;
}

QList<SyntheticScene::Vehicle> SyntheticScene::vehiclesAt(qint64 ms) const
{
    QList<Vehicle> out;
    for (int lane = 0; lane < 4; ++lane) {
        const qint64 travel = kLaneTravelMs[std::size_t(lane)];
        const qint64 last = ms / kSlotMs;
        for (qint64 slot = (ms - travel) / kSlotMs - 1; slot <= last; ++slot) {
            const quint64 h = mix(m_hash ^ mix(quint64(slot) * 4 + quint64(lane)));
            if (h % 100 >= 42) // about one vehicle every three seconds per lane
                continue;
            const qint64 start = slot * kSlotMs + qint64((h >> 8) % 400);
            if (ms < start || ms >= start + travel)
                continue;
            Vehicle v;
            v.seed = h;
            v.lane = lane;
            v.progress = double(ms - start) / double(travel);
            const int k = int((h >> 20) % 20);
            v.kind = k < 13 ? 0 : (k < 17 ? 1 : (k < 18 ? 2 : 3));
            out.append(v);
        }
    }
    return out;
}

QImage SyntheticScene::makeBackground() const
{
    QImage img(kWidth, kHeight, QImage::Format_RGB32);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    QLinearGradient sky(0, 0, 0, kHorizon);
    sky.setColorAt(0, QColor(0x8fa9c4));
    sky.setColorAt(1, QColor(0xc9d3dc));
    p.fillRect(0, 0, kWidth, kHorizon, sky);
    // A skyline that differs per camera so that tiles are told apart at a glance.
    quint64 h = m_hash;
    for (int x = 0; x < kWidth;) {
        h = mix(h);
        const int w = 30 + int(h % 60);
        const int height = 30 + int((h >> 8) % 120);
        const int grey = 0x70 + int((h >> 16) % 0x40);
        p.fillRect(x, kHorizon - height, w, height, QColor(grey, grey + 4, grey + 10));
        for (int wy = kHorizon - height + 6; wy < kHorizon - 6; wy += 10) {
            for (int wx = x + 4; wx < x + w - 6; wx += 9)
                p.fillRect(wx, wy, 4, 5, QColor(grey - 25, grey - 20, grey - 10));
        }
        x += w + int((h >> 24) % 12);
    }
    p.fillRect(0, kHorizon, kWidth, kHeight - kHorizon, QColor(0x5b6b4a)); // verge
    // The road surface and its markings, in perspective.
    const double cx = kWidth / 2.0;
    const auto edge = [&](double d, double side) {
        return QPointF(cx + side * kRoadHalfWidthM * pixelsPerMetre(d), rowAt(d));
    };
    const double nearD = kNear * 0.9;
    QPolygonF road { edge(kFar * 3, -1.6), edge(kFar * 3, 1.6), edge(nearD, 1.6), edge(nearD, -1.6) };
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x9a9a92)); // pavements
    p.drawPolygon(road);
    road = { edge(kFar * 3, -1), edge(kFar * 3, 1), edge(nearD, 1), edge(nearD, -1) };
    p.setBrush(QColor(0x3b3d40));
    p.drawPolygon(road);
    p.setPen(QPen(QColor(0xd8c040), 3));
    p.drawLine(edge(kFar * 3, -0.02), edge(nearD, -0.02));
    p.drawLine(edge(kFar * 3, 0.02), edge(nearD, 0.02));
    p.setPen(QPen(QColor(0xe0e0e0), 2));
    for (double side : { -0.5, 0.5 }) {
        for (double d = 5; d < kFar * 2; d *= 1.35)
            p.drawLine(edge(d, side), edge(d * 1.15, side));
    }
    return img;
}

void SyntheticScene::drawVehicle(QPainter &p, const Vehicle &v) const
{
    const bool approaching = v.lane < 2;
    const double d = approaching ? kFar - v.progress * (kFar - kNear * 0.7)
                                 : kNear * 0.7 + v.progress * (kFar - kNear * 0.7);
    static constexpr std::array<double, 4> laneOffset = { -0.75, -0.25, 0.25, 0.75 };
    const double ppm = pixelsPerMetre(d);
    const double cx = kWidth / 2.0 + laneOffset[std::size_t(v.lane)] * kRoadHalfWidthM * ppm;
    const double bottom = rowAt(d);
    const double widthM = v.kind == 2 ? 2.5 : (v.kind == 3 ? 2.0 : 1.8);
    const double heightM = v.kind == 2 ? 3.1 : (v.kind == 3 ? 2.1 : 1.45);
    const QRectF body(cx - widthM * ppm / 2, bottom - heightM * ppm, widthM * ppm, heightM * ppm);
    QColor colour = QColor::fromRgb(kBodyColours[(v.seed >> 28) % kBodyColours.size()]);
    if (v.kind == 1)
        colour = QColor(0x2f9e8f); // Wuhan taxis
    else if (v.kind == 2)
        colour = QColor(0x2f6fb5);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, 70));
    p.drawRect(body.adjusted(-ppm * 0.1, body.height() * 0.85, ppm * 0.1, ppm * 0.12)); // shadow
    p.setBrush(colour);
    p.drawRoundedRect(body, ppm * 0.2, ppm * 0.2);
    p.setBrush(QColor(0x28323c));
    p.drawRect(QRectF(
        body.left() + ppm * 0.18, body.top() + ppm * 0.15, body.width() - ppm * 0.36, body.height() * 0.38));
    p.setBrush(approaching ? QColor(0xfff6d0) : QColor(0xc8281e)); // head or tail lights
    const double lamp = ppm * 0.28;
    p.drawRect(QRectF(body.left() + ppm * 0.08, body.bottom() - ppm * 0.6, lamp, lamp * 0.6));
    p.drawRect(QRectF(body.right() - ppm * 0.08 - lamp, body.bottom() - ppm * 0.6, lamp, lamp * 0.6));
    if (v.kind == 1) { // the taxi light on the roof
        p.setBrush(QColor(0xf0e060));
        p.drawRect(QRectF(cx - ppm * 0.3, body.top() - ppm * 0.18, ppm * 0.6, ppm * 0.18));
    }
    // The plate, drawn larger than life so that it stays legible on a small tile.
    const QRectF plate(cx - ppm * 0.65, body.bottom() - ppm * 0.5, ppm * 1.3, ppm * 0.36);
    const bool bigVehicle = v.kind >= 2; // yellow plates for large vehicles
    p.setBrush(bigVehicle ? QColor(0xf2c318) : QColor(0x1647c0));
    p.setPen(QPen(Qt::white, std::max(1.0, ppm * 0.02)));
    p.drawRect(plate);
    if (plate.height() >= 7) {
        QFont f = p.font();
        f.setPixelSize(quantisedFontSize(plate.height() * 0.78));
        f.setBold(true);
        p.setFont(f);
        p.setPen(bigVehicle ? Qt::black : Qt::white);
        p.drawText(plate, Qt::AlignCenter, plateFor(v.seed));
    }
}

void SyntheticScene::render(qint64 ms, QImage &target) const
{
    target = m_background; // shares until painted, then one copy of the static road
    QPainter p(&target);
    p.setRenderHint(QPainter::Antialiasing, false); // cheaper, and the picture is a camera's anyway
    auto vehicles = vehiclesAt(ms);
    // Far vehicles first so that near ones cover them.
    std::sort(vehicles.begin(), vehicles.end(), [](const Vehicle &a, const Vehicle &b) {
        const double da = a.lane < 2 ? 1 - a.progress : a.progress;
        const double db = b.lane < 2 ? 1 - b.progress : b.progress;
        return da > db;
    });
    for (const auto &v : vehicles)
        drawVehicle(p, v);

    // The on-screen display, as burnt in by a real camera.
    QFont f = p.font();
    f.setPixelSize(22);
    f.setBold(true);
    p.setFont(f);
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(ms);
    drawOsdText(p, QRect(14, 10, kWidth - 28, 30), Qt::AlignLeft | Qt::AlignVCenter, m_name);
    drawOsdText(p, QRect(14, 40, kWidth - 28, 30), Qt::AlignLeft | Qt::AlignVCenter,
        when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    f.setPixelSize(16);
    p.setFont(f);
    drawOsdText(p, QRect(14, kHeight - 34, 300, 24), Qt::AlignLeft | Qt::AlignVCenter,
        QStringLiteral("%1  SIM").arg(m_id));
    const QString plate = plateInView(ms);
    if (!plate.isEmpty()) {
        const QRect box(kWidth - 214, kHeight - 44, 200, 34);
        p.fillRect(box, QColor(0, 0, 0, 150));
        f.setPixelSize(20);
        p.setFont(f);
        drawOsdText(p, box, Qt::AlignCenter, plate);
    }
}

QImage SyntheticScene::render(qint64 ms) const
{
    QImage img;
    render(ms, img);
    return img;
}

QString SyntheticScene::plateInView(qint64 ms) const
{
    // The approaching vehicle nearest the camera, once it is close enough for a plate reader.
    const Vehicle *best = nullptr;
    const auto vehicles = vehiclesAt(ms);
    for (const auto &v : vehicles) {
        if (v.lane < 2 && v.progress > 0.55 && v.progress < 0.97 && (!best || v.progress > best->progress))
            best = &v;
    }
    return best ? plateFor(best->seed) : QString();
}

} // namespace wf::wall
