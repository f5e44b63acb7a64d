#pragma once

#include "Event.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace wf {

// The world a training run starts from instead of the training world's own start: a moment of a
// recording chosen by a supervisor ("Train from here", --train-from JOURNAL --at TIME), so that a
// class replays a real incident and tries another decision. It holds only what the training
// world can take on: the units where and as they were (with the order a busy unit was on), the
// incidents still open and the world's clock. Plain data of the connector API, so that the
// training plugin reads it without the core; RecordedMoment (core) makes it from a recording.
// The cordons are not in it: they are set again in the new session as ordinary cordon events.
struct TrainingStart
{
    struct Unit
    {
        UnitReported info; // id, call sign, kind, status, position, heading at the moment
        // The order it was on, when it was busy with one: the task (the protocol's name), the
        // place and the incident (empty for none).
        QString task;
        GeoPoint target;
        QString incidentId;
        friend bool operator==(const Unit &, const Unit &) = default;
    };
    qint64 clockMs = 0; // the world's clock at the moment
    QList<Unit> units;
    QList<IncidentReported> incidents; // open at the moment
    friend bool operator==(const TrainingStart &, const TrainingStart &) = default;
};

// As bytes, for a connector's settings ("start" in the sim's QVariantMap): a plugin and the
// application each link their own copy of this library, so a typed QVariant would not cross.
// Bytes of another layout version, damaged or over the size limit are refused with the reason.
QByteArray encodeTrainingStart(const TrainingStart &start);
std::optional<TrainingStart> decodeTrainingStart(const QByteArray &bytes, QString *error);

// The most a start may hold: a province's fleet is under 3,000 units.
inline constexpr int kMaxTrainingStartUnits = 100'000;
inline constexpr int kMaxTrainingStartIncidents = 100'000;

} // namespace wf
