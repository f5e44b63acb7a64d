#include "ShiftStatistics.h"

#include "BoundaryCatalog.h"
#include "Percentile.h"
#include "SpreadsheetCell.h"
#include "WorldState.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>
#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <memory>

namespace wf {

namespace {

// The classes in the order the panel and the CSV list them: strictest first, then no target.
constexpr std::array kClasses { maps::ResponseZone::KeySite, maps::ResponseZone::Central,
    maps::ResponseZone::Urban, maps::ResponseZone::None };

// The times and counts behind one summary line.
struct Tally
{
    ShiftStatistics::Summary line;
    std::vector<double> times;

    void add(const ShiftStatistics::IncidentResult &r, std::optional<double> seconds)
    {
        ++line.incidents;
        if (r.targetSeconds > 0)
            ++line.targeted;
        if (!seconds)
            return;
        ++line.reached;
        times.push_back(*seconds);
        if (r.targetSeconds > 0 && *seconds <= r.targetSeconds)
            ++line.withinTarget;
    }
    ShiftStatistics::Summary done()
    {
        // The training report's rule (Percentile.h), so both give the same medians for a run.
        line.medianSeconds = nearestRank(times, 0.5);
        line.p90Seconds = nearestRank(times, 0.9);
        return line;
    }
};

QString districtLabel(const IncidentPlace &p, bool chinese)
{
    if (p.district.isEmpty())
        return ShiftStatistics::tr("outside the districts");
    return chinese || p.districtEn.isEmpty() ? p.district : p.districtEn;
}

QString number(std::optional<double> v)
{
    return v ? QString::number(*v, 'f', 1) : QString();
}

} // namespace

ShiftStatistics::ShiftStatistics()
{
    for (const auto zone : kClasses) {
        Summary summary;
        summary.key = maps::responseZoneName(zone);
        summary.label = className(zone);
        m_classes.push_back(std::move(summary));
    }
    m_overall.key = QStringLiteral("all");
    m_overall.label = tr("all incidents");
}

std::optional<double> ShiftStatistics::Summary::withinPercent() const
{
    if (targeted == 0)
        return std::nullopt;
    return 100.0 * withinTarget / targeted;
}

ShiftStatistics::PlaceOf ShiftStatistics::placeLookup(
    const maps::ZoneLayer *zones, const maps::BoundaryCatalog *districts)
{
    struct Known
    {
        GeoPoint position;
        IncidentPlace place;
    };
    auto cache = std::make_shared<QHash<QString, Known>>();
    return [zones, districts, cache](const QString &incidentId, GeoPoint p) {
        if (auto it = cache->constFind(incidentId); it != cache->cend() && it->position == p)
            return it->place;
        IncidentPlace place;
        if (zones)
            place.zone = zones->zoneAt({ p.lat, p.lon });
        if (districts) {
            // The innermost boundary around it: a district or county, else its city.
            const auto around = districts->around({ p.lat, p.lon });
            if (around.size() > 1) {
                place.district = around.back()->name;
                place.districtEn = around.back()->nameEn;
            }
        }
        cache->insert(incidentId, { p, place });
        return place;
    };
}

ShiftStatistics ShiftStatistics::compute(const WorldState &world, const PlaceOf &placeOf, bool chinese)
{
    ShiftStatistics s;
    // Each incident's first arrival, and each unit's own arrivals, from the orders' histories:
    // the world time at which an order for the incident first reported its unit on scene.
    struct Arrival
    {
        QString unitId;
        qint64 atMs = 0;
    };
    QHash<QString, QList<Arrival>> arrivals; // by incident
    QHash<QString, QHash<QString, qint64>> sent; // incident -> unit -> its first on-scene time (0: none)
    for (const OrderRow &o : world.orders()->rows()) {
        if (o.info.incidentId.isEmpty())
            continue;
        qint64 onScene = 0;
        for (const auto &[state, ms] : o.history) {
            if (state == OrderState::OnScene) {
                onScene = ms;
                break;
            }
        }
        // A lookout asks units to watch, not to go: it is no response to the incident.
        if (o.info.task == u"lookout")
            continue;
        qint64 &known = sent[o.info.incidentId][o.info.unitId];
        if (onScene > 0 && (known == 0 || onScene < known))
            known = onScene;
        if (onScene > 0)
            arrivals[o.info.incidentId].append({ o.info.unitId, onScene });
    }

    for (const IncidentRow &row : world.incidents()->rows()) {
        IncidentResult r;
        r.incidentId = row.info.incidentId;
        r.type = row.info.type;
        r.place = placeOf ? placeOf(r.incidentId, row.info.position) : IncidentPlace {};
        r.targetSeconds = maps::responseTargetSeconds(r.place.zone);
        r.reportedMs = row.reportedMs;
        r.open = row.open;
        for (const Arrival &a : arrivals.value(r.incidentId)) {
            if (r.firstOnSceneMs == 0 || a.atMs < r.firstOnSceneMs) {
                r.firstOnSceneMs = a.atMs;
                r.firstUnitId = a.unitId;
            }
        }
        if (r.firstOnSceneMs > 0) {
            r.responseSeconds = (r.firstOnSceneMs - r.reportedMs) / 1000.0;
            r.outcome = r.targetSeconds == 0            ? Outcome::Reached
                : *r.responseSeconds <= r.targetSeconds ? Outcome::WithinTarget
                                                        : Outcome::Late;
        } else {
            r.outcome = row.open ? Outcome::Open : Outcome::NeverReached;
        }
        s.m_incidents.push_back(r);
    }
    // Oldest first, as a shift is read.
    std::sort(
        s.m_incidents.begin(), s.m_incidents.end(), [](const IncidentResult &a, const IncidentResult &b) {
            return a.reportedMs != b.reportedMs ? a.reportedMs < b.reportedMs : a.incidentId < b.incidentId;
        });

    std::map<maps::ResponseZone, Tally> classes;
    std::map<QString, Tally> units, districts;
    Tally overall;
    for (const auto zone : kClasses) {
        classes[zone].line.key = maps::responseZoneName(zone);
        classes[zone].line.label = className(zone);
    }
    for (const IncidentResult &r : s.m_incidents) {
        classes[r.place.zone].add(r, r.responseSeconds);
        overall.add(r, r.responseSeconds);
        Tally &d = districts[r.place.district];
        d.line.key = r.place.district;
        d.line.label = districtLabel(r.place, chinese);
        d.add(r, r.responseSeconds);
        // Per unit: each unit sent to the incident, timed by its own arrival.
        const auto unitsSent = sent.value(r.incidentId);
        for (auto it = unitsSent.cbegin(); it != unitsSent.cend(); ++it) {
            Tally &u = units[it.key()];
            u.line.key = it.key();
            const UnitRow *unit = world.units()->find(it.key());
            u.line.label = unit ? unit->info.callSign : it.key();
            u.add(r,
                it.value() > 0 ? std::optional<double>((it.value() - r.reportedMs) / 1000.0) : std::nullopt);
            if (it.key() == r.firstUnitId)
                ++u.line.firstOnScene;
        }
    }
    s.m_classes.clear();
    for (const auto zone : kClasses)
        s.m_classes.push_back(classes[zone].done());
    for (auto &[key, t] : units)
        s.m_units.push_back(t.done());
    for (auto &[key, t] : districts)
        s.m_districts.push_back(t.done());
    s.m_overall = overall.done();
    s.m_overall.key = QStringLiteral("all");
    s.m_overall.label = tr("all incidents");
    // Units by call sign; districts by name, those outside last.
    std::sort(s.m_units.begin(), s.m_units.end(), [](const Summary &a, const Summary &b) {
        return a.label != b.label ? a.label < b.label : a.key < b.key;
    });
    std::stable_sort(s.m_districts.begin(), s.m_districts.end(),
        [](const Summary &a, const Summary &b) { return !a.key.isEmpty() && b.key.isEmpty(); });
    return s;
}

const ShiftStatistics::Summary &ShiftStatistics::forClass(maps::ResponseZone zone) const
{
    for (std::size_t i = 0; i < kClasses.size(); ++i) {
        if (kClasses[i] == zone)
            return m_classes[i];
    }
    return m_classes.back();
}

QString ShiftStatistics::className(maps::ResponseZone zone)
{
    switch (zone) {
    case maps::ResponseZone::KeySite:
        return tr("key site (1 min)");
    case maps::ResponseZone::Central:
        return tr("central urban (3 min)");
    case maps::ResponseZone::Urban:
        return tr("other urban (5 min)");
    case maps::ResponseZone::None:
        break;
    }
    return tr("no target");
}

QString ShiftStatistics::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::WithinTarget:
        return tr("within target");
    case Outcome::Late:
        return tr("late");
    case Outcome::Reached:
        return tr("reached");
    case Outcome::Open:
        return tr("not reached, open");
    case Outcome::NeverReached:
        return tr("never reached");
    }
    return {};
}

QByteArray ShiftStatistics::csv(int utcOffsetSeconds, bool chinese) const
{
    const QTimeZone zone = QTimeZone::fromSecondsAheadOfUtc(utcOffsetSeconds);
    auto time = [&](qint64 ms) {
        return ms > 0
            ? QDateTime::fromMSecsSinceEpoch(ms, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
            : QString();
    };
    auto line = [](const QStringList &cells) {
        QStringList out;
        for (const QString &c : cells)
            out.append(spreadsheetCell(c));
        return out.join(u',') + QStringLiteral("\r\n");
    };
    QString text;
    text += line({ tr("incident"), tr("type"), tr("response class"), tr("target (s)"), tr("district"),
        tr("created"), tr("first on scene"), tr("first unit"), tr("response (s)"), tr("outcome") });
    for (const IncidentResult &r : m_incidents) {
        text += line({ r.incidentId, r.type, className(r.place.zone),
            r.targetSeconds > 0 ? QString::number(r.targetSeconds) : QString(),
            districtLabel(r.place, chinese), time(r.reportedMs), time(r.firstOnSceneMs), r.firstUnitId,
            number(r.responseSeconds), outcomeName(r.outcome) });
    }
    text += QStringLiteral("\r\n");
    text += line({ tr("summary"), tr("name"), tr("incidents"), tr("arrivals"), tr("with a target"),
        tr("within target"), tr("within target (%)"), tr("median (s)"), tr("90th percentile (s)"),
        tr("first on scene") });
    auto summary = [&](const QString &scope, const Summary &s, bool unit) {
        text += line({ scope, s.label, QString::number(s.incidents), QString::number(s.reached),
            QString::number(s.targeted), QString::number(s.withinTarget), number(s.withinPercent()),
            number(s.medianSeconds), number(s.p90Seconds),
            unit ? QString::number(s.firstOnScene) : QString() });
    };
    summary(tr("shift"), m_overall, false);
    for (const Summary &s : m_classes)
        summary(tr("class"), s, false);
    for (const Summary &s : m_districts)
        summary(tr("district"), s, false);
    for (const Summary &s : m_units)
        summary(tr("unit"), s, true);
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace wf
