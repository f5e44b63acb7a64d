#pragma once

#include "Scenario.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace wf::sim {

// What is wrong with a scenario, and where: the file, its line and column when known.
struct ScenarioError
{
    QString file;
    int line = 0;
    int column = 0;
    QString message;
    QString toString() const;
};

// Parses and checks a scenario: syntax, unknown or missing fields, wrong types, impossible
// coordinates, places the map does not know. Every error names the line. Never crashes.
std::optional<Scenario> parseScenario(const QByteArray &json, const QString &origin, ScenarioError *error);

} // namespace wf::sim
