#include "TileImageFormat.h"

namespace wf::maps {

TileImageFormat tileImageFormat(QByteArrayView bytes)
{
    if (bytes.startsWith(QByteArrayView("\x89PNG\r\n\x1a\n", 8)))
        return TileImageFormat::Png;
    if (bytes.startsWith(QByteArrayView("\xff\xd8\xff", 3)))
        return TileImageFormat::Jpeg;
    // RIFF, a 32-bit length, then WEBP.
    if (bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.sliced(8, 4) == "WEBP")
        return TileImageFormat::Webp;
    return TileImageFormat::Unknown;
}

QByteArray tileImageMimeType(TileImageFormat format)
{
    switch (format) {
    case TileImageFormat::Png:
        return QByteArrayLiteral("image/png");
    case TileImageFormat::Jpeg:
        return QByteArrayLiteral("image/jpeg");
    case TileImageFormat::Webp:
        return QByteArrayLiteral("image/webp");
    case TileImageFormat::Unknown:
        break;
    }
    return {};
}

} // namespace wf::maps
