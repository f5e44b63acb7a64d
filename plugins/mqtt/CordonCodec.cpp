#include "CordonCodec.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace wf::mqtt {

EventPayload CordonCodec::decode(PayloadFields &f, QString *payloadId)
{
    *payloadId = f.id("cordon_id");
    const QString state = f.text("state", 32, true);
    if (f.ok() && state == u"cleared")
        return CordonCleared { *payloadId };
    if (f.ok() && state == u"active") {
        CordonSet p;
        p.cordonId = *payloadId;
        p.name = f.text("name");
        const auto ring = f.value("ring");
        if (!ring.isArray()) {
            f.fail(ring.isUndefined() ? "missing_field" : "wrong_type", "ring");
        } else {
            const QJsonArray points = ring.toArray();
            if (points.size() < 3 || points.size() > kMaxRingPoints)
                f.fail("out_of_range", "ring");
            for (qsizetype i = 0; f.ok() && i < points.size(); ++i) {
                const QJsonArray pt = points[i].toArray();
                if (!points[i].isArray() || pt.size() != 2 || !pt[0].isDouble() || !pt[1].isDouble()) {
                    f.fail("wrong_type", "ring");
                    break;
                }
                const GeoPoint g { pt[0].toDouble(), pt[1].toDouble() };
                if (!(std::abs(g.lat) <= 90 && std::abs(g.lon) <= 180))
                    f.fail("out_of_range", "ring");
                p.ring.append(g);
            }
        }
        return p;
    }
    f.fail("out_of_range", "state");
    return {};
}

EventPayload CordonCodec::decodeManning(PayloadFields &f, QString *payloadId)
{
    // A cordon's manning plan went out (the orders that man it), or every crossing is manned.
    *payloadId = f.id("cordon_id");
    const QString state = f.text("state", 32, true);
    if (f.ok() && state == u"activated") {
        CordonActivated p;
        p.cordonId = *payloadId;
        p.orderIds = f.strings("order_ids", kMaxCordonOrders, 64);
        for (const QString &id : std::as_const(p.orderIds)) {
            if (!PayloadFields::validId(id)) {
                f.fail("out_of_range", "order_ids");
                break;
            }
        }
        return p;
    }
    if (f.ok() && state == u"closed")
        return CordonClosed { *payloadId };
    f.fail("out_of_range", "state");
    return {};
}

std::optional<OutgoingMessage> CordonCodec::encodeSet(
    const QByteArray &prefix, const CordonSet &c, qint64 ts, QString *error)
{
    if (!PayloadFields::validId(c.cordonId) || c.ring.size() < 3 || c.ring.size() > kMaxRingPoints) {
        *error = QStringLiteral("cordon '%1' cannot be published (id or 3..%2 points)")
                     .arg(c.cordonId)
                     .arg(kMaxRingPoints);
        return std::nullopt;
    }
    QJsonArray ring;
    for (const auto &p : c.ring)
        ring.append(QJsonArray { p.lat, p.lon });
    OutgoingMessage m;
    m.topic = prefix + "cordons/" + c.cordonId.toUtf8();
    m.payload = toJson(
        { { QStringLiteral("cordon_id"), c.cordonId }, { QStringLiteral("state"), QStringLiteral("active") },
            { QStringLiteral("name"), c.name }, { QStringLiteral("ring"), ring } },
        ts);
    m.retain = true;
    return m;
}

std::optional<OutgoingMessage> CordonCodec::encodeCleared(
    const QByteArray &prefix, const CordonCleared &c, qint64 ts, QString *error)
{
    if (!PayloadFields::validId(c.cordonId)) {
        *error = QStringLiteral("cordon id '%1' cannot be published").arg(c.cordonId);
        return std::nullopt;
    }
    OutgoingMessage m;
    m.topic = prefix + "cordons/" + c.cordonId.toUtf8();
    m.payload = toJson({ { QStringLiteral("cordon_id"), c.cordonId },
                           { QStringLiteral("state"), QStringLiteral("cleared") } },
        ts);
    m.retain = true;
    m.expirySeconds = 86400;
    return m;
}

std::optional<OutgoingMessage> CordonCodec::encodeActivated(
    const QByteArray &prefix, const CordonActivated &c, qint64 ts, QString *error)
{
    const bool idsOk = std::all_of(
        c.orderIds.begin(), c.orderIds.end(), [](const QString &id) { return PayloadFields::validId(id); });
    if (!PayloadFields::validId(c.cordonId) || !idsOk || c.orderIds.size() > kMaxCordonOrders) {
        *error
            = QStringLiteral("the manning of cordon '%1' cannot be published (ids, or more than %2 orders)")
                  .arg(c.cordonId)
                  .arg(kMaxCordonOrders);
        return std::nullopt;
    }
    OutgoingMessage m;
    m.topic = prefix + "cordons/" + c.cordonId.toUtf8() + "/manning";
    m.payload = toJson({ { QStringLiteral("cordon_id"), c.cordonId },
                           { QStringLiteral("state"), QStringLiteral("activated") },
                           { QStringLiteral("order_ids"), QJsonArray::fromStringList(c.orderIds) } },
        ts);
    m.retain = true;
    m.expirySeconds = 86400;
    return m;
}

std::optional<OutgoingMessage> CordonCodec::encodeClosed(
    const QByteArray &prefix, const CordonClosed &c, qint64 ts, QString *error)
{
    if (!PayloadFields::validId(c.cordonId)) {
        *error = QStringLiteral("cordon id '%1' cannot be published").arg(c.cordonId);
        return std::nullopt;
    }
    OutgoingMessage m;
    m.topic = prefix + "cordons/" + c.cordonId.toUtf8() + "/manning";
    m.payload = toJson({ { QStringLiteral("cordon_id"), c.cordonId },
                           { QStringLiteral("state"), QStringLiteral("closed") } },
        ts);
    m.retain = true;
    m.expirySeconds = 86400;
    return m;
}

} // namespace wf::mqtt
