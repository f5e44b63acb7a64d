#pragma once

// A deterministic dispatch shift as events, in receive-time order: units that report a position
// fix every reportEveryMs, with the status changes, incidents, orders and their progress, alerts
// and acknowledgements, and cordons set, moved and cleared that a dispatch center sees around
// them. Used by the playback tests and bench playback to make journals of any length.
#include "Event.h"

#include <QString>
#include <cmath>
#include <functional>
#include <random>
#include <vector>

namespace wf::testing {

struct ShiftOptions
{
    int units = 100;
    qint64 reportEveryMs = 5000;
    qint64 startMs = 1717200000000; // 2024-06-01 00:00 UTC
    qint64 durationMs = 3600'000;
    quint64 seed = 1;
    // Per hour.
    int incidentsPerHour = 40;
    int alertsPerHour = 60;
    int cordonEditsPerHour = 6;
};

// Calls sink(event) for every event of the shift with seq 1, 2, ... and rising receive times.
// Returns the number of events.
inline qint64 generateShift(const ShiftOptions &o, const std::function<void(const Event &)> &sink)
{
    std::mt19937_64 rng(o.seed);
    auto uniform = [&] { return std::uniform_real_distribution<double>(0, 1)(rng); };
    std::vector<GeoPoint> pos;
    std::vector<QString> ids;
    for (int i = 0; i < o.units; ++i) {
        ids.push_back(QStringLiteral("unit-%1").arg(i, 4, 10, QLatin1Char('0')));
        pos.push_back({ 30.40 + uniform() * 0.4, 114.10 + uniform() * 0.5 }); // Wuhan
    }
    qint64 seq = 0;
    auto emitAt = [&](qint64 t, EventPayload payload, const QString &source = QStringLiteral("sim")) {
        Event e;
        e.seq = ++seq;
        e.receiveTimeMs = t;
        e.sourceTimeMs = t - 200;
        e.source = source;
        e.payload = std::move(payload);
        sink(e);
    };
    for (int i = 0; i < o.units; ++i)
        emitAt(o.startMs,
            UnitReported { ids[size_t(i)], QStringLiteral("鄂A·巡%1").arg(i), UnitKind(i % 4),
                UnitStatus::Available, pos[size_t(i)], float(i % 360) });
    // One tick per unit report slot: every unit reports once per reportEveryMs, spread evenly.
    const qint64 slotMs = std::max<qint64>(1, o.reportEveryMs / std::max(1, o.units));
    const double perSlot = double(slotMs) / 3600'000.0;
    int nextIncident = 1, nextOrder = 1, nextAlert = 1, nextCordon = 1;
    std::vector<QString> openIncidents, openOrders, openAlerts, cordons;
    int unit = 0;
    for (qint64 t = o.startMs + slotMs; t < o.startMs + o.durationMs; t += slotMs) {
        GeoPoint &p = pos[size_t(unit)];
        p.lat += (uniform() - 0.5) * 4e-4;
        p.lon += (uniform() - 0.5) * 4e-4;
        emitAt(t, UnitMoved { ids[size_t(unit)], p, float(uniform() * 360), float(uniform() * 60) });
        unit = (unit + 1) % o.units;
        if (uniform() < perSlot * o.incidentsPerHour) {
            const QString id = QStringLiteral("inc-%1").arg(nextIncident++);
            const GeoPoint at { 30.40 + uniform() * 0.4, 114.10 + uniform() * 0.5 };
            emitAt(t,
                IncidentReported {
                    id, QStringLiteral("theft"), QStringLiteral("电动车被盗"), Severity(rng() % 4), at });
            openIncidents.push_back(id);
            const int u = int(rng() % quint64(o.units));
            const QString order = QStringLiteral("ORD-%1").arg(nextOrder++);
            emitAt(t, OrderIssued { order, ids[size_t(u)], QStringLiteral("respond"), at, id },
                QStringLiteral("operator"));
            emitAt(t, UnitStatusChanged { ids[size_t(u)], UnitStatus::EnRoute });
            openOrders.push_back(order);
        }
        if (!openOrders.empty() && uniform() < perSlot * o.incidentsPerHour * 3) {
            const size_t k = size_t(rng() % openOrders.size());
            const auto state = OrderState(1 + rng() % 5); // Delivered .. Done
            emitAt(t, OrderStateChanged { openOrders[k], state, QStringLiteral("radio") });
            if (state == OrderState::Done)
                openOrders.erase(openOrders.begin() + qsizetype(k));
        }
        if (!openIncidents.empty() && uniform() < perSlot * o.incidentsPerHour * 0.9) {
            const size_t k = size_t(rng() % openIncidents.size());
            emitAt(t, IncidentClosed { openIncidents[k], QStringLiteral("resolved") });
            openIncidents.erase(openIncidents.begin() + qsizetype(k));
        }
        if (uniform() < perSlot * o.alertsPerHour) {
            const QString id = QStringLiteral("alert-%1").arg(nextAlert++);
            emitAt(t, AlertRaised { id, QStringLiteral("布控车辆 鄂A12345 经过卡口"), Severity::High, p });
            openAlerts.push_back(id);
        }
        if (!openAlerts.empty() && uniform() < perSlot * o.alertsPerHour * 0.9) {
            const size_t k = size_t(rng() % openAlerts.size());
            emitAt(t, AlertAcknowledged { openAlerts[k] }, QStringLiteral("operator"));
            openAlerts.erase(openAlerts.begin() + qsizetype(k));
        }
        if (uniform() < perSlot * o.cordonEditsPerHour) {
            if (!cordons.empty() && rng() % 3 == 0) {
                emitAt(t, CordonCleared { cordons.back() }, QStringLiteral("operator"));
                cordons.pop_back();
            } else {
                const QString id = QStringLiteral("cordon-%1").arg(nextCordon++);
                const GeoPoint c { 30.40 + uniform() * 0.4, 114.10 + uniform() * 0.5 };
                QList<GeoPoint> ring;
                for (int k = 0; k < 12; ++k)
                    ring.append(
                        { c.lat + 0.02 * std::sin(k * 0.5236), c.lon + 0.025 * std::cos(k * 0.5236) });
                emitAt(
                    t, CordonSet { id, QStringLiteral("环线 %1").arg(id), ring }, QStringLiteral("operator"));
                cordons.push_back(id);
            }
        }
        if (uniform() < perSlot * 120) // off duty and back
            emitAt(t, UnitStatusChanged { ids[size_t(rng() % quint64(o.units))], UnitStatus(rng() % 4) });
    }
    return seq;
}

} // namespace wf::testing
