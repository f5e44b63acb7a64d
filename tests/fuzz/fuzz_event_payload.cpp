// decodePayload, which reads the journal's stored events, on any bytes (the first byte picks
// the event kind): it refuses or decodes, and what it decodes encodes to bytes it decodes to
// the same bytes again.
#include "Event.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const auto kind = wf::EventKind(data[0]);
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const auto payload = wf::decodePayload(kind, bytes);
    (void)wf::eventKindName(kind);
    if (!payload)
        return 0;
    // Decoding chose the alternative the kind names.
    wf::Event event;
    event.payload = *payload;
    if (event.kind() != kind)
        std::abort();
    (void)event.entityId();
    const QByteArray again = wf::encodePayload(*payload);
    const auto reread = wf::decodePayload(kind, again);
    if (!reread || wf::encodePayload(*reread) != again)
        std::abort();
    return 0;
}
