#include "app/net/CircuitBreaker.h"
#include "tests/support/ManualClock.h"
#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

#include <optional>

namespace cc::net {
namespace {

using State = CircuitBreaker::State;

class CircuitBreakerTest : public ::testing::Test {
protected:
    void SetUp() override {
        breaker.setTransitionListener([this](const CircuitBreaker::Transition& t) { transitions.append(t); });
    }

    qint64 now() const { return clock.monotonicMs(); }

    void succeed() {
        auto admission = breaker.tryAcquire(now());
        ASSERT_TRUE(admission.allowed);
        breaker.recordSuccess(admission.permit, now());
    }
    void fail(const QString& cause = QStringLiteral("503")) {
        auto admission = breaker.tryAcquire(now());
        ASSERT_TRUE(admission.allowed);
        breaker.recordFailure(admission.permit, now(), cause);
    }
    void tripByConsecutiveFailures() {
        for (int i = 0; i < 5; ++i) {
            fail();
        }
        ASSERT_EQ(breaker.state(), State::Open);
    }

    test::ManualClock clock;
    CircuitBreaker breaker;
    QList<CircuitBreaker::Transition> transitions;
};

TEST_F(CircuitBreakerTest, StartsClosedAndLetsCallsThrough) {
    EXPECT_EQ(breaker.state(), State::Closed);
    auto admission = breaker.tryAcquire(now());
    EXPECT_TRUE(admission.allowed);
    EXPECT_TRUE(admission.permit.isValid());
    EXPECT_FALSE(admission.permit.isProbe());
}

TEST_F(CircuitBreakerTest, FourConsecutiveFailuresDoNotTripButTheFifthDoes) {
    for (int i = 0; i < 4; ++i) {
        fail();
    }
    EXPECT_EQ(breaker.state(), State::Closed);
    fail(QStringLiteral("HTTP 503"));
    EXPECT_EQ(breaker.state(), State::Open);
    ASSERT_EQ(transitions.size(), 1);
    EXPECT_EQ(transitions[0].from, State::Closed);
    EXPECT_EQ(transitions[0].to, State::Open);
    EXPECT_EQ(transitions[0].atMs, now());
    EXPECT_TRUE(transitions[0].reason.contains(QStringLiteral("5 consecutive failures")));
    EXPECT_TRUE(transitions[0].reason.contains(QStringLiteral("HTTP 503")));
}

TEST_F(CircuitBreakerTest, ASuccessResetsTheConsecutiveCount) {
    for (int i = 0; i < 4; ++i) {
        fail();
    }
    succeed();
    EXPECT_EQ(breaker.consecutiveFailures(), 0);
    for (int i = 0; i < 4; ++i) {
        fail();
    }
    EXPECT_EQ(breaker.state(), State::Closed);
}

TEST_F(CircuitBreakerTest, ThreeFailuresInThreeCallsDoNotTripTheRatioBreaker) {
    // 100 % failures, but below the 10-call minimum and below 5 in a row.
    fail();
    fail();
    fail();
    EXPECT_EQ(breaker.state(), State::Closed);
    EXPECT_EQ(breaker.windowCalls(now()), 3);
    EXPECT_EQ(breaker.windowFailures(now()), 3);
}

TEST_F(CircuitBreakerTest, HalfFailingOverTenCallsTripsTheRatioBreaker) {
    for (int i = 0; i < 4; ++i) {
        succeed();
        fail();
    }
    succeed(); // 9 calls, 4 failures
    EXPECT_EQ(breaker.state(), State::Closed);
    fail(); // 10 calls, 5 failures: 50 %
    EXPECT_EQ(breaker.state(), State::Open);
    ASSERT_EQ(transitions.size(), 1);
    EXPECT_TRUE(transitions[0].reason.contains(QStringLiteral("failure ratio 50%")));
    EXPECT_TRUE(transitions[0].reason.contains(QStringLiteral("10 calls")));
}

TEST_F(CircuitBreakerTest, TheRatioRuleWaitsForTheMinimumNumberOfCalls) {
    succeed();
    for (int i = 0; i < 4; ++i) {
        fail();
    }
    succeed(); // breaks the run before 5 in a row
    for (int i = 0; i < 3; ++i) {
        fail();
    }
    // 9 calls, 7 failures (78 %), 3 in a row: below the 10-call minimum.
    EXPECT_EQ(breaker.windowCalls(now()), 9);
    EXPECT_EQ(breaker.state(), State::Closed);
    fail(); // 10 calls, 8 failures, only 4 in a row: the ratio rule fires
    EXPECT_EQ(breaker.state(), State::Open);
    EXPECT_TRUE(transitions.last().reason.contains(QStringLiteral("failure ratio 80%")));
}

TEST_F(CircuitBreakerTest, FortyPercentOverTenCallsDoesNotTrip) {
    for (int i = 0; i < 6; ++i) {
        succeed();
    }
    for (int i = 0; i < 4; ++i) {
        fail();
    }
    EXPECT_EQ(breaker.windowCalls(now()), 10);
    EXPECT_EQ(breaker.state(), State::Closed);
}

TEST_F(CircuitBreakerTest, FailuresOlderThanTheWindowNoLongerCount) {
    for (int i = 0; i < 4; ++i) {
        fail();
        succeed();
    }                      // 8 calls, 4 failures
    clock.advance(30'000); // all of them leave the 30 s window
    EXPECT_EQ(breaker.windowCalls(now()), 0);
    succeed();
    fail();
    EXPECT_EQ(breaker.state(), State::Closed);
    EXPECT_EQ(breaker.windowCalls(now()), 2);
}

TEST_F(CircuitBreakerTest, TheWindowSlidesSampleBySample) {
    fail(); // t=0
    clock.advance(10'000);
    for (int i = 0; i < 4; ++i) {
        succeed();
        fail();
    } // t=10 s: 9 calls, 5 failures
    EXPECT_EQ(breaker.state(), State::Closed);
    clock.advance(20'000); // t=30 s: the first failure leaves the window
    EXPECT_EQ(breaker.windowCalls(now()), 8);
    succeed();
    succeed(); // 10 calls, 4 failures
    fail();    // 11 calls, 5 failures: 45 %
    EXPECT_EQ(breaker.state(), State::Closed);
    fail(); // 12 calls, 6 failures: 50 %
    EXPECT_EQ(breaker.state(), State::Open);
}

TEST_F(CircuitBreakerTest, OpenRefusesCallsAndSaysWhenItWillTryAgain) {
    tripByConsecutiveFailures();
    const qint64 trippedAt = now();
    clock.advance(1'000);
    auto admission = breaker.tryAcquire(now());
    EXPECT_FALSE(admission.allowed);
    EXPECT_FALSE(admission.permit.isValid());
    EXPECT_EQ(admission.retryAtMs, trippedAt + 30'000);
    EXPECT_EQ(breaker.openUntilMs(), trippedAt + 30'000);
    EXPECT_FALSE(admission.reason.isEmpty());
}

TEST_F(CircuitBreakerTest, AfterTheBreakExactlyOneProbeIsAllowed) {
    tripByConsecutiveFailures();
    clock.advance(29'999);
    EXPECT_FALSE(breaker.tryAcquire(now()).allowed);
    clock.advance(1);
    auto probe = breaker.tryAcquire(now());
    ASSERT_TRUE(probe.allowed);
    EXPECT_TRUE(probe.permit.isProbe());
    EXPECT_EQ(breaker.state(), State::HalfOpen);
    for (int i = 0; i < 3; ++i) {
        auto other = breaker.tryAcquire(now());
        EXPECT_FALSE(other.allowed);
        EXPECT_EQ(other.retryAtMs, 0);
    }
    ASSERT_EQ(transitions.size(), 2);
    EXPECT_EQ(transitions[1].to, State::HalfOpen);
    EXPECT_TRUE(transitions[1].reason.contains(QStringLiteral("probe")));
}

TEST_F(CircuitBreakerTest, ProbeSuccessClosesTheBreaker) {
    tripByConsecutiveFailures();
    clock.advance(30'000);
    auto probe = breaker.tryAcquire(now());
    breaker.recordSuccess(probe.permit, now());
    EXPECT_EQ(breaker.state(), State::Closed);
    EXPECT_EQ(transitions.last().from, State::HalfOpen);
    EXPECT_EQ(transitions.last().to, State::Closed);
    EXPECT_TRUE(transitions.last().reason.contains(QStringLiteral("succeeded")));
    EXPECT_TRUE(breaker.tryAcquire(now()).allowed);
    EXPECT_EQ(breaker.windowCalls(now()), 0); // a fresh start
}

TEST_F(CircuitBreakerTest, ProbeFailureReopensWithADoubledBreakUpToFiveMinutes) {
    tripByConsecutiveFailures();
    const qint64 expected[] = {60'000, 120'000, 240'000, 300'000, 300'000};
    clock.advance(30'000);
    for (qint64 breakMs : expected) {
        auto probe = breaker.tryAcquire(now());
        ASSERT_TRUE(probe.allowed);
        ASSERT_TRUE(probe.permit.isProbe());
        breaker.recordFailure(probe.permit, now(), QStringLiteral("timeout"));
        EXPECT_EQ(breaker.state(), State::Open);
        EXPECT_EQ(breaker.openUntilMs(), now() + breakMs);
        EXPECT_TRUE(transitions.last().reason.contains(QStringLiteral("probe request failed")));
        clock.advance(breakMs - 1);
        EXPECT_FALSE(breaker.tryAcquire(now()).allowed);
        clock.advance(1);
    }
}

TEST_F(CircuitBreakerTest, AfterClosingTheNextTripStartsAgainAt30Seconds) {
    tripByConsecutiveFailures();
    clock.advance(30'000);
    auto probe = breaker.tryAcquire(now());
    breaker.recordFailure(probe.permit, now()); // 60 s
    clock.advance(60'000);
    probe = breaker.tryAcquire(now());
    breaker.recordSuccess(probe.permit, now());
    ASSERT_EQ(breaker.state(), State::Closed);
    tripByConsecutiveFailures();
    EXPECT_EQ(breaker.openUntilMs(), now() + 30'000);
}

TEST_F(CircuitBreakerTest, AnAbortedProbeReleasesItsPermit) {
    tripByConsecutiveFailures();
    clock.advance(30'000);
    auto probe = breaker.tryAcquire(now());
    ASSERT_TRUE(probe.permit.isProbe());
    probe.permit.release(); // the reply was aborted: no outcome
    EXPECT_EQ(breaker.state(), State::HalfOpen);
    EXPECT_FALSE(breaker.probeInFlight());
    auto next = breaker.tryAcquire(now());
    EXPECT_TRUE(next.allowed);
    EXPECT_TRUE(next.permit.isProbe());
}

TEST_F(CircuitBreakerTest, ADestroyedProbeReleasesItsPermit) {
    tripByConsecutiveFailures();
    clock.advance(30'000);
    {
        auto probe = breaker.tryAcquire(now());
        ASSERT_TRUE(probe.allowed);
        EXPECT_TRUE(breaker.probeInFlight());
    } // the call object holding the permit is destroyed mid-flight
    EXPECT_FALSE(breaker.probeInFlight());
    EXPECT_TRUE(breaker.tryAcquire(now()).allowed);
}

TEST_F(CircuitBreakerTest, MovingAProbePermitKeepsItHeld) {
    tripByConsecutiveFailures();
    clock.advance(30'000);
    std::optional<CircuitBreaker::Permit> holder;
    {
        auto probe = breaker.tryAcquire(now());
        holder.emplace(std::move(probe.permit));
    } // the moved-from permit is destroyed: nothing is released
    EXPECT_TRUE(breaker.probeInFlight());
    EXPECT_FALSE(breaker.tryAcquire(now()).allowed);
    breaker.recordSuccess(*holder, now());
    EXPECT_EQ(breaker.state(), State::Closed);
    holder.reset(); // consumed: destroying it changes nothing
    EXPECT_EQ(breaker.state(), State::Closed);
}

TEST_F(CircuitBreakerTest, ReleasingAnOrdinaryPermitCountsNothing) {
    auto admission = breaker.tryAcquire(now());
    admission.permit.release();
    EXPECT_EQ(breaker.windowCalls(now()), 0);
    EXPECT_EQ(breaker.state(), State::Closed);
}

TEST_F(CircuitBreakerTest, StragglersAdmittedBeforeATripCannotCloseOrReopenIt) {
    auto straggler = breaker.tryAcquire(now());
    auto straggler2 = breaker.tryAcquire(now());
    tripByConsecutiveFailures();
    clock.advance(30'000);
    auto probe = breaker.tryAcquire(now());
    breaker.recordSuccess(straggler.permit, now()); // a slow call from before the trip
    EXPECT_EQ(breaker.state(), State::HalfOpen);
    breaker.recordFailure(straggler2.permit, now());
    EXPECT_EQ(breaker.state(), State::HalfOpen);
    breaker.recordSuccess(probe.permit, now());
    EXPECT_EQ(breaker.state(), State::Closed);
}

TEST_F(CircuitBreakerTest, AdvanceReportsHalfOpenWithoutACall) {
    tripByConsecutiveFailures();
    clock.advance(30'000);
    breaker.advance(now());
    EXPECT_EQ(breaker.state(), State::HalfOpen);
    EXPECT_EQ(transitions.last().to, State::HalfOpen);
}

TEST_F(CircuitBreakerTest, ResetClosesByHandAndInvalidatesTheProbe) {
    tripByConsecutiveFailures();
    clock.advance(30'000);
    auto probe = breaker.tryAcquire(now());
    breaker.reset(now(), QStringLiteral("user asked to retry"));
    EXPECT_EQ(breaker.state(), State::Closed);
    EXPECT_EQ(transitions.last().reason, QStringLiteral("user asked to retry"));
    breaker.recordFailure(probe.permit, now()); // the old probe's late answer changes nothing
    EXPECT_EQ(breaker.state(), State::Closed);
    EXPECT_EQ(breaker.consecutiveFailures(), 0);
}

TEST_F(CircuitBreakerTest, HistoryIsBounded) {
    CircuitBreaker small({.consecutiveFailures = 1, .breakMs = 10, .maxBreakMs = 10, .maxHistory = 4});
    for (int i = 0; i < 10; ++i) {
        auto a = small.tryAcquire(now());
        small.recordFailure(a.permit, now());
        clock.advance(10);
    }
    EXPECT_EQ(small.history().size(), 4);
}

TEST(CircuitBreakerClassification, FourHundredsOtherThan408And429CountAsSuccess) {
    for (int status : {400, 401, 403, 404, 406, 409, 416, 422}) {
        EXPECT_FALSE(CircuitBreaker::countsAsFailure(ErrorKind::Http, status)) << status;
    }
    for (int status : {408, 429, 500, 502, 503, 504}) {
        EXPECT_TRUE(CircuitBreaker::countsAsFailure(ErrorKind::Http, status)) << status;
    }
    EXPECT_FALSE(CircuitBreaker::countsAsFailure(ErrorKind::None, 200));
    EXPECT_FALSE(CircuitBreaker::countsAsFailure(ErrorKind::Decode, 200));
}

TEST(CircuitBreakerClassification, TransportFailuresCount) {
    EXPECT_TRUE(CircuitBreaker::countsAsFailure(ErrorKind::Network, 0));
    EXPECT_TRUE(CircuitBreaker::countsAsFailure(ErrorKind::Timeout, 0));
    EXPECT_TRUE(CircuitBreaker::countsAsFailure(ErrorKind::Tls, 0));
    EXPECT_FALSE(CircuitBreaker::countsAsFailure(ErrorKind::Cancelled, 0));
    EXPECT_FALSE(CircuitBreaker::countsAsFailure(ErrorKind::None, 0));
}

TEST(CircuitBreakerClassification, StateNamesAreStable) {
    EXPECT_EQ(CircuitBreaker::stateName(CircuitBreaker::State::Closed), QStringLiteral("closed"));
    EXPECT_EQ(CircuitBreaker::stateName(CircuitBreaker::State::Open), QStringLiteral("open"));
    EXPECT_EQ(CircuitBreaker::stateName(CircuitBreaker::State::HalfOpen), QStringLiteral("half_open"));
}

} // namespace
} // namespace cc::net
