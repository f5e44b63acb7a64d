#pragma once

#include "AppOptions.h"

namespace wf {

// --export-evidence DIR --playback FILE [--from T] [--to T] and --verify-export DIR: headless, on
// a QGuiApplication that exists (the report's fonts). Progress and errors go to stderr, the
// summary to stdout; returns the exit code (1 for bad input, a failed export or a folder that
// does not match its manifest).
int runEvidenceCommand(const AppOptions &options);

} // namespace wf
