#include "OrderCodec.h"

#include <algorithm>

namespace wf::mqtt {

namespace {

constexpr std::array<Named<OrderState>, 10> kOrderStates { { { u"issued", OrderState::Issued },
    { u"delivered", OrderState::Delivered }, { u"acknowledged", OrderState::Acknowledged },
    { u"accepted", OrderState::Acknowledged }, { u"en_route", OrderState::EnRoute },
    { u"on_scene", OrderState::OnScene }, { u"done", OrderState::Done },
    { u"rejected", OrderState::Rejected }, { u"no_answer", OrderState::NoAnswer },
    { u"expired", OrderState::Expired } } };
constexpr std::array<QStringView, 6> kTasks { u"respond", u"move_to", u"man_checkpoint", u"hold_position",
    u"lookout", u"recall" };

} // namespace

QByteArray OrderCodec::topic(const QByteArray &prefix, const QString &unitId)
{
    return prefix + "units/" + unitId.toUtf8() + "/orders";
}

QByteArray OrderCodec::statusTopic(const QByteArray &prefix, const QString &unitId)
{
    return prefix + "units/" + unitId.toUtf8() + "/order-status";
}

std::optional<OrderState> OrderCodec::stateFromName(QStringView name)
{
    return fromName(kOrderStates, name);
}

QStringList OrderCodec::tasks()
{
    QStringList out;
    for (const auto t : kTasks)
        out.append(t.toString());
    return out;
}

OrderIssued OrderCodec::decode(PayloadFields &f, QString *payloadId)
{
    OrderIssued p;
    p.orderId = f.id("order_id");
    p.unitId = *payloadId = f.id("unit_id");
    p.task = f.text("task", 64, true);
    if (f.ok() && std::find(kTasks.begin(), kTasks.end(), QStringView(p.task)) == kTasks.end())
        f.fail("out_of_range", "task");
    p.target = f.position();
    p.incidentId = f.id("incident_id", false);
    // A lookout's plate, description and photo (the same limits as the workstation's).
    p.lookout.plate = f.text("plate", 16);
    p.lookout.description = f.text("description");
    p.lookout.photo = f.text("photo", 2000);
    return p;
}

OrderStateChanged OrderCodec::decodeStatus(
    PayloadFields &f, const QString &topicId, QByteArrayView correlationData, QString *payloadId)
{
    OrderStateChanged p;
    p.orderId = f.id("order_id");
    *payloadId = f.id("unit_id", false);
    if (payloadId->isEmpty())
        *payloadId = topicId;
    const QString state = f.text("state", 32, true);
    if (f.ok()) {
        const auto s = stateFromName(state);
        if (!s)
            f.fail("out_of_range", "state");
        else
            p.state = *s;
    }
    p.note = f.text("note");
    if (f.ok() && !correlationData.isEmpty() && correlationData != QByteArrayView(p.orderId.toUtf8()))
        f.fail("id_mismatch", QStringLiteral("correlation data"));
    return p;
}

std::optional<OutgoingMessage> OrderCodec::encode(
    const QByteArray &prefix, const OrderIssued &o, const QString &operatorId, qint64 ts, QString *error)
{
    if (!PayloadFields::validId(o.orderId) || !PayloadFields::validId(o.unitId)
        || (!o.incidentId.isEmpty() && !PayloadFields::validId(o.incidentId))) {
        *error = QStringLiteral("order %1: ids must be 1 to 64 of A-Z a-z 0-9 _ - . :").arg(o.orderId);
        return std::nullopt;
    }
    if (!tasks().contains(o.task)) {
        *error
            = QStringLiteral("order %1: unknown task '%2' (%3)").arg(o.orderId, o.task, tasks().join(u", "));
        return std::nullopt;
    }
    QJsonObject j { { QStringLiteral("order_id"), o.orderId }, { QStringLiteral("unit_id"), o.unitId },
        { QStringLiteral("task"), o.task }, { QStringLiteral("issued_by"), operatorId } };
    if (!o.incidentId.isEmpty())
        j.insert(QStringLiteral("incident_id"), o.incidentId);
    // What a lookout asks the units to watch for; only the fields it has.
    if (!o.lookout.plate.isEmpty())
        j.insert(QStringLiteral("plate"), o.lookout.plate);
    if (!o.lookout.description.isEmpty())
        j.insert(QStringLiteral("description"), o.lookout.description);
    if (!o.lookout.photo.isEmpty())
        j.insert(QStringLiteral("photo"), o.lookout.photo);
    OutgoingMessage m;
    m.topic = topic(prefix, o.unitId);
    m.payload = toJson(withPosition(j, o.target), ts);
    m.expirySeconds = kOrderExpirySeconds;
    m.responseTopic = statusTopic(prefix, o.unitId);
    m.correlationData = o.orderId.toUtf8();
    return m;
}

OutgoingMessage OrderCodec::encodeStatus(const QByteArray &prefix, const QString &unitId,
    const QString &orderId, OrderState state, const QString &note, qint64 nowMs)
{
    OutgoingMessage m;
    m.topic = statusTopic(prefix, unitId);
    m.payload = toJson(
        { { QStringLiteral("order_id"), orderId }, { QStringLiteral("unit_id"), unitId },
            { QStringLiteral("state"), orderStateName(state).toString() }, { QStringLiteral("note"), note } },
        nowMs);
    m.expirySeconds = 3600;
    m.correlationData = orderId.toUtf8();
    return m;
}

} // namespace wf::mqtt
