// The loopback tile server's request parser on any bytes, read the way the server reads a
// connection: whole, and again in pieces as they might arrive. Both ways give the same answers
// in the same order; the parser never asks to keep more than one request head; what it accepts
// is a real tile asked for with the secret.
#include "TileRequestParser.h"

#include <QList>
#include <cstdlib>

namespace {

using namespace wf::maps;

const QByteArray kSecret = "0123456789abcdef0123456789abcdef";

struct Step
{
    int outcome;
    int status;
    int method;
    TileId tile;
    bool keepAlive;
    bool operator==(const Step &) const = default;
};

// Feeds bytes in chunks of chunk bytes (all at once when chunk is 0) to a buffer read the way
// TileServer reads a connection, until a request says the connection ends.
QList<Step> serve(QByteArrayView bytes, qsizetype chunk, const TileRequestLimits &limits)
{
    QList<Step> steps;
    QByteArray buffer;
    qsizetype fed = 0;
    bool closed = false;
    while (!closed && (fed < bytes.size() || !buffer.isEmpty())) {
        if (fed < bytes.size()) {
            // The server reads no more than one head's worth beyond what it holds.
            const qsizetype room = limits.maxHeaderBytes + 1 - buffer.size();
            const qsizetype n = std::min(
                { chunk == 0 ? bytes.size() : chunk, bytes.size() - fed, std::max<qsizetype>(room, 0) });
            buffer.append(bytes.sliced(fed, n));
            fed += n;
        }
        bool progress = true;
        while (progress && !closed) {
            const auto p = parseTileRequest(buffer, kSecret, limits);
            if (p.consumed < 0 || p.consumed > buffer.size())
                std::abort();
            buffer.remove(0, p.consumed);
            if (p.outcome == TileRequestParse::Outcome::Incomplete) {
                // Waiting for more is only allowed within the limit of one head.
                if (buffer.size() > limits.maxHeaderBytes)
                    std::abort();
                progress = p.consumed > 0;
                continue;
            }
            if (p.outcome == TileRequestParse::Outcome::Request) {
                if (!validTile(p.request.tile) || p.consumed == 0)
                    std::abort();
                steps.append({ 1, 200, int(p.request.method), p.request.tile, p.request.keepAlive });
                closed = !p.request.keepAlive;
            } else {
                static const QList<int> statuses { 400, 403, 404, 405, 414, 431, 505 };
                if (!statuses.contains(p.status) || p.reason.isEmpty())
                    std::abort();
                steps.append({ 2, p.status, 0, {}, !p.closeAfter });
                closed = p.closeAfter;
                if (!closed && p.consumed == 0)
                    std::abort(); // a refusal the connection goes on after must use up its request
            }
        }
        if (!progress && fed >= bytes.size())
            break; // an incomplete request at the end of the input
    }
    return steps;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    TileRequestLimits limits;
    // Small limits as well as the real ones, so that both sides of each limit are reached.
    if (data[0] & 1) {
        limits.maxRequestLine = 64 + (data[0] >> 1);
        limits.maxHeaderBytes = 256;
        limits.maxHeaders = 4;
    }
    const qsizetype chunk = 1 + (data[0] >> 4);
    const QByteArrayView bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    if (serve(bytes, 0, limits) != serve(bytes, chunk, limits))
        std::abort();
    return 0;
}
