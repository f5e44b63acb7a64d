#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace wf {

// Everything the command line can ask of the workstation.
struct AppOptions
{
    bool training = true;
    QString dbPath; // empty: the default under the user's data directory
    QString language; // "zh_CN", "en" or empty for the system's
    QString screenshotPath;
    double quitAfterSeconds = 0; // 0: run until closed
    QString pluginDir; // empty: next to the executable
    QString settingsPath;
    quint64 seed = 1;
    int units = 60;
};

struct ParsedOptions
{
    enum class Action { Run, ShowHelp, ShowVersion, Fail };
    Action action = Action::Run;
    AppOptions options;
    QString message; // help or version text, or the error
};

ParsedOptions parseAppOptions(const QStringList &arguments);

// The default journal for a kind of session. Training and live never share a journal.
QString defaultJournalPath(bool training);

} // namespace wf
