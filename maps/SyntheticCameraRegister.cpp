#include "SyntheticCameraRegister.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <random>

namespace wf::maps {

namespace {

// Population-ish weights (millions, rounded) of Hubei's prefecture seats and county-level
// cities, WGS-84 from places.json-style general knowledge; enough to shape a realistic density.
struct City
{
    double lat, lon, weight, radiusKm;
};
constexpr City kCities[] = {
    { 30.5931, 114.3054, 13.7, 14 }, // Wuhan
    { 32.0090, 112.1224, 5.3, 8 }, // Xiangyang
    { 30.6920, 111.2865, 4.0, 7 }, // Yichang
    { 30.3348, 112.2410, 5.2, 7 }, // Jingzhou
    { 30.4537, 114.8724, 5.9, 5 }, // Huanggang
    { 30.9246, 113.9169, 4.3, 5 }, // Xiaogan
    { 31.0354, 112.1994, 2.6, 5 }, // Jingmen
    { 32.6295, 110.7980, 3.2, 6 }, // Shiyan
    { 30.2000, 115.0390, 2.5, 5 }, // Huangshi
    { 29.8413, 114.3224, 2.7, 5 }, // Xianning
    { 30.2722, 109.4882, 3.5, 4 }, // Enshi
    { 31.6900, 113.3800, 2.0, 5 }, // Suizhou
    { 30.3910, 114.8950, 1.1, 4 }, // Ezhou
    { 30.3620, 113.4540, 1.1, 4 }, // Xiantao
    { 30.4020, 112.9000, 0.9, 4 }, // Qianjiang
    { 30.6530, 113.1660, 1.2, 4 }, // Tianmen
    { 31.7440, 110.6760, 0.07, 3 }, // Shennongjia
};

} // namespace

QList<CameraIndex::Camera> SyntheticCameraRegister::cameras(qint64 count, quint64 seed)
{
    // std::mt19937_64 is specified exactly; the distributions below are computed by hand so the
    // same seed gives the same cameras with any standard library.
    std::mt19937_64 rng(seed);
    auto uniform = [&] { return double(rng() >> 11) * 0x1.0p-53; };
    auto normal = [&] { // Box-Muller
        const double u1 = std::max(uniform(), 1e-300), u2 = uniform();
        return std::sqrt(-2 * std::log(u1)) * std::cos(2 * std::numbers::pi * u2);
    };
    double totalWeight = 0;
    for (const auto &c : kCities)
        totalWeight += c.weight;
    QList<CameraIndex::Camera> out;
    out.reserve(count);
    for (qint64 i = 0; i < count; ++i) {
        CameraIndex::Camera cam;
        cam.bearing = float(uniform() * 360);
        cam.fov = float(40 + 60 * uniform());
        if (uniform() < 0.12) { // rural background: roads, villages, over Hubei's box
            cam.lat = 29.1 + uniform() * (33.2 - 29.1);
            cam.lon = 108.4 + uniform() * (116.1 - 108.4);
        } else {
            double pick = uniform() * totalWeight;
            const City *city = &kCities[0];
            for (const auto &c : kCities) {
                city = &c;
                if ((pick -= c.weight) <= 0)
                    break;
            }
            // Mix of a dense core and a wider urban area: density falls off from the centre.
            const double r = city->radiusKm * (uniform() < 0.5 ? 0.35 : 1.0);
            const double dyKm = normal() * r, dxKm = normal() * r;
            cam.lat = city->lat + dyKm / 111.2;
            cam.lon = city->lon + dxKm / (111.2 * std::cos(city->lat * std::numbers::pi / 180));
        }
        out.append(cam);
    }
    return out;
}

} // namespace wf::maps
