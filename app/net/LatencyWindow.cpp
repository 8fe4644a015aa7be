#include "app/net/LatencyWindow.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace cc::net {

namespace {

qint64 nearestRank(const std::vector<qint64>& sorted, double q) {
    if (sorted.empty()) {
        return 0;
    }
    const double clamped = std::clamp(q, 0.0, 1.0);
    const auto n = static_cast<qint64>(sorted.size());
    const qint64 rank =
        std::clamp<qint64>(static_cast<qint64>(std::ceil(clamped * static_cast<double>(n))), 1, n);
    return sorted[static_cast<size_t>(rank - 1)];
}

} // namespace

LatencyWindow::LatencyWindow()
    : LatencyWindow(Options{}) {}

LatencyWindow::LatencyWindow(Options options)
    : m_options(options) {}

void LatencyWindow::record(qint64 nowMs, qint64 latencyMs) {
    m_samples.push_back({nowMs, std::max<qint64>(0, latencyMs)});
    prune(nowMs);
}

qint64 LatencyWindow::percentile(double q, qint64 nowMs) {
    prune(nowMs);
    std::vector<qint64> values;
    values.reserve(m_samples.size());
    for (const Sample& s : m_samples) {
        values.push_back(s.latencyMs);
    }
    std::sort(values.begin(), values.end());
    return nearestRank(values, q);
}

LatencyWindow::Summary LatencyWindow::summary(qint64 nowMs) {
    prune(nowMs);
    Summary summary;
    if (m_samples.empty()) {
        return summary;
    }
    std::vector<qint64> values;
    values.reserve(m_samples.size());
    for (const Sample& s : m_samples) {
        values.push_back(s.latencyMs);
    }
    std::sort(values.begin(), values.end());
    summary.count = static_cast<int>(values.size());
    summary.p50 = nearestRank(values, 0.50);
    summary.p95 = nearestRank(values, 0.95);
    summary.p99 = nearestRank(values, 0.99);
    summary.max = values.back();
    summary.mean = static_cast<double>(std::accumulate(values.begin(), values.end(), qint64{0})) /
                   static_cast<double>(values.size());
    return summary;
}

int LatencyWindow::count(qint64 nowMs) {
    prune(nowMs);
    return static_cast<int>(m_samples.size());
}

void LatencyWindow::prune(qint64 nowMs) {
    const qint64 oldest = nowMs - m_options.windowMs;
    while (!m_samples.empty() &&
           (m_samples.front().atMs <= oldest || static_cast<int>(m_samples.size()) > m_options.maxSamples)) {
        m_samples.pop_front();
    }
}

} // namespace cc::net
