#pragma once

#include "StableHash.h"

namespace wf::wall {

// The synthetic video's randomness: pure functions of their input, the same on every run and
// platform, so a picture is a pure function of its camera, its world and its moment.
inline quint64 sceneMix(quint64 x)
{
    return stableMix(x);
}

inline quint64 sceneHash(const QString &s)
{
    return stableHash(s);
}

} // namespace wf::wall
