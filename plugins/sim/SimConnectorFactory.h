#pragma once

#include "Connector.h"

#include <QObject>

namespace wf::sim {

class SimConnectorFactory : public QObject, public ConnectorFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID WatchfloorConnectorFactory_iid FILE "sim.json")
    Q_INTERFACES(wf::ConnectorFactory)
public:
    QString connectorId() const override { return QStringLiteral("sim"); }
    // Settings: seed (int), units (int: mobile units, 0 = the scale's strength), scale (small,
    // wuhan, province), start_time_ms (int, default now), incidents_per_hour, scenario (an id
    // or a file: plays that scenario instead of a free shift), debrief (the file the score
    // report is saved to when the run ends).
    std::unique_ptr<Connector> create(const QVariantMap &settings, QString *error) override;
};

} // namespace wf::sim
