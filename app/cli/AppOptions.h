#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace wf {

struct Settings;

// Everything the command line can ask of the workstation.
struct AppOptions
{
    bool training = true;
    // --backend URL (mqtts://user@host:port): the broker of a live session (with --live), or of a
    // shared training exercise (without). Empty: the setting backend.url, else the simulated world.
    QString backendUrl;
    QString dbPath; // empty: the default under the user's data directory
    QString language; // "zh_CN", "en" or empty for the system's
    QString screenshotPath;
    double quitAfterSeconds = 0; // 0: run until closed
    QString pluginDir; // empty: next to the executable
    QString settingsPath;
    quint64 seed = 1;
    std::optional<int> units; // --units N; unset: the settings' sim.units (see simUnits)
    // Training.
    QString scenario; // --scenario ID|FILE: the training shift plays this scenario
    QString debriefPath; // --debrief FILE: where the run's score is saved (default: next to the journal)
    bool instructor = false; // --instructor: start with the instructor panel open
    // Camera wall.
    QString camerasPath; // --cameras FILE: the site's own cameras (JSON), added to the world
    QString wallLayout = QStringLiteral("2x2"); // --wall-layout: 1, 2x2 .. 6x6, 1+5, 1+7
    QString wallHealthPath; // --wall-health FILE: per-tile health as JSON, rewritten twice a second
    QString uiHealthPath; // --ui-health FILE: the main window's frame times and UI stalls, once a second
    bool wallExpanded = false; // --wall-expanded: the wall takes most of the window (as F10)
    bool wallWindow = false; // --wall-window: the wall in a window of its own (as F9)
    // --view LAT,LON,ZOOM: where the map starts (for scripts, checks and screenshots).
    bool hasView = false;
    double viewLatitude = 0;
    double viewLongitude = 0;
    double viewZoom = 0;
    int wallLostTimeoutMs = 5000; // --wall-lost-after SECONDS: "signal lost" after this long without frames
    // Base-map tiles of a real deployment; each overrides its "map" setting.
    QString tileUrl; // --tile-url: upstream XYZ template
    QString tileCachePath; // --tile-cache FILE: the MBTiles cache
    // Headless tile work: the program does it, prints what it did and exits; no window.
    QString prepareOfflineRegion; // --prepare-offline REGION (with --zooms MIN-MAX)
    int minZoom = -1;
    int maxZoom = -1;
    QString importTilesPath; // --import-tiles FILE: merge an MBTiles file into the cache
    QString checkLayerPath; // --check-layer FILE: print the layer's summary as JSON, then exit
    // --export-cordons JOURNAL OUT: the cordons still set at the journal's end as GeoJSON or KML.
    QString exportCordonsJournal;
    QString exportCordonsOut;
    bool headlessTileCommand() const { return !prepareOfflineRegion.isEmpty() || !importTilesPath.isEmpty(); }
    // The road graph (overrides the setting map.roads) and the headless road commands.
    QString roadsPath; // --roads FILE
    QString importRoadsPath; // --import-roads FILE: OpenStreetMap (.osm, .osm.pbf) into --roads FILE
    bool route = false; // --route LAT,LON LAT,LON: print the route as JSON
    double routeFrom[2] = { 0, 0 }; // lat, lon
    double routeTo[2] = { 0, 0 };
    QString profile = QStringLiteral("car"); // --profile: car, emergency, walking, evading
    int hour = -1; // --hour H: the local hour travel times are for; -1: now
    bool headlessRoadCommand() const { return !importRoadsPath.isEmpty() || route; }
    // The camera register (overrides the setting map.camera_index) and its headless import.
    QString cameraIndexPath; // --camera-index FILE
    QString importCamerasPath; // --import-cameras FILE.csv: a site's register into a camera index
    QString outPath; // --out FILE: where --import-cameras writes
    QString crs = QStringLiteral("wgs84"); // --crs wgs84|gcj02: the datum of rows without a crs column
    // --prepare-training-cameras: make the generated training register now (if it is not there)
    bool prepareTrainingCameras = false;
    bool headlessCameraCommand() const { return !importCamerasPath.isEmpty() || prepareTrainingCameras; }
    // Playback: a recorded journal, read-only, shown at a moment.
    QString playbackPath; // --playback FILE
    bool hasPlaybackAt = false; // --at TIME
    qint64 playbackAtMs = 0; // ms since epoch, or from the journal's start when playbackAtIsOffset
    bool playbackAtIsOffset = false;
    // --train-from JOURNAL (with --at): a training run that starts from the recording's world then.
    QString trainFromPath;
    // Evidence: a range of a recorded journal exported into a folder, and such a folder checked.
    QString exportEvidenceDir; // --export-evidence DIR (with --playback FILE, --from, --to)
    QString verifyExportDir; // --verify-export DIR
    QString evidenceArea; // --area W,S,E,N or a place's name (resolved with the base map); empty: all
    bool hasFrom = false; // --from TIME (default: the journal's start)
    qint64 fromMs = 0;
    bool fromIsOffset = false;
    bool hasTo = false; // --to TIME (default: the journal's end)
    qint64 toMs = 0;
    bool toIsOffset = false;
    bool headlessEvidenceCommand() const
    {
        return !exportEvidenceDir.isEmpty() || !verifyExportDir.isEmpty();
    }

    // How many simulated units training starts with: --units when given (even when it equals the
    // default), else the settings file's sim.units, else the built-in default.
    int simUnits(const Settings &settings) const;
};

struct ParsedOptions
{
    enum class Action { Run, ShowHelp, ShowVersion, Fail };
    Action action = Action::Run;
    AppOptions options;
    QString message; // help or version text, or the error
};

ParsedOptions parseAppOptions(const QStringList &arguments);

// "LAT,LON" in degrees; false for anything else or a position off the globe.
bool parseLatLon(const QString &text, double *lat, double *lon);

// "+90m", "+1h30m", "+45s" (an offset from the start) or an ISO-8601 time with a zone.
bool parsePlaybackTime(const QString &text, qint64 *ms, bool *isOffset);

// The default journal for a kind of session. Training and live never share a journal.
// The folder of the workstation's own day journals (JournalRetention names their files).
QString defaultJournalDir();
// Where the wall's named layouts are kept (shared by training and live: they are about cameras).
QString defaultWallLayoutsPath();
// Where a supervisor's edits of the response zones are saved when dispatch.zones names no file.
QString defaultZonesPath();

// The default disk cache of base-map tiles.
QString defaultTileCachePath();

// The generated training camera register, made once and shared by every training session.
QString defaultTrainingCameraIndexPath();

// Where a training run's debrief goes without --debrief: next to the journal, named after the
// scenario (or "free-shift") and the time the session started.
QString defaultDebriefPath(const QString &journalPath, const QString &scenario, const QDateTime &when);

} // namespace wf
