#include "app/health/MetricsWindow.h"

#include "app/core/Redactor.h"

namespace cc::health {

MetricsWindow::MetricsWindow(qint64 windowMs)
    : m_windowMs(windowMs) {}

ClientSignal MetricsWindow::update(const net::ServiceMetricsSnapshot& snapshot, qint64 nowMs,
                                   const QDateTime& nowUtc) {
    // Counters only grow; a smaller one means the service was replaced (new profile): start over.
    if (!m_samples.empty() &&
        (snapshot.successes < m_samples.back().successes || snapshot.failures < m_samples.back().failures)) {
        m_samples.clear();
    }
    if (m_samples.empty()) {
        // The first sight of a service: everything it counted so far is treated as recent.
        m_samples.push_back({nowMs, 0, 0});
    }
    m_samples.push_back({nowMs, snapshot.successes, snapshot.failures});
    // Keep the newest sample at or before the window's start as the baseline.
    while (m_samples.size() > 2 && m_samples[1].atMs <= nowMs - m_windowMs) {
        m_samples.pop_front();
    }

    const Sample& base = m_samples.front();
    const Sample& last = m_samples.back();
    ClientSignal signal;
    const quint64 failures = last.failures - base.failures;
    const quint64 decided = (last.successes - base.successes) + failures;
    signal.windowCalls = decided;
    signal.errorRate = decided == 0 ? 0.0 : static_cast<double>(failures) / static_cast<double>(decided);
    signal.p95Ms = snapshot.latencyP95Ms;
    signal.latencySamples = snapshot.latencySamples;
    signal.breaker = snapshot.breakerState;
    if (snapshot.breakerState == net::CircuitBreaker::State::Open && snapshot.breakerOpenUntilMs > 0) {
        signal.breakerOpenUntilUtc = nowUtc.addMSecs(snapshot.breakerOpenUntilMs - nowMs);
    }
    if (snapshot.lastError) {
        signal.lastError = Redactor::redactText(snapshot.lastError->message);
        signal.lastErrorAtUtc = snapshot.lastErrorAtUtc;
    }
    return signal;
}

} // namespace cc::health
