#include "app/health/HealthAggregator.h"
#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

namespace cc::health {
namespace {

using State = net::CircuitBreaker::State;

CheckResult resultIn(HealthState state) {
    switch (state) {
    case HealthState::Healthy:
        return CheckResult::healthy(QStringLiteral("ok"), 20);
    case HealthState::Degraded:
        return CheckResult::degraded(QStringLiteral("slow"), QStringLiteral("took 3 s"), 3000);
    case HealthState::Unhealthy:
        return CheckResult::unhealthy(QStringLiteral("HTTP 503"), QStringLiteral("service unavailable"));
    case HealthState::Unknown:
        break;
    }
    return CheckResult::unknown(QStringLiteral("not connected"));
}

// The client's view that, alone, means each state.
std::optional<ClientSignal> clientIn(HealthState state) {
    ClientSignal signal;
    switch (state) {
    case HealthState::Healthy:
        signal.windowCalls = 20;
        return signal;
    case HealthState::Degraded:
        signal.breaker = State::HalfOpen;
        return signal;
    case HealthState::Unhealthy:
        signal.breaker = State::Open;
        signal.breakerOpenUntilUtc = QDateTime(QDate(2026, 1, 1), QTime(12, 0, 30), Qt::UTC);
        return signal;
    case HealthState::Unknown:
        break;
    }
    return std::nullopt; // no metrics for the service
}

struct Combination {
    HealthState check;
    HealthState client; // Unknown: the client has no metrics for it
    HealthState expected;
};

class AggregationRule : public ::testing::TestWithParam<Combination> {};

TEST_P(AggregationRule, MergedStateIsTheWorseOfCheckAndClient) {
    const Combination c = GetParam();
    HealthAggregator::Input input;
    input.name = QStringLiteral("rest");
    input.check = resultIn(c.check);
    input.client = clientIn(c.client);
    const ServiceHealth merged = HealthAggregator::merge(input, {});
    EXPECT_EQ(merged.state, c.expected) << "check " << HealthStates::key(c.check).toStdString() << ", client "
                                        << HealthStates::key(c.client).toStdString();
    if (c.expected != HealthState::Healthy && c.expected != HealthState::Unknown) {
        EXPECT_FALSE(merged.reason.isEmpty());
    }
}

constexpr HealthState H = HealthState::Healthy;
constexpr HealthState D = HealthState::Degraded;
constexpr HealthState U = HealthState::Unhealthy;
constexpr HealthState K = HealthState::Unknown;

INSTANTIATE_TEST_SUITE_P(
    EveryCombination, AggregationRule,
    ::testing::Values(
        // check healthy
        Combination{H, K, H}, Combination{H, H, H}, Combination{H, D, D}, Combination{H, U, U},
        // check degraded
        Combination{D, K, D}, Combination{D, H, D}, Combination{D, D, D}, Combination{D, U, U},
        // check unhealthy
        Combination{U, K, U}, Combination{U, H, U}, Combination{U, D, U}, Combination{U, U, U},
        // check unknown: never green, but real failures show through
        Combination{K, K, K}, Combination{K, H, K}, Combination{K, D, D}, Combination{K, U, U}));

TEST(HealthAggregator, NoResultYetIsChecking) {
    HealthAggregator::Input input;
    input.name = QStringLiteral("auth");
    const ServiceHealth merged = HealthAggregator::merge(input, {});
    EXPECT_EQ(merged.state, HealthState::Unknown);
    EXPECT_FALSE(merged.hasResult);
    EXPECT_EQ(merged.summary, QStringLiteral("Checking…"));
    EXPECT_EQ(merged.stateText(), QStringLiteral("Checking"));
}

TEST(HealthAggregator, AnUnknownResultIsShownByItsOwnLabel) {
    HealthAggregator::Input input;
    input.check = CheckResult::unknown(QStringLiteral("Opening the socket"), QStringLiteral("Connecting"));
    input.inGrace = true;
    const ServiceHealth merged = HealthAggregator::merge(input, {});
    EXPECT_EQ(merged.state, HealthState::Unknown);
    EXPECT_EQ(merged.stateText(), QStringLiteral("Connecting"));
    EXPECT_EQ(merged.summary, QStringLiteral("Opening the socket")) << "not turned into \"Starting up…\"";
}

TEST(HealthAggregator, OpenBreakerSaysUntilWhen) {
    HealthAggregator::Input input;
    input.check = resultIn(HealthState::Healthy);
    input.client = clientIn(HealthState::Unhealthy);
    const ServiceHealth merged = HealthAggregator::merge(input, {});
    const QString until =
        input.client->breakerOpenUntilUtc.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    EXPECT_TRUE(merged.reason.contains(until)) << merged.reason.toStdString();
    EXPECT_TRUE(merged.breakerText().startsWith(QStringLiteral("Open until")))
        << merged.breakerText().toStdString();
    EXPECT_EQ(merged.summary, merged.reason)
        << "a healthy check must not hide the open breaker on the summary line";
}

TEST(HealthAggregator, ErrorRateAboveHalfIsUnhealthyWithEnoughCalls) {
    ClientSignal client;
    client.windowCalls = 10;
    client.errorRate = 0.6;
    QString reason;
    EXPECT_EQ(HealthAggregator::clientState(client, {}, &reason), HealthState::Unhealthy);
    EXPECT_TRUE(reason.contains(QStringLiteral("60%"))) << reason.toStdString();
}

TEST(HealthAggregator, ModerateErrorRateIsDegraded) {
    ClientSignal client;
    client.windowCalls = 10;
    client.errorRate = 0.2;
    EXPECT_EQ(HealthAggregator::clientState(client, {}, nullptr), HealthState::Degraded);
}

TEST(HealthAggregator, ErrorRateOfTooFewCallsSaysNothing) {
    ClientSignal client;
    client.windowCalls = 4;
    client.errorRate = 1.0;
    EXPECT_EQ(HealthAggregator::clientState(client, {}, nullptr), HealthState::Healthy);
}

TEST(HealthAggregator, SlowP95IsDegraded) {
    ClientSignal client;
    client.latencySamples = 10;
    client.p95Ms = 2500;
    QString reason;
    EXPECT_EQ(HealthAggregator::clientState(client, {}, &reason), HealthState::Degraded);
    EXPECT_TRUE(reason.contains(QStringLiteral("p95"))) << reason.toStdString();
}

TEST(HealthAggregator, FailingFirstAnswerInGraceIsStartingUp) {
    HealthAggregator::Input input;
    input.check = resultIn(HealthState::Unhealthy);
    input.inGrace = true;
    EXPECT_EQ(HealthAggregator::merge(input, {}).state, HealthState::Unknown);
    EXPECT_EQ(HealthAggregator::merge(input, {}).stateText(), QStringLiteral("Starting up"));
    input.everHealthy = true;
    EXPECT_EQ(HealthAggregator::merge(input, {}).state, HealthState::Unhealthy)
        << "a service that was healthy gets no grace";
    input.everHealthy = false;
    input.inGrace = false;
    EXPECT_EQ(HealthAggregator::merge(input, {}).state, HealthState::Unhealthy);
}

TEST(HealthAggregator, GraceDoesNotHideAnOpenBreaker) {
    HealthAggregator::Input input;
    input.check = resultIn(HealthState::Unhealthy);
    input.client = clientIn(HealthState::Unhealthy);
    input.inGrace = true;
    EXPECT_EQ(HealthAggregator::merge(input, {}).state, HealthState::Unhealthy);
}

ServiceHealth inState(HealthState state) {
    ServiceHealth health;
    health.state = state;
    return health;
}

TEST(HealthAggregator, SummaryTexts) {
    using A = HealthAggregator;
    EXPECT_EQ(A::summaryText(A::overall({inState(H), inState(H)})),
              QStringLiteral("All systems operational"));
    EXPECT_EQ(A::summaryText(A::overall({inState(D), inState(H), inState(D)})),
              QStringLiteral("2 services degraded"));
    EXPECT_EQ(A::summaryText(A::overall({inState(U), inState(H)})), QStringLiteral("1 service down"));
    EXPECT_EQ(A::summaryText(A::overall({inState(U), inState(D)})),
              QStringLiteral("1 service down, 1 degraded"));
    EXPECT_EQ(A::summaryText(A::overall({inState(K), inState(K)})), QStringLiteral("Checking 2 services…"));
    EXPECT_EQ(A::summaryText(A::overall({inState(H), inState(K)})),
              QStringLiteral("All checked systems operational, 1 not checked"));
}

TEST(HealthAggregator, OverallIsNeverHealthyWhileSomethingIsUnknown) {
    EXPECT_EQ(HealthAggregator::overall({inState(H), inState(K)}).state, HealthState::Unknown);
    EXPECT_EQ(HealthAggregator::overall({inState(H), inState(D)}).state, HealthState::Degraded);
    EXPECT_EQ(HealthAggregator::overall({inState(U), inState(D)}).state, HealthState::Unhealthy);
    EXPECT_EQ(HealthAggregator::overall({}).state, HealthState::Unknown);
}

} // namespace
} // namespace cc::health
