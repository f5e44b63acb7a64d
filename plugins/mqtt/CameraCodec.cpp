#include "CameraCodec.h"

#include "UrlCredentials.h"

namespace wf::mqtt {

CameraReported CameraCodec::decode(PayloadFields &f, QString *payloadId)
{
    CameraReported p;
    p.cameraId = *payloadId = f.id("camera_id");
    p.name = f.text("name");
    p.position = f.position();
    p.bearingDeg = float(f.number("bearing_deg", 0, 360, false));
    p.fovDeg = float(f.number("fov_deg", 0.001, 360, false, 60));
    p.mainUrl = f.text("main_url");
    p.subUrl = f.text("sub_url");
    if (f.ok()
        && (withoutUrlCredentials(p.mainUrl) != p.mainUrl || withoutUrlCredentials(p.subUrl) != p.subUrl))
        f.fail("credentials_in_url", QStringLiteral("camera %1").arg(p.cameraId));
    return p;
}

std::optional<OutgoingMessage> CameraCodec::encode(
    const QByteArray &prefix, const QString &id, const CameraReported &c, qint64 ts, QString *error)
{
    if (withoutUrlCredentials(c.mainUrl) != c.mainUrl || withoutUrlCredentials(c.subUrl) != c.subUrl) {
        *error = QStringLiteral("camera %1: stream credentials never travel over the bus").arg(id);
        return std::nullopt;
    }
    OutgoingMessage m;
    m.topic = prefix + "cameras/" + id.toUtf8();
    m.payload = toJson(
        withPosition({ { QStringLiteral("camera_id"), c.cameraId }, { QStringLiteral("name"), c.name },
                         { QStringLiteral("bearing_deg"), double(c.bearingDeg) },
                         { QStringLiteral("fov_deg"), double(c.fovDeg) },
                         { QStringLiteral("main_url"), c.mainUrl }, { QStringLiteral("sub_url"), c.subUrl } },
            c.position),
        ts);
    m.retain = true;
    return m;
}

} // namespace wf::mqtt
