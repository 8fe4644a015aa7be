#pragma once

#include "app/core/Clock.h"
#include "app/core/Error.h"
#include "app/core/RandomSource.h"
#include "app/net/ApiCall.h"
#include "app/net/ApiRequest.h"
#include "app/net/CircuitBreaker.h"
#include "app/net/ServiceConfig.h"
#include "app/net/ServiceMetricsSnapshot.h"

#include <QObject>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QNetworkAccessManager;

namespace cc::net {

class ApiService;

// The one way the console talks HTTP: every call goes through here, over a single QNetworkAccessManager.
// Per service (keyed by base URL): a circuit breaker, a retry budget, a token-bucket rate limiter and
// metrics. Per call: an attempt timeout, an overall deadline, retries with full-jitter backoff and
// Retry-After, and one session refresh and replay on a JWT-expired 401. Nothing blocks; results arrive
// through ApiCall::finished.
//
// Requests to URLs under no configured service go to a bare per-origin service that never receives the
// apikey or the bearer token (credentials only go where they were configured to go).
class ApiClient : public QObject {
    Q_OBJECT

public:
    // The current access token, or an empty string when signed out. Called before every attempt, so a replay
    // after a refresh carries the new token. Filled in by the session component.
    using TokenProvider = std::function<QString()>;
    // Called once per call on a JWT-expired 401. The hook refreshes the session (asynchronously: the GUI
    // thread never waits) and then calls `done(true)` if the call should be replayed with the new token, or
    // `done(false)` to let it fail. `done` may be called at once, later, or never if the client is gone.
    using SessionRefreshDone = std::function<void(bool refreshed)>;
    using SessionRefreshHook = std::function<void(const Error& cause, SessionRefreshDone done)>;

    // `nam` is used for every request and must outlive the client; null: the client creates its own.
    ApiClient(Clock& clock, RandomSource& random, QNetworkAccessManager* nam = nullptr,
              QObject* parent = nullptr);
    ~ApiClient() override;

    // Adds or replaces the service with that name. Returns a translated reason when the base URL is refused
    // (https is required except on loopback).
    std::optional<QString> addService(const ServiceConfig& config);
    QStringList serviceNames() const;

    // Starts a call. Never null; the result always comes through ApiCall::finished, even for a refused URL.
    ApiCall* send(ApiRequest request);
    ApiCall* get(const QUrl& url) { return send(ApiRequest::get(url)); }

    void setTokenProvider(TokenProvider provider) { m_tokenProvider = std::move(provider); }
    void setSessionRefreshHook(SessionRefreshHook hook) { m_sessionHook = std::move(hook); }
    const TokenProvider& tokenProvider() const { return m_tokenProvider; }
    const SessionRefreshHook& sessionRefreshHook() const { return m_sessionHook; }

    // Metrics for the health dashboard: a consistent copy, readable at any time.
    std::optional<ServiceMetricsSnapshot> metrics(const QString& service) const;
    QList<ServiceMetricsSnapshot> allMetrics() const;
    // Closes a service's breaker by hand ("retry now" on the dashboard). False for an unknown service.
    bool resetBreaker(const QString& service);

    // Calls not yet destroyed (finished calls linger until their deleteLater runs).
    int liveCalls() const { return static_cast<int>(m_calls.size()); }

    QNetworkAccessManager* networkAccessManager() const { return m_nam; }
    Clock& clock() const { return m_clock; }
    RandomSource& random() const { return m_random; }

signals:
    void breakerStateChanged(const QString& service, cc::net::CircuitBreaker::State from,
                             cc::net::CircuitBreaker::State to, const QString& reason);

private:
    friend class ApiCall;

    ApiService* serviceFor(const QUrl& url);
    ApiService* addRuntime(const ServiceConfig& config);
    void forget(ApiCall* call) { m_calls.remove(call); }

    Clock& m_clock;
    RandomSource& m_random;
    QNetworkAccessManager* m_nam;
    std::vector<std::unique_ptr<ApiService>> m_services;
    QSet<ApiCall*> m_calls;
    quint64 m_nextCallId = 1;
    TokenProvider m_tokenProvider;
    SessionRefreshHook m_sessionHook;
};

} // namespace cc::net
