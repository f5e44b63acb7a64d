#pragma once

#include "Event.h"

#include <QString>
#include <optional>

namespace wf {

// Where the pickpocket of a reported pickpocketing works: a few metres from where the theft
// happened, facing a way of its own, for the first quarter of an hour after the report (until
// officers arrive, which the caller knows). One rule for the training cameras' pictures (who is
// in a food street's view) and for the training scorer (whether a mark on that picture was a
// real sighting), so what a trainee is judged on is what the wall showed. Pure: a function of
// the incident and the moment.
struct PickpocketAtWork
{
    static constexpr qint64 kAtWorkMs = 15 * 60'000;

    QString actorId; // "pickpocket:INCIDENT"
    GeoPoint position;
    float headingDeg = 0;

    // The pickpocket of the incident reported at reportedMs, at nowMs; nothing once the quarter
    // hour is over.
    static std::optional<PickpocketAtWork> at(
        const QString &incidentId, GeoPoint incidentPosition, qint64 reportedMs, qint64 nowMs);
    static QString actorIdFor(const QString &incidentId);
    // The incident of a pickpocket's actor id, or "" for any other actor.
    static QString incidentOf(const QString &actorId);
};

} // namespace wf
