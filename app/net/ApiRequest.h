#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>

namespace cc::net {

// One logical request, as a value: what to send and how patient to be. The client adds the service's headers
// (apikey, Authorization, Accept) and owns retries; the caller only describes the call.
struct ApiRequest {
    using Header = QPair<QByteArray, QByteArray>;

    // How the response body is turned into ApiResponse::json.
    enum class BodyFormat {
        Auto, // decode when Content-Type says JSON
        Json, // always decode; a non-JSON body is a decode error
        Raw,  // never decode
    };

    QByteArray method = "GET";
    QUrl url;
    QList<Header> headers; // per call; override the service's headers of the same name
    QByteArray body;
    QByteArray contentType; // set by setJson(); sent only with a body
    QString idempotencyKey; // makes a non-idempotent method retryable (sent as Idempotency-Key)
    std::optional<qint64> attemptTimeoutMs; // default: the service's (15 s)
    std::optional<qint64> deadlineMs;       // all attempts together; default: the service's (45 s)
    std::optional<int> maxAttempts;         // default: the service's retry policy (3)
    BodyFormat bodyFormat = BodyFormat::Auto;
    // A bulk transfer (a full sync's pages): rate-limited by the service's bulk budget
    // (ServiceConfig::bulkRateLimit), not the interactive one, and still paused by a 429.
    bool bulk = false;

    ApiRequest() = default;
    ApiRequest(QByteArray httpMethod, QUrl target);

    static ApiRequest get(const QUrl& url);
    static ApiRequest head(const QUrl& url);
    static ApiRequest del(const QUrl& url);
    static ApiRequest post(const QUrl& url, const QJsonDocument& json);
    static ApiRequest patch(const QUrl& url, const QJsonDocument& json);
    static ApiRequest put(const QUrl& url, const QJsonDocument& json);

    ApiRequest& setJson(const QJsonDocument& json);
    ApiRequest& setHeader(const QByteArray& name, const QByteArray& value);
    ApiRequest& setIdempotencyKey(const QString& key);
    ApiRequest& setAttemptTimeout(qint64 ms);
    ApiRequest& setDeadline(qint64 ms);
    ApiRequest& setMaxAttempts(int attempts);
    ApiRequest& setBulk(bool on = true);

    bool hasIdempotencyKey() const { return !idempotencyKey.isEmpty(); }
    // The per-call header of that name (case-insensitive), if any.
    std::optional<QByteArray> header(const QByteArray& name) const;
};

} // namespace cc::net
