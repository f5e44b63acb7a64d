#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace wf {

// Workstation settings: built-in defaults (resources/settings/default.json) overlaid with the
// user's file. A file that cannot be read or parsed is an error, never silently replaced.
struct Settings
{
    static constexpr qint64 kMaxFileBytes = 1024 * 1024; // a settings file is a few hundred bytes
    static constexpr double kMaxIncidentsPerHour = 10000; // the province's busiest shift is ~400
    static constexpr int kMaxJournalKeepDays = 3650;

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
        // The tiles the disk cache keeps, in MB; past it the least recently used go (browsing)
        // or seeding an offline area stops. The cache lives beside the journal: bound it.
        qint64 cacheMaxMegabytes = 2048;
        static constexpr qint64 kMaxCacheMegabytes = 1024 * 1024; // 1 TB
        QString roadsPath; // the road graph file (map.roads); empty: the training world's roads
        bool drawRoads = true; // map.draw_roads: the embedded map draws the graph's roads
        // map.camera_index: the site's camera register as a camera index file (--import-cameras
        // writes one); empty: in training the generated province register, live none.
        QString cameraIndexPath;
    } map;
    // The MQTT 5 backend ("backend" in the file): the broker's URL (mqtts://user@host:port), the
    // CA that signed its certificate, an optional client certificate, where the password is (a
    // file; else the environment variable WATCHFLOOR_BACKEND_PASSWORD), and this workstation's role.
    struct Backend
    {
        QString url;
        QString caFile;
        QString certFile;
        QString keyFile;
        QString passwordFile;
        QString role = QStringLiteral("dispatcher"); // dispatcher, supervisor or trainee
        QString clientId; // empty: the user name
    } backend;
    QString simScenario; // sim.scenario: a scenario id or file to play (--scenario wins)
    // Dispatch ("dispatch" in the file).
    struct DispatchSettings
    {
        QString role = QStringLiteral("dispatcher"); // dispatcher, supervisor or trainee
        int ackSeconds = 60; // an order not acknowledged in this time raises an alert
        // The response zones (a GeoJSON, KML, Shapefile or GeoPackage layer); empty: the
        // training world's zones built in.
        QString zonesPath;
    } dispatch;
    // The workstation's own journal ("journal" in the file): keep_days, the supervisor's limit on
    // the day files kept (JournalRetention); 0 keeps every day.
    struct JournalSettings
    {
        int keepDays = 0;
    } journal;

    static std::optional<Settings> load(const QString &userFile, QString *error);
    static std::optional<Settings> fromJson(const QByteArray &json, const QString &origin, QString *error);
};

} // namespace wf
