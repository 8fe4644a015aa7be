#include "app/realtime/ReconnectBackoff.h"

#include "app/core/RandomSource.h"

#include <algorithm>
#include <cmath>

namespace cc::realtime {

ReconnectBackoff::ReconnectBackoff(RandomSource& random)
    : m_random(random) {}

qint64 ReconnectBackoff::nominalDelayMs(int attempt) {
    // 1.6^9 ≈ 68.7: from the tenth attempt on the cap holds; stop multiplying long before doubles overflow.
    const int exponent = std::clamp(attempt, 0, 64);
    const double delay = static_cast<double>(kInitialMs) * std::pow(kFactor, exponent);
    return delay >= static_cast<double>(kMaxMs) ? kMaxMs : static_cast<qint64>(std::llround(delay));
}

qint64 ReconnectBackoff::nextDelayMs() {
    const qint64 nominal = nominalDelayMs(m_attempts);
    ++m_attempts;
    // uniform01() is in [0, 1): the factor is in [1 - kJitter, 1 + kJitter).
    const double factor = 1.0 + kJitter * (2.0 * m_random.uniform01() - 1.0);
    const qint64 jittered = std::llround(static_cast<double>(nominal) * factor);
    // The cap holds after jitter too ("up to 60 s"); the low side keeps the spread at the cap.
    return std::clamp<qint64>(jittered, 1, kMaxMs);
}

} // namespace cc::realtime
