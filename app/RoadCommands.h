#pragma once

#include "AppOptions.h"
#include "Settings.h"

namespace wf {

// The road graph file of a session: --roads, else the setting map.roads, else the training
// world's generated roads written next to the application at build time.
QString roadGraphPath(const AppOptions &options, const Settings &settings);

// --import-roads and --route: headless, on a QCoreApplication that exists. Progress and errors go
// to stderr, the result to stdout; returns the exit code (1 for bad input or no route).
int runRoadCommand(const AppOptions &options, const Settings &settings);

} // namespace wf
