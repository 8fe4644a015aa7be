#include "app/net/TokenBucket.h"

#include <algorithm>
#include <cmath>

namespace cc::net {

TokenBucket::TokenBucket()
    : TokenBucket(Options{}) {}

TokenBucket::TokenBucket(Options options, qint64 nowMs)
    : m_options(options)
    , m_ratePerMs(std::max<qint64>(1, std::llround(options.ratePerSecond * 1000.0)))
    , m_capacity(std::max(1, options.burst) * kUnit)
    , m_tokens(m_capacity)
    , m_lastRefillMs(nowMs) {}

TokenBucket::Admission TokenBucket::acquire(quint64 ticket, qint64 nowMs) {
    if (m_queue.empty() && takeToken(nowMs)) {
        return Admission::Granted;
    }
    if (static_cast<int>(m_queue.size()) >= m_options.maxQueue) {
        return Admission::Rejected;
    }
    m_queue.push_back(ticket);
    return Admission::Queued;
}

std::vector<quint64> TokenBucket::takeReady(qint64 nowMs) {
    std::vector<quint64> ready;
    while (!m_queue.empty() && takeToken(nowMs)) {
        ready.push_back(m_queue.front());
        m_queue.pop_front();
    }
    return ready;
}

bool TokenBucket::cancel(quint64 ticket) {
    const auto it = std::find(m_queue.begin(), m_queue.end(), ticket);
    if (it == m_queue.end()) {
        return false;
    }
    m_queue.erase(it);
    return true;
}

std::optional<qint64> TokenBucket::nextReadyAtMs(qint64 nowMs) {
    if (m_queue.empty()) {
        return std::nullopt;
    }
    refill(nowMs);
    const qint64 start = std::max(nowMs, m_throttledUntilMs);
    if (m_tokens >= kUnit && start == nowMs) {
        return nowMs;
    }
    // Tokens keep accumulating from `start`; round up so the timer never fires a millisecond early.
    const qint64 missing = std::max<qint64>(0, kUnit - m_tokens);
    return start + (missing + m_ratePerMs - 1) / m_ratePerMs;
}

void TokenBucket::throttleUntil(qint64 untilMs, qint64 nowMs) {
    refill(nowMs);
    m_tokens = 0;
    m_throttledUntilMs = std::max(m_throttledUntilMs, untilMs);
    m_lastRefillMs = std::max(m_lastRefillMs, m_throttledUntilMs);
}

double TokenBucket::availableTokens(qint64 nowMs) {
    refill(nowMs);
    return static_cast<double>(m_tokens) / static_cast<double>(kUnit);
}

void TokenBucket::refill(qint64 nowMs) {
    if (nowMs <= m_lastRefillMs) {
        return; // time stands still, went back (never on a monotonic clock), or we are throttled
    }
    const qint64 elapsed = nowMs - m_lastRefillMs;
    // Saturate: after a long idle period the product could overflow before the min() applies.
    const qint64 room = m_capacity - m_tokens;
    m_tokens = elapsed >= (room / m_ratePerMs) + 1 ? m_capacity
                                                   : std::min(m_capacity, m_tokens + elapsed * m_ratePerMs);
    m_lastRefillMs = nowMs;
}

bool TokenBucket::takeToken(qint64 nowMs) {
    refill(nowMs);
    if (nowMs < m_throttledUntilMs || m_tokens < kUnit) {
        return false;
    }
    m_tokens -= kUnit;
    return true;
}

} // namespace cc::net
