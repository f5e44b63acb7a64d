#pragma once

#include "Event.h"
#include "OutgoingMessage.h"
#include "PayloadFields.h"

namespace wf::mqtt {

// A training exercise's script (docs/protocol.md 4.13), what the field simulator publishes on
// the exercise's retained topic. Only the training namespace has exercises: MqttCodec refuses
// them elsewhere, before they get here. prefix is the namespace's "wf/<ns>/".
class ExerciseCodec
{
public:
    static constexpr int kMaxBriefingChars = 4000;
    static constexpr int kMaxSuspects = 100;

    static ScenarioStarted decode(PayloadFields &f, QString *payloadId);
    // id is the scenario's, checked by the caller.
    static OutgoingMessage encode(
        const QByteArray &prefix, const QString &id, const ScenarioStarted &s, qint64 ts);
};

} // namespace wf::mqtt
