#include "UnitCodec.h"

namespace wf::mqtt {

namespace {

constexpr std::array<Named<UnitKind>, 4> kUnitKinds { { { u"patrol_car", UnitKind::PatrolCar },
    { u"foot_patrol", UnitKind::FootPatrol }, { u"joint_armed_patrol", UnitKind::JointArmedPatrol },
    { u"fixed_post", UnitKind::FixedPost } } };
constexpr std::array<Named<UnitStatus>, 4> kUnitStatuses { { { u"available", UnitStatus::Available },
    { u"en_route", UnitStatus::EnRoute }, { u"on_scene", UnitStatus::OnScene },
    { u"off_duty", UnitStatus::OffDuty } } };

} // namespace

UnitReported UnitCodec::decodeStatus(PayloadFields &f, QString *payloadId)
{
    UnitReported p;
    p.unitId = *payloadId = f.id("unit_id");
    p.callSign = f.text("call_sign", 64);
    p.kind = f.choice("kind", kUnitKinds, UnitKind::PatrolCar);
    p.status = f.choice("status", kUnitStatuses, UnitStatus::Available);
    p.position = f.position();
    p.headingDeg = float(f.number("heading_deg", 0, 360, false));
    return p;
}

UnitMoved UnitCodec::decodePosition(PayloadFields &f, QString *payloadId)
{
    UnitMoved p;
    p.unitId = *payloadId = f.id("unit_id");
    p.position = f.position();
    p.headingDeg = float(f.number("heading_deg", 0, 360, false));
    p.speedKmh = float(f.number("speed_kmh", 0, 400, false));
    return p;
}

OutgoingMessage UnitCodec::encodeStatus(
    const QByteArray &prefix, const QString &id, const UnitReported &u, qint64 ts)
{
    OutgoingMessage m;
    m.topic = prefix + "units/" + id.toUtf8() + "/status";
    m.payload = toJson(
        withPosition({ { QStringLiteral("unit_id"), u.unitId }, { QStringLiteral("call_sign"), u.callSign },
                         { QStringLiteral("kind"), toName(kUnitKinds, u.kind) },
                         { QStringLiteral("status"), toName(kUnitStatuses, u.status) },
                         { QStringLiteral("heading_deg"), double(u.headingDeg) } },
            u.position),
        ts);
    m.retain = true;
    return m;
}

OutgoingMessage UnitCodec::encodePosition(
    const QByteArray &prefix, const QString &id, const UnitMoved &u, qint64 ts)
{
    OutgoingMessage m;
    m.topic = prefix + "units/" + id.toUtf8() + "/position";
    m.payload = toJson(withPosition({ { QStringLiteral("unit_id"), u.unitId },
                                        { QStringLiteral("heading_deg"), double(u.headingDeg) },
                                        { QStringLiteral("speed_kmh"), double(u.speedKmh) } },
                           u.position),
        ts);
    m.qos = 0; // the next fix replaces a lost one
    m.expirySeconds = 30;
    return m;
}

} // namespace wf::mqtt
