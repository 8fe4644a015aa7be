#pragma once

#include "app/core/Error.h"
#include "app/net/LatencyWindow.h"
#include "app/net/ServiceMetricsSnapshot.h"

#include <QDateTime>

namespace cc::net {

// Counters and the latency window of one service. The shell records into it; snapshot() gives the dashboard
// a consistent copy. Breaker, limiter and budget fields of the snapshot are filled by the owner of those.
class ServiceMetrics {
public:
    ServiceMetrics();
    explicit ServiceMetrics(LatencyWindow::Options latencyOptions);

    void recordCallStarted();
    // An attempt that reached the network ended: `latencyMs` is -1 when it was aborted before any answer.
    void recordAttempt(qint64 nowMs, qint64 latencyMs, const Error& error);
    void recordRetry();
    void recordRetryDeniedByBudget();
    void recordSessionReplay();
    void recordOffThreadDecode();
    // The call is over, with this final error (kind None for success).
    void recordCallFinished(const Error& error, const QDateTime& nowUtc);

    ServiceMetricsSnapshot snapshot(qint64 nowMs);

private:
    LatencyWindow m_latency;
    ServiceMetricsSnapshot m_counters; // only the counter fields are kept up to date here
};

} // namespace cc::net
