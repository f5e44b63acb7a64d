#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace wf::maps {

// What kind of raster image a tile's bytes are, told by their first bytes (the "magic"): PNG,
// JPEG or WebP, the formats a raster MBTiles file may hold and the map can show. Anything else
// (a gzip'd vector tile, an HTML error page, garbage) is Unknown and never stored or served.
enum class TileImageFormat { Unknown, Png, Jpeg, Webp };

TileImageFormat tileImageFormat(QByteArrayView bytes);
// "image/png", "image/jpeg", "image/webp"; empty for Unknown.
QByteArray tileImageMimeType(TileImageFormat format);

} // namespace wf::maps
