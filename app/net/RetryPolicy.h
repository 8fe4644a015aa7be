#pragma once

#include "app/core/Error.h"
#include "app/core/RandomSource.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace cc::net {

// Decides whether a failed attempt is tried again, and after how long. Pure: the caller passes the current
// time, the deadline and the random source; the shell (ApiCall) owns the timers. The retry budget is a
// separate policy (RetryBudget) that the shell consults after a positive decision.
class RetryPolicy {
public:
    struct Options {
        int maxAttempts = 3;        // in total, the first attempt included
        qint64 baseDelayMs = 250;   // ceiling of the first retry's delay
        qint64 maxDelayMs = 10'000; // the exponential ceiling never grows past this
        qint64 maxRetryAfterMs =
            30'000; // a server asking for a longer pause is not waited for: the call fails
    };

    // What one attempt ended with, reduced to what the policy needs.
    struct Outcome {
        ErrorKind kind = ErrorKind::None;   // None: the attempt succeeded
        int httpStatus = 0;                 // 0 when no HTTP answer arrived
        std::optional<qint64> retryAfterMs; // the parsed Retry-After header, uncapped
    };

    struct Decision {
        bool retry = false;
        qint64 delayMs = 0;
        bool fromRetryAfter = false; // the delay is the server's, not the backoff's
        QString reason;              // for the log: why the call is (not) retried
    };

    RetryPolicy() = default;
    explicit RetryPolicy(Options options);

    const Options& options() const { return m_options; }

    // GET, HEAD, OPTIONS, PUT and DELETE are idempotent by definition (RFC 9110 §9.2.2).
    static bool isIdempotentMethod(const QByteArray& method);
    // Other methods only when the request carries an Idempotency-Key the server deduplicates on.
    static bool isRetryableMethod(const QByteArray& method, bool hasIdempotencyKey);
    // 408, 429, 502, 503, 504: the server did not process the request, or asks to come back later.
    static bool isRetryableStatus(int httpStatus);
    // Connection failures, attempt timeouts and the retryable statuses. Never TLS, decode or cancellation.
    static bool isRetryableFailure(const Outcome& outcome);

    // The full-jitter ceiling for the n-th retry (1-based): min(maxDelay, base * 2^(n-1)).
    qint64 backoffCeilingMs(int retryNumber) const;
    // A delay drawn uniformly from [0, ceiling] (AWS "full jitter"; gRPC A6 uses the same).
    qint64 backoffMs(int retryNumber, RandomSource& random) const;

    // Retry-After in either form of RFC 9110 §10.2.3: delta-seconds or an HTTP-date, measured against the
    // injected wall clock. A date in the past gives 0. Garbage gives nullopt. Huge values saturate instead of
    // overflowing; the cap is applied by decide().
    static std::optional<qint64> parseRetryAfter(const QByteArray& value, const QDateTime& nowUtc);
    // The three HTTP-date forms: IMF-fixdate, obsolete RFC 850 and asctime. Always UTC.
    static std::optional<QDateTime> parseHttpDate(const QByteArray& value, const QDateTime& nowUtc);

    // The decision after attempt number `attemptsMade` (1-based) ended with `outcome`.
    Decision decide(const QByteArray& method, bool hasIdempotencyKey, const Outcome& outcome,
                    int attemptsMade, qint64 nowMs, qint64 deadlineMs, RandomSource& random) const;

private:
    Options m_options;
};

} // namespace cc::net
