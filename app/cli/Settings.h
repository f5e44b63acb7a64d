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
    QString simScenario; // sim.scenario: a scenario id or file to play (--scenario wins)

    static std::optional<Settings> load(const QString &userFile, QString *error);
    static std::optional<Settings> fromJson(const QByteArray &json, const QString &origin, QString *error);
};

} // namespace wf
