#pragma once

#include <QString>
#include <QtGlobal>

namespace wf {

// Hashes that are the same on every run and platform (unlike qHash, which is seeded): what the
// training world's pictures and its judge derive places and looks from, so that a picture and
// the scoring of a mark on it agree.
inline quint64 stableMix(quint64 x)
{
    // splitmix64
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

inline quint64 stableHash(const QString &s)
{
    quint64 h = 1469598103934665603ull; // FNV-1a
    for (QChar c : s) {
        h ^= c.unicode();
        h *= 1099511628211ull;
    }
    return h;
}

} // namespace wf
