#include "RecordedMoment.h"

#include "JournalPlayback.h"
#include "WorldState.h"

#include <QHash>

namespace wf {

std::optional<RecordedMoment> RecordedMoment::read(
    const QString &journal, qint64 at, bool isOffset, QString *error)
{
    WorldState world;
    JournalPlayback playback(&world);
    if (!playback.open(journal, error))
        return std::nullopt;
    const auto moment = playback.moment(at, isOffset, error);
    if (!moment)
        return std::nullopt;
    if (!playback.reader().verify(error))
        return std::nullopt;
    playback.seek(*moment);
    if (const qint64 bad = playback.reader().undecodable(); bad > 0) {
        if (error)
            *error = QStringLiteral("%1: %2 events cannot be read; the world at that moment is not certain, "
                                    "no training run was started")
                         .arg(journal)
                         .arg(bad);
        return std::nullopt;
    }
    RecordedMoment m;
    m.journal = journal;
    m.atMs = *moment;
    m.start = startOf(world);
    for (const auto &r : world.cordons()->rows())
        m.cordons.append(r.info);
    return m;
}

TrainingStart RecordedMoment::startOf(const WorldState &world)
{
    TrainingStart start;
    start.clockMs = world.clock();
    // Each unit's order under way: the latest one that put it on the road or on the scene (a
    // lookout binds nobody; an order not yet under way is the trainee's to give again).
    QHash<QString, const OrderRow *> current;
    for (const auto &o : world.orders()->rows()) {
        if ((o.state != OrderState::EnRoute && o.state != OrderState::OnScene) || o.info.task == u"lookout")
            continue;
        const OrderRow *&slot = current[o.info.unitId];
        if (!slot || slot->issuedMs <= o.issuedMs)
            slot = &o;
    }
    for (const auto &r : world.units()->rows()) {
        TrainingStart::Unit u { r.info, {}, {}, {} };
        const bool busy = r.info.status == UnitStatus::EnRoute || r.info.status == UnitStatus::OnScene;
        if (const OrderRow *o = current.value(r.info.unitId); busy && o) {
            u.task = o->info.task;
            u.target = o->info.target;
            u.incidentId = o->info.incidentId;
        }
        start.units.append(std::move(u));
    }
    for (const auto &r : world.incidents()->rows()) {
        if (r.open)
            start.incidents.append(r.info);
    }
    return start;
}

} // namespace wf
