#include "CameraFile.h"

#include "BoundedFile.h"
#include "RecordingAddress.h"
#include "TranslateIn.h"
#include "UrlCredentials.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

namespace wf::wall {

namespace {

// lupdate files this file's tr() calls under the scopes they stand in (TranslateIn.h).
QString tr(const char *text)
{
    return translateIn({ "wf::wall" }, text);
}

} // namespace

// FFmpeg reads "?tcp" / "?udp" at the end of an RTSP URL as the lower transport to use; Qt 6.8
// has no other way to pass it through QMediaPlayer.
QString withTransport(const QString &url, const QString &transport)
{
    if (transport.isEmpty() || !url.startsWith(QLatin1String("rtsp://"), Qt::CaseInsensitive))
        return url;
    return url + (url.contains(u'?') ? u'&' : u'?') + transport;
}

std::optional<QList<CameraReported>> parseCameraJson(
    const QByteArray &json, QString *error, QHash<QString, QString> *recordings)
{
    const auto fail = [&](const QString &message) -> std::optional<QList<CameraReported>> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        return fail(tr("line %1: %2").arg(line).arg(parseError.errorString()));
    }
    if (!doc.isArray())
        return fail(tr("expected a JSON array of cameras"));
    QList<CameraReported> out;
    QSet<QString> ids;
    const QJsonArray array = doc.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = tr("camera %1").arg(i + 1);
        if (!array[i].isObject())
            return fail(tr("%1: expected an object").arg(where));
        const QJsonObject o = array[i].toObject();
        const auto text = [&](const char *key, bool required, QString *value) -> bool {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isUndefined() || v.isNull()) {
                if (required && error)
                    *error = tr("%1: missing \"%2\"").arg(where, QLatin1String(key));
                return !required;
            }
            if (!v.isString() || (required && v.toString().trimmed().isEmpty())) {
                if (error)
                    *error = tr("%1: \"%2\" must be a non-empty string").arg(where, QLatin1String(key));
                return false;
            }
            *value = v.toString().trimmed();
            return true;
        };
        const auto number = [&](const char *key, double lo, double hi, double *value) -> bool {
            const QJsonValue v = o.value(QLatin1String(key));
            if (!v.isDouble() || v.toDouble() < lo || v.toDouble() > hi) {
                if (error)
                    *error = tr("%1: \"%2\" must be a number from %3 to %4")
                                 .arg(where, QLatin1String(key))
                                 .arg(lo)
                                 .arg(hi);
                return false;
            }
            *value = v.toDouble();
            return true;
        };
        CameraReported c;
        QString transport, playback;
        double lat = 0, lon = 0, bearing = 0, fov = 0;
        if (!text("id", true, &c.cameraId) || !text("name", true, &c.name) || !number("lat", -90, 90, &lat)
            || !number("lon", -180, 180, &lon) || !number("bearing_deg", 0, 360, &bearing)
            || !number("fov_deg", 1, 360, &fov) || !text("main", true, &c.mainUrl)
            || !text("sub", false, &c.subUrl) || !text("transport", false, &transport)
            || !text("playback", false, &playback))
            return std::nullopt;
        if (!playback.isEmpty()) {
            if (const QString why = RecordingAddress::problem(playback); !why.isEmpty())
                return fail(tr("%1: \"playback\": %2").arg(where, why));
        }
        if (ids.contains(c.cameraId))
            return fail(tr("%1: duplicate id \"%2\"").arg(where, c.cameraId));
        ids.insert(c.cameraId);
        transport = transport.toLower();
        if (!transport.isEmpty() && transport != u"tcp" && transport != u"udp")
            return fail(tr("%1: \"transport\" must be \"tcp\" or \"udp\"").arg(where));
        for (const QString *url : { &c.mainUrl, &c.subUrl }) {
            if (!url->isEmpty() && !QUrl(*url).isValid())
                return fail(tr("%1: not a valid URL: %2").arg(where, withoutUrlCredentials(*url)));
        }
        c.mainUrl = withTransport(c.mainUrl, transport);
        c.subUrl = withTransport(c.subUrl, transport);
        c.position = { lat, lon };
        c.bearingDeg = float(bearing);
        c.fovDeg = float(fov);
        if (recordings && !playback.isEmpty())
            recordings->insert(c.cameraId, withTransport(playback, transport));
        out.append(c);
    }
    return out;
}

std::optional<QList<CameraReported>> loadCameraFile(
    const QString &path, QString *error, QHash<QString, QString> *recordings)
{
    QString why;
    const auto bytes = readBoundedFile(path, kMaxCameraFileBytes, &why);
    if (!bytes) {
        if (error)
            *error = tr("cannot read %1: %2").arg(path, why);
        return std::nullopt;
    }
    auto cameras = parseCameraJson(*bytes, &why, recordings);
    if (!cameras && error)
        *error = QStringLiteral("%1: %2").arg(path, why);
    return cameras;
}

} // namespace wf::wall
