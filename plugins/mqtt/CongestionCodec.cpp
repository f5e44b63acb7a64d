#include "CongestionCodec.h"

namespace wf::mqtt {

CongestionReported CongestionCodec::decode(PayloadFields &f, QString *payloadId)
{
    CongestionReported p;
    p.congestionId = *payloadId = f.id("congestion_id");
    p.road = f.text("road", 200);
    const QString state = f.text("state", 32, true);
    if (f.ok() && state != u"active" && state != u"cleared")
        f.fail("out_of_range", "state");
    p.cleared = state == u"cleared";
    p.severity = f.choice("severity", kSeverities, Severity::Low);
    p.position = f.position();
    return p;
}

OutgoingMessage CongestionCodec::encode(
    const QByteArray &prefix, const QString &id, const CongestionReported &c, qint64 ts)
{
    OutgoingMessage m;
    m.topic = prefix + "congestion/" + id.toUtf8();
    m.payload = toJson(
        withPosition(
            { { QStringLiteral("congestion_id"), c.congestionId }, { QStringLiteral("road"), c.road },
                { QStringLiteral("state"), c.cleared ? QStringLiteral("cleared") : QStringLiteral("active") },
                { QStringLiteral("severity"), toName(kSeverities, c.severity) } },
            c.position),
        ts);
    m.retain = true;
    if (c.cleared)
        m.expirySeconds = 86400;
    return m;
}

} // namespace wf::mqtt
