#include "app/net/ServiceMetrics.h"

namespace cc::net {

ServiceMetrics::ServiceMetrics()
    : ServiceMetrics(LatencyWindow::Options{}) {}

ServiceMetrics::ServiceMetrics(LatencyWindow::Options latencyOptions)
    : m_latency(latencyOptions) {}

void ServiceMetrics::recordCallStarted() {
    ++m_counters.requests;
    ++m_counters.inFlight;
}

void ServiceMetrics::recordAttempt(qint64 nowMs, qint64 latencyMs, const Error& error) {
    ++m_counters.attempts;
    if (error.isError()) {
        ++m_counters.attemptFailures;
    }
    if (latencyMs >= 0) {
        m_latency.record(nowMs, latencyMs);
    }
}

void ServiceMetrics::recordRetry() {
    ++m_counters.retries;
}

void ServiceMetrics::recordRetryDeniedByBudget() {
    ++m_counters.retriesDeniedByBudget;
}

void ServiceMetrics::recordSessionReplay() {
    ++m_counters.sessionReplays;
}

void ServiceMetrics::recordOffThreadDecode() {
    ++m_counters.offThreadDecodes;
}

void ServiceMetrics::recordCallFinished(const Error& error, const QDateTime& nowUtc) {
    if (m_counters.inFlight > 0) {
        --m_counters.inFlight;
    }
    if (!error.isError()) {
        ++m_counters.successes;
        return;
    }
    if (error.kind == ErrorKind::Cancelled) {
        ++m_counters.cancelled; // the caller changed their mind: says nothing about the service
        return;
    }
    ++m_counters.failures;
    ++m_counters.failuresByKind[error.kind];
    m_counters.lastError = error;
    m_counters.lastErrorAtUtc = nowUtc;
}

ServiceMetricsSnapshot ServiceMetrics::snapshot(qint64 nowMs) {
    ServiceMetricsSnapshot copy = m_counters;
    const LatencyWindow::Summary latency = m_latency.summary(nowMs);
    copy.latencySamples = latency.count;
    copy.latencyP50Ms = latency.p50;
    copy.latencyP95Ms = latency.p95;
    copy.latencyP99Ms = latency.p99;
    copy.latencyMaxMs = latency.max;
    return copy;
}

} // namespace cc::net
