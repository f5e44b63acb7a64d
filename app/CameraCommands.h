#pragma once

#include "AppOptions.h"
#include "Settings.h"

namespace wf {

// The camera register of a session: --camera-index, else the setting map.camera_index; empty
// when neither is given (then training uses the generated province register, live none).
QString cameraIndexPath(const AppOptions &options, const Settings &settings);

// --import-cameras FILE.csv and --prepare-training-cameras: headless, on a QCoreApplication that exists.
// Progress and errors go to stderr, the summary to stdout; returns the exit code (1 for bad input).
int runCameraCommand(const AppOptions &options);

} // namespace wf
