#pragma once

#include "MqttClient.h"
#include "MqttCodec.h"

#include <QObject>
#include <QVariantMap>
#include <map>
#include <memory>
#include <set>
#include <unordered_map>

namespace wf {
class ConnectorHost;
class EventBus;
} // namespace wf

namespace wf::fieldsim {

// The training world as the field of a broker: what the simulated units, cameras, checkpoints
// and plate readers do (the events the training connector publishes on the bus) goes out as the
// field's messages of docs/protocol.md, in the training namespace only; orders arriving for the
// simulated units go into the world, and the units' answers go back on the order's response
// topic with its correlation data. A repeated order is answered by repeating its answers so far,
// never acted on twice.
class FieldSim : public QObject
{
    Q_OBJECT
public:
    // host: where the training world runs (started by start()); its events arrive on bus.
    FieldSim(EventBus *bus, ConnectorHost *host, mqtt::BrokerOptions broker, QVariantMap simSettings);
    ~FieldSim() override;

    // Connects; the world starts once the broker has taken the subscription to the units' orders.
    bool start(QString *error);
    // Removes the retained state this run published (units, sites, cameras, open alerts and
    // incidents, the exercise) and disconnects.
    void stop();

    struct Counts
    {
        qint64 published = 0;
        int orders = 0; // distinct orders received
        int repeatedOrders = 0; // orders received again (answered by repeating)
        int refused = 0; // received messages refused (malformed, wrong topic, unknown unit)
        int unpublishable = 0; // world events the protocol has no message for
    };
    const Counts &counts() const { return m_counts; }

signals:
    void running(); // the world started
    void failed(const QString &reason); // the broker refused us
    void ended(const QString &reportJson); // the exercise ended and was scored

private:
    void onConnected();
    void onMessage(const QByteArray &topic, const QByteArray &payload, const QByteArray &correlation,
        const QByteArray &responseTopic);
    void onEvent(const Event &e);
    void answer(const QString &orderId, OrderState state, const QString &note, qint64 ts);
    void publish(const mqtt::OutgoingMessage &m);

    EventBus *m_bus;
    ConnectorHost *m_host;
    QVariantMap m_simSettings;
    mqtt::MqttCodec m_codec;
    std::unique_ptr<mqtt::MqttClient> m_client;
    bool m_worldStarted = false;
    Counts m_counts;
    std::unordered_map<QString, UnitReported> m_units; // the roster, kept current for status messages
    struct Order
    {
        QString unitId;
        QByteArray responseTopic;
        QByteArray correlation;
        std::vector<mqtt::OutgoingMessage> answers;
    };
    std::map<QString, Order> m_orders;
    std::set<QByteArray> m_retained; // topics holding this run's retained state
};

} // namespace wf::fieldsim
