#pragma once

#include "OutgoingMessage.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <optional>
#include <thread>

struct mosquitto;

namespace wf::mqtt {

// Where and how to reach the broker. The password is held only here and in libmosquitto; it is
// never written anywhere.
struct BrokerOptions
{
    QString host;
    int port = 8883;
    bool tls = true;
    QString caFile; // the CA that signed the broker's certificate (server verification)
    QString certFile; // optional client certificate
    QString keyFile;
    QString username;
    QByteArray password;
    QString clientId;
    quint32 sessionExpirySeconds = 3600; // a persistent session: QoS 1 survives short outages
    bool cleanStart = false;
    int keepAliveSeconds = 20;
    int reconnectMinSeconds = 1;
    int reconnectMaxSeconds = 30;
    std::optional<OutgoingMessage> will;
    QString brokerText() const { return QStringLiteral("%1:%2").arg(host).arg(port); }
};

// One MQTT 5 connection on libmosquitto: a network thread of its own runs mosquitto_loop and
// reconnects with back-off; everything it reports is queued to this object's thread. (Not
// mosquitto_loop_start: its loop ends for good on a TLS error, which a broker killed in the
// middle of a record produces, and then nothing reconnects.)
class MqttClient : public QObject
{
    Q_OBJECT
public:
    explicit MqttClient(BrokerOptions options, QObject *parent = nullptr);
    ~MqttClient() override;

    // Connects (the first attempt blocks for the TCP and TLS handshakes) and starts the network
    // thread. A broker that is down is not an error: the thread keeps trying. Bad settings
    // (unreadable CA file, TLS refused) are.
    bool start(QString *error);
    // Disconnects cleanly (no will) and joins the network thread.
    void stop();
    bool isConnected() const { return m_connected; }
    const BrokerOptions &options() const { return m_options; }

    // Returns the message id, or -1 with *error. QoS 1 messages published while disconnected
    // are queued by libmosquitto only for this process's lifetime: durable ones go through an outbox.
    int publish(const OutgoingMessage &message, QString *error);
    bool subscribe(const QByteArray &pattern, int qos, bool noLocal, QString *error);

signals:
    void connected(bool sessionPresent);
    // The broker refused the connection (bad credentials, not authorised): no more retries.
    void refused(const QString &reason);
    void disconnected(const QString &reason);
    void messageReceived(const QByteArray &topic, const QByteArray &payload,
        const QByteArray &correlationData, const QByteArray &responseTopic);
    void published(int messageId);

private:
    void installCallbacks();
    void networkLoop();

    BrokerOptions m_options;
    mosquitto *m_mosq = nullptr;
    bool m_connected = false;
    std::thread m_thread;
    std::atomic<bool> m_running { false };
    std::atomic<bool> m_refused { false };
    std::atomic<int> m_delaySeconds { 1 };
};

// Words for an MQTT 5 reason code or a libmosquitto error, for people.
QString mqttReasonText(int code);

} // namespace wf::mqtt
