#pragma once

#include "app/core/Clock.h"
#include "app/net/ApiRequest.h"
#include "app/net/CircuitBreaker.h"
#include "app/net/RetryBudget.h"
#include "app/net/RetryPolicy.h"
#include "app/net/ServiceConfig.h"
#include "app/net/ServiceMetrics.h"
#include "app/net/TokenBucket.h"

#include <QNetworkRequest>
#include <QObject>
#include <QTimer>

#include <unordered_map>

namespace cc::net {

class ApiCall;

// The runtime of one configured service: its policies, its metrics and the two timers the policies need
// (the rate limiter's queue and the breaker's end of break). ApiClient owns one per service; ApiCall asks
// it for a rate-limit slot and a breaker permit before every attempt.
class ApiService : public QObject {
    Q_OBJECT

public:
    ApiService(ServiceConfig config, Clock& clock, QObject* parent = nullptr);
    ~ApiService() override;

    const ServiceConfig& config() const { return m_config; }
    const QString& name() const { return m_config.name; }
    // -1 when `url` is not under this service's base URL; otherwise the base path's length (longest wins).
    int matchLength(const QUrl& url) const;

    CircuitBreaker& breaker() { return m_breaker; }
    RetryBudget& budget() { return m_budget; }
    ServiceMetrics& metrics() { return m_metrics; }
    const RetryPolicy& retryPolicy() const { return m_retryPolicy; }

    // The rate limiter. A queued call is resumed through ApiCall::onSlotGranted() in FIFO order.
    TokenBucket::Admission acquireSlot(ApiCall* call);
    void releaseSlot(ApiCall* call);
    // A 429: no new attempts on this service until `untilMs` (monotonic).
    void throttle(qint64 untilMs);

    // The network request for one attempt: the service's headers, then the call's (which win).
    // `sendCredentials` false: without the apikey and bearer token (a redirect to another origin).
    QNetworkRequest buildRequest(const ApiRequest& request, const QString& bearerToken,
                                 bool sendCredentials = true) const;

    ServiceMetricsSnapshot snapshot();
    void resetBreaker(const QString& reason);

signals:
    void breakerStateChanged(cc::net::CircuitBreaker::State from, cc::net::CircuitBreaker::State to,
                             const QString& reason);

private:
    void dispatchQueued();
    TokenBucket& bucketFor(const ApiCall* call);
    void armLimiterTimer();
    void onBreakerTransition(const CircuitBreaker::Transition& transition);

    ServiceConfig m_config;
    Clock& m_clock;
    RetryPolicy m_retryPolicy;
    RetryBudget m_budget;
    CircuitBreaker m_breaker;
    TokenBucket m_bucket;
    TokenBucket m_bulkBucket; // ApiRequest::bulk
    ServiceMetrics m_metrics;
    std::unordered_map<quint64, ApiCall*> m_waiting; // ticket (call id) -> call, while queued
    QTimer m_limiterTimer;
    QTimer m_breakerTimer; // reports the end of a break (Open -> HalfOpen) without waiting for a call
};

} // namespace cc::net
