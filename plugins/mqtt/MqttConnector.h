#pragma once

#include "Connector.h"
#include "MqttClient.h"
#include "MqttCodec.h"
#include "Outbox.h"

#include <QObject>
#include <QTimer>
#include <map>
#include <memory>
#include <set>

namespace wf::mqtt {

struct ConnectorOptions
{
    BrokerOptions broker;
    QString ns = QStringLiteral("live"); // "live" or "training"
    QString role = QStringLiteral("dispatcher"); // dispatcher, supervisor or trainee
    QString operatorId;
    QString outboxPath;
    int resendAfterMs = 5000; // an unfinished order goes again after this long
};

// The workstation's side of docs/protocol.md: what the broker delivers becomes events, orders
// go out through a durable outbox, the connection's state is reported as BackendStatus events.
class MqttConnector : public QObject, public Connector
{
    Q_OBJECT
public:
    explicit MqttConnector(ConnectorOptions options);
    ~MqttConnector() override;

    QString id() const override { return QStringLiteral("mqtt"); }
    bool isTraining() const override { return m_options.ns == u"training"; }
    bool start(EventSink *sink, QString *error) override;
    void stop() override;
    bool submit(const Event &command, QString *error) override;

    const MqttCodec &codec() const { return m_codec; }
    int outboxSize() const { return m_outbox.size(); }
    int workstationsOnline() const { return int(m_online.size()); }

private:
    void onConnected();
    void onMessage(const QByteArray &topic, const QByteArray &payload, const QByteArray &correlation);
    void flushOutbox(bool everything);
    void expireOrders();
    void report(const QString &state, const QString &detail);
    void post(Event e);

    ConnectorOptions m_options;
    MqttCodec m_codec;
    Outbox m_outbox;
    std::unique_ptr<MqttClient> m_client;
    EventSink *m_sink = nullptr;
    QTimer m_housekeeping;
    QString m_state = QStringLiteral("connecting");
    QString m_detail;
    int m_reportedRefusals = 0;
    std::set<QString> m_online;
    std::map<QString, std::set<OrderState>> m_seenStates; // orders in the outbox: answers recorded
    // Shared state this workstation published (topic and payload), not yet come back: the
    // broker sends it to every subscriber, us too, and our own world already has it.
    std::multiset<QByteArray> m_ownEchoes;
    // A broker killed with answers in its memory loses them (mosquitto saves to disk now and
    // then): an order finished soon after a reconnect whose delivery or acknowledgement never
    // came is sent once more, and the terminal repeats its answers so far. Order id -> when.
    static constexpr qint64 kAfterOutageMs = 120'000; // how long after a reconnect that is done
    static constexpr qint64 kAskAgainWaitMs = 30'000; // how long the repeated answers are awaited
    bool askAgain(const QString &orderId, OrderState finalState);
    qint64 m_reconnectedMs = 0; // the last connect that followed a lost connection
    bool m_everConnected = false;
    std::map<QString, qint64> m_askedAgain;
};

} // namespace wf::mqtt
