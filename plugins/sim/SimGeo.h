#pragma once

#include "Event.h"

#include <cmath>
#include <numbers>
#include <span>

// Small flat-earth helpers for the training world. Distances are local equirectangular
// approximations: good to well under 1 % over the few hundred kilometres of one province.
namespace wf::sim::geo {

constexpr double kDegToRad = std::numbers::pi / 180.0;
constexpr double kMetresPerDegLat = 110'574.0;
constexpr double kMetresPerDegLonEquator = 111'320.0;

inline double metresPerDegLon(double lat)
{
    return kMetresPerDegLonEquator * std::cos(lat * kDegToRad);
}

inline double distanceM(GeoPoint a, GeoPoint b)
{
    const double dy = (b.lat - a.lat) * kMetresPerDegLat;
    const double dx = (b.lon - a.lon) * metresPerDegLon((a.lat + b.lat) / 2);
    return std::sqrt(dx * dx + dy * dy);
}

inline float bearingDeg(GeoPoint a, GeoPoint b)
{
    const double dy = (b.lat - a.lat) * kMetresPerDegLat;
    const double dx = (b.lon - a.lon) * metresPerDegLon(a.lat);
    double deg = std::atan2(dx, dy) / kDegToRad;
    return float(deg < 0 ? deg + 360 : deg);
}

inline GeoPoint lerp(GeoPoint a, GeoPoint b, double f)
{
    return { a.lat + (b.lat - a.lat) * f, a.lon + (b.lon - a.lon) * f };
}

// The point dxM east and dyM north of p.
inline GeoPoint offset(GeoPoint p, double dxM, double dyM)
{
    return { p.lat + dyM / kMetresPerDegLat, p.lon + dxM / metresPerDegLon(p.lat) };
}

inline bool insidePolygon(GeoPoint p, std::span<const GeoPoint> ring)
{
    bool inside = false;
    const std::size_t n = ring.size();
    for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
        const auto &a = ring[i];
        const auto &b = ring[j];
        if ((a.lat > p.lat) != (b.lat > p.lat)
            && p.lon < (b.lon - a.lon) * (p.lat - a.lat) / (b.lat - a.lat) + a.lon)
            inside = !inside;
    }
    return inside;
}

// A stable 64-bit mix (splitmix64): generated geometry must not depend on std:: distributions,
// whose output may differ between standard libraries.
inline quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}
inline double unit(quint64 x)
{
    return double(mix(x) >> 11) * (1.0 / 9007199254740992.0);
} // [0, 1)

} // namespace wf::sim::geo
