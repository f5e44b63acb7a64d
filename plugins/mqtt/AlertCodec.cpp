#include "AlertCodec.h"

#include <QJsonArray>

namespace wf::mqtt {

EventPayload AlertCodec::decode(PayloadFields &f, QString *payloadId)
{
    *payloadId = f.id("alert_id");
    const QString state = f.text("state", 32, true);
    if (f.ok() && state == u"acknowledged")
        return AlertAcknowledged { *payloadId };
    if (f.ok() && state == u"raised") {
        AlertRaised p;
        p.alertId = *payloadId;
        p.text = f.text("text", PayloadFields::kMaxTextChars, true);
        p.severity = f.choice("severity", kSeverities, Severity::High);
        p.position = f.position();
        p.code = f.text("code", 64);
        p.args = f.strings("args", kMaxAlertArgs, PayloadFields::kMaxTextChars);
        return p;
    }
    f.fail("out_of_range", "state");
    return {};
}

std::optional<OutgoingMessage> AlertCodec::encodeAcknowledged(const QByteArray &prefix,
    const AlertAcknowledged &a, const QString &operatorId, qint64 ts, QString *error)
{
    if (!PayloadFields::validId(a.alertId)) {
        *error = QStringLiteral("alert id '%1' cannot be published").arg(a.alertId);
        return std::nullopt;
    }
    OutgoingMessage m;
    m.topic = prefix + "alerts/" + a.alertId.toUtf8();
    m.payload = toJson({ { QStringLiteral("alert_id"), a.alertId },
                           { QStringLiteral("state"), QStringLiteral("acknowledged") },
                           { QStringLiteral("by"), operatorId } },
        ts);
    m.retain = true;
    m.expirySeconds = 86400;
    return m;
}

OutgoingMessage AlertCodec::encodeRaised(
    const QByteArray &prefix, const QString &id, const AlertRaised &a, qint64 ts)
{
    QJsonObject j { { QStringLiteral("alert_id"), a.alertId },
        { QStringLiteral("state"), QStringLiteral("raised") },
        { QStringLiteral("text"), a.text.left(PayloadFields::kMaxTextChars) },
        { QStringLiteral("severity"), toName(kSeverities, a.severity) } };
    if (!a.code.isEmpty())
        j.insert(QStringLiteral("code"), a.code);
    if (!a.args.isEmpty())
        j.insert(QStringLiteral("args"), QJsonArray::fromStringList(a.args.mid(0, kMaxAlertArgs)));
    OutgoingMessage m;
    m.topic = prefix + "alerts/" + id.toUtf8();
    m.payload = toJson(withPosition(j, a.position), ts);
    m.retain = true;
    m.expirySeconds = 86400;
    return m;
}

} // namespace wf::mqtt
