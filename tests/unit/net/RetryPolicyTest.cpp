#include "app/net/RetryPolicy.h"
#include "app/core/RandomSource.h"
#include "tests/support/ManualClock.h"
#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

#include <QTimeZone>

namespace cc::net {
namespace {

using Outcome = RetryPolicy::Outcome;

Outcome httpFailure(int status, std::optional<qint64> retryAfterMs = std::nullopt) {
    return Outcome{status == 429 ? ErrorKind::RateLimited : ErrorKind::Http, status, retryAfterMs};
}

Outcome transportFailure(ErrorKind kind) {
    return Outcome{kind, 0, std::nullopt};
}

TEST(RetryPolicy, IdempotentMethodsAreExactlyTheRfcOnes) {
    for (const char* m : {"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "get", "delete"}) {
        EXPECT_TRUE(RetryPolicy::isIdempotentMethod(m)) << m;
    }
    for (const char* m : {"POST", "PATCH", "CONNECT", "TRACE", ""}) {
        EXPECT_FALSE(RetryPolicy::isIdempotentMethod(m)) << m;
    }
}

TEST(RetryPolicy, PostIsRetryableOnlyWithAnIdempotencyKey) {
    EXPECT_FALSE(RetryPolicy::isRetryableMethod("POST", false));
    EXPECT_TRUE(RetryPolicy::isRetryableMethod("POST", true));
    EXPECT_FALSE(RetryPolicy::isRetryableMethod("PATCH", false));
    EXPECT_TRUE(RetryPolicy::isRetryableMethod("PATCH", true));
}

TEST(RetryPolicy, RetryableStatusesAreExactly408And429And502To504) {
    for (int status = 100; status < 600; ++status) {
        const bool expected =
            status == 408 || status == 429 || status == 502 || status == 503 || status == 504;
        EXPECT_EQ(RetryPolicy::isRetryableStatus(status), expected) << status;
    }
}

TEST(RetryPolicy, TransportFailuresRetryButTlsDecodeAndCancelDoNot) {
    EXPECT_TRUE(RetryPolicy::isRetryableFailure(transportFailure(ErrorKind::Network)));
    EXPECT_TRUE(RetryPolicy::isRetryableFailure(transportFailure(ErrorKind::Timeout)));
    EXPECT_FALSE(RetryPolicy::isRetryableFailure(transportFailure(ErrorKind::Tls)));
    EXPECT_FALSE(RetryPolicy::isRetryableFailure(transportFailure(ErrorKind::Decode)));
    EXPECT_FALSE(RetryPolicy::isRetryableFailure(transportFailure(ErrorKind::Cancelled)));
    EXPECT_FALSE(RetryPolicy::isRetryableFailure(transportFailure(ErrorKind::CircuitOpen)));
    EXPECT_FALSE(RetryPolicy::isRetryableFailure(httpFailure(500)));
    EXPECT_FALSE(RetryPolicy::isRetryableFailure(httpFailure(401)));
    EXPECT_TRUE(RetryPolicy::isRetryableFailure(httpFailure(503)));
    EXPECT_TRUE(RetryPolicy::isRetryableFailure(httpFailure(429)));
}

TEST(RetryPolicy, BackoffCeilingDoublesFrom250MsUpTo10s) {
    RetryPolicy policy;
    EXPECT_EQ(policy.backoffCeilingMs(0), 0);
    EXPECT_EQ(policy.backoffCeilingMs(1), 250);
    EXPECT_EQ(policy.backoffCeilingMs(2), 500);
    EXPECT_EQ(policy.backoffCeilingMs(3), 1000);
    EXPECT_EQ(policy.backoffCeilingMs(4), 2000);
    EXPECT_EQ(policy.backoffCeilingMs(5), 4000);
    EXPECT_EQ(policy.backoffCeilingMs(6), 8000);
    EXPECT_EQ(policy.backoffCeilingMs(7), 10000);
    EXPECT_EQ(policy.backoffCeilingMs(8), 10000);
}

TEST(RetryPolicy, BackoffCeilingNeverOverflowsForHugeRetryNumbers) {
    RetryPolicy policy;
    EXPECT_EQ(policy.backoffCeilingMs(64), 10000);
    EXPECT_EQ(policy.backoffCeilingMs(1'000'000), 10000);
}

TEST(RetryPolicy, FullJitterStaysWithinZeroAndTheCeilingAndCoversTheRange) {
    RetryPolicy policy;
    SeededRandom random(2024);
    for (int retry = 1; retry <= 8; ++retry) {
        const qint64 ceiling = policy.backoffCeilingMs(retry);
        qint64 low = ceiling;
        qint64 high = 0;
        double sum = 0;
        constexpr int kSamples = 20000;
        for (int i = 0; i < kSamples; ++i) {
            const qint64 d = policy.backoffMs(retry, random);
            ASSERT_GE(d, 0);
            ASSERT_LE(d, ceiling);
            low = std::min(low, d);
            high = std::max(high, d);
            sum += static_cast<double>(d);
        }
        // Full jitter: uniform over [0, ceiling], so both ends are reached and the mean sits in the middle.
        EXPECT_LE(low, ceiling / 100) << retry;
        EXPECT_GE(high, ceiling - ceiling / 100) << retry;
        EXPECT_NEAR(sum / kSamples, ceiling / 2.0, ceiling * 0.02) << retry;
    }
}

TEST(RetryPolicy, SameSeedGivesTheSameSchedule) {
    RetryPolicy policy;
    SeededRandom a(7);
    SeededRandom b(7);
    for (int retry = 1; retry <= 5; ++retry) {
        EXPECT_EQ(policy.backoffMs(retry, a), policy.backoffMs(retry, b));
    }
}

TEST(RetryPolicy, RetryAfterDeltaSeconds) {
    const QDateTime now = test::ManualClock().nowUtc();
    EXPECT_EQ(RetryPolicy::parseRetryAfter("120", now), 120'000);
    EXPECT_EQ(RetryPolicy::parseRetryAfter("0", now), 0);
    EXPECT_EQ(RetryPolicy::parseRetryAfter("  5 ", now), 5'000);
}

TEST(RetryPolicy, RetryAfterBadValuesAreIgnored) {
    const QDateTime now = test::ManualClock().nowUtc();
    for (const char* bad : {"", " ", "-5", "1.5", "5s", "abc", "0x10", "+3", "Sun, 06 Nov 1994 08:49:37 PST",
                            "Sun, 32 Nov 2026 08:49:37 GMT", "Sun, 06 Foo 2026 08:49:37 GMT",
                            "Sun, 06 Nov 2026 25:00:00 GMT", "tomorrow"}) {
        EXPECT_FALSE(RetryPolicy::parseRetryAfter(bad, now).has_value()) << bad;
    }
}

TEST(RetryPolicy, HugeRetryAfterSaturatesInsteadOfOverflowing) {
    const QDateTime now = test::ManualClock().nowUtc();
    const auto huge = RetryPolicy::parseRetryAfter("99999999999999999999999", now);
    ASSERT_TRUE(huge.has_value());
    EXPECT_GT(*huge, 1'000'000'000'000LL);
    // Adding it to a monotonic timestamp must not overflow.
    EXPECT_GT(*huge + 1'000'000'000LL, *huge);
    const auto year = RetryPolicy::parseRetryAfter("31536000", now);
    EXPECT_EQ(year, 31'536'000'000LL);
}

TEST(RetryPolicy, RetryAfterHttpDateIsMeasuredAgainstTheInjectedWallClock) {
    // ManualClock starts at 2026-01-01 12:00:00 UTC (a Thursday).
    test::ManualClock clock;
    EXPECT_EQ(RetryPolicy::parseRetryAfter("Thu, 01 Jan 2026 12:00:30 GMT", clock.nowUtc()), 30'000);
    clock.advance(10'000);
    EXPECT_EQ(RetryPolicy::parseRetryAfter("Thu, 01 Jan 2026 12:00:30 GMT", clock.nowUtc()), 20'000);
}

TEST(RetryPolicy, RetryAfterDateInThePastMeansNow) {
    test::ManualClock clock;
    EXPECT_EQ(RetryPolicy::parseRetryAfter("Wed, 31 Dec 2025 23:59:59 GMT", clock.nowUtc()), 0);
}

TEST(RetryPolicy, AllThreeHttpDateFormsParse) {
    const QDateTime now = test::ManualClock().nowUtc();
    const QDateTime expected(QDate(1994, 11, 6), QTime(8, 49, 37), QTimeZone::utc());
    EXPECT_EQ(RetryPolicy::parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT", now), expected);
    EXPECT_EQ(RetryPolicy::parseHttpDate("Sunday, 06-Nov-94 08:49:37 GMT", now), expected);
    EXPECT_EQ(RetryPolicy::parseHttpDate("Sun Nov  6 08:49:37 1994", now), expected);
}

TEST(RetryPolicy, Rfc850TwoDigitYearsMoreThan50YearsAheadBelongToThePreviousCentury) {
    const QDateTime now = test::ManualClock().nowUtc(); // 2026
    EXPECT_EQ(RetryPolicy::parseHttpDate("Friday, 01-Jan-27 00:00:00 GMT", now)->date().year(), 2027);
    EXPECT_EQ(RetryPolicy::parseHttpDate("Friday, 01-Jan-99 00:00:00 GMT", now)->date().year(), 1999);
}

TEST(RetryPolicy, SuccessIsNeverRetried) {
    RetryPolicy policy;
    SeededRandom random(1);
    EXPECT_FALSE(policy.decide("GET", false, Outcome{}, 1, 0, 45'000, random).retry);
}

TEST(RetryPolicy, PostWithoutIdempotencyKeyIsNotRetriedEvenOn503) {
    RetryPolicy policy;
    SeededRandom random(1);
    const auto d = policy.decide("POST", false, httpFailure(503), 1, 0, 45'000, random);
    EXPECT_FALSE(d.retry);
    EXPECT_TRUE(d.reason.contains(QStringLiteral("Idempotency-Key")));
    EXPECT_TRUE(policy.decide("POST", true, httpFailure(503), 1, 0, 45'000, random).retry);
}

TEST(RetryPolicy, NonRetryableStatusesStopAtOnce) {
    RetryPolicy policy;
    SeededRandom random(1);
    for (int status : {400, 401, 403, 404, 409, 500, 501}) {
        EXPECT_FALSE(policy.decide("GET", false, httpFailure(status), 1, 0, 45'000, random).retry) << status;
    }
}

TEST(RetryPolicy, ThreeAttemptsInTotalByDefault) {
    RetryPolicy policy;
    SeededRandom random(1);
    EXPECT_TRUE(policy.decide("GET", false, httpFailure(503), 1, 0, 45'000, random).retry);
    EXPECT_TRUE(policy.decide("GET", false, httpFailure(503), 2, 0, 45'000, random).retry);
    const auto third = policy.decide("GET", false, httpFailure(503), 3, 0, 45'000, random);
    EXPECT_FALSE(third.retry);
    EXPECT_TRUE(third.reason.contains(QStringLiteral("exhausted")));
}

TEST(RetryPolicy, DelayAfterAttemptNIsDrawnFromTheNthCeiling) {
    RetryPolicy policy;
    SeededRandom random(99);
    SeededRandom mirror(99);
    const auto first =
        policy.decide("GET", false, transportFailure(ErrorKind::Network), 1, 0, 45'000, random);
    ASSERT_TRUE(first.retry);
    EXPECT_EQ(first.delayMs, mirror.between(0, 250));
    const auto second =
        policy.decide("GET", false, transportFailure(ErrorKind::Timeout), 2, 0, 45'000, random);
    ASSERT_TRUE(second.retry);
    EXPECT_EQ(second.delayMs, mirror.between(0, 500));
}

TEST(RetryPolicy, RetryAfterReplacesTheBackoff) {
    RetryPolicy policy;
    SeededRandom random(1);
    const auto d = policy.decide("GET", false, httpFailure(429, 7'000), 1, 0, 45'000, random);
    ASSERT_TRUE(d.retry);
    EXPECT_EQ(d.delayMs, 7'000);
    EXPECT_TRUE(d.fromRetryAfter);
}

TEST(RetryPolicy, RetryAfterAboveTheCapIsNotWaitedFor) {
    RetryPolicy policy; // cap 30 s
    SeededRandom random(1);
    EXPECT_TRUE(policy.decide("GET", false, httpFailure(503, 30'000), 1, 0, 100'000, random).retry);
    const auto d = policy.decide("GET", false, httpFailure(503, 30'001), 1, 0, 100'000, random);
    EXPECT_FALSE(d.retry);
    EXPECT_TRUE(d.reason.contains(QStringLiteral("cap")));
}

TEST(RetryPolicy, ARetryIsNeverScheduledAtOrPastTheDeadline) {
    RetryPolicy policy;
    SeededRandom random(1);
    // Retry-After 5 s at t=40 s with the deadline at 45 s: exactly at the deadline, so no.
    EXPECT_FALSE(policy.decide("GET", false, httpFailure(503, 5'000), 1, 40'000, 45'000, random).retry);
    EXPECT_TRUE(policy.decide("GET", false, httpFailure(503, 4'999), 1, 40'000, 45'000, random).retry);
    // Backoff delays too: with 1 ms left every draw above 0 is refused; a 0 draw would still be before it.
    int retried = 0;
    for (int i = 0; i < 200; ++i) {
        const auto d = policy.decide("GET", false, httpFailure(503), 1, 44'999, 45'000, random);
        if (d.retry) {
            EXPECT_EQ(d.delayMs, 0);
            ++retried;
        }
    }
    EXPECT_LT(retried, 10);
    EXPECT_FALSE(policy.decide("GET", false, httpFailure(503), 1, 45'000, 45'000, random).retry);
}

TEST(RetryPolicy, AFullScheduleOnAManualClockStaysInsideTheDeadline) {
    test::ManualClock clock;
    RetryPolicy policy(
        {.maxAttempts = 5, .baseDelayMs = 250, .maxDelayMs = 10'000, .maxRetryAfterMs = 30'000});
    SeededRandom random(5);
    const qint64 deadline = clock.monotonicMs() + 3'000;
    int attempts = 1;
    for (;;) {
        clock.advance(200); // each attempt takes 200 ms and fails with 503
        const auto d =
            policy.decide("GET", false, httpFailure(503), attempts, clock.monotonicMs(), deadline, random);
        if (!d.retry) {
            break;
        }
        EXPECT_LE(d.delayMs, policy.backoffCeilingMs(attempts));
        clock.advance(d.delayMs);
        ++attempts;
    }
    EXPECT_LE(attempts, 5);
    EXPECT_LT(clock.monotonicMs(), deadline + 200);
}

TEST(RetryPolicy, CustomOptionsChangeAttemptsAndCeilings) {
    RetryPolicy policy({.maxAttempts = 1, .baseDelayMs = 10, .maxDelayMs = 15, .maxRetryAfterMs = 100});
    SeededRandom random(1);
    EXPECT_FALSE(policy.decide("GET", false, httpFailure(503), 1, 0, 45'000, random).retry);
    EXPECT_EQ(policy.backoffCeilingMs(1), 10);
    EXPECT_EQ(policy.backoffCeilingMs(2), 15);
}

} // namespace
} // namespace cc::net
