#pragma once

#include "app/net/CircuitBreaker.h"
#include "app/net/LatencyWindow.h"
#include "app/net/RetryBudget.h"
#include "app/net/RetryPolicy.h"
#include "app/net/TokenBucket.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace cc::net {

// One backend service the client talks to (REST, Auth, Realtime, E-mail), keyed by its base URL: a request
// belongs to the service whose base URL is the longest prefix of its URL. Each service has its own breaker,
// retry budget, rate limiter and metrics, so one failing service cannot take the others down with it.
struct ServiceConfig {
    QString name; // "rest", "auth", "realtime", "email": shown on the dashboard and in logs
    QUrl baseUrl; // e.g. https://ref.supabase.co/rest/v1

    // Supabase: `apikey` on every request of the service, and `Authorization: Bearer <access token>` from the
    // client's token provider. Secrets here are never logged.
    QString apiKey;
    bool sendBearerToken = true;
    QList<QPair<QByteArray, QByteArray>> headers; // more per-service headers (e.g. an e-mail API key header)

    qint64 attemptTimeoutMs = 15'000;
    qint64 deadlineMs = 45'000;
    RetryPolicy::Options retry;
    RetryBudget::Options retryBudget;
    CircuitBreaker::Options breaker;
    TokenBucket::Options rateLimit;
    // Bulk requests (ApiRequest::bulk): a budget of their own, so that a full sync is not held to the
    // interactive limit, meant for people clicking (a tenth of what a Supabase project accepts), nor takes
    // the interactive tokens. A 429 pauses both.
    TokenBucket::Options bulkRateLimit{200.0, 50, 100, 1000};
    LatencyWindow::Options latency;

    // Supabase's four services under one project URL, with the default policies.
    static QList<ServiceConfig> supabase(const QUrl& projectUrl, const QString& apiKey);
};

} // namespace cc::net
