#pragma once

#include "AppOptions.h"
#include "Settings.h"
#include "TileSource.h"

#include <optional>

namespace wf {

// The tile source a session uses: the "map" settings, overridden by --tile-url and --tile-cache.
// An upstream URL that is not a usable template is an error.
std::optional<maps::TileSourceConfig> tileSourceConfig(
    const AppOptions &options, const Settings &settings, QString *error);

// --prepare-offline and --import-tiles: headless, on a QCoreApplication that exists. Prints
// progress on stderr and a summary on stdout; returns the exit code.
int runTileCommand(const AppOptions &options, const Settings &settings, const maps::TileSourceConfig &config);

} // namespace wf
