#include "TileRequestParser.h"

#include <optional>

namespace wf::maps {

namespace {

using Outcome = TileRequestParse::Outcome;

TileRequestParse refuse(int status, const char *reason, bool closeAfter, qsizetype consumed = 0)
{
    TileRequestParse p;
    p.outcome = Outcome::Refused;
    p.status = status;
    p.reason = reason;
    p.closeAfter = closeAfter;
    p.consumed = consumed;
    return p;
}

// Both lengths are public; only the bytes are compared in constant time, so that timing does
// not tell a local attacker how much of a guess was right.
bool sameSecret(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size() || a.isEmpty())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

// A decimal of 1 to maxDigits digits, nothing else.
std::optional<int> decimal(QByteArrayView s, int maxDigits)
{
    if (s.isEmpty() || s.size() > maxDigits)
        return std::nullopt;
    int v = 0;
    for (const char c : s) {
        if (c < '0' || c > '9')
            return std::nullopt;
        v = v * 10 + (c - '0');
    }
    return v;
}

// "Z/X/Y.png" -> a valid tile.
std::optional<TileId> tilePath(QByteArrayView path)
{
    if (!path.endsWith(".png"))
        return std::nullopt;
    path.chop(4);
    const qsizetype a = path.indexOf('/');
    if (a < 0)
        return std::nullopt;
    const qsizetype b = path.indexOf('/', a + 1);
    if (b < 0)
        return std::nullopt;
    const auto z = decimal(path.first(a), 2);
    const auto x = decimal(path.sliced(a + 1, b - a - 1), 8);
    const auto y = decimal(path.sliced(b + 1), 8);
    if (!z || !x || !y)
        return std::nullopt;
    const TileId t { *z, *x, *y };
    return validTile(t) ? std::optional<TileId>(t) : std::nullopt;
}

QByteArrayView trimmed(QByteArrayView s)
{
    while (!s.isEmpty() && (s.front() == ' ' || s.front() == '\t'))
        s = s.sliced(1);
    while (!s.isEmpty() && (s.back() == ' ' || s.back() == '\t'))
        s.chop(1);
    return s;
}

bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// Whether a comma-separated header value (Connection) holds a token.
bool hasToken(QByteArrayView list, QByteArrayView token)
{
    while (!list.isEmpty()) {
        const qsizetype comma = list.indexOf(',');
        const QByteArrayView item = trimmed(comma < 0 ? list : list.first(comma));
        if (equalsIgnoringCase(item, token))
            return true;
        if (comma < 0)
            break;
        list = list.sliced(comma + 1);
    }
    return false;
}

} // namespace

TileRequestParse parseTileRequest(
    QByteArrayView buffer, QByteArrayView secret, const TileRequestLimits &limits)
{
    // Blank lines before a request are allowed (some clients send a CRLF after a request).
    qsizetype start = 0;
    while (start < buffer.size() && (buffer[start] == '\r' || buffer[start] == '\n'))
        ++start;
    if (start == buffer.size()) {
        TileRequestParse p;
        p.consumed = start;
        return p;
    }
    const QByteArrayView head = buffer.sliced(start);

    // Find the end of the head (an empty line) within the limits, line by line.
    qsizetype pos = 0;
    qsizetype end = -1; // just past the empty line
    int lines = 0;
    while (pos <= head.size()) {
        const qsizetype nl = head.indexOf('\n', pos);
        const qsizetype lineEnd = nl < 0 ? head.size() : nl;
        if (lines == 0 && lineEnd > limits.maxRequestLine)
            return refuse(414, "request line too long", true);
        if (lineEnd > limits.maxHeaderBytes)
            return refuse(431, "request headers too large", true);
        if (nl < 0)
            break;
        QByteArrayView line = head.sliced(pos, nl - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        pos = nl + 1;
        if (line.isEmpty()) {
            end = pos;
            break;
        }
        if (++lines > limits.maxHeaders + 1)
            return refuse(431, "too many request headers", true);
    }
    if (end < 0) {
        TileRequestParse p;
        p.consumed = start; // the blank lines before it; the request itself is not complete
        return p;
    }
    const qsizetype consumed = start + end;

    // The request line: METHOD SP TARGET SP HTTP/1.x
    qsizetype nl = head.indexOf('\n');
    QByteArrayView requestLine = head.first(nl);
    if (requestLine.endsWith('\r'))
        requestLine.chop(1);
    const qsizetype sp1 = requestLine.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : requestLine.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 <= sp1 + 1 || requestLine.indexOf(' ', sp2 + 1) >= 0)
        return refuse(400, "malformed request line", true, consumed);
    const QByteArrayView method = requestLine.first(sp1);
    const QByteArrayView target = requestLine.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = requestLine.sliced(sp2 + 1);
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return refuse(version.startsWith("HTTP/") ? 505 : 400, "only HTTP/1.0 and HTTP/1.1", true, consumed);

    // Headers: only what decides how the connection goes on matters here.
    bool keepAlive = version == "HTTP/1.1";
    qsizetype headerPos = nl + 1;
    while (headerPos < end) {
        const qsizetype lineEnd = head.indexOf('\n', headerPos);
        QByteArrayView line = head.sliced(headerPos, lineEnd - headerPos);
        headerPos = lineEnd + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            break;
        const qsizetype colon = line.indexOf(':');
        // A header continued on the next line (obsolete folding) or without a name is malformed.
        if (colon <= 0 || line.front() == ' ' || line.front() == '\t')
            return refuse(400, "malformed header", true, consumed);
        const QByteArrayView name = line.first(colon);
        const QByteArrayView value = trimmed(line.sliced(colon + 1));
        if (equalsIgnoringCase(name, "Connection")) {
            if (hasToken(value, "close"))
                keepAlive = false;
            else if (hasToken(value, "keep-alive"))
                keepAlive = true;
        } else if (equalsIgnoringCase(name, "Transfer-Encoding")
            || (equalsIgnoringCase(name, "Content-Length") && value != "0")) {
            return refuse(400, "a tile request has no body", true, consumed);
        }
    }

    const bool get = method == "GET";
    if (!get && method != "HEAD") {
        auto p = refuse(405, "only GET and HEAD", !keepAlive, consumed);
        return p;
    }
    // /SECRET/Z/X/Y.png
    const qsizetype slash = target.size() > 1 && target.front() == '/' ? target.indexOf('/', 1) : -1;
    if (slash < 0 || !sameSecret(target.sliced(1, slash - 1), secret))
        return refuse(403, "wrong or missing key", !keepAlive, consumed);
    const auto tile = tilePath(target.sliced(slash + 1));
    if (!tile)
        return refuse(404, "no such tile", !keepAlive, consumed);
    TileRequestParse p;
    p.outcome = Outcome::Request;
    p.consumed = consumed;
    p.request = { get ? TileRequest::Method::Get : TileRequest::Method::Head, *tile, keepAlive };
    return p;
}

} // namespace wf::maps
