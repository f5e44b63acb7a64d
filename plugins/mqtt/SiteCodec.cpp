#include "SiteCodec.h"

namespace wf::mqtt {

namespace {

constexpr std::array<Named<SiteKind>, 5> kSiteKinds { { { u"police_checkpoint", SiteKind::PoliceCheckpoint },
    { u"smart_checkpoint", SiteKind::SmartCheckpoint }, { u"police_station", SiteKind::PoliceStation },
    { u"street_service_station", SiteKind::StreetServiceStation }, { u"key_site", SiteKind::KeySite } } };

} // namespace

SiteReported SiteCodec::decode(PayloadFields &f, QString *payloadId)
{
    SiteReported p;
    p.siteId = *payloadId = f.id("site_id");
    p.name = f.text("name", 200);
    p.kind = f.choice("kind", kSiteKinds, SiteKind::PoliceCheckpoint);
    p.position = f.position();
    return p;
}

OutgoingMessage SiteCodec::encode(
    const QByteArray &prefix, const QString &id, const SiteReported &s, qint64 ts)
{
    OutgoingMessage m;
    m.topic = prefix + "sites/" + id.toUtf8();
    m.payload
        = toJson(withPosition({ { QStringLiteral("site_id"), s.siteId }, { QStringLiteral("name"), s.name },
                                  { QStringLiteral("kind"), toName(kSiteKinds, s.kind) } },
                     s.position),
            ts);
    m.retain = true;
    return m;
}

} // namespace wf::mqtt
