#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace wf {

// Workstation settings: built-in defaults (resources/settings/default.json) overlaid with the
// user's file. A file that cannot be read or parsed is an error, never silently replaced.
struct Settings
{
    QString operatorId;
    int simUnits = 60;
    double incidentsPerHour = 40;
    // Base-map tiles of a real deployment ("map" in the file). An empty upstream URL keeps the
    // embedded base map. The URL is checked where it is used (maps/TileSource).
    struct Map
    {
        QString upstreamUrl; // XYZ template with {z}, {x}, {y}
        QString userAgent = QStringLiteral("Watchfloor");
        QString attribution; // shown on the map while the upstream tiles are
        QString cachePath; // MBTiles file; empty: tiles.mbtiles in the user's data folder
        double timeoutSeconds = 10;
        qint64 maxOfflineTiles = 100000; // the largest offline area accepted, in tiles
        QString roadsPath; // the road graph file (map.roads); empty: the training world's roads
        bool drawRoads = true; // map.draw_roads: the embedded map draws the graph's roads
    } map;
    QString simScenario; // sim.scenario: a scenario id or file to play (--scenario wins)

    static std::optional<Settings> load(const QString &userFile, QString *error);
    static std::optional<Settings> fromJson(const QByteArray &json, const QString &origin, QString *error);
};

} // namespace wf
