#pragma once

#include <QString>
#include <QtGlobal>
#include <iterator>

namespace ioc::sim {

// Every generated value comes from a counter-based generator keyed by (seed, stream, index),
// so feature N can be produced on its own, in any order, on any page: that is what makes
// responses byte-identical for a seed and lets --scale 40 run without holding features.
inline quint64 mix64(quint64 z)
{
    z += 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// FNV-1a over UTF-16 units: a stable key for a stream name (qHash is salted per process).
inline quint64 streamKey(QStringView s)
{
    quint64 h = 1469598103934665603ULL;
    for (QChar c : s) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return h;
}

class Rng
{
public:
    Rng(quint64 a, quint64 b = 0, quint64 c = 0, quint64 d = 0)
        : m_state(mix64(a ^ mix64(b ^ mix64(c ^ mix64(d)))))
    { }
    quint64 next() { return mix64(m_state += 0x9e3779b97f4a7c15ULL); }
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    // Inclusive range.
    qint64 range(qint64 lo, qint64 hi) { return lo + qint64(next() % quint64(hi - lo + 1)); }
    double between(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    bool chance(double p) { return uniform() < p; }
    // Roughly normal (Irwin-Hall of 4): enough for noise, cheaper than Box-Muller.
    double gauss() { return (uniform() + uniform() + uniform() + uniform() - 2.0) * 1.7320508; }
    template<typename C> const auto &pick(const C &c)
    {
        return c[qsizetype(next() % quint64(c.size()))];
    }
    // Index into weights (non-negative, not all zero).
    template<typename C> int weighted(const C &weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double r = uniform() * total;
        int i = 0;
        for (double w : weights) {
            if (r < w)
                return i;
            r -= w;
            ++i;
        }
        return int(std::size(weights)) - 1;
    }

private:
    quint64 m_state;
};

} // namespace ioc::sim
