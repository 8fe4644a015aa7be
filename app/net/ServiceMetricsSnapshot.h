#pragma once

#include "app/core/Error.h"
#include "app/net/CircuitBreaker.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <map>
#include <optional>

namespace cc::net {

// One service's metrics at one moment: a plain value the health dashboard can keep, compare and render.
struct ServiceMetricsSnapshot {
    QString service; // "rest", "auth", ...
    QUrl baseUrl;

    // Calls (logical requests, all attempts together).
    quint64 requests = 0;
    quint64 successes = 0;
    quint64 failures = 0;
    std::map<ErrorKind, quint64> failuresByKind; // by the call's final error
    quint64 cancelled = 0;                       // by the caller: neither success nor failure
    quint64 inFlight = 0;
    // Attempts (what reached the network).
    quint64 attempts = 0;
    quint64 attemptFailures = 0;
    quint64 retries = 0;
    quint64 retriesDeniedByBudget = 0;
    quint64 sessionReplays = 0;   // JWT-expired 401 answered by a refresh and one replay
    quint64 offThreadDecodes = 0; // large bodies decoded on a worker thread

    // Latency of attempts that got an answer, over the sliding window.
    int latencySamples = 0;
    qint64 latencyP50Ms = 0;
    qint64 latencyP95Ms = 0;
    qint64 latencyP99Ms = 0;
    qint64 latencyMaxMs = 0;

    // Breaker.
    CircuitBreaker::State breakerState = CircuitBreaker::State::Closed;
    qint64 breakerOpenUntilMs = 0; // monotonic; 0 unless open
    QList<CircuitBreaker::Transition> breakerHistory;

    // Limiter and budget.
    int queued = 0;
    double availableTokens = 0.0;
    bool throttled = false; // a 429 paused the bucket
    double retryBudgetTokens = 0.0;

    // The most recent failed call.
    std::optional<Error> lastError;
    QDateTime lastErrorAtUtc;

    // Of the calls that ended with a verdict (not cancelled, not in flight), the share that failed.
    double failureRatio() const {
        const quint64 decided = successes + failures;
        return decided == 0 ? 0.0 : static_cast<double>(failures) / static_cast<double>(decided);
    }
    QJsonObject toJson() const;
};

} // namespace cc::net
