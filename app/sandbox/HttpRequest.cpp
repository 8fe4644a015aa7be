#include "app/sandbox/HttpRequest.h"

#include <QHttpServerRequest>

namespace cc::sandbox {

QByteArray HttpRequest::header(const QByteArray& lowerCaseName) const {
    QByteArray joined;
    bool found = false;
    for (const auto& [name, value] : headers) {
        if (name == lowerCaseName) {
            if (found) {
                joined += ", ";
            }
            joined += value;
            found = true;
        }
    }
    return joined;
}

bool HttpRequest::hasHeader(const QByteArray& lowerCaseName) const {
    for (const auto& header : headers) {
        if (header.first == lowerCaseName) {
            return true;
        }
    }
    return false;
}

QString HttpRequest::bearerToken() const {
    const QByteArray value = header("authorization").trimmed();
    if (value.size() > 7 && value.left(7).compare("bearer ", Qt::CaseInsensitive) == 0) {
        return QString::fromLatin1(value.mid(7).trimmed());
    }
    return {};
}

QUrlQuery HttpRequest::decodeQuery(const QByteArray& rawQuery) {
    // A literal '+' arrives as %2B, so every raw '+' is an encoded space (application/x-www-form-urlencoded).
    QByteArray fixed = rawQuery;
    fixed.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(fixed));
}

HttpRequest HttpRequest::fromQt(const QHttpServerRequest& request) {
    HttpRequest out;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        out.method = "GET";
        break;
    case QHttpServerRequest::Method::Put:
        out.method = "PUT";
        break;
    case QHttpServerRequest::Method::Delete:
        out.method = "DELETE";
        break;
    case QHttpServerRequest::Method::Post:
        out.method = "POST";
        break;
    case QHttpServerRequest::Method::Head:
        out.method = "HEAD";
        break;
    case QHttpServerRequest::Method::Options:
        out.method = "OPTIONS";
        break;
    case QHttpServerRequest::Method::Patch:
        out.method = "PATCH";
        break;
    default:
        out.method = "UNKNOWN";
        break;
    }
    const QUrl url = request.url();
    out.path = url.path();
    out.rawQuery = url.query(QUrl::FullyEncoded).toLatin1();
    out.query = decodeQuery(out.rawQuery);
    const auto headers = request.headers();
    out.headers.reserve(headers.size());
    for (const auto& [name, value] : headers) {
        out.headers.append({name.toLower(), value});
    }
    out.body = request.body();
    out.peer = request.remoteAddress();
    return out;
}

} // namespace cc::sandbox
