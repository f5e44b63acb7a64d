#include "TrainingStart.h"

#include <QDataStream>
#include <QIODevice>

namespace wf {

namespace {

// Bump when the layout changes: a start is made and read by the same build, but a plugin of
// another build must refuse it rather than misread it.
constexpr quint8 kLayoutVersion = 1;
// Far above what the counts allow (about 200 bytes a unit), far below what would hurt.
constexpr qsizetype kMaxBytes = 64 * 1024 * 1024;

} // namespace

QByteArray encodeTrainingStart(const TrainingStart &start)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_8);
    out << kLayoutVersion << start.clockMs << qint32(start.units.size());
    // Units and incidents in the journal's own payload encoding, which already knows every field.
    for (const auto &u : start.units)
        out << encodePayload(u.info) << u.task << u.target.lat << u.target.lon << u.incidentId;
    out << qint32(start.incidents.size());
    for (const auto &incident : start.incidents)
        out << encodePayload(incident);
    return bytes;
}

std::optional<TrainingStart> decodeTrainingStart(const QByteArray &bytes, QString *error)
{
    auto refuse = [&](const QString &why) -> std::optional<TrainingStart> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (bytes.size() > kMaxBytes)
        return refuse(QStringLiteral("the start state is %1 MB, more than the %2 MB allowed")
                .arg(bytes.size() / (1024 * 1024))
                .arg(kMaxBytes / (1024 * 1024)));
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_8);
    quint8 version = 0;
    TrainingStart start;
    qint32 units = -1;
    in >> version;
    if (version != kLayoutVersion)
        return refuse(QStringLiteral("the start state has layout %1; this version reads layout %2")
                .arg(version)
                .arg(kLayoutVersion));
    in >> start.clockMs >> units;
    if (in.status() != QDataStream::Ok || units < 0 || units > kMaxTrainingStartUnits)
        return refuse(QStringLiteral("the start state is damaged (its unit count)"));
    for (qint32 i = 0; i < units; ++i) {
        QByteArray payload;
        TrainingStart::Unit u;
        in >> payload >> u.task >> u.target.lat >> u.target.lon >> u.incidentId;
        const auto decoded = decodePayload(EventKind::UnitReported, payload);
        if (in.status() != QDataStream::Ok || !decoded || !std::holds_alternative<UnitReported>(*decoded))
            return refuse(QStringLiteral("the start state is damaged (unit %1)").arg(i + 1));
        u.info = std::get<UnitReported>(*decoded);
        start.units.append(std::move(u));
    }
    qint32 incidents = -1;
    in >> incidents;
    if (in.status() != QDataStream::Ok || incidents < 0 || incidents > kMaxTrainingStartIncidents)
        return refuse(QStringLiteral("the start state is damaged (its incident count)"));
    for (qint32 i = 0; i < incidents; ++i) {
        QByteArray payload;
        in >> payload;
        const auto decoded = decodePayload(EventKind::IncidentReported, payload);
        if (in.status() != QDataStream::Ok || !decoded || !std::holds_alternative<IncidentReported>(*decoded))
            return refuse(QStringLiteral("the start state is damaged (incident %1)").arg(i + 1));
        start.incidents.append(std::get<IncidentReported>(*decoded));
    }
    if (!in.atEnd())
        return refuse(QStringLiteral("the start state is damaged (bytes after its end)"));
    return start;
}

} // namespace wf
