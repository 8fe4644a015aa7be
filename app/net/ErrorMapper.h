#pragma once

#include "app/core/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QString>

namespace cc::net {

// Turns what the network and the server said into cc::Error values: a kind, the HTTP status, the server's
// machine-readable code, a translated message for people and a redacted technical detail for the log.
class ErrorMapper {
    Q_DECLARE_TR_FUNCTIONS(cc::net::ErrorMapper)

public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    // An HTTP error status (>= 400) with its body: PostgREST ({code, message, details, hint}), GoTrue
    // ({code|error_code, msg|message} or {error, error_description}) or anything else.
    static Error fromHttp(int status, const QByteArray& body, const Headers& headers);
    // Whether a finished reply's body is shorter than its Content-Length said: the connection dropped
    // mid-body although Qt reports no error.
    static bool isTruncated(const QNetworkReply& reply, const QByteArray& body);
    // A transport failure reported by QNetworkReply (no usable HTTP answer).
    static Error fromNetwork(QNetworkReply::NetworkError code, const QString& errorString);

    // A 401 caused by an expired or unusable access token, which a session refresh may fix: PostgREST
    // PGRST301/PGRST303, or "JWT expired" in the body or WWW-Authenticate (protocol notes §1.8).
    static bool isJwtExpired(const Error& error, const Headers& headers);

    static Error attemptTimeout(qint64 timeoutMs);
    static Error deadlineExceeded(qint64 deadlineMs, int attempts);
    static Error circuitOpen(const QString& service, qint64 retryInMs, const QString& reason);
    static Error rateLimitQueueFull(const QString& service, int queueBound);
    static Error cancelled();
    static Error decode(const QString& detail);
    static Error insecureRedirect(const QString& target);
    // A redirect loop, or a chain longer than ApiCall follows (not retried: it will not change).
    static Error tooManyRedirects(int max, const QString& lastTarget);
    static Error refusedUrl(const QString& reason);

private:
    static QString messageForStatus(int status, const QString& code);
};

} // namespace cc::net
