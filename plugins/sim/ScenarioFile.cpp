#include "ScenarioFile.h"

#include "BoundedFile.h"
#include "JsonNode.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace wf::sim {

QStringList builtinScenarioIds()
{
    QStringList ids;
    for (const auto &f : QDir(QStringLiteral(":/watchfloor/sim/scenarios"))
             .entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name))
        ids << QFileInfo(f).completeBaseName();
    return ids;
}

std::optional<Scenario> loadScenario(const QString &nameOrPath, ScenarioError *error)
{
    const QString builtin = QStringLiteral(":/watchfloor/sim/scenarios/%1.json").arg(nameOrPath);
    const bool isBuiltin
        = !nameOrPath.contains(u'/') && !nameOrPath.endsWith(u".json") && QFile::exists(builtin);
    const bool isPath = nameOrPath.contains(u'/') || nameOrPath.endsWith(u".json");
    if (!isBuiltin && !isPath) {
        if (error)
            *error = { nameOrPath, 0, 0,
                QStringLiteral("no such scenario (built in: %1)").arg(builtinScenarioIds().join(u", ")) };
        return std::nullopt;
    }
    // The size is checked before reading: a huge file or a device must not fill the memory.
    QString why;
    const auto bytes = readBoundedFile(isBuiltin ? builtin : nameOrPath, kMaxJsonWithLinesBytes, &why);
    if (!bytes) {
        if (error)
            *error = { nameOrPath, 0, 0, QStringLiteral("cannot read the file: %1").arg(why) };
        return std::nullopt;
    }
    return parseScenario(*bytes, isBuiltin ? nameOrPath + QStringLiteral(".json") : nameOrPath, error);
}

} // namespace wf::sim
