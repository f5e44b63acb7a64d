#pragma once

#include "Geodesy.h"

#include <QByteArray>
#include <QByteArrayView>

namespace wf::maps {

// How much of a request the loopback tile server reads before it gives up on it. A tile
// request from QtLocation is about 200 bytes; anything near these limits is not a map.
struct TileRequestLimits
{
    qsizetype maxRequestLine = 2048; // "GET /secret/z/x/y.png HTTP/1.1"
    qsizetype maxHeaderBytes = 8192; // the request line and every header, up to the blank line
    int maxHeaders = 64;
};

// A request for a tile: GET or HEAD of /SECRET/Z/X/Y.png.
struct TileRequest
{
    enum class Method { Get, Head };
    Method method = Method::Get;
    TileId tile;
    bool keepAlive = true; // HTTP/1.1 unless "Connection: close"; HTTP/1.0 only when asked for
};

// What parseTileRequest found at the front of a connection's buffer.
struct TileRequestParse
{
    enum class Outcome {
        Incomplete, // no whole request yet (consumed: blank lines before it, to drop)
        Request, // a tile request (consumed: its bytes)
        Refused, // answer status with reason; consumed: the request's bytes when known
    };
    Outcome outcome = Outcome::Incomplete;
    qsizetype consumed = 0;
    TileRequest request;
    int status = 0; // Refused: 400, 403, 404, 405, 414, 431 or 505
    QByteArray reason; // Refused: a line for the answer's body
    // Refused: the rest of the connection cannot be read as requests (a line too long, a
    // malformed head, a body it would have to skip): answer, then close.
    bool closeAfter = false;
};

// Parses one HTTP/1.0 or 1.1 request from the front of buffer, the way the loopback tile server
// reads its connections: pure, so that it can be tested and fuzzed without sockets. The path
// must start with /SECRET/ (a per-start secret, so that a web page or another local user who
// finds the port cannot use the server); a wrong or missing secret is refused with 403 before
// the path is looked at. Never reads past the limits: a request that does not end within them
// is refused (414 or 431) and the connection must close. Requests with a body are refused
// (400, close): a tile request has none, and skipping one is how requests get smuggled.
TileRequestParse parseTileRequest(
    QByteArrayView buffer, QByteArrayView secret, const TileRequestLimits &limits = {});

} // namespace wf::maps
