#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <random>

namespace cc {

// Randomness as an injected dependency: jitter, sampling and identifiers draw from it, so tests can fix the
// sequence. Secrets (PKCE verifiers, states) always use SystemRandom, which draws from the OS.
class RandomSource {
public:
    virtual ~RandomSource() = default;

    virtual quint64 next64() = 0;

    // A uniformly distributed double in [0, 1).
    double uniform01();
    // A uniformly distributed integer in [low, high] (inclusive); low <= high.
    qint64 between(qint64 low, qint64 high);
    QByteArray bytes(int count);
};

// Cryptographically secure randomness from the operating system (QRandomGenerator::system()).
class SystemRandom final : public RandomSource {
public:
    quint64 next64() override;
    static SystemRandom& instance();
};

// A reproducible sequence from a seed: for tests, fault injection and seeded demo data.
class SeededRandom final : public RandomSource {
public:
    explicit SeededRandom(quint64 seed);
    quint64 next64() override;

private:
    std::mt19937_64 m_engine;
};

} // namespace cc
