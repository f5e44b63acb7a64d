#include "MqttClient.h"

#include <QFileInfo>
#include <QMetaObject>
#include <chrono>
#include <csignal>
#include <mosquitto.h>
#include <mqtt_protocol.h>
#include <mutex>

namespace wf::mqtt {

namespace {

void initLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] {
        mosquitto_lib_init();
        // OpenSSL writes to a socket the broker has closed: that must be an error, not SIGPIPE.
        std::signal(SIGPIPE, SIG_IGN);
    });
}

QByteArray readBinaryProperty(const mosquitto_property *props, int id)
{
    void *value = nullptr;
    uint16_t len = 0;
    if (!mosquitto_property_read_binary(props, id, &value, &len, false) || !value)
        return {};
    QByteArray out(static_cast<const char *>(value), len);
    free(value);
    return out;
}

QByteArray readStringProperty(const mosquitto_property *props, int id)
{
    char *value = nullptr;
    if (!mosquitto_property_read_string(props, id, &value, false) || !value)
        return {};
    QByteArray out(value);
    free(value);
    return out;
}

// The properties docs/protocol.md fixes for a message; the caller frees them.
mosquitto_property *publishProperties(const OutgoingMessage &m)
{
    mosquitto_property *props = nullptr;
    if (m.expirySeconds > 0)
        mosquitto_property_add_int32(&props, MQTT_PROP_MESSAGE_EXPIRY_INTERVAL, m.expirySeconds);
    if (!m.responseTopic.isEmpty())
        mosquitto_property_add_string(&props, MQTT_PROP_RESPONSE_TOPIC, m.responseTopic.constData());
    if (!m.correlationData.isEmpty())
        mosquitto_property_add_binary(&props, MQTT_PROP_CORRELATION_DATA, m.correlationData.constData(),
            uint16_t(m.correlationData.size()));
    return props;
}

} // namespace

QString mqttReasonText(int code)
{
    switch (code) {
    case MQTT_RC_BAD_USERNAME_OR_PASSWORD:
        return QStringLiteral("the broker refused the user name or password");
    case MQTT_RC_NOT_AUTHORIZED:
        return QStringLiteral(
            "the broker refused the account: wrong user name or password, or not authorised");
    case MQTT_RC_CLIENTID_NOT_VALID:
        return QStringLiteral("the broker refused the client id");
    case MQTT_RC_SERVER_UNAVAILABLE:
    case MQTT_RC_SERVER_BUSY:
        return QStringLiteral("the broker is unavailable or busy");
    case MQTT_RC_BANNED:
        return QStringLiteral("this client is banned by the broker");
    case MQTT_RC_SESSION_TAKEN_OVER:
        return QStringLiteral("another connection with the same client id took over the session");
    case MQTT_RC_SERVER_SHUTTING_DOWN:
        return QStringLiteral("the broker is shutting down");
    case MQTT_RC_KEEP_ALIVE_TIMEOUT:
        return QStringLiteral("the broker stopped answering (keep-alive timeout)");
    case MQTT_RC_UNSUPPORTED_PROTOCOL_VERSION:
        return QStringLiteral("the broker does not speak MQTT 5");
    default:
        break;
    }
    return QStringLiteral("MQTT reason %1").arg(code);
}

MqttClient::MqttClient(BrokerOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    initLibrary();
}

MqttClient::~MqttClient()
{
    stop();
}

void MqttClient::installCallbacks()
{
    // These run on libmosquitto's network thread: copy what is needed and queue it to ours.
    mosquitto_connect_v5_callback_set(
        m_mosq, [](mosquitto *mosq, void *obj, int rc, int flags, const mosquitto_property *) {
            auto *self = static_cast<MqttClient *>(obj);
            if (rc == 0) {
                self->m_delaySeconds = self->m_options.reconnectMinSeconds;
                const bool present = flags & 1;
                QMetaObject::invokeMethod(
                    self,
                    [self, present] {
                        self->m_connected = true;
                        emit self->connected(present);
                    },
                    Qt::QueuedConnection);
                return;
            }
            // Refused credentials do not get better by retrying: stop the network thread's loop.
            const bool permanent = rc == MQTT_RC_BAD_USERNAME_OR_PASSWORD || rc == MQTT_RC_NOT_AUTHORIZED
                || rc == MQTT_RC_BANNED || rc == MQTT_RC_CLIENTID_NOT_VALID
                || rc == MQTT_RC_UNSUPPORTED_PROTOCOL_VERSION;
            if (permanent) {
                self->m_refused = true;
                mosquitto_disconnect(mosq);
            }
            const QString reason = mqttReasonText(rc);
            QMetaObject::invokeMethod(
                self,
                [self, reason, permanent] {
                    self->m_connected = false;
                    if (permanent)
                        emit self->refused(reason);
                    else
                        emit self->disconnected(reason);
                },
                Qt::QueuedConnection);
        });
    mosquitto_disconnect_v5_callback_set(
        m_mosq, [](mosquitto *, void *obj, int rc, const mosquitto_property *) {
            auto *self = static_cast<MqttClient *>(obj);
            const QString reason = rc == 0 ? QStringLiteral("disconnected")
                : rc < 128
                ? QStringLiteral("connection lost (%1)").arg(QString::fromUtf8(mosquitto_strerror(rc)))
                : mqttReasonText(rc);
            QMetaObject::invokeMethod(
                self,
                [self, reason] {
                    const bool was = self->m_connected;
                    self->m_connected = false;
                    if (was)
                        emit self->disconnected(reason);
                },
                Qt::QueuedConnection);
        });
    mosquitto_publish_v5_callback_set(
        m_mosq, [](mosquitto *, void *obj, int mid, int, const mosquitto_property *) {
            auto *self = static_cast<MqttClient *>(obj);
            QMetaObject::invokeMethod(self, [self, mid] { emit self->published(mid); }, Qt::QueuedConnection);
        });
    mosquitto_message_v5_callback_set(
        m_mosq, [](mosquitto *, void *obj, const mosquitto_message *msg, const mosquitto_property *props) {
            auto *self = static_cast<MqttClient *>(obj);
            QByteArray topic(msg->topic);
            QByteArray payload(static_cast<const char *>(msg->payload), msg->payloadlen);
            QByteArray correlation = readBinaryProperty(props, MQTT_PROP_CORRELATION_DATA);
            QByteArray response = readStringProperty(props, MQTT_PROP_RESPONSE_TOPIC);
            QMetaObject::invokeMethod(
                self,
                [self, topic, payload, correlation, response] {
                    emit self->messageReceived(topic, payload, correlation, response);
                },
                Qt::QueuedConnection);
        });
}

bool MqttClient::start(QString *error)
{
    if (m_mosq)
        return true;
    if (m_options.clientId.isEmpty() || m_options.host.isEmpty()) {
        *error = QStringLiteral("MQTT: a client id and a broker host are needed");
        return false;
    }
    m_mosq = mosquitto_new(m_options.clientId.toUtf8().constData(), m_options.cleanStart, this);
    if (!m_mosq) {
        *error = QStringLiteral("MQTT: cannot create a client");
        return false;
    }
    mosquitto_int_option(m_mosq, MOSQ_OPT_PROTOCOL_VERSION, MQTT_PROTOCOL_V5);
    mosquitto_int_option(m_mosq, MOSQ_OPT_TCP_NODELAY, 1);
    mosquitto_threaded_set(m_mosq, true);
    m_delaySeconds = m_options.reconnectMinSeconds;
    installCallbacks();
    auto fail = [&](const QString &why) {
        *error = why;
        mosquitto_destroy(m_mosq);
        m_mosq = nullptr;
        return false;
    };
    if (m_options.tls) {
        if (!QFileInfo(m_options.caFile).isReadable())
            return fail(QStringLiteral("TLS: cannot read the CA file '%1'").arg(m_options.caFile));
        if (!m_options.certFile.isEmpty()
            && (!QFileInfo(m_options.certFile).isReadable() || !QFileInfo(m_options.keyFile).isReadable()))
            return fail(QStringLiteral("TLS: cannot read the client certificate or its key"));
        const QByteArray ca = m_options.caFile.toLocal8Bit();
        const QByteArray cert = m_options.certFile.toLocal8Bit();
        const QByteArray key = m_options.keyFile.toLocal8Bit();
        int rc = mosquitto_tls_set(m_mosq, ca.constData(), nullptr,
            cert.isEmpty() ? nullptr : cert.constData(), key.isEmpty() ? nullptr : key.constData(), nullptr);
        if (rc == MOSQ_ERR_SUCCESS)
            rc = mosquitto_tls_opts_set(m_mosq, 1 /* SSL_VERIFY_PEER */, "tlsv1.2", nullptr);
        if (rc == MOSQ_ERR_SUCCESS)
            rc = mosquitto_tls_insecure_set(m_mosq, false); // the host name must match the certificate
        if (rc != MOSQ_ERR_SUCCESS)
            return fail(QStringLiteral("TLS: %1").arg(QString::fromUtf8(mosquitto_strerror(rc))));
    }
    if (!m_options.username.isEmpty()) {
        mosquitto_username_pw_set(m_mosq, m_options.username.toUtf8().constData(),
            m_options.password.isEmpty() ? nullptr : m_options.password.constData());
    }
    if (m_options.will) {
        mosquitto_property *props = publishProperties(*m_options.will);
        const int rc = mosquitto_will_set_v5(m_mosq, m_options.will->topic.constData(),
            int(m_options.will->payload.size()), m_options.will->payload.constData(), m_options.will->qos,
            m_options.will->retain, props);
        if (rc != MOSQ_ERR_SUCCESS) {
            mosquitto_property_free_all(&props);
            return fail(QStringLiteral("MQTT will: %1").arg(QString::fromUtf8(mosquitto_strerror(rc))));
        }
    }
    mosquitto_property *connectProps = nullptr;
    mosquitto_property_add_int32(
        &connectProps, MQTT_PROP_SESSION_EXPIRY_INTERVAL, m_options.sessionExpirySeconds);
    const int rc = mosquitto_connect_bind_v5(m_mosq, m_options.host.toUtf8().constData(), m_options.port,
        m_options.keepAliveSeconds, nullptr, connectProps);
    mosquitto_property_free_all(&connectProps);
    // A broker that cannot be reached now is retried by the network thread; anything else is fatal.
    if (rc != MOSQ_ERR_SUCCESS && rc != MOSQ_ERR_ERRNO && rc != MOSQ_ERR_CONN_LOST && rc != MOSQ_ERR_NO_CONN)
        return fail(QStringLiteral("cannot connect to %1: %2")
                .arg(m_options.brokerText(),
                    rc == MOSQ_ERR_TLS ? QStringLiteral("TLS handshake failed (is the broker's certificate "
                                                        "signed by the CA given, for this host name?)")
                                       : QString::fromUtf8(mosquitto_strerror(rc))));
    if (rc != MOSQ_ERR_SUCCESS)
        QMetaObject::invokeMethod(
            this, [this] { emit disconnected(QStringLiteral("broker unreachable; retrying")); },
            Qt::QueuedConnection);
    m_running = true;
    m_refused = false;
    m_thread = std::thread([this] { networkLoop(); });
    return true;
}

void MqttClient::networkLoop()
{
    using namespace std::chrono_literals;
    while (m_running && !m_refused) {
        if (mosquitto_loop(m_mosq, 200, 1) == MOSQ_ERR_SUCCESS)
            continue;
        // Lost or never made: wait (in small steps, so stop() is quick), then try again.
        const int delay = m_delaySeconds;
        for (int i = 0; i < delay * 10 && m_running && !m_refused; ++i)
            std::this_thread::sleep_for(100ms);
        if (!m_running || m_refused)
            break;
        if (mosquitto_reconnect(m_mosq) != MOSQ_ERR_SUCCESS)
            m_delaySeconds = std::min(delay * 2, m_options.reconnectMaxSeconds);
    }
}

void MqttClient::stop()
{
    if (!m_mosq)
        return;
    mosquitto_disconnect_v5(m_mosq, MQTT_RC_NORMAL_DISCONNECTION, nullptr);
    m_running = false;
    if (m_thread.joinable())
        m_thread.join();
    mosquitto_destroy(m_mosq);
    m_mosq = nullptr;
    m_connected = false;
}

int MqttClient::publish(const OutgoingMessage &m, QString *error)
{
    if (!m_mosq) {
        *error = QStringLiteral("not started");
        return -1;
    }
    mosquitto_property *props = publishProperties(m);
    int mid = 0;
    const int rc = mosquitto_publish_v5(m_mosq, &mid, m.topic.constData(), int(m.payload.size()),
        m.payload.constData(), m.qos, m.retain, props);
    mosquitto_property_free_all(&props);
    if (rc != MOSQ_ERR_SUCCESS) {
        *error = QString::fromUtf8(mosquitto_strerror(rc));
        return -1;
    }
    return mid;
}

bool MqttClient::subscribe(const QByteArray &pattern, int qos, bool noLocal, QString *error)
{
    if (!m_mosq) {
        *error = QStringLiteral("not started");
        return false;
    }
    const int rc = mosquitto_subscribe_v5(
        m_mosq, nullptr, pattern.constData(), qos, noLocal ? MQTT_SUB_OPT_NO_LOCAL : 0, nullptr);
    if (rc != MOSQ_ERR_SUCCESS) {
        *error = QString::fromUtf8(mosquitto_strerror(rc));
        return false;
    }
    return true;
}

} // namespace wf::mqtt
