#include "WorldSnapshot.h"

#include "WorldState.h"

#include <QDataStream>
#include <QIODevice>

namespace wf {

namespace {

// Bump when the layout changes; older snapshots are then ignored and playback replays events.
// 2: incident stages and linked alerts, alert queue states, order histories.
// 3: cordons with the time they were set, their activation and closure; the dispatcher's
// last-seen places (marked sightings, hot-listed plate reads).
constexpr quint8 kSnapshotVersion = 3;
// Payload structs are stored in the journal's own versioned encoding.
template<typename T> void putPayload(QDataStream &out, const T &payload)
{
    out << encodePayload(EventPayload(payload));
}

template<typename T> bool getPayload(QDataStream &in, EventKind kind, T *payload)
{
    QByteArray bytes;
    in >> bytes;
    auto decoded = decodePayload(kind, bytes);
    if (!decoded || !std::holds_alternative<T>(*decoded))
        return false;
    *payload = std::get<T>(std::move(*decoded));
    return true;
}

} // namespace

QByteArray encodeWorld(const WorldState &w)
{
    QByteArray raw;
    QDataStream out(&raw, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_8);
    out << kSnapshotVersion << w.clock() << w.eventsApplied() << qint32(w.rejectedEvents()) << w.plateReads();

    auto &world = const_cast<WorldState &>(w); // the model getters are not const; nothing changes
    out << qint32(world.units()->size());
    for (const auto &r : world.units()->rows()) {
        putPayload(out, r.info);
        out << r.speedKmh << r.lastFixMs;
    }
    out << qint32(world.cameras()->size());
    for (const auto &r : world.cameras()->rows())
        putPayload(out, r);
    out << qint32(world.sites()->size());
    for (const auto &r : world.sites()->rows())
        putPayload(out, r);
    out << qint32(world.incidents()->size());
    for (const auto &r : world.incidents()->rows()) {
        putPayload(out, r.info);
        out << r.reportedMs << r.open << r.resolution << quint8(r.stage);
        for (qint64 ms : r.stageMs)
            out << ms;
        out << r.alerts << r.source;
    }
    out << qint32(world.congestion()->size());
    for (const auto &r : world.congestion()->rows()) {
        putPayload(out, r.info);
        out << r.updatedMs;
    }
    out << qint32(world.orders()->size());
    for (const auto &r : world.orders()->rows()) {
        putPayload(out, r.info);
        out << quint8(r.state) << r.issuedMs << r.updatedMs << r.note << qint32(r.history.size());
        for (const auto &[state, ms] : r.history)
            out << quint8(state) << ms;
    }
    out << qint32(world.cordons()->size());
    for (const auto &r : world.cordons()->rows()) {
        putPayload(out, r.info);
        out << r.setMs << r.activatedMs << r.orderIds << r.closedMs;
    }
    out << qint32(world.alerts()->size());
    for (const auto &r : world.alerts()->rows()) {
        putPayload(out, r.info);
        out << r.raisedMs << r.acknowledged << r.dismissed << r.dismissReason << r.snoozedUntilMs
            << r.incidentId;
    }
    const ScenarioState *scenario = world.scenario();
    out << scenario->active();
    if (scenario->active())
        putPayload(out, scenario->startedEvent());
    out << scenario->ended();
    if (scenario->ended())
        putPayload(out, scenario->scoredEvent());
    out << qint32(world.lastSeen()->size());
    for (const auto &r : world.lastSeen()->rows())
        out << r.id << r.label << r.position.lat << r.position.lon << r.atMs;
    // Level 1: most of a snapshot is ids and coordinates, which compress well even so, and a
    // keyframe is written on the GUI thread.
    return qCompress(raw, 1);
}

bool restoreWorld(WorldState &world, const QByteArray &snapshot)
{
    world.reset();
    const QByteArray raw = qUncompress(snapshot);
    if (raw.isEmpty())
        return false;
    QDataStream in(raw);
    in.setVersion(QDataStream::Qt_6_8);
    quint8 version = 0;
    qint64 clock = 0, applied = 0, plateReads = 0;
    qint32 rejected = 0;
    in >> version;
    if (version != kSnapshotVersion)
        return false;
    in >> clock >> applied >> rejected >> plateReads;
    auto count = [&] {
        qint32 n = -1;
        in >> n;
        return in.status() == QDataStream::Ok && n >= 0 && n <= 10'000'000 ? n : -1;
    };
    bool ok = true;
    auto fail = [&] {
        ok = false;
        return false;
    };
    auto rows = [&](auto &&one) {
        const qint32 n = count();
        if (n < 0)
            return fail();
        for (qint32 i = 0; i < n && ok; ++i) {
            if (!one() || in.status() != QDataStream::Ok)
                return fail();
        }
        return ok;
    };
    rows([&] {
        UnitRow r;
        if (!getPayload(in, EventKind::UnitReported, &r.info))
            return false;
        in >> r.speedKmh >> r.lastFixMs;
        world.units()->upsert(r.info.unitId, r);
        return true;
    }) && rows([&] {
        CameraReported r;
        if (!getPayload(in, EventKind::CameraReported, &r))
            return false;
        world.cameras()->upsert(r.cameraId, r);
        return true;
    }) && rows([&] {
        SiteReported r;
        if (!getPayload(in, EventKind::SiteReported, &r))
            return false;
        world.sites()->upsert(r.siteId, r);
        return true;
    }) && rows([&] {
        IncidentRow r;
        if (!getPayload(in, EventKind::IncidentReported, &r.info))
            return false;
        quint8 stage = 0;
        in >> r.reportedMs >> r.open >> r.resolution >> stage;
        for (qint64 &ms : r.stageMs)
            in >> ms;
        quint32 linked = 0;
        in >> linked;
        // A damaged keyframe must not ask for gigabytes: an id takes at least 4 bytes.
        if (linked > quint32(in.device()->bytesAvailable() / 4))
            return false;
        for (quint32 i = 0; i < linked; ++i) {
            QString id;
            in >> id;
            r.alerts.append(id);
        }
        in >> r.source;
        if (stage > quint8(IncidentStage::Closed))
            return false;
        r.stage = IncidentStage(stage);
        world.incidents()->upsert(r.info.incidentId, r);
        return true;
    }) && rows([&] {
        CongestionRow r;
        if (!getPayload(in, EventKind::CongestionReported, &r.info))
            return false;
        in >> r.updatedMs;
        world.congestion()->upsert(r.info.congestionId, r);
        return true;
    }) && rows([&] {
        OrderRow r;
        quint8 state = 0;
        if (!getPayload(in, EventKind::OrderIssued, &r.info))
            return false;
        qint32 steps = 0;
        in >> state >> r.issuedMs >> r.updatedMs >> r.note >> steps;
        if (state > quint8(OrderState::Expired) || steps < 0 || steps > 1000)
            return false;
        for (qint32 i = 0; i < steps; ++i) {
            quint8 s = 0;
            qint64 ms = 0;
            in >> s >> ms;
            r.history.append({ OrderState(s), ms });
        }
        r.state = OrderState(state);
        world.orders()->upsert(r.info.orderId, r);
        return true;
    }) && rows([&] {
        CordonRow r;
        if (!getPayload(in, EventKind::CordonSet, &r.info))
            return false;
        in >> r.setMs >> r.activatedMs >> r.orderIds >> r.closedMs;
        world.cordons()->upsert(r.info.cordonId, r);
        return true;
    }) && rows([&] {
        AlertRow r;
        if (!getPayload(in, EventKind::AlertRaised, &r.info))
            return false;
        in >> r.raisedMs >> r.acknowledged >> r.dismissed >> r.dismissReason >> r.snoozedUntilMs
            >> r.incidentId;
        world.alerts()->upsert(r.info.alertId, r);
        return true;
    });
    world.incidents()->recount();
    bool started = false, ended = false;
    if (ok) {
        in >> started;
        ScenarioStarted s;
        if (started && !getPayload(in, EventKind::ScenarioStarted, &s))
            ok = false;
        else if (started)
            world.scenario()->start(s);
    }
    if (ok) {
        in >> ended;
        ScenarioScored s;
        if (ended && !getPayload(in, EventKind::ScenarioScored, &s))
            ok = false;
        else if (ended)
            world.scenario()->score(s);
    }
    if (ok) {
        rows([&] {
            LastSeenRow r;
            in >> r.id >> r.label >> r.position.lat >> r.position.lon >> r.atMs;
            if (in.status() != QDataStream::Ok || r.id.isEmpty())
                return false;
            world.lastSeen()->upsert(r.id, r);
            return true;
        });
    }
    if (!ok || in.status() != QDataStream::Ok) {
        world.reset();
        return false;
    }
    world.restoreCounters(clock, applied, rejected, plateReads);
    return true;
}

} // namespace wf
