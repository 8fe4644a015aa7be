#include "app/net/LatencyWindow.h"
#include "app/core/RandomSource.h"
#include "tests/support/ManualClock.h"

#include <gtest/gtest.h>

namespace cc::net {
namespace {

TEST(LatencyWindow, EmptyWindowReportsZeros) {
    LatencyWindow window;
    const auto s = window.summary(0);
    EXPECT_EQ(s.count, 0);
    EXPECT_EQ(s.p50, 0);
    EXPECT_EQ(s.p99, 0);
    EXPECT_EQ(window.percentile(0.5, 0), 0);
}

TEST(LatencyWindow, NearestRankPercentilesOverOneToHundred) {
    test::ManualClock clock;
    LatencyWindow window;
    // Recorded in a shuffled order: the percentile must not depend on arrival order.
    SeededRandom random(3);
    std::vector<qint64> values;
    for (qint64 v = 1; v <= 100; ++v) {
        values.push_back(v);
    }
    for (size_t i = values.size() - 1; i > 0; --i) {
        std::swap(values[i], values[static_cast<size_t>(random.between(0, static_cast<qint64>(i)))]);
    }
    for (qint64 v : values) {
        window.record(clock.monotonicMs(), v);
    }
    const auto s = window.summary(clock.monotonicMs());
    EXPECT_EQ(s.count, 100);
    EXPECT_EQ(s.p50, 50);
    EXPECT_EQ(s.p95, 95);
    EXPECT_EQ(s.p99, 99);
    EXPECT_EQ(s.max, 100);
    EXPECT_DOUBLE_EQ(s.mean, 50.5);
    EXPECT_EQ(window.percentile(1.0, clock.monotonicMs()), 100);
    EXPECT_EQ(window.percentile(0.01, clock.monotonicMs()), 1);
}

TEST(LatencyWindow, OneSlowOutlierShowsInP99NotP50) {
    LatencyWindow window;
    for (int i = 0; i < 99; ++i) {
        window.record(0, 20);
    }
    window.record(0, 5'000);
    EXPECT_EQ(window.percentile(0.50, 0), 20);
    EXPECT_EQ(window.percentile(0.99, 0), 20);
    EXPECT_EQ(window.percentile(1.0, 0), 5'000);
    window.record(0, 5'000);
    EXPECT_EQ(window.percentile(0.99, 0), 5'000);
}

TEST(LatencyWindow, SamplesLeaveTheWindowWithTime) {
    test::ManualClock clock;
    LatencyWindow window({.windowMs = 10'000, .maxSamples = 100});
    window.record(clock.monotonicMs(), 900);
    clock.advance(5'000);
    window.record(clock.monotonicMs(), 10);
    EXPECT_EQ(window.percentile(1.0, clock.monotonicMs()), 900);
    clock.advance(5'000);
    EXPECT_EQ(window.count(clock.monotonicMs()), 1);
    EXPECT_EQ(window.percentile(1.0, clock.monotonicMs()), 10);
    clock.advance(5'000);
    EXPECT_EQ(window.count(clock.monotonicMs()), 0);
}

TEST(LatencyWindow, SampleCountIsBounded) {
    LatencyWindow window({.windowMs = 60'000, .maxSamples = 10});
    for (int i = 1; i <= 25; ++i) {
        window.record(0, i);
    }
    const auto s = window.summary(0);
    EXPECT_EQ(s.count, 10);
    EXPECT_EQ(window.percentile(0.01, 0), 16); // the oldest were dropped
}

TEST(LatencyWindow, NegativeLatenciesAreClampedToZero) {
    LatencyWindow window;
    window.record(0, -5);
    EXPECT_EQ(window.percentile(1.0, 0), 0);
}

} // namespace
} // namespace cc::net
