#pragma once

#include "app/health/ServiceHealth.h"
#include "app/net/ServiceMetricsSnapshot.h"

#include <deque>

namespace cc::health {

// The API client counts calls since start; the dashboard needs "lately". This keeps timestamped copies of one
// service's counters and answers with the error rate over the last `windowMs`, so a service that failed an
// hour ago and works now turns green again. Pure: time is a parameter.
class MetricsWindow {
public:
    explicit MetricsWindow(qint64 windowMs = 5 * 60'000);

    // A new snapshot at `nowMs` (monotonic); `nowUtc` converts the breaker's monotonic "open until" to wall
    // time.
    ClientSignal update(const net::ServiceMetricsSnapshot& snapshot, qint64 nowMs, const QDateTime& nowUtc);

private:
    struct Sample {
        qint64 atMs;
        quint64 successes;
        quint64 failures;
    };
    qint64 m_windowMs;
    std::deque<Sample> m_samples;
};

} // namespace cc::health
