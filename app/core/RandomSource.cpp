#include "app/core/RandomSource.h"

#include <QRandomGenerator>

namespace cc {

double RandomSource::uniform01() {
    // 53 random bits give every representable double in [0, 1) with equal spacing.
    return static_cast<double>(next64() >> 11) * (1.0 / 9007199254740992.0);
}

qint64 RandomSource::between(qint64 low, qint64 high) {
    Q_ASSERT(low <= high);
    const quint64 span = static_cast<quint64>(high - low) + 1;
    if (span == 0) { // the full 64-bit range
        return static_cast<qint64>(next64());
    }
    // Rejection sampling removes the modulo bias.
    const quint64 limit = UINT64_MAX - (UINT64_MAX % span);
    quint64 value = 0;
    do {
        value = next64();
    } while (value >= limit);
    return low + static_cast<qint64>(value % span);
}

QByteArray RandomSource::bytes(int count) {
    QByteArray out;
    out.reserve(count);
    while (out.size() < count) {
        quint64 word = next64();
        for (int i = 0; i < 8 && out.size() < count; ++i) {
            out.append(static_cast<char>(word & 0xff));
            word >>= 8;
        }
    }
    return out;
}

quint64 SystemRandom::next64() {
    return QRandomGenerator::system()->generate64();
}

SystemRandom& SystemRandom::instance() {
    static SystemRandom random;
    return random;
}

SeededRandom::SeededRandom(quint64 seed)
    : m_engine(seed) {}

quint64 SeededRandom::next64() {
    return m_engine();
}

} // namespace cc
