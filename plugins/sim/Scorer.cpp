#include "Scorer.h"

#include "Percentile.h"
#include "SimGeometry.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>
#include <algorithm>
#include <cmath>

namespace wf::sim {

namespace {

double round1(double v)
{
    return std::round(v * 10) / 10;
}

} // namespace

Scorer::Scorer(const Scenario &scenario, const SimWorld &world)
    : m_scenario(scenario)
    , m_world(world)
    , m_sightings(scenario, world)
    , m_cordonScore(world)
{
    // The same zone layer the workstation ranks and shows against.
    QString error;
    m_zones = maps::ZoneLayer::load(
        QStringLiteral(":/watchfloor/sim/zones/hubei-response-zones.geojson"), &error);
    if (!m_zones)
        qWarning("training zones: %s", qPrintable(error));
}

QString Scorer::zoneOf(GeoPoint p) const
{
    const auto zone = m_zones ? m_zones->zoneAt({ p.lat, p.lon }) : maps::ResponseZone::None;
    // Outside every zone the real system sets no target; the report calls that "rural".
    return zone == maps::ResponseZone::None ? QStringLiteral("rural") : maps::responseZoneName(zone);
}

double Scorer::targetSeconds(const QString &zone) const
{
    const auto z = maps::responseZoneFromName(zone);
    return z ? maps::responseTargetSeconds(*z) : 0;
}

void Scorer::observe(const std::vector<Event> &events)
{
    m_sightings.observe(events);
    for (const auto &e : events) {
        ++m_events;
        m_cordonScore.observe(e);
        if (const auto *inc = std::get_if<IncidentReported>(&e.payload)) {
            m_incidentIndex[inc->incidentId] = m_incidents.size();
            m_incidents.push_back(
                { inc->incidentId, inc->type, zoneOf(inc->position), inc->position, e.sourceTimeMs, 0, {} });
        } else if (const auto *o = std::get_if<OrderIssued>(&e.payload)) {
            m_orders[o->orderId] = { o->unitId, o->incidentId, o->task, {} };
            m_orderSequence.push_back(o->orderId);
        } else if (const auto *st = std::get_if<OrderStateChanged>(&e.payload)) {
            auto it = m_orders.find(st->orderId);
            if (it == m_orders.end())
                continue;
            it->second.states.insert(int(st->state));
            if (st->state == OrderState::OnScene && !it->second.incidentId.isEmpty()) {
                auto ii = m_incidentIndex.find(it->second.incidentId);
                if (ii != m_incidentIndex.end() && m_incidents[ii->second].firstOnSceneMs == 0) {
                    m_incidents[ii->second].firstOnSceneMs = e.sourceTimeMs;
                    m_incidents[ii->second].firstUnit = it->second.unitId;
                }
            }
        }
    }
    m_cordonScore.sample();
}

QJsonObject Scorer::report(const std::vector<CordonPlan> &cordons, quint64 seed) const
{
    const qint64 t0 = m_scenario.startMs;
    auto minutes = [&](qint64 ms) { return round1((ms - t0) / 60'000.0); };
    QJsonObject root;
    root.insert(u"scenario", m_scenario.id);
    root.insert(u"title",
        QJsonObject {
            { QStringLiteral("zh"), m_scenario.title.zh }, { QStringLiteral("en"), m_scenario.title.en } });
    root.insert(u"seed", QString::number(seed));
    root.insert(u"scale", scaleName(m_scenario.scale));
    root.insert(u"start",
        QDateTime::fromMSecsSinceEpoch(t0, QTimeZone::fromSecondsAheadOfUtc(8 * 3600)).toString(Qt::ISODate));
    root.insert(u"duration_min", m_scenario.durationMin);
    root.insert(u"policy",
        QStringLiteral(
            "built-in: nearest available unit; ring cordons and checkpoints ahead of the suspect"));
    root.insert(u"road_network", QStringLiteral("generated (not real roads)"));
    root.insert(u"units", m_world.unitCount());

    // Response times.
    QJsonArray incidents;
    std::map<QString, std::vector<double>> times;
    std::map<QString, int> counts, met, answered;
    for (const auto &i : m_incidents) {
        const double target = targetSeconds(i.zone);
        QJsonObject o { { QStringLiteral("id"), i.id }, { QStringLiteral("type"), i.type },
            { QStringLiteral("zone"), i.zone }, { QStringLiteral("reported_min"), minutes(i.reportedMs) } };
        o.insert(u"target_s", target > 0 ? QJsonValue(target) : QJsonValue());
        ++counts[i.zone];
        if (i.firstOnSceneMs > 0) {
            const double s = round1((i.firstOnSceneMs - i.reportedMs) / 1000.0);
            o.insert(u"response_s", s);
            o.insert(u"unit", i.firstUnit);
            o.insert(u"met", target > 0 ? QJsonValue(s <= target) : QJsonValue());
            times[i.zone].push_back(s);
            ++answered[i.zone];
            if (target > 0 && s <= target)
                ++met[i.zone];
        } else {
            o.insert(u"response_s", QJsonValue());
            o.insert(u"met", target > 0 ? QJsonValue(false) : QJsonValue());
        }
        incidents.append(o);
    }
    QJsonObject response;
    for (const auto &[zone, n] : counts) {
        auto v = times[zone];
        auto pct = [&](double p) {
            const auto value = nearestRank(v, p);
            return value ? QJsonValue(*value) : QJsonValue();
        };
        const double target = targetSeconds(zone);
        response.insert(zone,
            QJsonObject { { QStringLiteral("incidents"), n }, { QStringLiteral("answered"), answered[zone] },
                { QStringLiteral("target_s"), target > 0 ? QJsonValue(target) : QJsonValue() },
                { QStringLiteral("met_target"), target > 0 ? QJsonValue(met[zone]) : QJsonValue() },
                { QStringLiteral("median_s"), pct(0.5) }, { QStringLiteral("p90_s"), pct(0.9) } });
    }
    root.insert(u"response", response);
    root.insert(u"incidents", incidents);

    // Suspects.
    QJsonArray suspects;
    for (const auto &s : m_world.suspects()) {
        const int sightings = int(std::count_if(m_world.sightings().begin(), m_world.sightings().end(),
            [&](const Sighting &x) { return x.suspectId == s.id; }));
        QJsonObject o { { QStringLiteral("id"), s.id }, { QStringLiteral("plate"), s.plate },
            { QStringLiteral("intercepted"), s.intercepted }, { QStringLiteral("plate_reads"), sightings },
            { QStringLiteral("reached_destination"), s.arrived } };
        if (s.intercepted) {
            o.insert(u"intercepted_min", minutes(s.interceptedAtMs));
            o.insert(u"where", s.interceptedWhere);
            o.insert(u"by", s.interceptedBy);
        }
        o.insert(u"position",
            QJsonObject { { QStringLiteral("lat"), std::round(s.pos.lat * 1e5) / 1e5 },
                { QStringLiteral("lon"), std::round(s.pos.lon * 1e5) / 1e5 } });
        o.insert(u"km_from_start", round1(distanceMeters(s.start, s.pos) / 1000));
        suspects.append(o);
    }
    root.insert(u"suspects", suspects);

    // Cordons.
    QJsonArray cordonList;
    for (const auto &c : cordons) {
        QJsonObject o { { QStringLiteral("id"), c.id }, { QStringLiteral("name"), c.name },
            { QStringLiteral("level"), c.level }, { QStringLiteral("checkpoints"), int(c.sites.size()) },
            { QStringLiteral("set_min"), minutes(c.setAtMs) } };
        o.insert(u"closed_min", c.closedAtMs > 0 ? QJsonValue(minutes(c.closedAtMs)) : QJsonValue());
        o.insert(u"time_to_close_s",
            c.closedAtMs > 0 ? QJsonValue(round1((c.closedAtMs - c.setAtMs) / 1000.0)) : QJsonValue());
        cordonList.append(o);
    }
    root.insert(u"cordons", cordonList);
    // Every cordon set, by whom, and how it met the suspects: the crossing each came to, held or
    // not, and the share of the ring held at that moment.
    root.insert(u"rings", m_cordonScore.report(t0));
    root.insert(u"sightings", m_sightings.report());

    // Orders.
    std::map<OrderState, int> reached;
    for (const auto &id : m_orderSequence) {
        for (int s : m_orders.at(id).states)
            ++reached[OrderState(s)];
    }
    const int issued = int(m_orderSequence.size());
    root.insert(u"orders",
        QJsonObject { { QStringLiteral("issued"), issued },
            { QStringLiteral("delivered"), reached[OrderState::Delivered] },
            { QStringLiteral("acknowledged"), reached[OrderState::Acknowledged] },
            { QStringLiteral("en_route"), reached[OrderState::EnRoute] },
            { QStringLiteral("on_scene"), reached[OrderState::OnScene] },
            { QStringLiteral("completed"), reached[OrderState::Done] },
            { QStringLiteral("rejected"), reached[OrderState::Rejected] },
            { QStringLiteral("no_answer"), reached[OrderState::NoAnswer] } });
    root.insert(u"congestion",
        QJsonObject { { QStringLiteral("spots"), m_world.congestionSpots() },
            { QStringLiteral("cleared_by_units"), m_world.congestionClearedByUnits() },
            { QStringLiteral("cleared_naturally"), m_world.congestionClearedNaturally() },
            { QStringLiteral("open_at_end"), m_world.openCongestion() } });
    root.insert(u"feeds",
        QJsonObject { { QStringLiteral("plate_reads"), double(m_world.plateReads()) },
            { QStringLiteral("hot_list_hits"), m_world.hotListHits() },
            { QStringLiteral("position_reports"), double(m_world.positionReports()) },
            { QStringLiteral("events"), double(m_events) } });

    // Objectives and the score.
    QJsonArray objectives;
    double total = 0, max = 0;
    for (const auto &ob : m_scenario.objectives) {
        double achieved = 0;
        QJsonObject o { { QStringLiteral("id"), ob.id }, { QStringLiteral("kind"), ob.kind },
            { QStringLiteral("text"),
                QJsonObject {
                    { QStringLiteral("zh"), ob.text.zh }, { QStringLiteral("en"), ob.text.en } } } };
        if (ob.kind == u"respond_within") {
            int n = 0, ok = 0;
            for (const auto &i : m_incidents) {
                const double target = targetSeconds(i.zone);
                if ((ob.zone != u"any" && i.zone != ob.zone) || target <= 0)
                    continue;
                ++n;
                ok += i.firstOnSceneMs > 0 && (i.firstOnSceneMs - i.reportedMs) / 1000.0 <= target;
            }
            const double frac = n > 0 ? double(ok) / n : 0;
            o.insert(u"value", round1(frac * 100) / 100);
            achieved = std::min(1.0, frac / ob.share);
        } else if (ob.kind == u"intercept") {
            for (const auto &s : m_world.suspects()) {
                if (s.id == ob.suspect && s.intercepted
                    && (ob.minutes <= 0 || (s.interceptedAtMs - t0) <= ob.minutes * 60'000))
                    achieved = 1;
            }
            o.insert(u"value", achieved > 0);
        } else if (ob.kind == u"close_cordon") {
            for (const auto &c : cordons) {
                if (c.level == ob.cordon && c.closedAtMs > 0
                    && (ob.minutes <= 0 || (c.closedAtMs - c.setAtMs) <= ob.minutes * 60'000))
                    achieved = 1;
            }
            o.insert(u"value", achieved > 0);
        } else if (ob.kind == u"hold_ring") {
            achieved
                = m_cordonScore.heldBefore(ob.suspect, ob.minutes > 0 ? t0 + qint64(ob.minutes * 60'000) : 0)
                ? 1
                : 0;
            o.insert(u"value", achieved > 0);
        } else if (ob.kind == u"clear_congestion") {
            const int spots = m_world.congestionSpots();
            const double frac = spots > 0 ? double(m_world.congestionClearedByUnits()) / spots : 0;
            o.insert(u"value", round1(frac * 100) / 100);
            achieved = std::min(1.0, frac / ob.share);
        } else if (ob.kind == u"spot") {
            achieved = std::min(1.0, m_sightings.spotted(ob, o) / ob.share);
        } else if (ob.kind == u"orders_completed") {
            const double frac = issued > 0 ? double(reached[OrderState::Done]) / issued : 0;
            o.insert(u"value", round1(frac * 100) / 100);
            achieved = std::min(1.0, frac / ob.share);
        }
        const double points = round1(ob.points * achieved);
        o.insert(u"points", points);
        o.insert(u"max_points", ob.points);
        objectives.append(o);
        total += points;
        max += ob.points;
    }
    root.insert(u"objectives", objectives);
    root.insert(u"score",
        QJsonObject { { QStringLiteral("points"), round1(total) }, { QStringLiteral("max"), max },
            { QStringLiteral("percent"), max > 0 ? round1(100 * total / max) : 0.0 } });
    return root;
}

} // namespace wf::sim
