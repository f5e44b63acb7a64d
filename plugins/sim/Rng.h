#pragma once

#include <QtGlobal>
#include <cmath>

namespace wf::sim {

// The simulator's random numbers. std::uniform_*_distribution are implementation-defined,
// so the same seed could give another world with another standard library; this small
// generator (xoshiro256** seeded by splitmix64) and its own mappings give the same stream
// everywhere, which is what makes reports byte-identical across machines.
class Rng
{
public:
    explicit Rng(quint64 seed = 1)
    {
        for (auto &s : m_s) {
            seed += 0x9e3779b97f4a7c15ULL;
            quint64 z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            s = z ^ (z >> 31);
        }
    }

    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); } // [0, 1)
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // An integer in [lo, hi].
    qint64 between(qint64 lo, qint64 hi) { return lo + qint64(next() % quint64(hi - lo + 1)); }
    bool chance(double p) { return uniform() < p; }
    // Exponentially distributed waiting time with the given mean.
    double exponential(double mean) { return -mean * std::log(1.0 - uniform()); }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_s[4];
};

// A stable hash of x to [0, 1) (splitmix64): for generated geometry and fixed choices that must
// be the same on every machine and must not depend on std:: distributions.
inline double hashUnit(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return double(x >> 11) * (1.0 / 9007199254740992.0);
}

} // namespace wf::sim
