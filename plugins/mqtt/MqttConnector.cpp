#include "MqttConnector.h"

#include <QDateTime>

namespace wf::mqtt {

MqttConnector::MqttConnector(ConnectorOptions options)
    : m_options(std::move(options))
    , m_codec(m_options.ns)
{ }

MqttConnector::~MqttConnector()
{
    stop();
}

void MqttConnector::post(Event e)
{
    if (e.receiveTimeMs == 0)
        e.receiveTimeMs = QDateTime::currentMSecsSinceEpoch();
    if (e.sourceTimeMs == 0)
        e.sourceTimeMs = e.receiveTimeMs;
    e.source = id();
    m_sink->post(std::move(e));
}

void MqttConnector::report(const QString &state, const QString &detail)
{
    m_state = state;
    m_detail = detail;
    m_reportedRefusals = m_codec.refused();
    Event e;
    e.payload = BackendStatus { state, m_options.broker.brokerText(), m_options.role, m_options.ns, detail,
        m_outbox.size(), m_codec.refused() };
    post(std::move(e));
}

bool MqttConnector::start(EventSink *sink, QString *error)
{
    m_sink = sink;
    if (!m_outbox.open(m_options.outboxPath, error))
        return false;
    auto &b = m_options.broker;
    if (b.clientId.isEmpty())
        b.clientId = b.username.isEmpty()
            ? QStringLiteral("watchfloor-%1").arg(QDateTime::currentMSecsSinceEpoch())
            : b.username;
    // The broker announces our disappearance: the will is the retained "offline" presence.
    b.will = m_codec.encodePresence({ b.clientId, m_options.operatorId, m_options.role, false }, 0);
    m_client = std::make_unique<MqttClient>(b, this);
    connect(m_client.get(), &MqttClient::connected, this, &MqttConnector::onConnected);
    connect(m_client.get(), &MqttClient::refused, this,
        [this](const QString &why) { report(QStringLiteral("refused"), why); });
    connect(m_client.get(), &MqttClient::disconnected, this,
        [this](const QString &why) { report(QStringLiteral("disconnected"), why); });
    connect(m_client.get(), &MqttClient::published, this, [](int) { });
    connect(m_client.get(), &MqttClient::messageReceived, this,
        [this](const QByteArray &t, const QByteArray &p, const QByteArray &c, const QByteArray &) {
            onMessage(t, p, c);
        });
    report(QStringLiteral("connecting"), {});
    if (!m_client->start(error)) {
        report(QStringLiteral("refused"), *error);
        m_client.reset();
        return false;
    }
    connect(&m_housekeeping, &QTimer::timeout, this, [this] {
        expireOrders();
        // An order asked again whose terminal did not repeat its answers is finished as it was.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (auto it = m_askedAgain.begin(); it != m_askedAgain.end();) {
            if (now - it->second < kAskAgainWaitMs) {
                ++it;
                continue;
            }
            m_outbox.markFinished(it->first);
            m_seenStates.erase(it->first);
            it = m_askedAgain.erase(it);
        }
        if (m_client && m_client->isConnected())
            flushOutbox(false);
        // Refused messages are counted; the count is journaled at most once a second.
        if (m_codec.refused() != m_reportedRefusals)
            report(m_state, m_detail);
    });
    m_housekeeping.start(1000);
    return true;
}

void MqttConnector::stop()
{
    m_housekeeping.stop();
    if (!m_client)
        return;
    if (m_client->isConnected()) {
        QString ignored;
        auto presence = m_codec.encodePresence(
            { m_options.broker.clientId, m_options.operatorId, m_options.role, false },
            QDateTime::currentMSecsSinceEpoch());
        m_client->publish(presence, &ignored);
    }
    m_client->stop();
    m_client.reset();
}

void MqttConnector::onConnected()
{
    QString error;
    if (!m_client->subscribe(m_codec.subscription(), 1, true, &error)) {
        report(QStringLiteral("disconnected"), error);
        return;
    }
    m_client->publish(
        m_codec.encodePresence({ m_options.broker.clientId, m_options.operatorId, m_options.role, true },
            QDateTime::currentMSecsSinceEpoch()),
        &error);
    flushOutbox(true);
    if (m_everConnected)
        m_reconnectedMs = QDateTime::currentMSecsSinceEpoch();
    m_everConnected = true;
    report(QStringLiteral("connected"), {});
}

bool MqttConnector::askAgain(const QString &orderId, OrderState finalState)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto &seen = m_seenStates[orderId];
    const bool gap = finalState == OrderState::Done
        && (!seen.contains(OrderState::Delivered) || !seen.contains(OrderState::Acknowledged));
    if (!gap || m_reconnectedMs == 0 || now - m_reconnectedMs > kAfterOutageMs
        || m_askedAgain.contains(orderId) || !m_client || !m_client->isConnected())
        return false;
    for (const auto &entry : m_outbox.pending()) {
        if (entry.orderId != orderId)
            continue;
        QString error;
        if (m_client->publish(entry.message, &error) < 0)
            return false;
        m_outbox.markSent(orderId, now);
        m_askedAgain[orderId] = now;
        return true;
    }
    return false;
}

void MqttConnector::flushOutbox(bool everything)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto pending = everything ? m_outbox.pending() : m_outbox.due(now, m_options.resendAfterMs);
    for (const auto &entry : pending) {
        QString error;
        if (m_client->publish(entry.message, &error) < 0)
            return; // the connection went again; the next connect resumes
        m_outbox.markSent(entry.orderId, now);
    }
}

void MqttConnector::expireOrders()
{
    const auto expired = m_outbox.takeExpired(
        QDateTime::currentMSecsSinceEpoch(), qint64(MqttCodec::kOrderExpirySeconds) * 1000);
    for (const auto &orderId : expired) {
        Event e;
        e.payload = OrderStateChanged { orderId, OrderState::Expired,
            QStringLiteral("not delivered within %1 s").arg(MqttCodec::kOrderExpirySeconds) };
        post(std::move(e));
    }
}

void MqttConnector::onMessage(
    const QByteArray &topic, const QByteArray &payload, const QByteArray &correlation)
{
    if (const auto own = m_ownEchoes.find(topic + '\n' + payload); own != m_ownEchoes.end()) {
        m_ownEchoes.erase(own);
        return;
    }
    QString error;
    auto decoded = m_codec.decode(topic, payload, correlation, QDateTime::currentMSecsSinceEpoch(), &error);
    if (!decoded)
        return; // counted by the codec, reported by the housekeeping timer
    if (decoded->presence) {
        if (decoded->presence->online)
            m_online.insert(decoded->presence->client);
        else
            m_online.erase(decoded->presence->client);
        return;
    }
    if (!decoded->event)
        return; // retained state removed at the broker
    if (const auto *s = std::get_if<OrderStateChanged>(&decoded->event->payload)) {
        const bool final = s->state == OrderState::Done || s->state == OrderState::Rejected;
        // Answers repeat when an order was sent again: each state of an order is recorded once.
        if (!m_seenStates[s->orderId].insert(s->state).second) {
            if (final && m_askedAgain.erase(s->orderId) > 0) { // the repeated answers are in
                m_outbox.markFinished(s->orderId);
                m_seenStates.erase(s->orderId);
            }
            return;
        }
        if (final && !askAgain(s->orderId, s->state)) {
            m_outbox.markFinished(s->orderId);
            m_seenStates.erase(s->orderId);
        } else if (!final) {
            m_outbox.markAnswered(s->orderId);
        }
    }
    post(std::move(*decoded->event));
}

bool MqttConnector::submit(const Event &command, QString *error)
{
    if (!m_client) {
        *error = QStringLiteral("the backend connection is not running");
        return false;
    }
    if (m_options.role == u"supervisor") {
        *error = QStringLiteral("a supervisor's account only watches: it gives no orders");
        return false;
    }
    auto message = m_codec.encode(command, m_options.operatorId, error);
    if (!message)
        return false;
    if (const auto *order = std::get_if<OrderIssued>(&command.payload)) {
        if (!m_outbox.add(order->orderId, *message, QDateTime::currentMSecsSinceEpoch(), error))
            return false;
        if (m_client->isConnected()) {
            QString ignored;
            if (m_client->publish(*message, &ignored) >= 0)
                m_outbox.markSent(order->orderId, QDateTime::currentMSecsSinceEpoch());
        }
        return true;
    }
    // Shared state (acknowledgements, cordons, incidents) is retained at the broker; while
    // disconnected libmosquitto keeps it queued for this session.
    if (m_client->publish(*message, error) < 0)
        return false;
    if (m_ownEchoes.size() < 10'000) // bounded: a broker that never echoes cannot grow it
        m_ownEchoes.insert(message->topic + '\n' + message->payload);
    return true;
}

} // namespace wf::mqtt
