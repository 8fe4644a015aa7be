#pragma once

#include <QtGlobal>

#include <deque>

namespace cc::net {

// Latencies over a sliding time window, for percentiles on the health dashboard. Bounded in time and in
// samples; the percentile uses the nearest-rank method, so every reported value was really observed.
class LatencyWindow {
public:
    struct Options {
        qint64 windowMs = 5 * 60'000;
        int maxSamples = 2048;
    };

    struct Summary {
        int count = 0;
        qint64 p50 = 0;
        qint64 p95 = 0;
        qint64 p99 = 0;
        qint64 max = 0;
        double mean = 0.0;
    };

    LatencyWindow();
    explicit LatencyWindow(Options options);

    void record(qint64 nowMs, qint64 latencyMs);
    // q in (0, 1]; 0 when the window is empty.
    qint64 percentile(double q, qint64 nowMs);
    Summary summary(qint64 nowMs);
    int count(qint64 nowMs);

private:
    void prune(qint64 nowMs);

    struct Sample {
        qint64 atMs;
        qint64 latencyMs;
    };
    Options m_options;
    std::deque<Sample> m_samples;
};

} // namespace cc::net
