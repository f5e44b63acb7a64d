#pragma once

#include <QString>
#include <QtGlobal>

namespace wf::wall {

// The synthetic video's randomness: pure functions of their input, the same on every run and
// platform, so a picture is a pure function of its camera, its world and its moment.
inline quint64 sceneMix(quint64 x)
{
    // splitmix64
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

inline quint64 sceneHash(const QString &s)
{
    quint64 h = 1469598103934665603ull; // FNV-1a
    for (QChar c : s) {
        h ^= c.unicode();
        h *= 1099511628211ull;
    }
    return h;
}

} // namespace wf::wall
