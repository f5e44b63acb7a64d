#include "TrainingZones.h"

#include "Geodesy.h"
#include "HubeiMap.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace wf::sim {

namespace {

constexpr double kKeySiteRadiusM = 500;
constexpr int kCircleVertices = 48;

double round6(double v)
{
    return std::round(v * 1e6) / 1e6;
}

QJsonObject circle(const QString &name, const QString &zoneClass, GeoPoint centre, double radiusM)
{
    QJsonArray ring;
    for (int i = 0; i <= kCircleVertices; ++i) {
        // Counter-clockwise from east, closed: the first point again at the end.
        const double a = 2 * M_PI * (i % kCircleVertices) / kCircleVertices;
        const auto p
            = maps::offsetMeters({ centre.lat, centre.lon }, radiusM * std::cos(a), radiusM * std::sin(a));
        ring.append(QJsonArray { round6(p.lon), round6(p.lat) });
    }
    return QJsonObject { { QStringLiteral("type"), QStringLiteral("Feature") },
        { QStringLiteral("properties"),
            QJsonObject { { QStringLiteral("class"), zoneClass }, { QStringLiteral("name"), name } } },
        { QStringLiteral("geometry"),
            QJsonObject { { QStringLiteral("type"), QStringLiteral("Polygon") },
                { QStringLiteral("coordinates"), QJsonArray { ring } } } } };
}

} // namespace

QByteArray trainingZonesGeoJson(const HubeiMap &map)
{
    QJsonArray features;
    for (const auto &s : map.sites()) {
        if (s.kind == SiteKind::KeySite)
            features.append(circle(s.name, QStringLiteral("key_site"), s.pos, kKeySiteRadiusM));
    }
    const auto &seats = map.seats();
    for (std::size_t i = 0; i < seats.size(); ++i) {
        const bool wuhan = int(i) == map.wuhan();
        features.append(
            circle(seats[i].nameZh, QStringLiteral("central"), seats[i].pos, wuhan ? 7'500 : 3'000));
        features.append(
            circle(seats[i].nameZh, QStringLiteral("urban"), seats[i].pos, map.cityRadiusM(int(i)) + 1'000));
    }
    // One feature per line: small, and a change to one zone is a one-line difference.
    QByteArray out
        = "{\"type\":\"FeatureCollection\",\"name\":\"hubei-response-zones\",\"datum\":\"WGS-84\",\n"
          "\"note\":\"Response zones of the generated training world (not real zones): key sites 1 min, "
          "central urban 3 min, other urban 5 min. Written by `watchfloor sim --write-zones`.\",\n"
          "\"features\":[\n";
    for (qsizetype i = 0; i < features.size(); ++i) {
        out += QJsonDocument(features[i].toObject()).toJson(QJsonDocument::Compact);
        out += i + 1 < features.size() ? ",\n" : "\n";
    }
    out += "]}\n";
    return out;
}

} // namespace wf::sim
