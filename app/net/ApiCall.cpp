#include "app/net/ApiCall.h"
#include "app/net/RedirectPolicy.h"

#include "app/core/Log.h"
#include "app/core/LogCategories.h"
#include "app/core/Redactor.h"
#include "app/net/ApiClient.h"
#include "app/net/ApiService.h"
#include "app/net/ErrorMapper.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtConcurrent/QtConcurrentRun>

#if QT_CONFIG(ssl)
#include <QSslError>
#endif

#include <algorithm>
#include <limits>
#include <utility>

namespace cc::net {

namespace {

int timerMs(qint64 ms) {
    return static_cast<int>(std::clamp<qint64>(ms, 0, std::numeric_limits<int>::max()));
}

} // namespace

ApiCall::ApiCall(ApiClient& client, ApiService* service, ApiRequest request, quint64 id, Error refused)
    : QObject(&client)
    , m_client(client)
    , m_service(service)
    , m_request(std::move(request))
    , m_id(id)
    , m_refused(std::move(refused)) {
    RetryPolicy::Options retry = service ? service->config().retry : RetryPolicy::Options{};
    if (m_request.maxAttempts) {
        retry.maxAttempts = std::max(1, *m_request.maxAttempts);
    }
    m_policy = RetryPolicy(retry);
    m_attemptTimeoutMs =
        m_request.attemptTimeoutMs.value_or(service ? service->config().attemptTimeoutMs : 15'000);
    m_deadlineMs = m_request.deadlineMs.value_or(service ? service->config().deadlineMs : 45'000);

    for (QTimer* timer : {&m_attemptTimer, &m_deadlineTimer, &m_retryTimer}) {
        timer->setSingleShot(true);
        timer->setTimerType(Qt::PreciseTimer);
    }
    connect(&m_attemptTimer, &QTimer::timeout, this, &ApiCall::onAttemptTimeout);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &ApiCall::onDeadline);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::enterLimiter);

    m_startedMs = m_client.clock().monotonicMs();
    m_deadlineAtMs = m_startedMs + m_deadlineMs;
    m_response.method = m_request.method;
    m_response.url = m_request.url;
    if (m_service) {
        m_service->metrics().recordCallStarted();
    }
    // Deferred, so that the caller can connect to finished() even when the call is refused at once.
    QMetaObject::invokeMethod(this, &ApiCall::start, Qt::QueuedConnection);
}

ApiCall::~ApiCall() {
    if (m_phase != Phase::Finished) {
        // Destroyed mid-flight (by the caller or the client's destructor): nothing may stay behind, and a
        // probe permit in particular must be released (CircuitBreaker::Permit does that when destroyed).
        abortReply();
        if (m_service) {
            m_service->releaseSlot(this);
            m_service->metrics().recordCallFinished(ErrorMapper::cancelled(), m_client.clock().nowUtc());
        }
    }
    m_permit.release();
    m_client.forget(this);
}

QString ApiCall::serviceName() const {
    return m_service ? m_service->name() : QString();
}

void ApiCall::cancel() {
    if (m_phase == Phase::Finished) {
        return;
    }
    abortReply();
    m_permit.release();
    finish(ErrorMapper::cancelled());
}

void ApiCall::start() {
    if (m_phase != Phase::Created) {
        return;
    }
    if (!m_service) {
        finish(m_refused);
        return;
    }
    m_deadlineTimer.start(timerMs(m_deadlineAtMs - m_client.clock().monotonicMs()));
    enterLimiter();
}

void ApiCall::enterLimiter() {
    m_phase = Phase::Queued;
    switch (m_service->acquireSlot(this)) {
    case TokenBucket::Admission::Granted:
        sendAttempt();
        break;
    case TokenBucket::Admission::Queued:
        break; // ApiService calls onSlotGranted() in turn
    case TokenBucket::Admission::Rejected: {
        const Error error =
            ErrorMapper::rateLimitQueueFull(m_service->name(), m_service->config().rateLimit.maxQueue);
        cc::log::info(lcNet(), QStringLiteral("request refused by the rate limiter"),
                      {{QStringLiteral("service"), m_service->name()},
                       {QStringLiteral("method"), QString::fromLatin1(m_request.method)},
                       {QStringLiteral("url"), Redactor::redactUrl(m_request.url)}});
        finish(error);
        break;
    }
    }
}

void ApiCall::onSlotGranted() {
    if (m_phase == Phase::Queued) {
        sendAttempt();
    }
}

void ApiCall::sendAttempt() {
    const qint64 now = m_client.clock().monotonicMs();
    CircuitBreaker::Admission admission = m_service->breaker().tryAcquire(now);
    if (!admission.allowed) {
        const qint64 retryIn = admission.retryAtMs > 0 ? admission.retryAtMs - now : 0;
        Error error = ErrorMapper::circuitOpen(m_service->name(), retryIn, admission.reason);
        if (m_lastError.isError()) {
            error.detail += QStringLiteral("; last attempt: %1").arg(m_lastError.detail);
        }
        cc::log::info(lcNet(), QStringLiteral("request refused by the circuit breaker"),
                      {{QStringLiteral("service"), m_service->name()},
                       {QStringLiteral("method"), QString::fromLatin1(m_request.method)},
                       {QStringLiteral("url"), Redactor::redactUrl(m_request.url)},
                       {QStringLiteral("retry_in_ms"), retryIn}});
        finish(error);
        return;
    }
    m_permit = std::move(admission.permit);

    ++m_attempts;
    if (!std::exchange(m_replayNext, false)) {
        ++m_policyAttempts;
    }
    m_tlsErrors.clear();
    m_attemptStartedMs = now;
    m_hop = m_request; // every attempt starts at the request's own URL
    m_redirects = 0;
    m_phase = Phase::InFlight;
    m_attemptTimer.start(timerMs(m_attemptTimeoutMs));
    sendHop();
}

void ApiCall::sendHop() {
    // The keys go only where the request was addressed: not to another origin a redirect names.
    const bool sameOrigin = m_hop.url.scheme() == m_request.url.scheme() &&
                            m_hop.url.host() == m_request.url.host() &&
                            m_hop.url.port() == m_request.url.port();
    const ApiClient::TokenProvider& tokens = m_client.tokenProvider();
    const QString bearer = m_service->config().sendBearerToken && tokens && sameOrigin ? tokens() : QString();
    const QNetworkRequest request = m_service->buildRequest(m_hop, bearer, sameOrigin);
    QNetworkAccessManager* nam = m_client.networkAccessManager();
    const QByteArray method = m_hop.method.toUpper();
    if (method == "HEAD") {
        m_reply = nam->head(request);
    } else if (method == "GET" && m_hop.body.isEmpty()) {
        m_reply = nam->get(request);
    } else {
        m_reply = nam->sendCustomRequest(request, method, m_hop.body);
    }
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
#if QT_CONFIG(ssl)
    // Recorded for the error's detail; never ignored (no ignoreSslErrors anywhere).
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        for (const QSslError& e : errors) {
            m_tlsErrors << e.errorString();
        }
    });
#endif
}

void ApiCall::onReplyFinished() {
    QNetworkReply* reply = std::exchange(m_reply, nullptr);
    if (!reply) {
        return;
    }
    m_attemptTimer.stop();
    reply->disconnect(this);
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (netError == QNetworkReply::NoError && status >= 300 && status < 400 && !location.isEmpty()) {
        followRedirect(status, m_hop.url.resolved(location));
        return;
    }
    QByteArray body = reply->readAll();
    QList<QPair<QByteArray, QByteArray>> headers = reply->rawHeaderPairs();

    Error error;
    if (status >= 400) {
        error = ErrorMapper::fromHttp(status, body, headers);
    } else if (netError != QNetworkReply::NoError) {
        // A transport failure, possibly after the status line (a connection closed mid-body): the answer is
        // incomplete, so it is a network error without a status, retryable like any other.
        error = ErrorMapper::fromNetwork(netError, reply->errorString());
        if (status != 0) {
            error.detail += QStringLiteral("; after HTTP %1 and %2 body bytes").arg(status).arg(body.size());
        }
        if (!m_tlsErrors.isEmpty()) {
            error.kind = ErrorKind::Tls;
            error.message = Error::defaultMessage(ErrorKind::Tls);
            error.detail += QStringLiteral("; TLS: %1").arg(m_tlsErrors.join(QStringLiteral("; ")));
        }
    }
    if (!error.isError() && ErrorMapper::isTruncated(*reply, body)) {
        // Qt sometimes reports a connection closed mid-body as a normal finish; the missing bytes say
        // otherwise.
        error = ErrorMapper::fromNetwork(QNetworkReply::RemoteHostClosedError, reply->errorString());
        error.detail += QStringLiteral("; after HTTP %1, %2 of %3 body bytes")
                            .arg(status)
                            .arg(body.size())
                            .arg(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
    }
    handleAttempt(error, status, std::move(headers), std::move(body));
}

void ApiCall::onAttemptTimeout() {
    if (m_phase != Phase::InFlight) {
        return;
    }
    abortReply();
    handleAttempt(ErrorMapper::attemptTimeout(m_attemptTimeoutMs), 0, {}, {});
}

void ApiCall::onDeadline() {
    if (m_phase == Phase::Finished || m_phase == Phase::Decoding) {
        return;
    }
    const qint64 now = m_client.clock().monotonicMs();
    Error error = ErrorMapper::deadlineExceeded(m_deadlineMs, m_attempts);
    if (m_phase == Phase::InFlight) {
        // The server did not answer within the time the caller allowed: for the breaker that is a timeout.
        abortReply();
        m_service->breaker().recordFailure(m_permit, now, QStringLiteral("deadline"));
        m_service->metrics().recordAttempt(now, now - m_attemptStartedMs, error);
        logAttempt(error, 0, now - m_attemptStartedMs, -1, QStringLiteral("deadline passed"));
    }
    if (m_lastError.isError()) {
        error.detail += QStringLiteral("; last attempt: %1").arg(m_lastError.detail);
        error.httpStatus = m_lastError.httpStatus;
        error.code = m_lastError.code;
    }
    finish(error);
}

void ApiCall::followRedirect(int status, const QUrl& target) {
    const RedirectPolicy::Decision decision =
        RedirectPolicy::decide(m_hop.method, status, m_request.url, target, m_redirects);
    if (decision.verdict != RedirectPolicy::Verdict::Follow) {
        const QString shown = Redactor::redactUrl(target);
        handleAttempt(decision.verdict == RedirectPolicy::Verdict::RefuseInsecure
                          ? ErrorMapper::insecureRedirect(shown)
                          : ErrorMapper::tooManyRedirects(kMaxRedirects, shown),
                      0, {}, {});
        return;
    }
    ++m_redirects;
    if (decision.becomesGet) {
        m_hop.method = "GET";
        m_hop.body.clear();
        m_hop.contentType.clear();
    }
    m_hop.url = target;
    cc::log::debug(
        lcNet(), QStringLiteral("following a redirect"),
        {{QStringLiteral("status"), status}, {QStringLiteral("url"), Redactor::redactUrl(target)}});
    sendHop();
}

void ApiCall::handleAttempt(const Error& error, int status, QList<QPair<QByteArray, QByteArray>> headers,
                            QByteArray body) {
    const qint64 now = m_client.clock().monotonicMs();
    const qint64 latency = now - m_attemptStartedMs;
    m_response.httpStatus = status;
    m_response.headers = std::move(headers);
    m_response.body = std::move(body);

    RetryPolicy::Outcome outcome{error.kind, error.httpStatus, std::nullopt};
    if (error.isError()) {
        outcome.retryAfterMs =
            RetryPolicy::parseRetryAfter(m_response.header("Retry-After"), m_client.clock().nowUtc());
    }

    // Policies first: the breaker and the budget see every attempt, whatever happens to the call next.
    CircuitBreaker& breaker = m_service->breaker();
    if (CircuitBreaker::countsAsFailure(error.kind, error.httpStatus)) {
        breaker.recordFailure(m_permit, now,
                              error.httpStatus ? QStringLiteral("HTTP %1").arg(error.httpStatus)
                                               : Error::kindName(error.kind));
    } else {
        breaker.recordSuccess(m_permit, now);
    }
    if (!error.isError()) {
        m_service->budget().recordSuccess();
    } else if (RetryPolicy::isRetryableFailure(outcome)) {
        m_service->budget().recordFailure();
    }
    m_service->metrics().recordAttempt(now, latency, error);
    if (error.httpStatus == 429) {
        m_service->throttle(now +
                            outcome.retryAfterMs.value_or(m_service->config().rateLimit.defaultThrottleMs));
    }

    if (!error.isError()) {
        logAttempt(error, status, latency, -1, QStringLiteral("done"));
        decodeBody();
        return;
    }
    m_lastError = error;

    // A JWT-expired 401 goes to the session, not to the retry policy: one refresh, one replay.
    const ApiClient::SessionRefreshHook& hook = m_client.sessionRefreshHook();
    if (hook && !m_sessionRefreshUsed && ErrorMapper::isJwtExpired(error, m_response.headers)) {
        logAttempt(error, status, latency, -1, QStringLiteral("session refresh requested"));
        m_sessionRefreshUsed = true;
        m_phase = Phase::Refreshing;
        QPointer<ApiCall> self(this);
        hook(error, [self](bool refreshed) {
            if (self) {
                self->onSessionRefreshed(refreshed);
            }
        });
        return;
    }

    RetryPolicy::Decision decision =
        m_policy.decide(m_request.method, m_request.hasIdempotencyKey(), outcome, m_policyAttempts, now,
                        m_deadlineAtMs, m_client.random());
    if (decision.retry && !m_service->budget().canRetry()) {
        decision.retry = false;
        decision.reason = QStringLiteral("retry budget exhausted");
        m_service->metrics().recordRetryDeniedByBudget();
    }
    logAttempt(error, status, latency, decision.retry ? decision.delayMs : -1, decision.reason);
    if (!decision.retry) {
        finish(error);
        return;
    }
    m_service->metrics().recordRetry();
    m_phase = Phase::WaitingRetry;
    QPointer<ApiCall> self(this);
    emit retryScheduled(m_attempts + 1, decision.delayMs, error);
    if (self && m_phase == Phase::WaitingRetry) { // a slot may have cancelled or even deleted the call
        m_retryTimer.start(timerMs(decision.delayMs));
    }
}

void ApiCall::onSessionRefreshed(bool refreshed) {
    if (m_phase != Phase::Refreshing) {
        return; // cancelled or past the deadline meanwhile
    }
    if (!refreshed) {
        finish(m_lastError);
        return;
    }
    m_service->metrics().recordSessionReplay();
    m_replayNext = true;
    enterLimiter();
}

void ApiCall::decodeBody() {
    m_phase = Phase::Decoding;
    // The answer is here: the deadline no longer applies to turning it into JSON.
    m_deadlineTimer.stop();
    const QByteArray& body = m_response.body;
    const bool wantJson = m_request.bodyFormat == ApiRequest::BodyFormat::Json ||
                          (m_request.bodyFormat == ApiRequest::BodyFormat::Auto &&
                           JsonBodyDecoder::isJsonContentType(m_response.header("Content-Type")));
    if (!wantJson || body.isEmpty() || m_request.method.compare("HEAD", Qt::CaseInsensitive) == 0) {
        finish({});
        return;
    }
    if (JsonBodyDecoder::shouldDecodeOffThread(body.size())) {
        m_service->metrics().recordOffThreadDecode();
        m_decodeWatcher = new QFutureWatcher<JsonBodyDecoder::Decoded>(this);
        connect(m_decodeWatcher, &QFutureWatcherBase::finished, this,
                [this] { onDecoded(m_decodeWatcher->result()); });
        // The body is implicitly shared: the worker holds a reference, no copy of the bytes is made.
        m_decodeWatcher->setFuture(QtConcurrent::run([body] { return JsonBodyDecoder::decode(body); }));
        return;
    }
    onDecoded(JsonBodyDecoder::decode(body));
}

void ApiCall::onDecoded(const JsonBodyDecoder::Decoded& decoded) {
    if (m_phase != Phase::Decoding) {
        return;
    }
    if (!decoded.ok) {
        finish(ErrorMapper::decode(decoded.errorDetail));
        return;
    }
    m_response.json = decoded.value;
    finish({});
}

void ApiCall::abortReply() {
    m_attemptTimer.stop();
    QNetworkReply* reply = std::exchange(m_reply, nullptr);
    if (!reply) {
        return;
    }
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void ApiCall::finish(Error error) {
    if (m_phase == Phase::Finished) {
        return;
    }
    m_phase = Phase::Finished;
    m_attemptTimer.stop();
    m_deadlineTimer.stop();
    m_retryTimer.stop();
    abortReply();
    m_permit.release();
    const qint64 now = m_client.clock().monotonicMs();
    if (m_service) {
        m_service->releaseSlot(this);
        m_service->metrics().recordCallFinished(error, m_client.clock().nowUtc());
    }
    m_response.error = std::move(error);
    m_response.attempts = m_attempts;
    m_response.elapsedMs = now - m_startedMs;
    if (m_response.error.isError() && m_response.error.kind != ErrorKind::Cancelled) {
        cc::log::warning(lcNet(), QStringLiteral("request failed"),
                         {{QStringLiteral("service"), serviceName()},
                          {QStringLiteral("method"), QString::fromLatin1(m_request.method)},
                          {QStringLiteral("url"), Redactor::redactUrl(m_request.url)},
                          {QStringLiteral("attempts"), m_attempts},
                          {QStringLiteral("elapsed_ms"), m_response.elapsedMs}},
                         m_response.error);
    }
    QPointer<ApiCall> self(this);
    emit finished(m_response);
    if (self) { // a careless slot may have deleted the call already
        deleteLater();
    }
}

void ApiCall::logAttempt(const Error& error, int status, qint64 latencyMs, qint64 delayMs,
                         const QString& decision) {
    if (!lcNet().isInfoEnabled()) {
        return; // building the context costs more than the rest of the bookkeeping
    }
    // Method, redacted URL, status, latency, attempt number and the delay chosen; never headers or bodies.
    QJsonObject context{{QStringLiteral("service"), serviceName()},
                        {QStringLiteral("method"), QString::fromLatin1(m_request.method)},
                        {QStringLiteral("url"), Redactor::redactUrl(m_request.url)},
                        {QStringLiteral("status"), status},
                        {QStringLiteral("latency_ms"), latencyMs},
                        {QStringLiteral("attempt"), m_attempts},
                        {QStringLiteral("decision"), decision}};
    if (delayMs >= 0) {
        context.insert(QStringLiteral("delay_ms"), delayMs);
    }
    if (error.isError()) {
        context.insert(QStringLiteral("error_kind"), Error::kindName(error.kind));
        if (!error.code.isEmpty()) {
            context.insert(QStringLiteral("error_code"), error.code);
        }
    }
    cc::log::info(lcNet(), QStringLiteral("http attempt"), context);
}

} // namespace cc::net
