#include "FieldSim.h"

#include "ConnectorHost.h"
#include "EventBus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTimer>

namespace wf::fieldsim {

FieldSim::FieldSim(EventBus *bus, ConnectorHost *host, mqtt::BrokerOptions broker, QVariantMap simSettings)
    : m_bus(bus)
    , m_host(host)
    , m_simSettings(std::move(simSettings))
    , m_codec(QStringLiteral("training")) // the field simulator never speaks in live
{
    // A field simulator is not a workstation: it leaves no presence, and its session keeps the
    // orders given while it was briefly away.
    m_client = std::make_unique<mqtt::MqttClient>(std::move(broker), this);
    connect(m_client.get(), &mqtt::MqttClient::connected, this, &FieldSim::onConnected);
    connect(m_client.get(), &mqtt::MqttClient::refused, this, &FieldSim::failed);
    connect(m_client.get(), &mqtt::MqttClient::messageReceived, this, &FieldSim::onMessage);
    connect(m_bus, &EventBus::published, this, &FieldSim::onEvent);
}

FieldSim::~FieldSim()
{
    stop();
}

bool FieldSim::start(QString *error)
{
    return m_client->start(error);
}

void FieldSim::onConnected()
{
    QString error;
    if (!m_client->subscribe(m_codec.prefix() + "units/+/orders", 1, false, &error)) {
        emit failed(QStringLiteral("cannot subscribe to the units' orders: %1").arg(error));
        return;
    }
    if (m_worldStarted) {
        // Back after an outage: the roster again, in case the broker lost its retained state.
        for (const auto &[id, unit] : m_units) {
            Event e { 0, QDateTime::currentMSecsSinceEpoch(), 0, QStringLiteral("sim"), unit };
            if (auto m = m_codec.encodeReport(e, &error))
                publish(*m);
        }
        return;
    }
    // The subscription goes to the broker before anything the world says, so no order given in
    // answer to the first units' appearance is missed.
    if (!m_host->start(QStringLiteral("sim"), m_simSettings, &error)) {
        emit failed(QStringLiteral("cannot start the training world: %1").arg(error));
        return;
    }
    m_worldStarted = true;
    emit running();
}

void FieldSim::publish(const mqtt::OutgoingMessage &m)
{
    QString error;
    // While the broker is away libmosquitto keeps QoS 1 messages for the session; a position
    // fix (QoS 0) that cannot go is simply replaced by the next one.
    if (m_client->publish(m, &error) >= 0)
        ++m_counts.published;
    if (m.retain)
        m_retained.insert(m.topic);
}

void FieldSim::onEvent(const Event &e)
{
    if (e.source != u"sim")
        return;
    QString error;
    if (const auto *s = std::get_if<OrderStateChanged>(&e.payload)) {
        answer(s->orderId, s->state, s->note, e.sourceTimeMs);
        return;
    }
    if (const auto *scored = std::get_if<ScenarioScored>(&e.payload)) {
        emit ended(scored->reportJson);
        return;
    }
    if (std::holds_alternative<OrderIssued>(e.payload) || std::holds_alternative<TrainingCommand>(e.payload))
        return; // the workstations give the orders
    Event out = e;
    if (const auto *u = std::get_if<UnitReported>(&e.payload)) {
        m_units[u->unitId] = *u;
    } else if (const auto *c = std::get_if<UnitStatusChanged>(&e.payload)) {
        // The protocol has one retained status message per unit: its identity and state together.
        auto it = m_units.find(c->unitId);
        if (it == m_units.end())
            return;
        it->second.status = c->status;
        out.payload = it->second;
    } else if (const auto *m = std::get_if<UnitMoved>(&e.payload)) {
        if (auto it = m_units.find(m->unitId); it != m_units.end()) {
            it->second.position = m->position;
            it->second.headingDeg = m->headingDeg;
        }
    }
    const auto message = m_codec.encodeReport(out, &error);
    if (!message) {
        ++m_counts.unpublishable;
        return;
    }
    publish(*message);
}

void FieldSim::answer(const QString &orderId, OrderState state, const QString &note, qint64 ts)
{
    auto it = m_orders.find(orderId);
    if (it == m_orders.end())
        return;
    auto m = m_codec.encodeOrderStatus(it->second.unitId, orderId, state, note, ts);
    m.topic = it->second.responseTopic;
    m.correlationData = it->second.correlation;
    it->second.answers.push_back(m);
    publish(m);
}

void FieldSim::onMessage(const QByteArray &topic, const QByteArray &payload, const QByteArray &correlation,
    const QByteArray &responseTopic)
{
    QString error;
    const auto decoded
        = m_codec.decode(topic, payload, correlation, QDateTime::currentMSecsSinceEpoch(), &error);
    const OrderIssued *order
        = decoded && decoded->event ? std::get_if<OrderIssued>(&decoded->event->payload) : nullptr;
    if (!order) {
        ++m_counts.refused;
        return;
    }
    if (auto it = m_orders.find(order->orderId); it != m_orders.end()) {
        // Sent again (the workstation may have missed answers): repeat them, act on nothing.
        ++m_counts.repeatedOrders;
        for (const auto &m : it->second.answers)
            publish(m);
        return;
    }
    // Answers go where the order says, but never outside the training namespace.
    Order o { order->unitId,
        responseTopic.isEmpty() ? m_codec.orderStatusTopic(order->unitId) : responseTopic,
        correlation.isEmpty() ? order->orderId.toUtf8() : correlation, {} };
    if (!o.responseTopic.startsWith(m_codec.prefix()) || o.responseTopic.contains('#')
        || o.responseTopic.contains('+')) {
        ++m_counts.refused;
        return;
    }
    ++m_counts.orders;
    const QString orderId = order->orderId;
    m_orders.emplace(orderId, std::move(o));
    Event command { 0, decoded->event->sourceTimeMs, 0, QStringLiteral("mqtt"), *order };
    if (!m_host->submit(command, &error)) {
        // Not a unit of this exercise (or the exercise is over): the terminal refuses it.
        answer(orderId, OrderState::Rejected, error, QDateTime::currentMSecsSinceEpoch());
    }
}

void FieldSim::stop()
{
    if (!m_client)
        return;
    m_host->stopAll();
    if (m_client->isConnected() && !m_retained.empty()) {
        // An empty retained message removes the state: the next exercise starts on a clean roster.
        std::set<int> waiting;
        auto done = connect(
            m_client.get(), &mqtt::MqttClient::published, this, [&](int mid) { waiting.erase(mid); });
        for (const auto &topic : m_retained) {
            mqtt::OutgoingMessage m;
            m.topic = topic;
            m.retain = true;
            QString error;
            if (const int mid = m_client->publish(m, &error); mid >= 0)
                waiting.insert(mid);
        }
        QElapsedTimer t;
        t.start();
        QTimer wake; // looks at the clock while waiting for the broker's acknowledgements
        wake.start(50);
        while (!waiting.empty() && t.elapsed() < 5000 && m_client->isConnected())
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
        disconnect(done);
        m_retained.clear();
    }
    m_client->stop();
    m_client.reset();
}

} // namespace wf::fieldsim
