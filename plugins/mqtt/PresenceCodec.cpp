#include "PresenceCodec.h"

namespace wf::mqtt {

QByteArray PresenceCodec::topic(const QByteArray &prefix, const QString &client)
{
    return prefix + "workstations/" + client.toUtf8() + "/presence";
}

Presence PresenceCodec::decode(PayloadFields &f, QString *payloadId)
{
    Presence p;
    p.client = *payloadId = f.id("client");
    p.operatorId = f.text("operator", 64);
    p.role = f.text("role", 32);
    const QString state = f.text("state", 32, true);
    if (f.ok() && state != u"online" && state != u"offline")
        f.fail("out_of_range", "state");
    p.online = state == u"online";
    return p;
}

OutgoingMessage PresenceCodec::encode(const QByteArray &prefix, const Presence &p, qint64 nowMs)
{
    OutgoingMessage m;
    m.topic = topic(prefix, p.client);
    m.payload = toJson(
        { { QStringLiteral("client"), p.client }, { QStringLiteral("operator"), p.operatorId },
            { QStringLiteral("role"), p.role },
            { QStringLiteral("state"), p.online ? QStringLiteral("online") : QStringLiteral("offline") } },
        nowMs);
    m.retain = true;
    return m;
}

} // namespace wf::mqtt
