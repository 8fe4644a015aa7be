#pragma once

#include <QtGlobal>

#include <deque>
#include <optional>
#include <vector>

namespace cc::net {

// A per-service rate limiter: a token bucket (default 20 requests/s, burst 40) with a bounded FIFO queue of
// waiting requests, identified by tickets the shell hands out. Pure: every call takes the current monotonic
// time; the shell sets a timer for nextReadyAtMs() and calls takeReady() when it fires.
//
// Order is strict: while anyone is queued, a newcomer queues behind them even if a token is free, so a burst
// of new calls cannot starve older ones. A 429 from the server empties the bucket and stops the refill until
// its Retry-After passes; afterwards it refills at the normal rate from empty (no burst right after a 429).
//
// Tokens are counted in millionths so that refill arithmetic is exact for whole-number rates.
class TokenBucket {
public:
    struct Options {
        double ratePerSecond = 20.0;
        int burst = 40;
        int maxQueue = 100;              // waiting requests beyond this are refused at once
        qint64 defaultThrottleMs = 1000; // a 429 without a usable Retry-After pauses the bucket this long
    };

    enum class Admission { Granted, Queued, Rejected };

    TokenBucket();
    explicit TokenBucket(Options options, qint64 nowMs = 0);

    // A request wants to go: granted now, queued behind others, or refused because the queue is full.
    Admission acquire(quint64 ticket, qint64 nowMs);
    // The queued tickets that may go now, oldest first; each has consumed a token.
    std::vector<quint64> takeReady(qint64 nowMs);
    // Removes a queued ticket (cancelled, or its deadline passed). False when it was not queued.
    bool cancel(quint64 ticket);
    // When the head of the queue will have a token; nullopt when the queue is empty.
    std::optional<qint64> nextReadyAtMs(qint64 nowMs);
    // The server said 429: no tokens until `untilMs`.
    void throttleUntil(qint64 untilMs, qint64 nowMs);

    double availableTokens(qint64 nowMs);
    int queued() const { return static_cast<int>(m_queue.size()); }
    bool isThrottled(qint64 nowMs) const { return nowMs < m_throttledUntilMs; }
    qint64 throttledUntilMs() const { return m_throttledUntilMs; }
    const Options& options() const { return m_options; }

private:
    void refill(qint64 nowMs);
    bool takeToken(qint64 nowMs);

    static constexpr qint64 kUnit = 1'000'000; // micro-tokens per token

    Options m_options;
    qint64 m_ratePerMs; // micro-tokens added per millisecond
    qint64 m_capacity;  // micro-tokens
    qint64 m_tokens;    // micro-tokens
    qint64 m_lastRefillMs;
    qint64 m_throttledUntilMs = 0;
    std::deque<quint64> m_queue;
};

} // namespace cc::net
