#include "app/auth/RefreshSchedule.h"

#include <algorithm>

namespace cc::auth {

qint64 RefreshSchedule::refreshAtMs(qint64 receivedAtMs, qint64 expiresInSeconds) {
    const qint64 lifetimeMs = std::max<qint64>(0, expiresInSeconds) * 1000;
    const qint64 byFraction = static_cast<qint64>(static_cast<double>(lifetimeMs) * kLifetimeFraction);
    const qint64 byMargin = lifetimeMs - kMarginMs;
    return receivedAtMs + std::max<qint64>(0, std::min(byFraction, byMargin));
}

qint64 RefreshSchedule::expiresAtMs(qint64 receivedAtMs, qint64 expiresInSeconds) {
    return receivedAtMs + std::max<qint64>(0, expiresInSeconds) * 1000;
}

qint64 RefreshSchedule::delayMs(qint64 nowMs, qint64 receivedAtMs, qint64 expiresInSeconds) {
    return std::max<qint64>(0, refreshAtMs(receivedAtMs, expiresInSeconds) - nowMs);
}

} // namespace cc::auth
