#pragma once

#include <QtGlobal>

namespace cc {
class RandomSource;
}

namespace cc::realtime {

// When to try the realtime socket again after it closed or failed to open: 1 s, then × 1.6 per attempt, never
// more than 60 s, each delay jittered by ±20 % so that many consoles dropped by the same server restart do
// not reconnect in lock-step (realtime-js has no jitter; docs/realtime-protocol.md §6 rule 5). reset() after
// a successful join, so a connection that worked starts again from 1 s.
class ReconnectBackoff {
public:
    static constexpr qint64 kInitialMs = 1'000;
    static constexpr double kFactor = 1.6;
    static constexpr qint64 kMaxMs = 60'000;
    static constexpr double kJitter = 0.2;

    explicit ReconnectBackoff(RandomSource& random);

    // The delay before the next attempt; counts the attempt.
    qint64 nextDelayMs();
    // Attempts counted since the last reset().
    int attempts() const { return m_attempts; }
    void reset() { m_attempts = 0; }

    // The delay before attempt `attempt` (0-based) without jitter, capped at kMaxMs.
    static qint64 nominalDelayMs(int attempt);

private:
    RandomSource& m_random;
    int m_attempts = 0;
};

} // namespace cc::realtime
