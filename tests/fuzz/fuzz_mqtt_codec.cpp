// The backend's message decoder on any topic and payload (the first byte picks the topic, the
// rest is the payload): it refuses or decodes, never crashes, counts every refusal, and what it
// decodes as shared state or as a field report encodes to a message it decodes to the same event
// again.
#include "MqttCodec.h"

#include <array>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static constexpr std::array<const char *, 15> kTopics { "wf/live/units/U1/status",
        "wf/live/units/U1/position", "wf/live/units/U1/orders", "wf/live/units/U1/order-status",
        "wf/live/alerts/A1", "wf/live/incidents/I1", "wf/live/cordons/C1", "wf/live/cameras/K1",
        "wf/live/plates/S1", "wf/live/workstations/W1/presence", "wf/training/units/U1/status", "wf/live/x",
        "wf/live/sites/S1", "wf/live/congestion/J1", "wf/live/exercises/X1" };
    if (size == 0)
        return 0;
    const char *topic = kTopics[data[0] % kTopics.size()];
    const QByteArray payload
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    wf::mqtt::MqttCodec codec(QStringLiteral("live"));
    QString error;
    const auto decoded = codec.decode(QByteArrayView(topic), payload, QByteArrayView(), 1, &error);
    if (codec.decoded() + codec.refused() != 1)
        std::abort();
    if (!decoded) {
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    if (!decoded->event)
        return 0;
    auto out = codec.encode(*decoded->event, QStringLiteral("fuzz"), &error);
    if (!out)
        out = codec.encodeReport(*decoded->event, &error); // what the field side sends
    if (!out)
        return 0; // not everything received is something anyone sends back
    const auto again = codec.decode(out->topic, out->payload, out->correlationData, 1, &error);
    if (!again || !again->event || again->event->payload != decoded->event->payload)
        std::abort();
    return 0;
}
