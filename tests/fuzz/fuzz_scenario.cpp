// The scenario parser (JSON with line numbers, then the scenario's meaning) on any bytes: an
// error with a line or a scenario, never a crash, a hang or unbounded memory.
#include "ScenarioParser.h"

#include <QCoreApplication>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    wf::sim::ScenarioError error;
    const auto scenario = wf::sim::parseScenario(json, QStringLiteral("fuzz.json"), &error);
    // Every refusal says where and why.
    if (!scenario && (error.message.isEmpty() || error.line < 0))
        std::abort();
    return 0;
}
