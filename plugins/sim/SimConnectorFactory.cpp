#include "SimConnectorFactory.h"

#include "ScenarioFile.h"
#include "SimConnector.h"

#include <QDateTime>

namespace wf::sim {

std::unique_ptr<Connector> SimConnectorFactory::create(const QVariantMap &settings, QString *error)
{
    SimOptions o;
    bool ok = true;
    o.seed = settings.value(QStringLiteral("seed"), 1).toULongLong(&ok);
    if (!ok) {
        *error = QStringLiteral("sim: seed must be a non-negative integer");
        return nullptr;
    }
    const QString debrief = settings.value(QStringLiteral("debrief")).toString();
    const QString scenario = settings.value(QStringLiteral("scenario")).toString();
    // "start": a moment of a recording (TrainingStart's bytes) the free shift starts from.
    if (settings.contains(QStringLiteral("start"))) {
        if (!scenario.isEmpty()) {
            *error = QStringLiteral("sim: a scenario starts from its own world, not from a recording's");
            return nullptr;
        }
        QString why;
        auto start = decodeTrainingStart(settings.value(QStringLiteral("start")).toByteArray(), &why);
        if (!start) {
            *error = QStringLiteral("sim: %1").arg(why);
            return nullptr;
        }
        o.start = std::make_shared<const TrainingStart>(std::move(*start));
    }
    if (!scenario.isEmpty()) {
        ScenarioError bad;
        const auto s = loadScenario(scenario, &bad);
        if (!s) {
            *error = QStringLiteral("scenario %1").arg(bad.toString());
            return nullptr;
        }
        return std::make_unique<SimConnector>(*s, o.seed, debrief);
    }
    o.units = settings.value(QStringLiteral("units"), 0).toInt(&ok);
    if (!ok || o.units < 0 || o.units > 100'000) {
        *error = QStringLiteral("sim: units must be 0..100000");
        return nullptr;
    }
    const QString scaleText = settings.value(QStringLiteral("scale"), QStringLiteral("small")).toString();
    const auto scale = scaleFromName(scaleText);
    if (!scale) {
        *error = QStringLiteral("sim: unknown scale '%1' (small, wuhan, province)").arg(scaleText);
        return nullptr;
    }
    o.scale = *scale;
    o.startTimeMs
        = settings.value(QStringLiteral("start_time_ms"), QDateTime::currentMSecsSinceEpoch()).toLongLong();
    if (o.start)
        o.startTimeMs = o.start->clockMs;
    o.incidentsPerHour = settings.value(QStringLiteral("incidents_per_hour"), -1.0).toDouble();
    return std::make_unique<SimConnector>(o, debrief);
}

} // namespace wf::sim
