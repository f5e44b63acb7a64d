#include "EventJson.h"

#include "MqttCodec.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace wf::ctl {

namespace {

QJsonObject point(const GeoPoint &p)
{
    return { { QStringLiteral("lat"), p.lat }, { QStringLiteral("lon"), p.lon } };
}

// The kinds the protocol has no message for (the workstation's own records).
struct Data
{
    QJsonObject operator()(const UnitStatusChanged &p) const
    {
        return { { QStringLiteral("unit_id"), p.unitId },
            { QStringLiteral("status"), unitStatusName(p.status).toString() } };
    }
    QJsonObject operator()(const OrderStateChanged &p) const
    {
        return { { QStringLiteral("order_id"), p.orderId },
            { QStringLiteral("state"), orderStateName(p.state).toString() },
            { QStringLiteral("note"), p.note } };
    }
    QJsonObject operator()(const OperatorAction &p) const
    {
        return { { QStringLiteral("operator"), p.operatorId }, { QStringLiteral("action"), p.action },
            { QStringLiteral("detail"), p.detail } };
    }
    QJsonObject operator()(const TrainingCommand &p) const
    {
        QJsonObject o = point(p.position);
        o.insert(QStringLiteral("command"), int(p.command));
        o.insert(QStringLiteral("subject"), p.subject);
        return o;
    }
    QJsonObject operator()(const ScenarioScored &p) const
    {
        return { { QStringLiteral("scenario_id"), p.scenarioId }, { QStringLiteral("reason"), p.reason },
            { QStringLiteral("report"), QJsonDocument::fromJson(p.reportJson.toUtf8()).object() },
            { QStringLiteral("saved"), p.savedPath } };
    }
    QJsonObject operator()(const IncidentStageChanged &p) const
    {
        return { { QStringLiteral("incident_id"), p.incidentId },
            { QStringLiteral("stage"), incidentStageName(p.stage).toString() },
            { QStringLiteral("note"), p.note } };
    }
    QJsonObject operator()(const AlertDismissed &p) const
    {
        return { { QStringLiteral("alert_id"), p.alertId }, { QStringLiteral("reason"), p.reason } };
    }
    QJsonObject operator()(const AlertSnoozed &p) const
    {
        return { { QStringLiteral("alert_id"), p.alertId },
            { QStringLiteral("until_ts"), double(p.untilMs) } };
    }
    QJsonObject operator()(const AlertLinked &p) const
    {
        return { { QStringLiteral("alert_id"), p.alertId }, { QStringLiteral("incident_id"), p.incidentId } };
    }
    QJsonObject operator()(const BackendStatus &p) const
    {
        return { { QStringLiteral("state"), p.state }, { QStringLiteral("broker"), p.broker },
            { QStringLiteral("role"), p.role }, { QStringLiteral("namespace"), p.ns },
            { QStringLiteral("detail"), p.detail }, { QStringLiteral("outbox_pending"), p.outboxPending },
            { QStringLiteral("refused_messages"), p.refusedMessages } };
    }
    QJsonObject operator()(const SightingMarked &p) const
    {
        QJsonObject o { { QStringLiteral("camera_id"), p.cameraId },
            { QStringLiteral("picture_ts"), double(p.pictureMs) }, { QStringLiteral("x"), p.x },
            { QStringLiteral("y"), p.y }, { QStringLiteral("actor_id"), p.actorId } };
        if (p.ground)
            o.insert(u"ground", point(*p.ground));
        return o;
    }
    QJsonObject operator()(const auto &) const { return {}; }
};

} // namespace

QJsonObject eventJson(const Event &event)
{
    QJsonObject data = std::visit(Data {}, event.payload);
    if (data.isEmpty()) {
        // What the protocol carries is written as its message's fields.
        static const mqtt::MqttCodec codec(QStringLiteral("training"));
        QString error;
        auto message = codec.encodeReport(event, &error);
        if (!message)
            message = codec.encode(event, {}, &error);
        if (message) {
            data = QJsonDocument::fromJson(message->payload).object();
            data.remove(QStringLiteral("v"));
            data.remove(QStringLiteral("ts"));
        } else {
            data.insert(QStringLiteral("unencodable"), error);
        }
    }
    return { { QStringLiteral("seq"), double(event.seq) },
        { QStringLiteral("kind"), eventKindName(event.kind()).toString() },
        { QStringLiteral("source"), event.source },
        { QStringLiteral("source_ts"), double(event.sourceTimeMs) },
        { QStringLiteral("receive_ts"), double(event.receiveTimeMs) },
        { QStringLiteral("id"), event.entityId() }, { QStringLiteral("data"), data } };
}

} // namespace wf::ctl
