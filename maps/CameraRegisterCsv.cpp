#include "CameraRegisterCsv.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QUrl>
#include <cmath>

namespace wf::maps {

namespace {

// Splits one CSV line (RFC 4180 quoting within the line). False for an unclosed quote.
bool splitLine(const QByteArray &line, QList<QByteArray> *fields)
{
    fields->clear();
    QByteArray field;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"' && field.trimmed().isEmpty() && !wasQuoted) {
            field.clear();
            quoted = wasQuoted = true;
        } else if (c == ',') {
            fields->append(wasQuoted ? field : field.trimmed());
            field.clear();
            wasQuoted = false;
        } else {
            field += c;
        }
    }
    if (quoted)
        return false;
    fields->append(wasQuoted ? field : field.trimmed());
    return true;
}

constexpr const char *kRequired[] = { "id", "name", "lat", "lon", "bearing_deg", "fov_deg", "main" };

} // namespace

std::optional<CameraRegisterCsv::Datum> CameraRegisterCsv::datumFromName(const QString &name)
{
    QString n = name.trimmed().toLower();
    n.remove(u'-');
    n.remove(u'_');
    if (n == u"wgs84")
        return Datum::Wgs84;
    if (n == u"gcj02")
        return Datum::Gcj02;
    return std::nullopt;
}

std::optional<CameraRegisterCsv::Register> CameraRegisterCsv::read(
    const QString &path, Datum datum, QString *error, Stats *stats, const Progress &progress, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = QStringLiteral("no such file");
        return std::nullopt;
    }
    // A FIFO or a device would never end; the size is known before anything is read.
    if (!info.isFile()) {
        *error = QStringLiteral("not a regular file");
        return std::nullopt;
    }
    if (info.size() > maxBytes) {
        *error = QStringLiteral("%1 bytes is more than the limit of %2 bytes").arg(info.size()).arg(maxBytes);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    return parse(file, info.size(), datum, error, stats, progress, maxBytes);
}

std::optional<CameraRegisterCsv::Register> CameraRegisterCsv::parse(QIODevice &in, qint64 totalBytes,
    Datum datum, QString *error, Stats *statsOut, const Progress &progress, qint64 maxBytes)
{
    Stats stats;
    qint64 lineNo = 0;
    qint64 bytes = 0;
    const auto fail = [&](const QString &message) -> std::optional<CameraRegisterCsv::Register> {
        *error = lineNo > 0 ? QStringLiteral("line %1: %2").arg(lineNo).arg(message) : message;
        return std::nullopt;
    };
    QHash<QByteArray, int> column; // header name -> index
    QHash<QString, qint64> lineOfId;
    Register out;
    QList<QByteArray> fields;
    while (!in.atEnd()) {
        QByteArray line = in.readLine(kMaxLineBytes + 2);
        ++lineNo;
        bytes += line.size();
        if (bytes > maxBytes)
            return fail(QStringLiteral("the file is larger than the limit of %1 bytes").arg(maxBytes));
        if (!line.endsWith('\n') && !in.atEnd())
            return fail(QStringLiteral("longer than %1 bytes").arg(kMaxLineBytes));
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (lineNo == 1 && line.startsWith("\xEF\xBB\xBF")) // a UTF-8 byte-order mark
            line.remove(0, 3);
        if (line.trimmed().isEmpty())
            continue;
        if (!splitLine(line, &fields))
            return fail(QStringLiteral("a quoted field is not closed"));
        if (column.isEmpty()) {
            for (int i = 0; i < fields.size(); ++i) {
                const QByteArray name = fields[i].toLower();
                if (column.contains(name))
                    return fail(QStringLiteral("column \"%1\" is named twice").arg(QString::fromUtf8(name)));
                column.insert(name, i);
            }
            for (const char *name : kRequired) {
                if (!column.contains(name))
                    return fail(QStringLiteral("the header has no column \"%1\" (needed: id, name, lat, lon, "
                                               "bearing_deg, fov_deg, main; optional: sub, transport, crs)")
                            .arg(QLatin1String(name)));
            }
            continue;
        }
        if (fields.size() != column.size())
            return fail(QStringLiteral("%1 fields, the header has %2").arg(fields.size()).arg(column.size()));
        const auto field = [&](const char *name) {
            const int i = column.value(name, -1);
            return i < 0 ? QByteArray() : fields[i];
        };
        const auto text = [&](const char *name, bool required, QString *value) {
            *value = QString::fromUtf8(field(name)).trimmed();
            if (required && value->isEmpty()) {
                *error = QStringLiteral("line %1: \"%2\" is empty").arg(lineNo).arg(QLatin1String(name));
                return false;
            }
            return true;
        };
        const auto number = [&](const char *name, double lo, double hi, double *value) {
            bool ok = false;
            *value = field(name).toDouble(&ok);
            if (!ok || !std::isfinite(*value) || *value < lo || *value > hi) {
                *error = QStringLiteral("line %1: \"%2\" must be a number from %3 to %4, not \"%5\"")
                             .arg(lineNo)
                             .arg(QLatin1String(name))
                             .arg(lo)
                             .arg(hi)
                             .arg(QString::fromUtf8(field(name).left(40)));
                return false;
            }
            return true;
        };
        CameraIndex::Camera c;
        CameraIndex::Entry e;
        double lat = 0, lon = 0, bearing = 0, fov = 0;
        if (!text("id", true, &e.id) || !text("name", true, &e.name) || !number("lat", -90, 90, &lat)
            || !number("lon", -180, 180, &lon) || !number("bearing_deg", 0, 360, &bearing)
            || !number("fov_deg", 1, 360, &fov) || !text("main", true, &e.mainUrl)
            || !text("sub", false, &e.subUrl) || !text("transport", false, &e.transport))
            return std::nullopt;
        if (e.id.size() > 200)
            return fail(QStringLiteral("\"id\" is longer than 200 characters"));
        if (const auto first = lineOfId.constFind(e.id); first != lineOfId.cend())
            return fail(QStringLiteral("duplicate id \"%1\" (first on line %2)").arg(e.id).arg(*first));
        e.transport = e.transport.toLower();
        if (!e.transport.isEmpty() && e.transport != u"tcp" && e.transport != u"udp")
            return fail(QStringLiteral("\"transport\" must be tcp or udp"));
        for (const auto &[name, url] : { std::pair { "main", &e.mainUrl }, std::pair { "sub", &e.subUrl } }) {
            const QUrl u(*url, QUrl::StrictMode);
            // The URL is not quoted: it may hold a password.
            if (!url->isEmpty() && (!u.isValid() || u.scheme().isEmpty()))
                return fail(QStringLiteral("\"%1\" is not a valid stream URL").arg(QLatin1String(name)));
        }
        Datum rowDatum = datum;
        if (const QString crs = QString::fromUtf8(field("crs")); !crs.trimmed().isEmpty()) {
            const auto d = datumFromName(crs);
            if (!d)
                return fail(QStringLiteral("\"crs\" must be WGS-84 or GCJ-02, not \"%1\"").arg(crs.left(40)));
            rowDatum = *d;
        }
        LatLon p { lat, lon };
        if (rowDatum == Datum::Gcj02 && insideChina(p)) {
            p = gcj02ToWgs84(p);
            ++stats.converted;
        }
        c.lat = p.lat;
        c.lon = p.lon;
        c.bearing = float(bearing);
        c.fov = float(fov);
        if (out.cameras.size() >= kMaxCameras)
            return fail(QStringLiteral("more than %1 cameras").arg(kMaxCameras));
        lineOfId.insert(e.id, lineNo);
        out.cameras.append(c);
        out.entries.append(std::move(e));
        if (progress && out.cameras.size() % 50000 == 0)
            progress(lineNo, totalBytes > 0 ? double(bytes) / double(totalBytes) : 0);
    }
    if (column.isEmpty()) {
        lineNo = 0;
        return fail(QStringLiteral("the file is empty (expected a header line: id,name,lat,lon,bearing_deg,"
                                   "fov_deg,main,sub)"));
    }
    if (out.cameras.isEmpty()) {
        lineNo = 0;
        return fail(QStringLiteral("the file has a header but no cameras"));
    }
    stats.lines = lineNo;
    stats.cameras = out.cameras.size();
    if (statsOut)
        *statsOut = stats;
    if (progress)
        progress(lineNo, 1);
    return out;
}

} // namespace wf::maps
