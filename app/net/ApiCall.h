#pragma once

#include "app/net/RedirectPolicy.h"

#include "app/core/Error.h"
#include "app/net/ApiRequest.h"
#include "app/net/ApiResponse.h"
#include "app/net/CircuitBreaker.h"
#include "app/net/JsonBodyDecoder.h"
#include "app/net/RetryPolicy.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class QNetworkReply;

namespace cc::net {

class ApiClient;
class ApiService;

// One logical request in flight: rate-limit slot, breaker permit, attempts, retries, session replay,
// decoding. Made by ApiClient::send(); observe finished() and call cancel() at will. finished() is emitted
// exactly once, always asynchronously with respect to send(), and the call deletes itself afterwards
// (deleteLater): keep a QPointer if you hold on to it. Deleting it earlier cancels it without a signal.
class ApiCall : public QObject {
    Q_OBJECT

public:
    // Redirects followed within one attempt before it fails (as Qt's and curl's defaults allow more,
    // but an API that redirects more than this is misconfigured).
    static constexpr int kMaxRedirects = RedirectPolicy::kMaxRedirects;

    ~ApiCall() override;

    quint64 id() const { return m_id; }
    const ApiRequest& request() const { return m_request; }
    QString serviceName() const;
    bool isFinished() const { return m_phase == Phase::Finished; }
    int attempts() const { return m_attempts; }
    // Complete once finished() was emitted.
    const ApiResponse& response() const { return m_response; }

public slots:
    // Aborts the attempt in flight (its breaker permit is released, not counted) and finishes with Cancelled.
    void cancel();

signals:
    void finished(const cc::net::ApiResponse& response);
    // A failed attempt will be retried after `delayMs`.
    void retryScheduled(int nextAttempt, qint64 delayMs, const cc::Error& cause);

private:
    friend class ApiClient;
    friend class ApiService;

    enum class Phase { Created, Queued, InFlight, WaitingRetry, Refreshing, Decoding, Finished };

    ApiCall(ApiClient& client, ApiService* service, ApiRequest request, quint64 id, Error refused);

    void start();
    void enterLimiter();
    void onSlotGranted();
    void sendAttempt();
    void onReplyFinished();
    // The body is shorter than the Content-Length the server announced.
    void onAttemptTimeout();
    void onDeadline();
    // Sends m_hop: the attempt's request, or where redirects have led it.
    void sendHop();
    void followRedirect(int status, const QUrl& target);
    void handleAttempt(const Error& error, int status, QList<QPair<QByteArray, QByteArray>> headers,
                       QByteArray body);
    void onSessionRefreshed(bool refreshed);
    void decodeBody();
    void onDecoded(const JsonBodyDecoder::Decoded& decoded);
    // Detaches and aborts the reply in flight, if any; says nothing to the breaker.
    void abortReply();
    void finish(Error error);
    void logAttempt(const Error& error, int status, qint64 latencyMs, qint64 delayMs,
                    const QString& decision);

    ApiClient& m_client;
    ApiService* m_service; // null when the request was refused before reaching any service
    ApiRequest m_request;
    quint64 m_id;
    Error m_refused;
    RetryPolicy m_policy;
    qint64 m_attemptTimeoutMs;
    qint64 m_deadlineMs;

    Phase m_phase = Phase::Created;
    QNetworkReply* m_reply = nullptr;
    CircuitBreaker::Permit m_permit;
    QTimer m_attemptTimer;
    QTimer m_deadlineTimer;
    QTimer m_retryTimer;
    qint64 m_startedMs = 0;
    qint64 m_deadlineAtMs = 0;
    qint64 m_attemptStartedMs = 0;
    int m_attempts = 0;       // attempts that reached the network
    int m_policyAttempts = 0; // the same, without the session replay (which the retry policy does not count)
    bool m_sessionRefreshUsed = false;
    bool m_replayNext = false;
    ApiRequest m_hop;
    int m_redirects = 0; // within the current attempt
    Error m_lastError;
    QStringList m_tlsErrors;
    ApiResponse m_response;
    QFutureWatcher<JsonBodyDecoder::Decoded>* m_decodeWatcher = nullptr;
};

} // namespace cc::net
