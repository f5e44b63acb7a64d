#include "PlateReadCodec.h"

namespace wf::mqtt {

PlateRead PlateReadCodec::decode(PayloadFields &f, QString *payloadId)
{
    PlateRead p;
    p.siteId = *payloadId = f.id("site_id");
    p.plate = f.text("plate", 16, true);
    if (f.ok() && p.plate.trimmed().isEmpty())
        f.fail("out_of_range", "plate");
    p.hotListed = f.boolean("hot_listed");
    p.reason = f.text("reason");
    return p;
}

OutgoingMessage PlateReadCodec::encode(
    const QByteArray &prefix, const QString &id, const PlateRead &p, qint64 ts)
{
    OutgoingMessage m;
    m.topic = prefix + "plates/" + id.toUtf8();
    m.payload
        = toJson({ { QStringLiteral("site_id"), p.siteId }, { QStringLiteral("plate"), p.plate },
                     { QStringLiteral("hot_listed"), p.hotListed }, { QStringLiteral("reason"), p.reason } },
            ts);
    m.expirySeconds = 3600;
    return m;
}

} // namespace wf::mqtt
