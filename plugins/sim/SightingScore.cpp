#include "SightingScore.h"

#include "PickpocketAtWork.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>
#include <cmath>

namespace wf::sim {

namespace {

// About 550 m north-south and 480 m east-west in Hubei: a camera sees 400 m at most
// (maps::CameraView's range, the wall's), so the cells around a quarry hold every camera that
// can see it.
constexpr double kCellDeg = 0.005;

QString clockText(qint64 ms)
{
    // The centre's clock (UTC+8), as the lists and the pictures show it.
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::fromSecondsAheadOfUtc(8 * 3600))
        .toString(QStringLiteral("HH:mm"));
}

QString vehicleZh(const QString &vehicle)
{
    static const std::pair<const char16_t *, const char16_t *> names[]
        = { { u"taxi", u"出租车" }, { u"car", u"轿车" }, { u"van", u"面包车" }, { u"e-bike", u"电动车" },
              { u"truck", u"货车" }, { u"motorbike", u"摩托车" }, { u"on foot", u"步行" } };
    for (const auto &[en, zh] : names) {
        if (vehicle.compare(QStringView(en), Qt::CaseInsensitive) == 0)
            return QString::fromUtf16(zh);
    }
    return vehicle;
}

} // namespace

SightingScore::SightingScore(const Scenario &scenario, const SimWorld &world)
    : m_scenario(scenario)
    , m_world(world)
{ }

quint64 SightingScore::cellKey(int row, int column)
{
    return (quint64(quint32(row)) << 32) | quint32(column);
}

void SightingScore::observe(const std::vector<Event> &events)
{
    for (const auto &e : events) {
        if (const auto *c = std::get_if<CameraReported>(&e.payload)) {
            if (m_cameraIndex.contains(c->cameraId))
                continue;
            const int i = int(m_cameras.size());
            m_cameras.push_back({ c->cameraId, c->name,
                maps::CameraView { { c->position.lat, c->position.lon }, c->bearingDeg, c->fovDeg } });
            m_cameraIndex.insert(c->cameraId, i);
            m_cells[cellKey(int(std::floor(c->position.lat / kCellDeg)),
                        int(std::floor(c->position.lon / kCellDeg)))]
                .push_back(i);
        } else if (const auto *u = std::get_if<UnitReported>(&e.payload)) {
            m_units.insert(u->unitId, 0);
        } else if (const auto *inc = std::get_if<IncidentReported>(&e.payload)) {
            if (inc->type != u"pickpocketing")
                continue;
            // The world's everyday pickpocketings show on the cameras too, but the exercise is
            // about its own (the scenario's and the instructor's): only those are quarries.
            if (m_world.everyday(inc->incidentId))
                m_backgroundPickpockets.insert(PickpocketAtWork::actorIdFor(inc->incidentId));
            else if (!m_pickpocketings.contains(inc->incidentId))
                m_pickpocketings[inc->incidentId] = { inc->incidentId, inc->position, e.sourceTimeMs, false };
        } else if (const auto *o = std::get_if<OrderIssued>(&e.payload)) {
            m_orderIncident[o->orderId] = o->incidentId;
        } else if (const auto *st = std::get_if<OrderStateChanged>(&e.payload)) {
            // Officers on scene: the pickpocket is gone, as the pictures show.
            if (st->state != OrderState::OnScene)
                continue;
            const auto it = m_orderIncident.find(st->orderId);
            if (it != m_orderIncident.end()) {
                if (auto p = m_pickpocketings.find(it->second); p != m_pickpocketings.end())
                    p->second.ended = true;
            }
        } else if (const auto *cl = std::get_if<IncidentClosed>(&e.payload)) {
            if (auto p = m_pickpocketings.find(cl->incidentId); p != m_pickpocketings.end())
                p->second.ended = true;
        }
    }
}

void SightingScore::sample()
{
    const qint64 now = m_world.now();
    for (const auto &s : m_world.suspects())
        see(s.id, s.pos, now);
    for (const auto &[id, p] : m_pickpocketings) {
        if (p.ended || now < p.reportedMs)
            continue;
        if (const auto at = PickpocketAtWork::at(id, p.position, p.reportedMs, now))
            see(at->actorId, at->position, now);
    }
}

void SightingScore::see(const QString &quarry, GeoPoint at, qint64 now)
{
    const int row = int(std::floor(at.lat / kCellDeg));
    const int column = int(std::floor(at.lon / kCellDeg));
    for (int dr = -1; dr <= 1; ++dr) {
        for (int dc = -1; dc <= 1; ++dc) {
            const auto cell = m_cells.constFind(cellKey(row + dr, column + dc));
            if (cell == m_cells.cend())
                continue;
            for (int i : *cell) {
                const Camera &c = m_cameras[std::size_t(i)];
                const auto sight = c.view.look({ at.lat, at.lon });
                // Under the lens is not in the picture (SceneActor::kNearestM).
                if (!sight.inView || sight.distanceM < 3)
                    continue;
                auto &open = m_open[{ quarry, c.id }];
                // A second (or a little more: a step of the clock) after the last: the same chance.
                if (open > 0 && now - m_chances[std::size_t(open - 1)].toMs <= 2000)
                    m_chances[std::size_t(open - 1)].toMs = now;
                else {
                    m_chances.push_back({ quarry, c.id, now, now });
                    open = int(m_chances.size());
                }
            }
        }
    }
}

void SightingScore::mark(const SightingMarked &mark, qint64 atMs)
{
    m_marks.push_back({ mark, atMs });
}

SightingScore::Judgement SightingScore::judge(const SightingMarked &mark) const
{
    Judgement j;
    if (!m_cameraIndex.contains(mark.cameraId)) {
        j.why = QStringLiteral("no such camera");
        return j;
    }
    if (m_units.contains(mark.actorId)) {
        j.why = QStringLiteral("marked a police unit");
        return j;
    }
    if (mark.actorId == SightingMarked::passerBy()) {
        j.why = QStringLiteral("marked a passer-by");
        return j;
    }
    if (m_backgroundPickpockets.contains(mark.actorId)) {
        j.why = QStringLiteral("not one of the exercise's suspects");
        return j;
    }
    // The chance of this camera nearest the picture's moment, within the tolerance; on the
    // quarry marked when the picture knew what was clicked.
    qint64 best = kToleranceMs + 1;
    for (std::size_t i = 0; i < m_chances.size(); ++i) {
        const Chance &c = m_chances[i];
        if (c.cameraId != mark.cameraId || (!mark.actorId.isEmpty() && c.quarry != mark.actorId))
            continue;
        const qint64 off = mark.pictureMs < c.fromMs ? c.fromMs - mark.pictureMs
            : mark.pictureMs > c.toMs                ? mark.pictureMs - c.toMs
                                                     : 0;
        if (off < best) {
            best = off;
            j.real = true;
            j.quarry = c.quarry;
            j.chance = int(i);
        }
    }
    if (!j.real)
        j.why = mark.actorId.isEmpty() ? QStringLiteral("no suspect in view")
                                       : QStringLiteral("what was marked is not a suspect");
    return j;
}

std::set<int> SightingScore::credited() const
{
    std::set<int> out;
    for (const auto &m : m_marks) {
        const Judgement j = judge(m.mark);
        if (j.real)
            out.insert(j.chance);
    }
    return out;
}

QString SightingScore::cameraName(const QString &cameraId) const
{
    const auto it = m_cameraIndex.constFind(cameraId);
    if (it == m_cameraIndex.cend())
        return cameraId;
    const Camera &c = m_cameras[std::size_t(*it)];
    return c.name.isEmpty() ? c.id : c.name;
}

QString SightingScore::quarryText(const QString &quarry, bool chinese) const
{
    const QString incident = PickpocketAtWork::incidentOf(quarry);
    if (!incident.isEmpty())
        return chinese ? QStringLiteral("扒窃嫌疑人（警情 %1）").arg(incident)
                       : QStringLiteral("the pickpocket of incident %1").arg(incident);
    for (const auto &s : m_world.suspects()) {
        if (s.id != quarry)
            continue;
        const QString vehicle = s.vehicle.isEmpty() ? QStringLiteral("vehicle") : s.vehicle;
        if (chinese)
            return s.plate.isEmpty() ? QStringLiteral("嫌疑%1").arg(vehicleZh(vehicle))
                                     : QStringLiteral("嫌疑%1 %2").arg(vehicleZh(vehicle), s.plate);
        return s.plate.isEmpty() ? QStringLiteral("the %1").arg(vehicle)
                                 : QStringLiteral("the %1 %2").arg(vehicle, s.plate);
    }
    return quarry;
}

QJsonObject SightingScore::report() const
{
    const qint64 t0 = m_scenario.startMs;
    auto minutes = [&](qint64 ms) { return std::round((ms - t0) / 6'000.0) / 10; };
    QJsonArray marks;
    std::set<int> creditedChances;
    int real = 0;
    for (const auto &m : m_marks) {
        const Judgement j = judge(m.mark);
        QJsonObject o { { QStringLiteral("camera"), m.mark.cameraId },
            { QStringLiteral("picture_min"), minutes(m.mark.pictureMs) },
            { QStringLiteral("picture_time"), clockText(m.mark.pictureMs) },
            { QStringLiteral("real"), j.real } };
        if (!m.mark.actorId.isEmpty())
            o.insert(u"marked", m.mark.actorId);
        if (j.real) {
            ++real;
            creditedChances.insert(j.chance);
            o.insert(u"suspect", j.quarry);
        } else {
            o.insert(u"why", j.why);
        }
        marks.append(o);
    }
    QJsonArray missed;
    int missedCount = 0;
    for (std::size_t i = 0; i < m_chances.size(); ++i) {
        if (creditedChances.contains(int(i)))
            continue;
        ++missedCount;
        if (missed.size() >= kMaxMissedListed)
            continue;
        const Chance &c = m_chances[i];
        const QString name = cameraName(c.cameraId);
        const QString from = clockText(c.fromMs), to = clockText(c.toMs);
        const bool passing = c.toMs - c.fromMs < 60'000;
        const QString en = passing ? QStringLiteral("%1 passed %2 at %3; nobody marked it")
                                         .arg(quarryText(c.quarry, false), name, from)
                                   : QStringLiteral("%1 was in view of %2 from %3 to %4; nobody marked it")
                                         .arg(quarryText(c.quarry, false), name, from, to);
        const QString zh = passing
            ? QStringLiteral("%1于%3经过%2，无人标记").arg(quarryText(c.quarry, true), name, from)
            : QStringLiteral("%1于%3至%4在%2画面中，无人标记")
                  .arg(quarryText(c.quarry, true), name, from, to);
        QString enText = en;
        enText[0] = enText[0].toUpper();
        missed.append(QJsonObject { { QStringLiteral("suspect"), c.quarry },
            { QStringLiteral("camera"), c.cameraId }, { QStringLiteral("from_min"), minutes(c.fromMs) },
            { QStringLiteral("to_min"), minutes(c.toMs) },
            { QStringLiteral("text"),
                QJsonObject { { QStringLiteral("zh"), zh }, { QStringLiteral("en"), enText } } } });
    }
    return QJsonObject { { QStringLiteral("marked"), int(m_marks.size()) }, { QStringLiteral("real"), real },
        { QStringLiteral("false"), int(m_marks.size()) - real },
        { QStringLiteral("chances"), int(m_chances.size()) }, { QStringLiteral("missed"), missedCount },
        { QStringLiteral("tolerance_s"), double(kToleranceMs) / 1000 }, { QStringLiteral("marks"), marks },
        { QStringLiteral("missed_chances"), missed } };
}

double SightingScore::spotted(const Objective &objective, QJsonObject &out) const
{
    const bool pickpockets = objective.suspect == u"pickpockets";
    auto wanted = [&](const QString &quarry) {
        return pickpockets ? !PickpocketAtWork::incidentOf(quarry).isEmpty() : quarry == objective.suspect;
    };
    // When each wanted quarry was first in view, and when it was first spotted.
    std::map<QString, qint64> firstSeen, firstSpotted;
    for (const auto &c : m_chances) {
        if (!wanted(c.quarry))
            continue;
        auto [it, added] = firstSeen.try_emplace(c.quarry, c.fromMs);
        if (!added)
            it->second = std::min(it->second, c.fromMs);
    }
    for (const auto &m : m_marks) {
        const Judgement j = judge(m.mark);
        if (!j.real || !wanted(j.quarry))
            continue;
        auto [it, added] = firstSpotted.try_emplace(j.quarry, m.mark.pictureMs);
        if (!added)
            it->second = std::min(it->second, m.mark.pictureMs);
    }
    int inTime = 0;
    for (const auto &[quarry, seen] : firstSeen) {
        const auto spot = firstSpotted.find(quarry);
        if (spot != firstSpotted.end()
            && (objective.minutes <= 0 || spot->second - seen <= qint64(objective.minutes * 60'000)))
            ++inTime;
    }
    out.insert(u"on_camera", int(firstSeen.size()));
    out.insert(u"spotted", inTime);
    const double share = firstSeen.empty() ? 0 : double(inTime) / double(firstSeen.size());
    out.insert(u"value", std::round(share * 100) / 100);
    return share;
}

} // namespace wf::sim
