#include "app/net/ErrorMapper.h"

#include "app/core/Redactor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace cc::net {

namespace {

QString jsonText(const QJsonValue& value) {
    if (value.isString()) {
        return value.toString();
    }
    if (value.isDouble()) {
        return QString::number(value.toInteger());
    }
    if (value.isObject() || value.isArray()) {
        return QString::fromUtf8(
            QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace

QString ErrorMapper::messageForStatus(int status, const QString& code) {
    if (status == 406 && code == QLatin1String("PGRST116")) {
        return tr("Expected exactly one matching record, but the server found none or several.");
    }
    switch (status) {
    case 400:
        return tr("The server rejected the request as invalid.");
    case 401:
        return tr("You are not signed in, or your session has expired.");
    case 403:
        return tr("You do not have permission to do this.");
    case 404:
        return tr("The requested record or address was not found.");
    case 408:
        return tr("The server gave up waiting for the request.");
    case 409:
        return tr("The change conflicts with existing data, for example a duplicate.");
    case 413:
        return tr("The request is too large for the server.");
    case 416:
        return tr("The requested page lies beyond the end of the results.");
    case 429:
        return tr("The server is receiving too many requests; please wait a moment.");
    case 500:
        return tr("The server ran into an internal error.");
    case 502:
    case 503:
    case 504:
        return tr("The service is temporarily unavailable.");
    default:
        break;
    }
    return Error::defaultMessage(ErrorKind::Http);
}

Error ErrorMapper::fromHttp(int status, const QByteArray& body, const Headers& headers) {
    QString code;
    QString serverMessage;
    QString details;
    QString hint;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        // PostgREST and GoTrue with X-Supabase-Api-Version use a string "code"; older GoTrue uses a numeric
        // "code" (the status) plus "error_code"; OAuth-style endpoints use "error".
        code = o.value(QStringLiteral("code")).isString() ? o.value(QStringLiteral("code")).toString()
                                                          : o.value(QStringLiteral("error_code")).toString();
        if (code.isEmpty()) {
            code = o.value(QStringLiteral("error")).toString();
        }
        for (const char* key : {"message", "msg", "error_description"}) {
            serverMessage = jsonText(o.value(QLatin1String(key)));
            if (!serverMessage.isEmpty()) {
                break;
            }
        }
        details = jsonText(o.value(QStringLiteral("details")));
        hint = jsonText(o.value(QStringLiteral("hint")));
    } else if (!body.isEmpty()) {
        serverMessage = QString::fromUtf8(body.left(300)).simplified();
    }

    Error error(status == 401 ? ErrorKind::Auth : (status == 429 ? ErrorKind::RateLimited : ErrorKind::Http),
                messageForStatus(status, code));
    error.httpStatus = status;
    error.code = code;

    QString detail = QStringLiteral("HTTP %1").arg(status);
    if (!code.isEmpty()) {
        detail += QStringLiteral(" [%1]").arg(code);
    }
    if (!serverMessage.isEmpty()) {
        detail += QStringLiteral(" %1").arg(serverMessage);
    }
    if (!details.isEmpty()) {
        detail += QStringLiteral("; details: %1").arg(details);
    }
    if (!hint.isEmpty()) {
        detail += QStringLiteral("; hint: %1").arg(hint);
    }
    for (const auto& h : headers) {
        if (h.first.compare("WWW-Authenticate", Qt::CaseInsensitive) == 0) {
            detail += QStringLiteral("; www-authenticate: %1").arg(QString::fromLatin1(h.second));
        }
    }
    // Server text can echo what we sent (a filter value, a token in an error): redact before it reaches a
    // log.
    error.detail = Redactor::redactText(detail);
    return error;
}

Error ErrorMapper::fromNetwork(QNetworkReply::NetworkError code, const QString& errorString) {
    const QString detail = Redactor::redactText(
        QStringLiteral("%1 (QNetworkReply error %2)").arg(errorString).arg(static_cast<int>(code)));
    switch (code) {
    case QNetworkReply::NoError:
        return {};
    case QNetworkReply::ConnectionRefusedError:
        return Error(ErrorKind::Network, tr("The server refused the connection; is it running?"), detail);
    case QNetworkReply::HostNotFoundError:
        return Error(ErrorKind::Network, tr("The server's name could not be found; check the address."),
                     detail);
    case QNetworkReply::RemoteHostClosedError:
        return Error(ErrorKind::Network, tr("The server closed the connection before answering completely."),
                     detail);
    case QNetworkReply::TimeoutError:
        return Error(ErrorKind::Timeout, Error::defaultMessage(ErrorKind::Timeout), detail);
    case QNetworkReply::OperationCanceledError:
        return Error(ErrorKind::Cancelled, Error::defaultMessage(ErrorKind::Cancelled), detail);
    case QNetworkReply::SslHandshakeFailedError:
        return Error(ErrorKind::Tls, Error::defaultMessage(ErrorKind::Tls), detail);
    case QNetworkReply::InsecureRedirectError:
        return Error(ErrorKind::Tls, tr("The server redirected to an insecure address; the console refused."),
                     detail);
    default:
        break;
    }
    return Error(ErrorKind::Network, Error::defaultMessage(ErrorKind::Network), detail);
}

bool ErrorMapper::isJwtExpired(const Error& error, const Headers& headers) {
    if (error.httpStatus != 401) {
        return false;
    }
    if (error.code == QLatin1String("PGRST301") || error.code == QLatin1String("PGRST303")) {
        return true;
    }
    if (error.detail.contains(QLatin1String("JWT expired"), Qt::CaseInsensitive)) {
        return true;
    }
    for (const auto& h : headers) {
        if (h.first.compare("WWW-Authenticate", Qt::CaseInsensitive) == 0 &&
            h.second.contains("JWT expired")) {
            return true;
        }
    }
    return false;
}

Error ErrorMapper::attemptTimeout(qint64 timeoutMs) {
    return Error(ErrorKind::Timeout, Error::defaultMessage(ErrorKind::Timeout),
                 QStringLiteral("no complete answer within the attempt timeout of %1 ms").arg(timeoutMs));
}

Error ErrorMapper::deadlineExceeded(qint64 deadlineMs, int attempts) {
    return Error(
        ErrorKind::Timeout, tr("The server did not answer in time (%n attempt(s)).", nullptr, attempts),
        QStringLiteral("overall deadline of %1 ms passed after %2 attempt(s)").arg(deadlineMs).arg(attempts));
}

Error ErrorMapper::circuitOpen(const QString& service, qint64 retryInMs, const QString& reason) {
    const QString message =
        retryInMs > 0
            ? tr("The %1 service is failing; the console will try it again in %n second(s).", nullptr,
                 static_cast<int>((retryInMs + 999) / 1000))
                  .arg(service)
            : tr("The %1 service is failing; the console is testing whether it has recovered.").arg(service);
    return Error(ErrorKind::CircuitOpen, message,
                 QStringLiteral("circuit breaker of %1: %2").arg(service, reason));
}

Error ErrorMapper::rateLimitQueueFull(const QString& service, int queueBound) {
    return Error(
        ErrorKind::RateLimited, tr("Too many requests are waiting; please try again in a moment."),
        QStringLiteral("rate limiter queue of %1 is full (%2 waiting)").arg(service).arg(queueBound));
}

Error ErrorMapper::cancelled() {
    return Error(ErrorKind::Cancelled, Error::defaultMessage(ErrorKind::Cancelled),
                 QStringLiteral("cancelled by the caller"));
}

Error ErrorMapper::decode(const QString& detail) {
    return Error(ErrorKind::Decode, Error::defaultMessage(ErrorKind::Decode), detail);
}

Error ErrorMapper::insecureRedirect(const QString& target) {
    return Error(ErrorKind::Tls, tr("The server redirected to an insecure address; the console refused."),
                 QStringLiteral("redirect to %1 refused").arg(target));
}

Error ErrorMapper::tooManyRedirects(int max, const QString& lastTarget) {
    return Error(ErrorKind::Config, tr("The server keeps redirecting; check the service's address."),
                 QStringLiteral("more than %1 redirects, the last to %2").arg(max).arg(lastTarget));
}

Error ErrorMapper::refusedUrl(const QString& reason) {
    return Error(ErrorKind::Config, reason, QStringLiteral("URL refused by UrlPolicy"));
}

bool ErrorMapper::isTruncated(const QNetworkReply& reply, const QByteArray& body) {
    const QVariant declared = reply.header(QNetworkRequest::ContentLengthHeader);
    // With a Content-Encoding Qt hands over the decoded body, whose size the header does not describe.
    if (!declared.isValid() || reply.hasRawHeader("Content-Encoding") ||
        reply.operation() == QNetworkAccessManager::HeadOperation) {
        return false;
    }
    return body.size() < declared.toLongLong();
}

} // namespace cc::net
