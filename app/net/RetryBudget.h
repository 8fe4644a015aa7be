#pragma once

#include <QtGlobal>

namespace cc::net {

// Retry throttling per service, as in gRPC A6 ("Retry Throttling"): the count starts full; every attempt that
// fails in a retryable way costs one token, every success earns back `tokenRatio`; while the count is at or
// below half of the maximum no retries are made. During an outage the first failures drain the budget and the
// client falls back to single attempts instead of multiplying the load; successes refill it.
//
// Tokens are kept in thousandths (A6 specifies three decimal places), so the arithmetic is exact.
class RetryBudget {
public:
    struct Options {
        int maxTokens = 10;
        double tokenRatio = 0.1;
    };

    RetryBudget();
    explicit RetryBudget(Options options);

    // Whether a retry may be made now.
    bool canRetry() const;
    // An attempt failed with a retryable failure (whether or not it will be retried).
    void recordFailure();
    // An attempt succeeded.
    void recordSuccess();

    double tokens() const { return static_cast<double>(m_milliTokens) / 1000.0; }
    double maxTokens() const { return static_cast<double>(m_maxMilliTokens) / 1000.0; }

private:
    qint64 m_maxMilliTokens;
    qint64 m_ratioMilliTokens;
    qint64 m_milliTokens;
};

} // namespace cc::net
