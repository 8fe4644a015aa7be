#include "app/net/TokenBucket.h"
#include "tests/support/ManualClock.h"

#include <gtest/gtest.h>

namespace cc::net {
namespace {

using Admission = TokenBucket::Admission;

class TokenBucketTest : public ::testing::Test {
protected:
    test::ManualClock clock;
    qint64 now() const { return clock.monotonicMs(); }
    TokenBucket make(TokenBucket::Options options = {}) { return TokenBucket(options, now()); }
};

TEST_F(TokenBucketTest, BurstOf40IsGrantedAtOnce) {
    TokenBucket bucket = make();
    for (quint64 i = 1; i <= 40; ++i) {
        EXPECT_EQ(bucket.acquire(i, now()), Admission::Granted) << i;
    }
    EXPECT_EQ(bucket.acquire(41, now()), Admission::Queued);
    EXPECT_EQ(bucket.queued(), 1);
}

TEST_F(TokenBucketTest, RefillsAt20PerSecondExactly) {
    TokenBucket bucket = make();
    for (quint64 i = 1; i <= 40; ++i) {
        bucket.acquire(i, now());
    }
    EXPECT_DOUBLE_EQ(bucket.availableTokens(now()), 0.0);
    clock.advance(49);
    EXPECT_LT(bucket.availableTokens(now()), 1.0);
    clock.advance(1);
    EXPECT_DOUBLE_EQ(bucket.availableTokens(now()), 1.0);
    clock.advance(950);
    EXPECT_DOUBLE_EQ(bucket.availableTokens(now()), 20.0);
    clock.advance(60'000);
    EXPECT_DOUBLE_EQ(bucket.availableTokens(now()), 40.0); // never above the burst
}

TEST_F(TokenBucketTest, QueuedTicketsLeaveInOrderAsTokensArrive) {
    TokenBucket bucket = make({.ratePerSecond = 10, .burst = 1, .maxQueue = 10});
    EXPECT_EQ(bucket.acquire(1, now()), Admission::Granted);
    EXPECT_EQ(bucket.acquire(2, now()), Admission::Queued);
    EXPECT_EQ(bucket.acquire(3, now()), Admission::Queued);
    EXPECT_EQ(bucket.acquire(4, now()), Admission::Queued);
    EXPECT_EQ(bucket.nextReadyAtMs(now()), now() + 100);
    EXPECT_TRUE(bucket.takeReady(now()).empty());
    clock.advance(100);
    EXPECT_EQ(bucket.takeReady(now()), std::vector<quint64>{2});
    clock.advance(250);
    EXPECT_EQ(bucket.takeReady(now()), std::vector<quint64>{3}); // burst 1: only one token stored
    clock.advance(100);
    EXPECT_EQ(bucket.takeReady(now()), std::vector<quint64>{4});
    EXPECT_FALSE(bucket.nextReadyAtMs(now()).has_value());
}

TEST_F(TokenBucketTest, NewcomersQueueBehindWaitingTicketsEvenWithATokenFree) {
    TokenBucket bucket = make({.ratePerSecond = 10, .burst = 2, .maxQueue = 10});
    bucket.acquire(1, now());
    bucket.acquire(2, now());
    EXPECT_EQ(bucket.acquire(3, now()), Admission::Queued);
    clock.advance(100); // one token is back, but ticket 3 is first in line
    EXPECT_EQ(bucket.acquire(4, now()), Admission::Queued);
    EXPECT_EQ(bucket.takeReady(now()), std::vector<quint64>{3});
}

TEST_F(TokenBucketTest, BeyondTheQueueBoundRequestsAreRejectedAtOnce) {
    TokenBucket bucket = make({.ratePerSecond = 1, .burst = 1, .maxQueue = 2});
    EXPECT_EQ(bucket.acquire(1, now()), Admission::Granted);
    EXPECT_EQ(bucket.acquire(2, now()), Admission::Queued);
    EXPECT_EQ(bucket.acquire(3, now()), Admission::Queued);
    EXPECT_EQ(bucket.acquire(4, now()), Admission::Rejected);
    EXPECT_EQ(bucket.queued(), 2);
}

TEST_F(TokenBucketTest, CancelledTicketsLeaveTheQueue) {
    TokenBucket bucket = make({.ratePerSecond = 10, .burst = 1, .maxQueue = 5});
    bucket.acquire(1, now());
    bucket.acquire(2, now());
    bucket.acquire(3, now());
    EXPECT_TRUE(bucket.cancel(2));
    EXPECT_FALSE(bucket.cancel(2));
    EXPECT_FALSE(bucket.cancel(99));
    clock.advance(100);
    EXPECT_EQ(bucket.takeReady(now()), std::vector<quint64>{3});
}

TEST_F(TokenBucketTest, ManyTokensReleaseSeveralTicketsInOrderAtOnce) {
    TokenBucket bucket = make({.ratePerSecond = 100, .burst = 3, .maxQueue = 10});
    for (quint64 i = 1; i <= 3; ++i) {
        bucket.acquire(i, now());
    }
    for (quint64 i = 4; i <= 8; ++i) {
        EXPECT_EQ(bucket.acquire(i, now()), Admission::Queued);
    }
    clock.advance(30);
    EXPECT_EQ(bucket.takeReady(now()), (std::vector<quint64>{4, 5, 6}));
}

TEST_F(TokenBucketTest, A429EmptiesTheBucketAndPausesItUntilRetryAfter) {
    TokenBucket bucket = make();
    EXPECT_EQ(bucket.acquire(1, now()), Admission::Granted);
    bucket.throttleUntil(now() + 2'000, now());
    EXPECT_TRUE(bucket.isThrottled(now()));
    EXPECT_EQ(bucket.acquire(2, now()), Admission::Queued);
    clock.advance(1'999);
    EXPECT_TRUE(bucket.takeReady(now()).empty());
    EXPECT_DOUBLE_EQ(bucket.availableTokens(now()), 0.0);
    // After the pause it refills from empty at the normal rate: no burst right after a 429.
    EXPECT_EQ(bucket.nextReadyAtMs(now()), now() + 1 + 50);
    clock.advance(1);
    EXPECT_FALSE(bucket.isThrottled(now()));
    EXPECT_TRUE(bucket.takeReady(now()).empty());
    clock.advance(50);
    EXPECT_EQ(bucket.takeReady(now()), std::vector<quint64>{2});
    clock.advance(1'000);
    EXPECT_DOUBLE_EQ(bucket.availableTokens(now()), 20.0);
}

TEST_F(TokenBucketTest, AnEarlierThrottleNeverShortensALaterOne) {
    TokenBucket bucket = make();
    bucket.throttleUntil(now() + 5'000, now());
    bucket.throttleUntil(now() + 1'000, now());
    EXPECT_EQ(bucket.throttledUntilMs(), now() + 5'000);
}

TEST_F(TokenBucketTest, LongIdlePeriodsDoNotOverflow) {
    TokenBucket bucket = make({.ratePerSecond = 1'000'000, .burst = 40, .maxQueue = 1});
    bucket.acquire(1, now());
    clock.advance(1'000'000'000'000LL);
    EXPECT_DOUBLE_EQ(bucket.availableTokens(now()), 40.0);
}

TEST_F(TokenBucketTest, FractionalRatesWork) {
    TokenBucket bucket = make({.ratePerSecond = 0.5, .burst = 1, .maxQueue = 1});
    bucket.acquire(1, now());
    EXPECT_EQ(bucket.acquire(2, now()), Admission::Queued);
    EXPECT_EQ(bucket.nextReadyAtMs(now()), now() + 2'000);
}

} // namespace
} // namespace cc::net
