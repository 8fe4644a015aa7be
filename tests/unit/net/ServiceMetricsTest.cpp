#include "app/net/ServiceMetrics.h"
#include "tests/support/ManualClock.h"
#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

#include <QJsonArray>

namespace cc::net {
namespace {

Error failure(ErrorKind kind, int status = 0) {
    Error e(kind, Error::defaultMessage(kind), QStringLiteral("detail"));
    e.httpStatus = status;
    return e;
}

TEST(ServiceMetrics, CountsCallsAttemptsRetriesAndFailuresByKind) {
    test::ManualClock clock;
    ServiceMetrics metrics;
    for (int i = 0; i < 5; ++i) {
        metrics.recordCallStarted();
    }
    metrics.recordAttempt(clock.monotonicMs(), 30, failure(ErrorKind::Http, 503));
    metrics.recordRetry();
    metrics.recordAttempt(clock.monotonicMs(), 40, {});
    metrics.recordCallFinished({}, clock.nowUtc());
    metrics.recordAttempt(clock.monotonicMs(), -1, failure(ErrorKind::Timeout));
    metrics.recordCallFinished(failure(ErrorKind::Timeout), clock.nowUtc());
    metrics.recordCallFinished(failure(ErrorKind::CircuitOpen), clock.nowUtc());
    metrics.recordCallFinished(failure(ErrorKind::Cancelled), clock.nowUtc());
    metrics.recordRetryDeniedByBudget();
    metrics.recordSessionReplay();
    metrics.recordOffThreadDecode();

    const auto s = metrics.snapshot(clock.monotonicMs());
    EXPECT_EQ(s.requests, 5u);
    EXPECT_EQ(s.inFlight, 1u);
    EXPECT_EQ(s.successes, 1u);
    EXPECT_EQ(s.failures, 2u);
    EXPECT_EQ(s.cancelled, 1u);
    EXPECT_EQ(s.failuresByKind.count(ErrorKind::Cancelled), 0u);
    EXPECT_EQ(s.failuresByKind.at(ErrorKind::Timeout), 1u);
    EXPECT_EQ(s.failuresByKind.at(ErrorKind::CircuitOpen), 1u);
    EXPECT_EQ(s.failuresByKind.count(ErrorKind::Http), 0u);
    EXPECT_EQ(s.attempts, 3u);
    EXPECT_EQ(s.attemptFailures, 2u);
    EXPECT_EQ(s.retries, 1u);
    EXPECT_EQ(s.retriesDeniedByBudget, 1u);
    EXPECT_EQ(s.sessionReplays, 1u);
    EXPECT_EQ(s.offThreadDecodes, 1u);
    EXPECT_EQ(s.latencySamples, 2); // the aborted attempt has no latency
    EXPECT_DOUBLE_EQ(s.failureRatio(), 2.0 / 3.0);
}

TEST(ServiceMetrics, KeepsTheLastErrorAndWhenItHappened) {
    test::ManualClock clock;
    ServiceMetrics metrics;
    metrics.recordCallStarted();
    metrics.recordCallFinished(failure(ErrorKind::Network), clock.nowUtc());
    clock.advance(5'000);
    metrics.recordCallStarted();
    metrics.recordCallFinished(failure(ErrorKind::Http, 500), clock.nowUtc());
    metrics.recordCallStarted();
    metrics.recordCallFinished({}, clock.nowUtc()); // a later success does not erase the last error
    const auto s = metrics.snapshot(clock.monotonicMs());
    ASSERT_TRUE(s.lastError.has_value());
    EXPECT_EQ(s.lastError->kind, ErrorKind::Http);
    EXPECT_EQ(s.lastError->httpStatus, 500);
    EXPECT_EQ(s.lastErrorAtUtc, clock.nowUtc());
}

TEST(ServiceMetrics, PercentilesComeFromTheLatencyWindow) {
    test::ManualClock clock;
    ServiceMetrics metrics({.windowMs = 1'000, .maxSamples = 100});
    for (int i = 1; i <= 100; ++i) {
        metrics.recordAttempt(clock.monotonicMs(), i, {});
    }
    auto s = metrics.snapshot(clock.monotonicMs());
    EXPECT_EQ(s.latencyP50Ms, 50);
    EXPECT_EQ(s.latencyP95Ms, 95);
    EXPECT_EQ(s.latencyP99Ms, 99);
    EXPECT_EQ(s.latencyMaxMs, 100);
    clock.advance(1'000);
    s = metrics.snapshot(clock.monotonicMs());
    EXPECT_EQ(s.latencySamples, 0);
    EXPECT_EQ(s.attempts, 100u); // counters are totals, not windowed
}

TEST(ServiceMetricsSnapshot, JsonCarriesCountersBreakerAndLastError) {
    ServiceMetricsSnapshot s;
    s.service = QStringLiteral("rest");
    s.baseUrl = QUrl(QStringLiteral("https://x.supabase.co/rest/v1"));
    s.requests = 3;
    s.failuresByKind[ErrorKind::Timeout] = 2;
    s.breakerState = CircuitBreaker::State::Open;
    s.breakerHistory.append(
        {CircuitBreaker::State::Closed, CircuitBreaker::State::Open, 5, QStringLiteral("why")});
    s.lastError = failure(ErrorKind::Timeout);
    const QJsonObject json = s.toJson();
    EXPECT_EQ(json.value(QStringLiteral("service")).toString(), QStringLiteral("rest"));
    EXPECT_EQ(json.value(QStringLiteral("requests")).toInt(), 3);
    EXPECT_EQ(
        json.value(QStringLiteral("failures_by_kind")).toObject().value(QStringLiteral("timeout")).toInt(),
        2);
    const QJsonObject breaker = json.value(QStringLiteral("breaker")).toObject();
    EXPECT_EQ(breaker.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
    EXPECT_EQ(breaker.value(QStringLiteral("history")).toArray().size(), 1);
    EXPECT_EQ(json.value(QStringLiteral("last_error")).toObject().value(QStringLiteral("kind")).toString(),
              QStringLiteral("timeout"));
}

} // namespace
} // namespace cc::net
