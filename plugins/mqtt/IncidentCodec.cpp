#include "IncidentCodec.h"

namespace wf::mqtt {

EventPayload IncidentCodec::decode(PayloadFields &f, QString *payloadId)
{
    *payloadId = f.id("incident_id");
    const QString state = f.text("state", 32, true);
    if (f.ok() && state == u"closed")
        return IncidentClosed { *payloadId, f.text("resolution") };
    if (f.ok() && state == u"open") {
        IncidentReported p;
        p.incidentId = *payloadId;
        p.type = f.text("type", 64, true);
        p.summary = f.text("summary");
        p.severity = f.choice("severity", kSeverities, Severity::Medium);
        p.position = f.position();
        return p;
    }
    f.fail("out_of_range", "state");
    return {};
}

std::optional<OutgoingMessage> IncidentCodec::encodeReported(
    const QByteArray &prefix, const IncidentReported &i, qint64 ts, QString *error)
{
    if (!PayloadFields::validId(i.incidentId)) {
        *error = QStringLiteral("incident id '%1' cannot be published").arg(i.incidentId);
        return std::nullopt;
    }
    OutgoingMessage m;
    m.topic = prefix + "incidents/" + i.incidentId.toUtf8();
    m.payload = toJson(
        withPosition({ { QStringLiteral("incident_id"), i.incidentId },
                         { QStringLiteral("state"), QStringLiteral("open") },
                         { QStringLiteral("type"), i.type }, { QStringLiteral("summary"), i.summary },
                         { QStringLiteral("severity"), toName(kSeverities, i.severity) } },
            i.position),
        ts);
    m.retain = true;
    return m;
}

std::optional<OutgoingMessage> IncidentCodec::encodeClosed(
    const QByteArray &prefix, const IncidentClosed &i, qint64 ts, QString *error)
{
    if (!PayloadFields::validId(i.incidentId)) {
        *error = QStringLiteral("incident id '%1' cannot be published").arg(i.incidentId);
        return std::nullopt;
    }
    OutgoingMessage m;
    m.topic = prefix + "incidents/" + i.incidentId.toUtf8();
    m.payload = toJson({ { QStringLiteral("incident_id"), i.incidentId },
                           { QStringLiteral("state"), QStringLiteral("closed") },
                           { QStringLiteral("resolution"), i.resolution } },
        ts);
    m.retain = true;
    m.expirySeconds = 86400;
    return m;
}

} // namespace wf::mqtt
