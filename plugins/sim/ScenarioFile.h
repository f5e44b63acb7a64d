#pragma once

#include "Scenario.h"
#include "ScenarioParser.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace wf::sim {

// Reads and parses a scenario file. NAME is a built-in id (hit-and-run, ...) or a path to a JSON
// file; the file's size is checked before it is read.
std::optional<Scenario> loadScenario(const QString &nameOrPath, ScenarioError *error);
// The built-in scenarios (embedded in the library), by id.
QStringList builtinScenarioIds();

} // namespace wf::sim
