#pragma once

#include "Event.h"
#include "TrainingStart.h"

#include <QList>
#include <QString>
#include <optional>

namespace wf {

class WorldState;

// A moment of a recording as a training run starts from it (--train-from JOURNAL --at TIME): the
// world rebuilt by JournalPlayback (nearest keyframe plus the events after it) and taken apart
// into what the training world takes on (TrainingStart) and the cordons set then, which the new
// session sets again as its own. Reads the journal only; a file that is not a journal, a moment
// outside it, a damaged file or events this version cannot read are refused in words, since a
// lost event could hide a unit's status or a cordon's lifting.
struct RecordedMoment
{
    QString journal;
    qint64 atMs = 0; // the moment, a receive time of the journal
    TrainingStart start;
    QList<CordonSet> cordons; // set at the moment

    // at: --at's value, an offset from the journal's start when isOffset.
    static std::optional<RecordedMoment> read(
        const QString &journal, qint64 at, bool isOffset, QString *error);
    // What the training world takes on from a world: its clock, every unit as it stands (a unit en
    // route or on scene keeps the order it is on), the open incidents.
    static TrainingStart startOf(const WorldState &world);
};

} // namespace wf
