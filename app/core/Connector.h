#pragma once

#include "Event.h"
#include "GroundTruth.h"

#include <QString>
#include <QVariantMap>
#include <QtPlugin>
#include <memory>

namespace wf {

// Where a connector delivers what it observes. Implemented by the host; safe from any thread.
class EventSink
{
public:
    virtual ~EventSink() = default;
    virtual void post(Event event) = 0;
};

// A live source of events and a way out for commands (orders, cordon activation).
// Commands go out through submit(); what becomes of them comes back as events.
class Connector
{
public:
    virtual ~Connector() = default;
    virtual QString id() const = 0;
    // A training connector simulates the world; it must never be given live commands, and a
    // live connector must never receive training ones (the host enforces this).
    virtual bool isTraining() const = 0;
    virtual bool start(EventSink *sink, QString *error) = 0;
    virtual void stop() = 0;
    virtual bool submit(const Event &command, QString *error) = 0;
    // Training time control; live connectors ignore it. A scale of 0 pauses.
    virtual void setTimeScale(double scale) { Q_UNUSED(scale); }
    // Training: while paused, advances the world by one of its ticks. Live connectors ignore it.
    virtual void step() { }
    // Training: the world as it is after the latest tick (suspects, weather), for the synthetic
    // video only; null for live connectors. Called on the connector's thread.
    virtual std::shared_ptr<const GroundTruth> groundTruth() const { return {}; }
};

// What a connector plugin exports. The IID carries the API version: a plugin built against
// another version is not loaded.
class ConnectorFactory
{
public:
    // 2: Connector::step(), and create() says why it failed. 3: Connector::groundTruth().
    static constexpr int kApiVersion = 3;
    virtual ~ConnectorFactory() = default;
    virtual QString connectorId() const = 0;
    // Returns nullptr with a message (naming the file and line of a bad file) when the settings
    // do not make a connector.
    virtual std::unique_ptr<Connector> create(const QVariantMap &settings, QString *error) = 0;
};

} // namespace wf

#define WatchfloorConnectorFactory_iid "org.watchfloor.ConnectorFactory/3"
Q_DECLARE_INTERFACE(wf::ConnectorFactory, WatchfloorConnectorFactory_iid)
