#include "app/net/ApiService.h"
#include "app/core/UrlPaths.h"

#include "app/core/Log.h"
#include "app/core/LogCategories.h"
#include "app/net/ApiCall.h"

#include <QJsonObject>

namespace cc::net {

namespace {

int effectivePort(const QUrl& url) {
    return url.port(url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80);
}

} // namespace

ApiService::ApiService(ServiceConfig config, Clock& clock, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock)
    , m_retryPolicy(m_config.retry)
    , m_budget(m_config.retryBudget)
    , m_breaker(m_config.breaker)
    , m_bucket(m_config.rateLimit, clock.monotonicMs())
    , m_bulkBucket(m_config.bulkRateLimit, clock.monotonicMs())
    , m_metrics(m_config.latency) {
    m_limiterTimer.setSingleShot(true);
    m_limiterTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_limiterTimer, &QTimer::timeout, this, &ApiService::dispatchQueued);
    m_breakerTimer.setSingleShot(true);
    connect(&m_breakerTimer, &QTimer::timeout, this, [this] { m_breaker.advance(m_clock.monotonicMs()); });
    m_breaker.setTransitionListener([this](const CircuitBreaker::Transition& t) { onBreakerTransition(t); });
}

ApiService::~ApiService() {
    m_breaker.setTransitionListener({});
}

int ApiService::matchLength(const QUrl& url) const {
    const QUrl& base = m_config.baseUrl;
    if (url.scheme().compare(base.scheme(), Qt::CaseInsensitive) != 0 ||
        url.host().compare(base.host(), Qt::CaseInsensitive) != 0 ||
        effectivePort(url) != effectivePort(base)) {
        return -1;
    }
    const QString basePath = UrlPaths::trimmedPath(base);
    const QString path = url.path();
    // Match whole segments only: /rest/v1 covers /rest/v1 and /rest/v1/x but not /rest/v10.
    if (!path.startsWith(basePath) ||
        (path.size() > basePath.size() && path.at(basePath.size()) != QLatin1Char('/'))) {
        return -1;
    }
    return static_cast<int>(basePath.size());
}

TokenBucket& ApiService::bucketFor(const ApiCall* call) {
    return call->request().bulk ? m_bulkBucket : m_bucket;
}

TokenBucket::Admission ApiService::acquireSlot(ApiCall* call) {
    const TokenBucket::Admission admission = bucketFor(call).acquire(call->id(), m_clock.monotonicMs());
    if (admission == TokenBucket::Admission::Queued) {
        m_waiting.emplace(call->id(), call);
        armLimiterTimer();
    }
    return admission;
}

void ApiService::releaseSlot(ApiCall* call) {
    if (m_waiting.erase(call->id()) > 0) {
        bucketFor(call).cancel(call->id());
        armLimiterTimer();
    }
}

void ApiService::throttle(qint64 untilMs) {
    m_bucket.throttleUntil(untilMs, m_clock.monotonicMs());
    m_bulkBucket.throttleUntil(untilMs, m_clock.monotonicMs());
    armLimiterTimer();
}

QNetworkRequest ApiService::buildRequest(const ApiRequest& request, const QString& bearerToken,
                                         bool sendCredentials) const {
    QNetworkRequest r(request.url);
    // ApiCall follows redirects itself (never https -> http, never to a URL UrlPolicy refuses, no keys to
    // another origin). Qt 6.4's user-verified redirects could fail when the new response arrived first.
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    r.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    // Not browser-like on purpose: Supabase rejects secret keys sent with a browser User-Agent.
    r.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("CampaignConsole/" CONSOLE_VERSION));
    r.setRawHeader("Accept", "application/json");
    for (const auto& [name, value] : m_config.headers) {
        r.setRawHeader(name, value);
    }
    if (!m_config.apiKey.isEmpty() && sendCredentials) {
        r.setRawHeader("apikey", m_config.apiKey.toUtf8());
    }
    if (m_config.sendBearerToken && !bearerToken.isEmpty() && sendCredentials) {
        r.setRawHeader("Authorization", "Bearer " + bearerToken.toUtf8());
    }
    for (const auto& [name, value] : request.headers) {
        r.setRawHeader(name, value);
    }
    if (!request.body.isEmpty() && !request.contentType.isEmpty() && !request.header("Content-Type")) {
        r.setRawHeader("Content-Type", request.contentType);
    }
    if (request.hasIdempotencyKey()) {
        r.setRawHeader("Idempotency-Key", request.idempotencyKey.toUtf8());
    }
    return r;
}

ServiceMetricsSnapshot ApiService::snapshot() {
    const qint64 now = m_clock.monotonicMs();
    m_breaker.advance(now);
    ServiceMetricsSnapshot s = m_metrics.snapshot(now);
    s.service = m_config.name;
    s.baseUrl = m_config.baseUrl;
    s.breakerState = m_breaker.state();
    s.breakerOpenUntilMs = m_breaker.openUntilMs();
    s.breakerHistory = m_breaker.history();
    s.queued = m_bucket.queued();
    s.availableTokens = m_bucket.availableTokens(now);
    s.throttled = m_bucket.isThrottled(now);
    s.retryBudgetTokens = m_budget.tokens();
    return s;
}

void ApiService::resetBreaker(const QString& reason) {
    m_breaker.reset(m_clock.monotonicMs(), reason);
}

void ApiService::dispatchQueued() {
    std::vector<quint64> ready = m_bucket.takeReady(m_clock.monotonicMs());
    const std::vector<quint64> bulk = m_bulkBucket.takeReady(m_clock.monotonicMs());
    ready.insert(ready.end(), bulk.begin(), bulk.end());
    for (quint64 ticket : ready) {
        const auto it = m_waiting.find(ticket);
        if (it == m_waiting.end()) {
            continue;
        }
        ApiCall* call = it->second;
        m_waiting.erase(it);
        call->onSlotGranted();
    }
    armLimiterTimer();
}

void ApiService::armLimiterTimer() {
    const qint64 now = m_clock.monotonicMs();
    std::optional<qint64> next = m_bucket.nextReadyAtMs(now);
    if (const std::optional<qint64> bulk = m_bulkBucket.nextReadyAtMs(now); bulk) {
        next = next ? std::min(*next, *bulk) : *bulk;
    }
    if (!next) {
        m_limiterTimer.stop();
        return;
    }
    m_limiterTimer.start(static_cast<int>(std::clamp<qint64>(*next - now, 0, 24 * 3600 * 1000)));
}

void ApiService::onBreakerTransition(const CircuitBreaker::Transition& t) {
    const QJsonObject context{{QStringLiteral("service"), m_config.name},
                              {QStringLiteral("from"), CircuitBreaker::stateName(t.from)},
                              {QStringLiteral("to"), CircuitBreaker::stateName(t.to)},
                              {QStringLiteral("reason"), t.reason}};
    if (t.to == CircuitBreaker::State::Open) {
        cc::log::warning(lcNet(), QStringLiteral("circuit breaker opened"), context);
        m_breakerTimer.start(
            static_cast<int>(std::clamp<qint64>(m_breaker.openUntilMs() - t.atMs, 0, 3600 * 1000)));
    } else {
        cc::log::info(lcNet(), QStringLiteral("circuit breaker state changed"), context);
        m_breakerTimer.stop();
    }
    emit breakerStateChanged(t.from, t.to, t.reason);
}

} // namespace cc::net
